/**
 * The address bar during a drag: the first change is written at once, then at most one write
 * per interval, always ending on the newest state (oracle: the hash of the final config).
 */
import { describe, expect, it } from 'vitest';
import type { FromWorker } from '../worker/protocol';
import { connectBridge, type BridgeEnv } from './bridge';
import { createAppStore } from './createAppStore';

describe('bridge: hash writes during a burst of changes', () => {
  it('writes the first change at once and the newest after the burst, not one per change', () => {
    const timers: (() => void)[] = [];
    const writes: string[] = [];
    const env: BridgeEnv = {
      makeClient: (_cb: (m: FromWorker) => void) => ({ send: () => {}, restart: () => {}, kill: () => {}, dispose: () => {} }),
      raf: () => {},
      getHash: () => '#dataset=xor&hidden=3',
      setHash: (h) => void writes.push(h),
      onHashChange: () => () => {},
      later: (_ms, cb) => void timers.push(cb),
    };
    const store = createAppStore();
    connectBridge(store, env);
    writes.length = 0;
    timers.length = 0; // the load's own timers (none write the hash)
    for (let d = 2; d <= 20; d++) store.getState().setConfig({ hidden: Array(d).fill(3) });
    expect(writes).toHaveLength(1);
    expect(writes[0]).toContain('hidden=3,3&');
    while (timers.length) timers.shift()!();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(new RegExp(`hidden=${Array(20).fill(3).join(',')}(&|$)`));
    // Quiet again: the next change is written at once.
    store.getState().setConfig({ hidden: [5] });
    expect(writes).toHaveLength(3);
    expect(writes[2]).toContain('hidden=5');
  });
});
