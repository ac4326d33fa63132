import { describe, expect, it } from 'vitest';
import { createLossHistory, historyLength, historyPoints, pushLoss } from './lossHistory';

const epochs = (h: ReturnType<typeof createLossHistory>) => historyPoints(h).map((p) => p.epoch);

describe('lossHistory', () => {
  it('keeps every point while the tail has room', () => {
    let h = createLossHistory(8);
    for (let e = 1; e <= 4; e++) h = pushLoss(h, e, 1 / e, 2 / e);
    expect(epochs(h)).toEqual([1, 2, 3, 4]);
  });

  it('never exceeds its capacity after 1e5 pushes; epochs increase; the last point is exact', () => {
    let h = createLossHistory(512);
    let max = 0;
    for (let e = 1; e <= 100_000; e++) {
      h = pushLoss(h, e, Math.exp(-e / 1e4), e % 7);
      max = Math.max(max, historyLength(h), h.summary.epoch.length + h.tail.epoch.length);
    }
    expect(max).toBeLessThanOrEqual(512 + 1); // +1: the partly filled pending point
    const pts = historyPoints(h);
    expect(pts.length).toBe(historyLength(h));
    for (let i = 1; i < pts.length; i++) expect(pts[i]!.epoch).toBeGreaterThan(pts[i - 1]!.epoch);
    expect(pts.at(-1)).toEqual({ epoch: 100_000, train: Math.exp(-10), test: 100_000 % 7 });
    // The newest 256 points are the raw ones.
    expect(pts.slice(-256).map((p) => p.epoch)).toEqual(Array.from({ length: 256 }, (_, i) => 100_000 - 255 + i));
    // The start of training is still near the left end (not averaged away).
    expect(pts[0]!.epoch).toBeLessThan(500);
  });

  it('summary points are exact means of the raw points they cover', () => {
    let h = createLossHistory(8); // tail 4, summary up to 4 points
    for (let e = 1; e <= 12; e++) h = pushLoss(h, e, e * 10, e);
    // Raw 1..8 left the tail: the summary filled (1..4), halved to stride 2, then took 5..8.
    expect(h.stride).toBe(2);
    expect(epochs(h)).toEqual([1.5, 3.5, 5.5, 7.5, 9, 10, 11, 12]);
    expect(historyPoints(h)[0]!.train).toBe(15);
  });

  it('returns a new object with new arrays and leaves the old one untouched', () => {
    const a = pushLoss(createLossHistory(8), 1, 0.5, 0.6);
    const b = pushLoss(a, 2, 0.4, 0.5);
    expect(b).not.toBe(a);
    expect(b.tail.epoch).not.toBe(a.tail.epoch);
    expect(b.tail.train).not.toBe(a.tail.train);
    expect(epochs(a)).toEqual([1]);
    expect(epochs(b)).toEqual([1, 2]);
  });

  it('the same epoch replaces the last point; an earlier one starts afresh', () => {
    let h = createLossHistory(16);
    for (let e = 1; e <= 5; e++) h = pushLoss(h, e, e, e);
    h = pushLoss(h, 5, 0.1, 0.2);
    expect(historyPoints(h).at(-1)).toEqual({ epoch: 5, train: 0.1, test: 0.2 });
    expect(historyLength(h)).toBe(5);
    h = pushLoss(h, 0, 1, 1);
    expect(historyPoints(h)).toEqual([{ epoch: 0, train: 1, test: 1 }]);
  });

  it('keeps NaN test losses (no test set) without breaking the order', () => {
    let h = createLossHistory(4);
    for (let e = 1; e <= 20; e++) h = pushLoss(h, e, 1, NaN);
    expect(historyLength(h)).toBeLessThanOrEqual(5);
    expect(Number.isNaN(historyPoints(h).at(-1)!.test)).toBe(true);
  });
});
