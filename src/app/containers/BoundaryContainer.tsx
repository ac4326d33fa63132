/** The decision boundary wired to the store: output heatmap, or a hovered neuron's output. */
import { t } from '../../i18n';
import { useMemo } from 'react';
import { isTruthTable, type Split } from '../../core/datasets';
import { DecisionBoundary, type NeuronLine } from '../../panels/boundary/DecisionBoundary';
import type { ModelView } from '../../store/types';
import type { DataInfo } from '../../core/snapshotTypes';
import { useApp, useAppStore } from '../StoreContext';
import { selData, selDiscretize, selHoverUnit, selModelA } from '../../store/selectors';
import { fnDomain, outputDomain } from '../../viz/domains';
import { buildClassLUT, classConfidenceGrid } from '../../viz/classMap';
import { outputLayer } from '../../core/layout';

const EMPTY: Split = { x: new Float64Array(0), y: new Float64Array(0), n: 0 };

export function splitsOf(d: DataInfo | null): { train: Split; test: Split } {
  if (!d) return { train: EMPTY, test: EMPTY };
  return {
    train: { x: d.trainX, y: d.trainY, n: d.trainY.length },
    test: { x: d.testX, y: d.testY, n: d.testY.length },
  };
}

/** A single neuron's line w1 x1 + w2 x2 + b = 0, read from the flat parameters. */
function singleNeuronLine(m: ModelView): NeuronLine | null {
  const p = m.latest?.params;
  if (!p || m.info.layout.layers.length !== 1 || m.info.layout.layers[0]!.fanOut !== 1) return null;
  return { w1: p[0]!, w2: p[1]!, b: p[2]! };
}

export function BoundaryContainer({ model }: { model?: ModelView | null }) {
  const main = useApp(selModelA);
  const m = model ?? main;
  const data = useApp(selData);
  const discretize = useApp(selDiscretize);
  const hover = useApp(selHoverUnit);
  const store = useAppStore();
  const { train, test } = useMemo(() => splitsOf(data), [data]);
  // Several classes: fold the softmax images into one class-and-confidence map.
  const k = m ? outputLayer(m.info.layout).fanOut : 1;
  const classGrid = useMemo(
    () => (k > 1 && m?.boundary ? classConfidenceGrid(m.boundary, m.boundaryN * m.boundaryN, k, discretize) : null),
    [m?.boundary, m?.boundaryN, k, discretize],
  );
  const classLut = useMemo(() => (k > 1 ? buildClassLUT(k) : undefined), [k]);
  if (!m) return <div className="panel-placeholder" data-testid="decision-boundary">{t('hidden.building')}</div>;
  const out = outputLayer(m.info.layout);
  const classes = data?.classes ?? 2;
  // Hovering a hidden neuron shows its output large; the output layer otherwise.
  const hoverLayer = hover !== null && m === main ? m.info.layout.layers.findIndex((l) => hover >= l.unitOffset && hover < l.unitOffset + l.fanOut) : -1;
  const showHidden = hoverLayer >= 0 && hoverLayer < m.info.layout.layers.length - 1 && m.unitGrids !== null;
  const classMap = !showHidden && classGrid !== null;
  return (
    <DecisionBoundary
      grid={showHidden ? m.unitGrids : classMap ? classGrid : m.boundary}
      offset={showHidden ? hover! * m.unitGridN * m.unitGridN : 0}
      gridN={showHidden ? m.unitGridN : m.boundaryN}
      extent={data?.extent ?? [-6, 6, -6, 6]}
      domain={showHidden ? fnDomain(m.info.layout.layers[hoverLayer]!.fn) : classMap ? [0, k] : outputDomain(out.fn, classes)}
      lut={classMap ? classLut : undefined}
      train={train}
      test={test}
      classes={classes}
      truthTable={isTruthTable(m.info.config.dataset)}
      discretize={discretize}
      onToggleDiscretize={(v) => store.getState().setUi({ discretize: v })}
      line={singleNeuronLine(m)}
      onPickPoint={m === main ? (which, index) => store.getState().setLesson({ pickedPoint: { which, index } }) : undefined}
      highlightUnitLabel={showHidden ? t('output.unitName', { layer: hoverLayer + 1, n: hover! - m.info.layout.layers[hoverLayer]!.unitOffset + 1 }) : undefined}
    />
  );
}
