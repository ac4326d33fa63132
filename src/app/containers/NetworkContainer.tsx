/** The network diagram wired to the store: +/- edit config.hidden, link edits go to the worker. */
import { t } from '../../i18n';
import { useCallback } from 'react';
import { LIMITS, outputLayer } from '../../core';
import { NetworkDiagram } from '../../panels/network/NetworkDiagram';
import { useApp, useAppStore } from '../StoreContext';
import { selHide } from './ControlsContainer';
import { selConfig, selModelA } from '../../store/selectors';
import { fnDomain, outputDomain } from '../../viz/domains';
import type { AppStore } from '../../store/createAppStore';

/** New layers copy the width of the last hidden layer (4 for the first). */
export function addLayer(hidden: readonly number[]): number[] {
  return hidden.length >= LIMITS.maxLayers ? [...hidden] : [...hidden, hidden[hidden.length - 1] ?? 4];
}

export function resizeLayer(hidden: readonly number[], layer: number, delta: number): number[] {
  return hidden.map((w, i) => (i === layer - 1 ? Math.max(1, Math.min(LIMITS.maxWidth, w + delta)) : w));
}

function editHidden(store: AppStore, f: (h: readonly number[]) => number[]): void {
  const { config, setConfig } = store.getState();
  setConfig({ hidden: f(config.hidden) });
}

export function NetworkContainer() {
  const hide = useApp(selHide);
  const config = useApp(selConfig);
  const m = useApp(selModelA);
  const store = useAppStore();
  const onAddLayer = useCallback(() => editHidden(store, addLayer), [store]);
  const onRemoveLayer = useCallback(() => editHidden(store, (h) => h.slice(0, -1)), [store]);
  const onAddNeuron = useCallback((l: number) => editHidden(store, (h) => resizeLayer(h, l, 1)), [store]);
  const onRemoveNeuron = useCallback((l: number) => editHidden(store, (h) => resizeLayer(h, l, -1)), [store]);
  const onEditParam = useCallback((i: number, v: number) => store.getState().editParam(0, i, v), [store]);
  const onHoverUnit = useCallback((u: number | null) => store.getState().setUi({ hoverUnit: u }), [store]);
  const onSelectUnit = useCallback((u: number) => store.getState().setUi({ selectedUnit: u }), [store]);
  // The worker's own layout; until its first answer (a few ms) there is nothing true to draw.
  if (!m) return <div className="panel-placeholder">{t('hidden.building')}</div>;
  const l = m.info.layout;
  return (
    <NetworkDiagram
      layout={l}
      builtHidden={m ? m.info.layout.layers.length - 1 : null}
      params={m?.latest?.params ?? null}
      grid={m?.unitGrids ?? null}
      gridN={m?.unitGridN ?? 0}
      gridUnits={m?.unitGrids && m.unitGridN ? m.unitGrids.length / (m.unitGridN * m.unitGridN) : 0}
      outputDomain={outputDomain(outputLayer(l).fn, 2)}
      hiddenDomain={fnDomain(config.activation)}
      onAddLayer={onAddLayer}
      onRemoveLayer={onRemoveLayer}
      onAddNeuron={onAddNeuron}
      onRemoveNeuron={onRemoveNeuron}
      onEditParam={onEditParam}
      onHoverUnit={onHoverUnit}
      onSelectUnit={onSelectUnit}
      maxLayers={LIMITS.maxLayers}
      lockShape={hide.has('layers')}
      maxWidth={LIMITS.maxWidth}
    />
  );
}
