import { describe, expect, it } from 'vitest';
import { clipLine } from './clipLine';

const EXT = [-0.5, 1.5, -0.5, 1.5] as const;

describe('clipLine', () => {
  it('clips a diagonal to the box edges, and both ends satisfy the equation', () => {
    // x1 + x2 - 1.5 = 0 (an AND boundary) leaves the view through the top and right edges.
    const seg = clipLine(1, 1, -1.5, EXT)!;
    expect(seg).not.toBeNull();
    for (const [x, y] of seg) {
      expect(x + y - 1.5).toBeCloseTo(0, 12);
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(1.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(1.5);
    }
    const len = Math.hypot(seg[0][0] - seg[1][0], seg[0][1] - seg[1][1]);
    expect(len).toBeCloseTo(1.5 * Math.SQRT2, 9); // from (0,1.5) to (1.5,0)
  });

  it('handles vertical and horizontal lines', () => {
    expect(clipLine(1, 0, -0.5, EXT)).toEqual([[0.5, -0.5], [0.5, 1.5]]);
    const h = clipLine(0, 2, -1, EXT)!;
    expect(h.map((p) => p[1])).toEqual([0.5, 0.5]);
  });

  it('returns null for a line outside the view, zero weights or NaN', () => {
    expect(clipLine(1, 0, -10, EXT)).toBeNull();
    expect(clipLine(0, 0, 1, EXT)).toBeNull();
    expect(clipLine(NaN, 1, 0, EXT)).toBeNull();
  });

  it('a line through two corners gives the diagonal once', () => {
    const seg = clipLine(1, -1, 0, EXT)!;
    expect(seg).toHaveLength(2);
    expect(Math.hypot(seg[0][0] - seg[1][0], seg[0][1] - seg[1][1])).toBeCloseTo(2 * Math.SQRT2, 9);
  });
});
