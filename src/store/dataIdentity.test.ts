/**
 * A rebuild of the same points keeps the store's data object (panels memoize on it); other
 * points replace it. The builds come from a real engine, so the arrays are fresh copies.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../core';
import { Engine } from '../worker/engine';
import type { FromWorker } from '../worker/protocol';
import { createAppStore } from './createAppStore';
import { sameData } from './snapshotSlice';

function builtFor(config: Parameters<typeof resolveConfig>[0]): Extract<FromWorker, { type: 'built' }> {
  const posted: FromWorker[] = [];
  new Engine({ post: (m) => posted.push(m), now: () => 0 }).handle({ type: 'config', config: resolveConfig(config), compare: null, reason: 'x', rebuild: true });
  return posted.find((m): m is Extract<FromWorker, { type: 'built' }> => m.type === 'built')!;
}

describe('data identity across rebuilds', () => {
  it('keeps the data object when only the net changes, replaces it when the points change', () => {
    const store = createAppStore();
    const a = builtFor({ dataset: 'circle', hidden: [4], seed: 3 });
    store.getState().receive(a);
    const first = store.getState().data;
    const b = builtFor({ dataset: 'circle', hidden: [4, 4, 4], seed: 3 });
    expect(b.data.trainX).not.toBe(a.data.trainX);
    store.getState().receive(b);
    expect(store.getState().data).toBe(first);
    const c = builtFor({ dataset: 'circle', hidden: [4], seed: 4 });
    store.getState().receive(c);
    expect(store.getState().data).toBe(c.data);
  });

  it('sameData compares every array bit for bit', () => {
    const d = builtFor({ dataset: 'xor', hidden: [2], seed: 1 }).data;
    const copy = { ...d, trainX: d.trainX.slice(), testY: d.testY.slice() };
    expect(sameData(d, copy)).toBe(true);
    copy.testY[copy.testY.length - 1] = 1 - copy.testY[copy.testY.length - 1]!;
    expect(sameData(d, copy)).toBe(false);
    expect(sameData(d, { ...d, trainX: d.trainX.slice(1) })).toBe(false);
    expect(sameData(d, { ...d, extent: [d.extent[0], d.extent[1], d.extent[2], -0.5] })).toBe(false);
  });
});
