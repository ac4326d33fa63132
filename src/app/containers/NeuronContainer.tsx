/**
 * The neuron card wired to the store: the unit clicked in the network (the output neuron by
 * default) evaluated at the picked data point, with the latest weights and gradients.
 */
import { t } from '../../i18n';
import { useMemo } from 'react';
import { isTruthTable } from '../../core/datasets';
import { NeuronCard } from '../../panels/neuron/NeuronCard';
import { forwardPoints, networkFor, neuronTerms, unitAt } from '../../panels/neuron/neuronMath';
import { pointText, resolvePoint } from '../../panels/neuron/pickedPoint';
import { selPickedPoint, selSelectedUnit } from '../../store/lessonSlice';
import { selData, selModelA } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';
import { fnDomain, outputDomain } from '../../viz/domains';

export function NeuronContainer() {
  const m = useApp(selModelA);
  const data = useApp(selData);
  const picked = useApp(selPickedPoint);
  const selected = useApp(selSelectedUnit);
  const store = useAppStore();
  const info = m?.info ?? null;
  const net = useMemo(() => (info ? networkFor(info) : null), [info]);
  const point = useMemo(() => resolvePoint(data, picked), [data, picked]);
  const params = m?.latest?.params ?? null;
  const pass = useMemo(
    () => (net && params && point && params.length === net.params.length ? forwardPoints(net, params, [point.x1, point.x2], 1) : null),
    [net, params, point],
  );
  if (!m || !info || !pass || !point || !params || !data) {
    return <div className="panel-placeholder nc-placeholder" data-testid="neuron-card">{t('hidden.building')}</div>;
  }
  const outLayer = info.layout.layers.length - 1;
  const at = (selected !== null ? unitAt(info, selected) : null) ?? { layer: outLayer, index: 0 };
  const terms = neuronTerms(info, params, m.latest?.grads, pass, 0, at.layer, at.index);
  const L = info.layout.layers[at.layer]!;
  const title = terms.isOutput
    ? outLayer === 0 ? t('neuron.single') : L.fanOut > 1 ? t('neuron.outputN', { n: at.index + 1 }) : t('neuron.output')
    : t('neuron.hiddenN', { layer: at.layer + 1, n: at.index + 1 });
  const unit = L.unitOffset + at.index;
  return (
    <NeuronCard
      terms={terms}
      title={title}
      pointText={pointText(point, data.classes, isTruthTable(info.config.dataset))}
      domain={terms.isOutput ? outputDomain(L.fn, data.classes) : fnDomain(L.fn)}
      inputDomain={at.layer === 0 ? null : fnDomain(info.layout.layers[at.layer - 1]!.fn)}
      heatmap={{ grid: m.unitGrids, offset: unit * m.unitGridN * m.unitGridN, n: m.unitGridN, mark: { x: point.x1, y: point.x2, extent: data.extent } }}
      actions={!terms.isOutput ? (
        <button type="button" className="nc-back" onClick={() => store.getState().setUi({ selectedUnit: null })} data-testid="neuron-card-output">
          {t('neuron.back')}
        </button>
      ) : outLayer > 0 ? <span className="nc-hint">{t('neuron.openCard')}</span> : null}
    />
  );
}
