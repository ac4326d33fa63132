import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../core';
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { WorkerClient } from '../worker/client';
import { connectBridge, type BridgeEnv } from './bridge';
import { createBuildQueue, type BuildMessage } from './buildQueue';
import { createAppStore } from './createAppStore';

const cfg = (depth: number) => resolveConfig({ hidden: Array(depth).fill(8) });
const build = (depth: number): BuildMessage => ({ type: 'config', config: cfg(depth), compare: null, reason: `d${depth}` });
const built = (id: number): FromWorker => ({ type: 'built', buildId: id, models: [], data: null as never, reason: '' });

describe('build queue', () => {
  it('keeps one build in flight and only the newest request pending', () => {
    const sent: BuildMessage[] = [];
    const q = createBuildQueue((m) => sent.push(m));
    for (let d = 2; d <= 10; d++) q.request(build(d));
    expect(sent.map((m) => m.reason)).toEqual(['d2']);
    q.onMessage({ type: 'snapshot', snapshot: { buildId: 1, running: false, epochsPerSecond: 0, models: [] } });
    expect(sent).toHaveLength(1);
    q.onMessage(built(1));
    expect(sent.map((m) => m.reason)).toEqual(['d2', 'd10']);
    q.onMessage(built(2));
    expect(q.busy).toBe(false);
    q.request(build(3));
    expect(sent.map((m) => m.reason)).toEqual(['d2', 'd10', 'd3']);
  });

  it('a failed build ends the one in flight; a rejected parameter edit does not', () => {
    const sent: BuildMessage[] = [];
    const q = createBuildQueue((m) => sent.push(m));
    q.request(build(1));
    q.request(build(2));
    q.onMessage({ type: 'error', message: 'bad param', field: 'param' });
    expect(sent).toHaveLength(1);
    q.onMessage({ type: 'error', message: 'bad lr', field: 'lr' });
    expect(sent.map((m) => m.reason)).toEqual(['d1', 'd2']);
  });

  it('forgets everything on reset (a restarted worker)', () => {
    const sent: BuildMessage[] = [];
    const q = createBuildQueue((m) => sent.push(m));
    q.request(build(1));
    q.request(build(2));
    q.reset();
    q.request(build(3));
    expect(sent.map((m) => m.reason)).toEqual(['d1', 'd3']);
  });
});

/** A bridge on a fake worker client and a fake location hash. */
function fakeBridge(hash = '') {
  const sent: ToWorker[] = [];
  let onMessage: (m: FromWorker) => void = () => {};
  let current = hash;
  const hashListeners: (() => void)[] = [];
  const env: BridgeEnv = {
    makeClient: (cb): WorkerClient => {
      onMessage = cb;
      return { send: (m) => sent.push(m), restart: () => {}, kill: () => {}, dispose: () => {} };
    },
    raf: () => {},
    getHash: () => current,
    setHash: (h) => { current = `#${h}`; },
    onHashChange: (cb) => { hashListeners.push(cb); return () => {}; },
  };
  const store = createAppStore();
  connectBridge(store, env);
  return {
    store, sent,
    builds: () => sent.filter((m): m is BuildMessage => m.type === 'config'),
    reply: (m: FromWorker) => onMessage(m),
    hash: () => current,
    navigate: (h: string) => { current = h; hashListeners.forEach((f) => f()); },
  };
}

describe('bridge with the build queue and the lab hash keys', () => {
  it('coalesces a depth drag into the first and the last build', () => {
    const b = fakeBridge('#hidden=8,8');
    expect(b.builds()).toHaveLength(1);
    for (let d = 3; d <= 10; d++) b.store.getState().setConfig({ hidden: Array(d).fill(8) });
    expect(b.builds()).toHaveLength(1);
    b.reply(built(1));
    expect(b.builds()).toHaveLength(2);
    expect(b.builds()[1]!.config.hidden).toHaveLength(10);
    expect(b.hash()).toContain('hidden=8,8,8,8,8,8,8,8,8,8');
  });

  it('routes reset builds through the queue too', () => {
    const b = fakeBridge();
    b.store.getState().reset();
    expect(b.builds()).toHaveLength(1);
    b.reply(built(1));
    expect(b.builds().map((m) => m.reason)).toEqual(['load', 'reset']);
  });

  it('loads compare and measure from the hash with one build, and writes them back', () => {
    const b = fakeBridge('#dataset=xor-quadrants&depth=10&width=8&activation=sigmoid&init=standard&compare=activation:relu,init:he-normal&measure=gradW');
    const s = b.store.getState();
    expect(s.config.hidden).toEqual(Array(10).fill(8));
    expect(s.compare).toEqual({ activation: 'relu', init: 'he-normal' });
    expect(s.measure).toBe('gradW');
    expect(b.builds()).toHaveLength(1);
    expect(b.builds()[0]!.compare?.activation).toBe('relu');
    expect(b.hash()).toContain('compare=activation:relu,init:he-normal');
    expect(b.hash()).toContain('measure=gradW');
    s.setMeasure('gradB');
    expect(b.hash()).toContain('measure=gradB');
    expect(b.builds()).toHaveLength(1); // a view setting, not a rebuild
  });

  it('follows a preset link (hashchange) with config and compare in one set', () => {
    const b = fakeBridge('#dataset=xor');
    b.reply(built(1));
    let sets = 0;
    b.store.subscribe(() => sets++);
    b.navigate('#dataset=xor-quadrants&depth=10&width=8&activation=sigmoid&init=standard&compare=activation:relu,init:he-normal');
    expect(sets).toBe(1);
    expect(b.builds()).toHaveLength(2);
    expect(b.store.getState().compare).toEqual({ activation: 'relu', init: 'he-normal' });
    b.navigate('#dataset=xor-quadrants&depth=10&width=8&activation=sigmoid&init=standard');
    expect(b.store.getState().compare).toBeNull();
  });

  it('sends a view message only when a field of the view changes', () => {
    const b = fakeBridge('#dataset=xor');
    const views = () => b.sent.filter((m) => m.type === 'view');
    expect(views()).toHaveLength(1);
    const s = b.store.getState();
    for (let i = 0; i < 20; i++) s.setUi({ hoverUnit: i % 3 }); // unrelated store updates
    expect(views()).toHaveLength(1);
    s.setUi({ speed: 5 });
    expect(views()).toHaveLength(2);
    expect(views()[1]).toEqual({ type: 'view', view: { thumbnails: true, hiddenLayer: 0, epochsPerSecond: 5 } });
  });

  it('sends every config change as a config message; a reset forces a rebuild, kept when coalesced', () => {
    const b = fakeBridge('#dataset=xor');
    b.reply(built(1));
    b.store.getState().setConfig({ lr: 0.1 });
    expect(b.builds().at(-1)).toMatchObject({ type: 'config', rebuild: false, reason: 'lr changed' });
    // The lr change is in flight; a reset and then another change wait, merged into one forced rebuild.
    b.store.getState().reset();
    b.store.getState().setConfig({ lr: 0.2 });
    b.reply({ type: 'configured' });
    expect(b.builds().at(-1)).toMatchObject({ rebuild: true, reason: 'reset', config: { lr: 0.2 } });
  });
});

/**
 * A hash typed while the app runs gets the same treatment as on load (issue 14 §1): notices for
 * what was rejected, and the address bar rewritten to the canonical link, even when the
 * settings it describes equal the current ones (so nothing rebuilds).
 */
describe('hashchange with the same settings', () => {
  it('names the bogus key and rewrites the address bar, without a rebuild', () => {
    const b = fakeBridge('#dataset=xor&hidden=4');
    const canonical = b.hash();
    expect(b.store.getState().notices).toEqual([]);
    b.navigate(`${canonical}&bogus=1`);
    expect(b.store.getState().notices.join('\n')).toContain('Unknown setting "bogus"');
    expect(b.hash()).toBe(canonical);
    expect(b.builds().length).toBe(1);
  });

  it('names a head the dataset rejects and shows the canonical link', () => {
    const b = fakeBridge('#dataset=xor');
    const canonical = b.hash();
    b.navigate('#dataset=xor&output=tanh&loss=bce');
    expect(b.store.getState().notices.join('\n')).toMatch(/^loss="bce" does not fit a tanh output; using sigmoid with bce\./m);
    expect(b.hash()).toBe(canonical);
    expect(b.builds().length).toBe(1);
  });

  it('survives an inherited name typed while running', () => {
    const b = fakeBridge('#dataset=xor');
    expect(() => b.navigate('#compare=__proto__:1&constructor=1')).not.toThrow();
    expect(b.store.getState().notices.join('\n')).toMatch(/__proto__[\s\S]*constructor/);
    expect(b.store.getState().compare).toBeNull();
  });
});
