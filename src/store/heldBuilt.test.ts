/**
 * A build's 'built' and its first snapshot reach the store in the same task, so React (which
 * batches store updates of one task into one render) draws the new network once, with its
 * boundary (the first-boundary time of issue 13). The messages
 * come from a real engine; the timer that guards against a missing snapshot is a fake.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../core';
import { Engine } from '../worker/engine';
import type { FromWorker } from '../worker/protocol';
import { connectBridge, type BridgeEnv } from './bridge';
import { createAppStore } from './createAppStore';

function setup(withTimer: boolean) {
  let deliver: (m: FromWorker) => void = () => {};
  const timers: (() => void)[] = [];
  const env: BridgeEnv = {
    makeClient: (cb) => {
      deliver = cb;
      return { send: () => {}, restart: () => {}, kill: () => {}, dispose: () => {} };
    },
    raf: () => {},
    getHash: () => '#dataset=xor&hidden=3',
    setHash: () => {},
    onHashChange: () => () => {},
    ...(withTimer ? { later: (_ms: number, cb: () => void) => void timers.push(cb) } : {}),
  };
  const store = createAppStore();
  connectBridge(store, env);
  // What the worker posts for one build, in order.
  const posted: FromWorker[] = [];
  const engine = new Engine({ post: (m) => posted.push(m), now: () => 0 });
  engine.handle({ type: 'config', config: resolveConfig({ dataset: 'xor', hidden: [3], seed: 2 }), compare: null, reason: 'load', rebuild: true });
  const updates: { buildId: number; boundary: boolean }[] = [];
  store.subscribe((s, prev) => {
    if (s.models !== prev.models) updates.push({ buildId: s.buildId, boundary: !!s.models[0]?.boundary });
  });
  return { store, posted, deliver: (m: FromWorker) => deliver(m), timers, updates };
}

describe('bridge: a build and its first snapshot in the same task', () => {
  it('holds "built" until the snapshot that follows it, then applies both in that call', () => {
    const { store, posted, deliver, updates } = setup(true);
    expect(posted.map((m) => m.type)).toEqual(['built', 'snapshot']);
    deliver(posted[0]!);
    expect(store.getState().buildId).toBe(0);
    expect(updates).toEqual([]);
    deliver(posted[1]!);
    expect(updates).toEqual([{ buildId: 1, boundary: false }, { buildId: 1, boundary: true }]);
    expect(store.getState().models[0]!.latest?.epoch).toBe(0);
  });

  it('applies "built" alone when its timer fires first, and the snapshot after it', () => {
    const { store, posted, deliver, timers, updates } = setup(true);
    deliver(posted[0]!);
    timers.forEach((cb) => cb());
    expect(store.getState().buildId).toBe(1);
    expect(updates).toHaveLength(1);
    deliver(posted[1]!);
    timers.forEach((cb) => cb()); // a stale timer does nothing
    expect(updates).toEqual([{ buildId: 1, boundary: false }, { buildId: 1, boundary: true }]);
  });

  it('without a timer (tests, other hosts) applies every message as it comes', () => {
    const { store, posted, deliver } = setup(false);
    deliver(posted[0]!);
    expect(store.getState().buildId).toBe(1);
  });
});
