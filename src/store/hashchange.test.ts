/**
 * A hash typed while the app runs gets the same treatment as on load (issue 14 §1): notices for
 * what was rejected, and the address bar rewritten to the canonical link, even when the
 * settings it describes equal the current ones (so nothing rebuilds).
 */
import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { WorkerClient } from '../worker/client';
import { connectBridge, type BridgeEnv } from './bridge';
import { createAppStore } from './createAppStore';

function fakeBridge(hash: string) {
  const sent: ToWorker[] = [];
  let current = hash;
  const listeners: (() => void)[] = [];
  const env: BridgeEnv = {
    makeClient: (_cb: (m: FromWorker) => void): WorkerClient => ({ send: (m) => sent.push(m), restart: () => {}, dispose: () => {} }),
    raf: () => {},
    getHash: () => current,
    setHash: (h) => { current = `#${h}`; },
    onHashChange: (cb) => { listeners.push(cb); return () => {}; },
  };
  const store = createAppStore();
  connectBridge(store, env);
  return {
    store, hash: () => current,
    configs: () => sent.filter((m) => m.type === 'config').length,
    navigate: (h: string) => { current = h; listeners.forEach((f) => f()); },
  };
}

describe('hashchange with the same settings', () => {
  it('names the bogus key and rewrites the address bar, without a rebuild', () => {
    const b = fakeBridge('#dataset=xor&hidden=4');
    const canonical = b.hash();
    expect(b.store.getState().notices).toEqual([]);
    b.navigate(`${canonical}&bogus=1`);
    expect(b.store.getState().notices.join('\n')).toContain('Unknown setting "bogus"');
    expect(b.hash()).toBe(canonical);
    expect(b.configs()).toBe(1);
  });

  it('names a head the dataset rejects and shows the canonical link', () => {
    const b = fakeBridge('#dataset=xor');
    const canonical = b.hash();
    b.navigate('#dataset=xor&output=tanh&loss=bce');
    expect(b.store.getState().notices.join('\n')).toMatch(/^loss: got "bce"/m);
    expect(b.hash()).toBe(canonical);
    expect(b.configs()).toBe(1);
  });

  it('survives an inherited name typed while running', () => {
    const b = fakeBridge('#dataset=xor');
    expect(() => b.navigate('#compare=__proto__:1&constructor=1')).not.toThrow();
    expect(b.store.getState().notices.join('\n')).toMatch(/__proto__[\s\S]*constructor/);
    expect(b.store.getState().compare).toBeNull();
  });
});
