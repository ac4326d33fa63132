/** Compare mode wired to the store: the A/B settings table, and both loss curves on one chart. */
import { useCallback } from 'react';
import type { TrainConfig } from '../../core';
import { CompareEditor } from '../../panels/compare/CompareEditor';
import { CompareLoss } from '../../panels/compare/CompareLoss';
import { LR_PRESETS } from '../../panels/controls/headOptions';
import { selCompare, selConfig, selModels } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';

export function CompareContainer() {
  const config = useApp(selConfig);
  const compare = useApp(selCompare);
  const store = useAppStore();
  const onChange = useCallback((patch: Partial<TrainConfig> | null) => store.getState().setCompare(patch), [store]);
  return <CompareEditor config={config} patch={compare} onChange={onChange} lrOptions={LR_PRESETS} />;
}

export function CompareLossContainer() {
  const models = useApp(selModels);
  const compare = useApp(selCompare);
  if (!compare || models.length < 2) return null;
  return <CompareLoss a={models[0]!.history} b={models[1]!.history} />;
}
