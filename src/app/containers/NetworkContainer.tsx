/** The network diagram wired to the store: +/- edit config.hidden, link edits go to the worker. */
import { useCallback, useMemo } from 'react';
import { ACTIVATIONS, canonicalFeatures, FEATURE_LABELS, LIMITS, outputLayer, type ActivationName, type FeatureName } from '../../core';
import { FeatureToggles } from '../../panels/network/FeatureToggles';
import { useT } from '../../i18n';
import { ExportPngButton } from '../ExportButtons';
import { RunMark } from './DataFiles';
import { NetworkDiagram } from '../../panels/network/NetworkDiagram';
import { useApp, useAppStore } from '../StoreContext';
import { selHide } from './ControlsContainer';
import { selConfig, selData, selModelA } from '../../store/selectors';
import { fnDomain, outputDomain } from '../../viz/domains';
import type { AppStore } from '../../store/createAppStore';

const DEFAULT_EXTENT = [-6, 6, -6, 6] as const;
const NETWORK_EXPORT = <ExportPngButton name="network" panel="network" />;

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
  const t = useT();
  const data = useApp(selData);
  const extent = data?.extent ?? DEFAULT_EXTENT;
  // The diagram shows the features of the built net (its inputs), the toggles the config's.
  const builtFeatures = m?.info.config.features ?? config.features;
  const inputLabels = useMemo(() => builtFeatures.map((f) => FEATURE_LABELS[f]), [builtFeatures]);
  const onToggleFeature = useCallback((f: FeatureName, on: boolean) => {
    const { config: c, setConfig, notices } = store.getState();
    const next = on ? canonicalFeatures([...c.features, f]) : c.features.filter((g) => g !== f);
    if (next.length === 0) return store.setState({ notices: [...notices, t('byod.features.needOne')] });
    setConfig({ features: next });
  }, [store, t]);
  // One picker per hidden column the diagram draws (the built net's): a depth-slider step then
  // leaves these props as they were until its build arrives, and the memoized diagram is not
  // drawn again for a config it does not show yet.
  const builtHidden = m ? m.info.layout.layers.length - 1 : 0;
  const actKey = Array.from({ length: builtHidden }, (_, l) => config.activations[l] ?? config.activation).join(',');
  const activations = useMemo(() => ({
    values: (actKey ? actKey.split(',') : []) as ActivationName[],
    options: ACTIVATIONS,
    label: (layer: number) => t('byod.act.layer', { n: layer }),
    onChange: (layer: number, fn: string) => {
      const c = store.getState().config;
      const acts = c.hidden.map((_, l) => (l === layer - 1 ? fn : c.activations[l] ?? c.activation)) as ActivationName[];
      store.getState().setConfig({ activations: acts });
    },
  }), [actKey, store, t]);
  const outFn = m ? outputLayer(m.info.layout).fn : null;
  const outDomain = useMemo(() => (outFn ? outputDomain(outFn, 2) : null), [outFn]);
  const hiddenDomain = useMemo(() => fnDomain(config.activation), [config.activation]);
  const inputColumn = useMemo(() => (
    <FeatureToggles
      active={config.features} extent={extent} title={t('byod.features.title')}
      toggleLabel={(name) => t('byod.features.toggle', { name })} onToggle={onToggleFeature}
    />
  ), [config.features, extent, t, onToggleFeature]);
  // The worker's own layout; until its first answer (a few ms) there is nothing true to draw.
  if (!m || !outDomain) return <div className="panel-placeholder">{t('hidden.building')}</div>;
  const l = m.info.layout;
  return (
    <>
    <RunMark />
    <NetworkDiagram
      layout={l}
      builtHidden={m ? m.info.layout.layers.length - 1 : null}
      params={m?.latest?.params ?? null}
      grid={m?.unitGrids ?? null}
      gridN={m?.unitGridN ?? 0}
      gridUnits={m?.unitGrids && m.unitGridN ? m.unitGrids.length / (m.unitGridN * m.unitGridN) : 0}
      outputDomain={outDomain}
      hiddenDomain={hiddenDomain}
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
      inputLabels={inputLabels}
      inputFeatures={builtFeatures}
      extent={extent}
      activations={activations}
      inputColumn={inputColumn}
      toolbarExtra={NETWORK_EXPORT}
    />
    </>
  );
}
