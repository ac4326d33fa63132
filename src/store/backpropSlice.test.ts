/** The walk-through mode pauses a running net while open and resumes it on close, and only then. */
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import type { ToWorker } from '../worker/protocol';

function setup(running: boolean) {
  const store = createAppStore();
  const sent: ToWorker['type'][] = [];
  store.setState({ port: { send: (m) => sent.push(m.type), restart: () => {} }, status: running ? 'running' : 'paused' });
  return { store, sent };
}

describe('backprop mode', () => {
  it('pauses a running net on open and plays it again on close', () => {
    const { store, sent } = setup(true);
    store.getState().openBackprop();
    expect(sent).toEqual(['pause']);
    expect(store.getState().lessonTab).toBe('backprop');
    store.setState({ status: 'paused' });
    store.getState().closeBackprop();
    expect(sent).toEqual(['pause', 'play']);
    expect(store.getState().lessonTab).toBe('neuron');
    expect(store.getState().bpOpen).toBe(false);
  });

  it('leaves a paused net paused', () => {
    const { store, sent } = setup(false);
    store.getState().openBackprop();
    store.getState().closeBackprop();
    expect(sent).toEqual([]);
  });

  it('refuses a nudge size outside 0.001 .. 0.5', () => {
    const { store } = setup(false);
    store.getState().setBp({ bpEpsilon: 0.7 });
    store.getState().setBp({ bpEpsilon: 0 });
    expect(store.getState().bpEpsilon).toBe(0.01);
    store.getState().setBp({ bpEpsilon: 0.001 });
    expect(store.getState().bpEpsilon).toBe(0.001);
  });
});
