import { describe, expect, it } from 'vitest';
import type { WorkerClient } from '../worker/client';
import type { ToWorker, ViewOptions } from '../worker/protocol';
import { connectBridge, LESSON_REASON, viewOf, type BridgeEnv } from './bridge';
import { STEP_HASH } from './lessonSteps';
import { createAppStore } from './createAppStore';
import { selShownHiddenLayer, shownHiddenLayer } from './lessonSlice';

describe('shownHiddenLayer', () => {
  it('follows the last hidden layer by default and clamps a choice a rebuild removed', () => {
    expect(shownHiddenLayer(0, null)).toBeNull();
    expect(shownHiddenLayer(0, 2)).toBeNull();
    expect(shownHiddenLayer(3, null)).toBe(2);
    expect(shownHiddenLayer(3, 0)).toBe(0);
    expect(shownHiddenLayer(2, 5)).toBe(1);
    expect(shownHiddenLayer(2, -1)).toBe(0);
  });

  it('is what the bridge asks the worker to compute', () => {
    const store = createAppStore();
    store.getState().setConfig({ hidden: [4, 2] });
    expect(selShownHiddenLayer(store.getState())).toBe(1);
    expect(viewOf(store.getState()).hiddenLayer).toBe(1);
    store.getState().setConfig({ hidden: [] });
    expect(viewOf(store.getState()).hiddenLayer).toBeNull();
  });
});

describe('bridge view messages', () => {
  function bridge(hash: string) {
    const sent: ToWorker[] = [];
    const env: BridgeEnv = {
      makeClient: (): WorkerClient => ({ send: (m) => sent.push(m), restart: () => {}, kill: () => {}, dispose: () => {} }),
      raf: () => {},
      getHash: () => hash,
      setHash: () => {},
      onHashChange: () => () => {},
    };
    const store = createAppStore();
    connectBridge(store, env);
    const views = () => sent.filter((m): m is { type: 'view'; view: ViewOptions } => m.type === 'view').map((m) => m.view.hiddenLayer);
    return { store, sent, views };
  }

  it('sends the hidden layer at load, and again only when the picked layer changes', () => {
    const b = bridge('#dataset=xor&hidden=3,2');
    expect(b.views()).toEqual([1]);
    b.store.getState().setLesson({ hiddenLayerChoice: 0 });
    expect(b.views()).toEqual([1, 0]);
    // Unrelated state (hover, picked point) sends nothing.
    b.store.getState().setUi({ hoverUnit: 2 });
    b.store.getState().setLesson({ pickedPoint: { which: 'train', index: 1 } });
    expect(b.views()).toEqual([1, 0]);
    // No rebuild for a view change.
    expect(b.sent.filter((m) => m.type === 'config')).toHaveLength(1);
  });
});

describe('bridge build reasons', () => {
  it('a lesson step opened by its link rebuilds quietly; a change the reader makes is named', () => {
    let hash = '#dataset=xor&hidden=3';
    let onHash = () => {};
    const sent: ToWorker[] = [];
    let answer: (m: { type: 'configured' }) => void = () => {};
    const env: BridgeEnv = {
      makeClient: (onMsg): WorkerClient => {
        answer = onMsg;
        return { send: (m) => sent.push(m), restart: () => {}, kill: () => {}, dispose: () => {} };
      },
      raf: () => {},
      getHash: () => hash,
      setHash: (h) => { hash = `#${h.replace(/^#/, '')}`; },
      onHashChange: (f) => { onHash = f; return () => {}; },
    };
    const store = createAppStore();
    connectBridge(store, env);
    const reasons = () => sent.flatMap((m) => (m.type === 'config' ? [m.reason] : []));
    // The worker answers each build, so the next one is sent rather than queued.
    answer({ type: 'configured' });
    hash = `#${STEP_HASH[2]}`;
    onHash();
    expect(store.getState().lessonStep).toBe(2);
    expect(reasons().at(-1)).toBe(LESSON_REASON);
    answer({ type: 'configured' });
    store.getState().setConfig({ lr: 0.5 });
    expect(reasons().at(-1)).toBe('lr changed');
  });
});
