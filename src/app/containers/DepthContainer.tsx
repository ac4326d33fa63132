/** The depth slider and width input wired to config.hidden (the same list the +/- editor edits). */
import { useCallback } from 'react';
import { LIMITS } from '../../core';
import { DepthControl } from '../../panels/depth/DepthControl';
import { selConfig } from '../../store/selectors';
import { useApp, useAppStore } from '../StoreContext';

export function DepthContainer() {
  const config = useApp(selConfig);
  const store = useAppStore();
  const onChange = useCallback((hidden: number[]) => store.getState().setConfig({ hidden }), [store]);
  return <DepthControl hidden={config.hidden} maxLayers={LIMITS.maxLayers} maxWidth={LIMITS.maxWidth} onChange={onChange} />;
}
