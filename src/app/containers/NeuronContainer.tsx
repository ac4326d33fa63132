/**
 * The neuron card wired to the store: the unit clicked in the network (the output neuron by
 * default) evaluated at the picked data point, with the latest weights and gradients.
 */
import { t } from '../../i18n';
import { useMemo } from 'react';
import { isTruthTable } from '../../core/datasets';
import { NeuronCard } from '../../panels/neuron/NeuronCard';
import { forwardPoints, networkFor } from '../../model/pointPass';
import { neuronView } from '../../panels/neuron/neuronView';
import { pointText, resolvePoint } from '../../panels/neuron/pickedPoint';
import { selPickedPoint, selSelectedUnit } from '../../store/lessonSlice';
import { selData, selModelA } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';

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
  const v = neuronView(info, params, m.latest?.grads, pass, selected, data);
  return (
    <NeuronCard
      terms={v.terms}
      title={v.title}
      pointText={pointText(point, data.classes, isTruthTable(info.config.dataset))}
      domain={v.domain}
      inputDomain={v.inputDomain}
      heatmap={{ grid: m.unitGrids, offset: v.unit * m.unitGridN * m.unitGridN, n: m.unitGridN, mark: { x: point.x1, y: point.x2, extent: data.extent } }}
      actions={!v.terms.isOutput ? (
        <button type="button" className="nc-back" onClick={() => store.getState().setUi({ selectedUnit: null })} data-testid="neuron-card-output">
          {t('neuron.back')}
        </button>
      ) : v.deep ? <span className="nc-hint">{t('neuron.openCard')}</span> : null}
    />
  );
}
