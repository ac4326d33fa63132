/** Config slice: the training config, compare-mode patch and user-facing notices. */
import type { StateCreator } from 'zustand';
import { BASE_CONFIG, datasetClasses, defaultHead, resolveConfig, type TrainConfig } from '../core';
import type { AppState, ConfigSlice } from './types';

/**
 * Merges a patch into a config. When the dataset changes to one with a different number of
 * classes, the output and loss follow it unless the patch names them.
 */
export function mergeConfig(c: TrainConfig, patch: Partial<TrainConfig>): TrainConfig {
  const next = { ...c, ...patch };
  const classes = datasetClasses(next.dataset, next.custom);
  if ((patch.dataset || patch.custom) && classes !== datasetClasses(c.dataset, c.custom) && !patch.output) {
    Object.assign(next, defaultHead(next.dataset, next.custom));
  }
  // `activation` alone sets every hidden layer; `activations` keeps only what it is given with.
  if (patch.activation && !patch.activations) Object.assign(next, { activations: [] });
  // Choosing a generated set lets the custom points go (undo in the data slice brings them back).
  if (patch.dataset && patch.dataset !== 'custom' && patch.custom === undefined) Object.assign(next, { custom: null });
  // Per-layer choices follow the layers: a removed layer's entry goes with it.
  if (next.activations.length > next.hidden.length) Object.assign(next, { activations: next.activations.slice(0, next.hidden.length) });
  return resolveConfig(next);
}

export const createConfigSlice: StateCreator<AppState, [], [], ConfigSlice> = (set, get) => ({
  config: BASE_CONFIG,
  compare: null,
  notices: [],
  setConfig: (patch) => {
    try {
      set({ config: mergeConfig(get().config, patch) });
    } catch (e) {
      set({ notices: [...get().notices, e instanceof Error ? e.message : String(e)] });
    }
  },
  setCompare: (patch) => {
    if (patch) {
      try {
        mergeConfig(get().config, patch);
      } catch (e) {
        set({ notices: [...get().notices, `Compare: ${e instanceof Error ? e.message : String(e)}`] });
        return;
      }
    }
    set({ compare: patch });
  },
  dismissNotices: () => set({ notices: [] }),
});
