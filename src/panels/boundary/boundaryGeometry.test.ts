import { describe, expect, it } from 'vitest';
import { clipLine, plotSide, pointTitle, truthLabel } from './boundaryGeometry';

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

describe('labels and layout', () => {
  it('labels a truth-table point with its inputs and target', () => {
    expect(truthLabel(0, 1, 1)).toBe('(0,1) → 1');
    expect(truthLabel(-1, 1, 0)).toBe('(-1,1) → 0');
  });

  it('titles points with split, coordinates and label', () => {
    expect(pointTitle('test', 2, 1.234, -0.5, 1, 2)).toBe('Test point 3: (1.23, -0.50) → class 1');
    expect(pointTitle('train', 0, 0, 0, 0.12345, 0)).toContain('target 0.123');
  });

  it('keeps the plot square and readable on a phone', () => {
    expect(plotSide(390)).toBeGreaterThanOrEqual(300);
    expect(plotSide(2000)).toBeLessThanOrEqual(520);
    expect(plotSide(0)).toBeGreaterThan(0);
  });
});
