import { describe, expect, it } from 'vitest';
import { commonWidth, uniformHidden, withDepth, withWidth } from './hiddenShape';

describe('hidden shape', () => {
  it('reads the common width or null', () => {
    expect(commonWidth([8, 8, 8])).toBe(8);
    expect(commonWidth([8, 4])).toBeNull();
    expect(commonWidth([])).toBeNull();
  });

  it('changes depth keeping per-layer widths and copying the last', () => {
    expect(withDepth([8, 4], 4)).toEqual([8, 4, 4, 4]);
    expect(withDepth([8, 4, 2], 1)).toEqual([8]);
    expect(withDepth([], 2)).toEqual([4, 4]);
    expect(withDepth([], 2, 16)).toEqual([16, 16]);
    expect(withDepth([8], 999)).toHaveLength(64);
  });

  it('sets every width, clamped to the limits', () => {
    expect(withWidth([8, 4], 2)).toEqual([2, 2]);
    expect(withWidth([8], 500)).toEqual([128]);
    expect(withWidth([8], 0)).toEqual([1]);
    expect(uniformHidden(3, 8)).toEqual([8, 8, 8]);
    expect(uniformHidden(0, 8)).toEqual([]);
  });
});
