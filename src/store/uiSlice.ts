/** UI slice: view toggles and hover/selection that never reach the training state. */
import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from './types';
import { NO_EMBED } from '../model/embed';

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  discretize: false,
  hoverUnit: null,
  selectedUnit: null,
  speed: null,
  lang: null,
  embed: NO_EMBED,
  // Setting a speed is the learner's choice: from then on it wins over the automatic pace.
  setUi: (patch) => set('speed' in patch ? { ...patch, speedChosen: true } : patch),
});
