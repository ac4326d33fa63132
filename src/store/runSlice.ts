/** Run slice: play state and the commands that go to the worker through the port. */
import type { StateCreator } from 'zustand';
import type { AppState, RunSlice, WorkerPort } from './types';

/** Until the bridge connects, commands go nowhere (tests and server rendering). */
export const NULL_PORT: WorkerPort = { send: () => {}, restart: () => {} };

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  status: 'idle',
  message: null,
  divergence: null,
  failure: null,
  port: NULL_PORT,
  play: () => {
    if (get().status === 'diverged' || get().status === 'error') return;
    get().port.send({ type: 'play' });
  },
  pause: () => get().port.send({ type: 'pause' }),
  togglePlay: () => (get().status === 'running' ? get().pause() : get().play()),
  step: (unit) => {
    if (get().status === 'diverged' || get().status === 'error') return;
    get().port.send({ type: 'step', unit });
  },
  reset: () => {
    const { port, status, failure } = get();
    set({ status: 'paused', message: null, divergence: null, failure: null });
    // A failed worker is replaced, never reused: it may be dead without having said so. The
    // fresh one is built from the current config by the restart itself.
    if (status === 'error' || failure) return port.restart();
    port.send({ type: 'pause' });
    port.send({ type: 'config', config: get().config, compare: compareConfig(get()), reason: 'reset', rebuild: true });
  },
  editParam: (model, index, value) => {
    if (!Number.isFinite(value)) return;
    get().port.send({ type: 'setParam', model, index, value });
  },
});

/** Network B's config in compare mode (A's config with the compare patch), or null. */
export function compareConfig(s: Pick<AppState, 'config' | 'compare'>): AppState['config'] | null {
  return s.compare ? { ...s.config, ...s.compare } : null;
}
