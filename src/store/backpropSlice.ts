/**
 * Backprop step-by-step mode: whether it is open, which phase is shown, and what is being
 * nudged. Opening pauses training (a walk-through needs weights that hold still) and closing
 * resumes it if it was running. The mode's panel is the lesson tab 'backprop': opening selects
 * it and closing leaves it. Nothing here reaches the training state.
 */
import type { StateCreator } from 'zustand';
import type { AppState, BackpropSlice } from './types';

export type { BackpropSlice } from './types';

export const EPSILON_RANGE = [0.001, 0.5] as const;

export const createBackpropSlice: StateCreator<AppState, [], [], BackpropSlice> = (set, get) => ({
  bpOpen: false,
  bpPhase: 0,
  bpAuto: false,
  bpTarget: null,
  bpEpsilon: 0.01,
  bpResume: false,
  openBackprop: () => {
    if (get().bpOpen) return;
    const running = get().status === 'running';
    if (running) get().pause();
    set({ bpOpen: true, bpResume: running, bpPhase: 0, bpAuto: false, lessonTab: 'backprop' });
  },
  closeBackprop: () => {
    if (!get().bpOpen) return;
    const resume = get().bpResume;
    set({ bpOpen: false, bpResume: false, bpAuto: false, ...(get().lessonTab === 'backprop' ? { lessonTab: 'neuron' as const } : {}) });
    if (resume) get().play();
  },
  setBp: (patch) => {
    const eps = patch.bpEpsilon;
    if (eps !== undefined && !(eps >= EPSILON_RANGE[0] && eps <= EPSILON_RANGE[1])) return;
    set(patch);
  },
});

export const selBpOpen = (s: AppState) => s.bpOpen;
export const selBpPhase = (s: AppState) => s.bpPhase;
export const selBpAuto = (s: AppState) => s.bpAuto;
export const selBpTarget = (s: AppState) => s.bpTarget;
export const selBpEpsilon = (s: AppState) => s.bpEpsilon;
