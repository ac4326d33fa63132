/**
 * The truth table wired to the store, for the 4-point truth-table data sets only. The rows
 * come from panels/truthtable/truthTableView on the latest snapshot's weights.
 */
import { useMemo } from 'react';
import { networkFor } from '../../model/pointPass';
import { TruthTable } from '../../panels/truthtable/TruthTable';
import { truthTableView } from '../../panels/truthtable/truthTableView';
import { selPickedPoint } from '../../store/lessonSlice';
import { selData, selModelA } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';

export function TruthTableContainer() {
  const m = useApp(selModelA);
  const data = useApp(selData);
  const picked = useApp(selPickedPoint);
  const store = useAppStore();
  const info = m?.info ?? null;
  const net = useMemo(() => (info ? networkFor(info) : null), [info]);
  const params = m?.latest?.params ?? null;
  const v = useMemo(() => (info && data && net ? truthTableView(info, data, net, params) : null), [info, data, net, params]);
  if (!v) return null;
  return (
    <TruthTable
      name={v.name}
      rows={v.rows}
      domain={v.domain}
      threshold={v.threshold}
      picked={picked === null ? 0 : picked.which === 'train' ? picked.index : null}
      onPick={(index) => store.getState().setLesson({ pickedPoint: { which: 'train', index } })}
    />
  );
}
