/**
 * The truth table wired to the store, for the 4-point truth-table data sets only. Outputs
 * come from the core forward pass on the latest snapshot's weights (see neuronMath).
 */
import { useMemo } from 'react';
import { isTruthTable } from '../../core/datasets';
import { forwardPoints, networkFor } from '../../panels/neuron/neuronMath';
import { TruthTable } from '../../panels/truthtable/TruthTable';
import { truthRows } from '../../panels/truthtable/truthRows';
import { headFacts } from '../../core/activations';
import { selPickedPoint } from '../../store/lessonSlice';
import { selData, selModelA } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';
import { outputDomain } from '../../viz/domains';
import { outputLayer } from '../../core/layout';

export function TruthTableContainer() {
  const m = useApp(selModelA);
  const data = useApp(selData);
  const picked = useApp(selPickedPoint);
  const store = useAppStore();
  const info = m?.info ?? null;
  const net = useMemo(() => (info ? networkFor(info) : null), [info]);
  const params = m?.latest?.params ?? null;
  const truth = info !== null && isTruthTable(info.config.dataset);
  const rows = useMemo(() => {
    if (!truth || !net || !params || !data || params.length !== net.params.length) return null;
    const n = data.trainY.length;
    const pass = forwardPoints(net, params, data.trainX, n);
    const out = outputLayer(net.layout);
    return truthRows(data.trainX, data.trainY, pass.acts[pass.acts.length - 1]!, out.fanOut, out.fn);
  }, [truth, net, params, data]);
  if (!truth || !info || !rows || !data) return null;
  const out = outputLayer(info.layout);
  return (
    <TruthTable
      name={info.config.dataset.toUpperCase()}
      rows={rows}
      domain={outputDomain(out.fn, data.classes)}
      // Two classes: a softmax head's class-1 probability decides above 1/2, like the argmax.
      threshold={out.fanOut > 1 ? 0.5 : headFacts(out.fn).threshold}
      picked={picked === null ? 0 : picked.which === 'train' ? picked.index : null}
      onPick={(index) => store.getState().setLesson({ pickedPoint: { which: 'train', index } })}
    />
  );
}
