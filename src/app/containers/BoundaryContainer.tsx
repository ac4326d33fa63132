/** The decision boundary wired to the store: output heatmap, or a hovered neuron's output. */
import { t } from '../../i18n';
import { useMemo } from 'react';
import { CUSTOM, isTruthTable } from '../../core/datasets';
import { isPlainInputs } from '../../core/features';
import { ExportPngButton } from '../ExportButtons';
import { DataEditToggle, DataEditTools } from './DataEditTools';
import { DecisionBoundary } from '../../panels/boundary/DecisionBoundary';
import { boundaryView, singleNeuronLine, splitsOf } from '../../panels/boundary/boundaryView';
import type { ModelView } from '../../store/types';
import { useApp, useAppStore } from '../StoreContext';
import { selData, selDiscretize, selHoverUnit, selModelA } from '../../store/selectors';
import { buildClassLUT, classConfidenceGrid } from '../../viz/classMap';
import { outputLayer } from '../../core/layout';

export function BoundaryContainer({ model }: { model?: ModelView | null }) {
  const main = useApp(selModelA);
  const m = model ?? main;
  const data = useApp(selData);
  const discretize = useApp(selDiscretize);
  const hover = useApp(selHoverUnit);
  const store = useAppStore();
  const custom = m?.info.config.dataset === CUSTOM;
  const { train, test } = useMemo(() => {
    const s = splitsOf(data);
    // A custom set tests on its training points: draw them once.
    return custom ? { train: s.train, test: s.train } : s;
  }, [data, custom]);
  const editing = useApp((s) => s.dataEdit) && (!model || model === main);
  const edit = useMemo(() => (editing ? {
    label: t('byod.data.editTitle'),
    onAdd: (x1: number, x2: number) => store.getState().addPoint(x1, x2),
    onRemove: (which: 'train' | 'test', index: number) => store.getState().removePoint(which === 'train' ? index : train.n + index),
  } : null), [editing, store, train.n]);
  // Several classes: fold the softmax images into one class-and-confidence map.
  const k = m ? outputLayer(m.info.layout).fanOut : 1;
  const classGrid = useMemo(
    () => (k > 1 && m?.boundary ? classConfidenceGrid(m.boundary, m.boundaryN * m.boundaryN, k, discretize) : null),
    [m?.boundary, m?.boundaryN, k, discretize],
  );
  const classLut = useMemo(() => (k > 1 ? buildClassLUT(k) : undefined), [k]);
  if (!m) return <div className="panel-placeholder" data-testid="decision-boundary">{t('hidden.building')}</div>;
  const classes = data?.classes ?? 2;
  // Hovering a hidden neuron in the diagram (model A only) shows its output large.
  const v = boundaryView({
    layout: m.info.layout, boundary: m.boundary, boundaryN: m.boundaryN, unitGrids: m.unitGrids, unitGridN: m.unitGridN,
    classGrid, classes, hover: m === main ? hover : null,
  });
  return (
    <DecisionBoundary
      grid={v.grid}
      offset={v.offset}
      gridN={v.gridN}
      extent={data?.extent ?? [-6, 6, -6, 6]}
      domain={v.domain}
      lut={v.classMap ? classLut : undefined}
      train={train}
      test={test}
      classes={classes}
      truthTable={isTruthTable(m.info.config.dataset)}
      discretize={discretize}
      onToggleDiscretize={(v) => store.getState().setUi({ discretize: v })}
      // With input features the neuron's line lives in the feature space, not the plane.
      line={isPlainInputs(m.info.config.features) ? singleNeuronLine(m.info.layout, m.latest?.params) : null}
      onPickPoint={m === main ? (which, index) => store.getState().setLesson({ pickedPoint: { which, index } }) : undefined}
      edit={edit}
      headExtra={m === main ? <span className="db-tools"><DataEditToggle /><ExportPngButton name="decision-boundary" panel="boundary" /></span> : undefined}
      footExtra={m === main ? <DataEditTools /> : undefined}
      highlightUnitLabel={v.highlight ? t('output.unitName', v.highlight) : undefined}
    />
  );
}
