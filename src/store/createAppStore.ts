/** One factory combines the slices, so every test (and every page) gets a fresh store. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createConfigSlice } from './configSlice';
import { createRunSlice } from './runSlice';
import { createSnapshotSlice } from './snapshotSlice';
import { createUiSlice } from './uiSlice';
import { createLessonSlice } from './lessonSlice';
import { createGradSlice } from './gradSlice';
import { createBackpropSlice } from './backpropSlice';
import { createRailSlice } from './railSlice';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createConfigSlice(...a),
    ...createRunSlice(...a),
    ...createSnapshotSlice(...a),
    ...createUiSlice(...a),
    ...createLessonSlice(...a),
    ...createGradSlice(...a),
    ...createBackpropSlice(...a),
    ...createRailSlice(...a),
  }));
}
