import { describe, expect, it } from 'vitest';
import { epochTicks, spreadLabels } from './HistoryLines';

describe('gradient history axis', () => {
  it('puts x ticks on round epochs, placed between the snapshot columns around them', () => {
    const epochs = [0, 3000, 6849, 9000, 13109];
    const t = epochTicks(epochs, 3);
    expect(t.map((k) => k.epoch)).toEqual([0, 5000, 10000]);
    expect(t[0]!.col).toBe(0);
    // 5000 lies between 3000 (col 1) and 6849 (col 2).
    expect(t[1]!.col).toBeCloseTo(1 + 2000 / 3849, 6);
    expect(t[2]!.col).toBeCloseTo(3 + 1000 / 4109, 6);
  });
  it('handles one column and a run that has not moved', () => {
    expect(epochTicks([0], 3)).toEqual([{ col: 0, epoch: 0 }]);
    expect(epochTicks([5, 5], 3)).toEqual([{ col: 0, epoch: 5 }]);
  });
  it('end labels of 11 px text are at least 12 px apart, inside the plot', () => {
    const ys = spreadLabels([50, 51, 52, 53, 200], 120);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(120);
  });
});
