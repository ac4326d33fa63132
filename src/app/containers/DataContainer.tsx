/** The data panel wired to the store; regenerate draws a new sample with a new seed. */
import { useCallback } from 'react';
import { DataPanel, type DataPatch } from '../../panels/data/DataPanel';
import { useApp, useAppStore } from '../StoreContext';
import { selConfig } from '../../store/selectors';
import { DataFiles } from './DataFiles';

export function DataContainer() {
  const c = useApp(selConfig);
  const store = useAppStore();
  const onChange = useCallback((patch: Partial<DataPatch>) => store.getState().setConfig(patch), [store]);
  const onRegenerate = useCallback(() => {
    const { config, setConfig } = store.getState();
    setConfig({ seed: (config.seed % 4294967295) + 1 });
  }, [store]);
  return (
    <>
      <DataPanel dataset={c.dataset} noise={c.noise} points={c.points} split={c.split} onChange={onChange} onRegenerate={onRegenerate} />
      <DataFiles />
    </>
  );
}
