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
  if (patch.dataset && datasetClasses(patch.dataset) !== datasetClasses(c.dataset) && !patch.output) {
    Object.assign(next, defaultHead(patch.dataset));
  }
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
