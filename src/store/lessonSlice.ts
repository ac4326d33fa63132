/**
 * Lesson slice: what the separability lessons look at. Which hidden layer the hidden-space
 * view shows (the bridge tells the worker), which data point the neuron card evaluates, and
 * which single-neuron card is open. None of it reaches the training state.
 */
import type { StateCreator } from 'zustand';
import type { AppState, LessonSlice } from './types';

export type { LessonTab } from './types';


export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = (set) => ({
  hiddenLayerChoice: null,
  pickedPoint: null,
  lessonTab: 'neuron',
  setLesson: (patch) => set(patch),
});

/**
 * The hidden layer actually shown: the choice clamped to the layers that exist (a rebuild
 * may remove it), the last one by default, null when there is no hidden layer.
 */
export function shownHiddenLayer(hiddenLayers: number, choice: number | null): number | null {
  if (hiddenLayers <= 0) return null;
  if (choice === null || !Number.isInteger(choice)) return hiddenLayers - 1;
  return Math.max(0, Math.min(hiddenLayers - 1, choice));
}

export const selShownHiddenLayer = (s: AppState) => shownHiddenLayer(s.config.hidden.length, s.hiddenLayerChoice);
export const selPickedPoint = (s: AppState) => s.pickedPoint;
export const selLessonTab = (s: AppState) => s.lessonTab;
export const selSelectedUnit = (s: AppState) => s.selectedUnit;
