/**
 * Gradient-lab slice: which gradient measure the lab shows, and loading a whole URL hash
 * (config, compare patch, measure) in one set so a shared link causes exactly one build.
 * The per-layer gradient history lives with each model (ModelView.grads), filled by the
 * snapshot slice in the same set as the snapshot itself.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_MEASURE } from '../model/measures';
import type { AppState, GradSlice } from './types';

export const createGradSlice: StateCreator<AppState, [], [], GradSlice> = (set, get) => ({
  measure: DEFAULT_MEASURE,
  setMeasure: (measure) => set({ measure }),
  loadHash: (h) => set({
    config: h.config, compare: h.compare, measure: h.measure, notices: [...get().notices, ...h.notices], embed: h.embed,
    // A link without `lang` keeps the language already shown.
    ...(h.lang ? { lang: h.lang } : {}),
    // A link without `lesson` is the free playground; the replay goes back to live.
    lessonStep: h.lesson,
    replayFrame: null,
  }),
});
