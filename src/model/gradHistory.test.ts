import { describe, expect, it } from 'vitest';
import type { LayerStats } from '../core/stats';
import { createGradHistory, historyLogRange, logAt, pushGrads } from './gradHistory';

const stats = (...gz: number[]): LayerStats[] =>
  gz.map((g) => ({ gradZ: g, gradB: 2 * g, gradW: 3 * g, actMean: 0, actStd: 0, saturated: 0 }));

describe('gradHistory', () => {
  it('stores log10 of every measure per layer', () => {
    const h = pushGrads(createGradHistory(2), 0, 0, stats(1e-6, 0.1));
    const c = h.columns[0]!;
    expect(logAt(c, 2, 'gradZ', 0)).toBeCloseTo(-6, 5);
    expect(logAt(c, 2, 'gradZ', 1)).toBeCloseTo(-1, 5);
    expect(logAt(c, 2, 'gradB', 1)).toBeCloseTo(Math.log10(0.2), 5);
    expect(logAt(c, 2, 'gradW', 0)).toBeCloseTo(Math.log10(3e-6), 5);
  });

  it('keeps values below float32 range, zeros and NaN apart', () => {
    const h = pushGrads(createGradHistory(3), 0, 0, stats(1e-60, 0, NaN));
    const c = h.columns[0]!;
    expect(logAt(c, 3, 'gradZ', 0)).toBeCloseTo(-60, 4);
    expect(logAt(c, 3, 'gradZ', 1)).toBe(-Infinity);
    expect(logAt(c, 3, 'gradZ', 2)).toBeNaN();
  });

  it('never exceeds its capacity; columns stay in order and cover the whole run', () => {
    let h = createGradHistory(4, 16);
    let max = 0;
    for (let s = 1; s <= 10_000; s++) {
      h = pushGrads(h, Math.floor(s / 10), s, stats(1, 2, 3, 4));
      max = Math.max(max, h.columns.length);
    }
    expect(max).toBeLessThanOrEqual(16);
    const steps = h.columns.map((c) => c.step);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
    expect(steps.at(-1)).toBe(10_000);
    expect(h.columns[0]!.step).toBeLessThanOrEqual(10_000 / 8); // the start is still on the left
    expect(h.columns.reduce((n, c) => n + c.count, 0)).toBe(10_000);
  });

  it('merged columns are geometric means', () => {
    let h = createGradHistory(1, 4);
    for (const [s, g] of [[1, 1e-2], [2, 1e-4], [3, 1], [4, 1], [5, 1e-6]] as const) h = pushGrads(h, s, s, stats(g));
    // 5 columns > 4: halved to (1e-2, 1e-4) -> 1e-3, (1, 1) -> 1, and 1e-6 alone.
    expect(h.stride).toBe(2);
    expect(h.columns.map((c) => Math.round(logAt(c, 1, 'gradZ', 0)))).toEqual([-3, 0, -6]);
    expect(h.columns.map((c) => c.count)).toEqual([2, 2, 1]);
  });

  it('returns new objects, ignores a repeated step and restarts after a reset', () => {
    const a = pushGrads(createGradHistory(1), 0, 5, stats(1));
    const b = pushGrads(a, 0, 6, stats(2));
    expect(b).not.toBe(a);
    expect(a.columns).toHaveLength(1);
    expect(pushGrads(b, 0, 6, stats(9))).toBe(b);
    const c = pushGrads(b, 0, 0, stats(3));
    expect(c.columns.map((col) => col.step)).toEqual([0]);
  });

  it('finds the finite range of a measure', () => {
    let h = createGradHistory(2);
    h = pushGrads(h, 0, 1, stats(1e-5, 0));
    h = pushGrads(h, 0, 2, stats(1e-2, 10));
    const r = historyLogRange(h, 'gradZ')!;
    expect(r[0]).toBeCloseTo(-5, 5);
    expect(r[1]).toBeCloseTo(1, 5);
    expect(historyLogRange(createGradHistory(2), 'gradZ')).toBeNull();
  });
});
