import { describe, expect, it } from 'vitest';
import type { WorkerClient } from '../worker/client';
import type { ToWorker, ViewOptions } from '../worker/protocol';
import { connectBridge, viewOf, type BridgeEnv } from './bridge';
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
