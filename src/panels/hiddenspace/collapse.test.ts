import { describe, expect, it } from 'vitest';
import { collapsedPairs, spreadOf, trueScaleDomains } from './collapse';

describe('collapse', () => {
  it('measures the spread and finds differently labelled points on the same spot', () => {
    const pts = [0.5, 0.5, 0.5 + 1e-9, 0.5, -0.4, 0.3, 0.2, 0.2];
    expect(spreadOf(pts, 2)).toBeCloseTo(0.9 + 1e-9, 12); // x spans -0.4 .. 0.5 + 1e-9
    expect(collapsedPairs(pts, 2, [0, 1, 0, 1], 1e-3)).toEqual([[0, 1]]);
    expect(collapsedPairs(pts, 2, [0, 0, 0, 1], 1e-3)).toEqual([]);
  });

  it('shows a collapsed layer at the activation’s own scale, not zoomed to 1e-8', () => {
    const pts = [0.3, 0.7, 0.3 + 2e-8, 0.7 - 1e-8];
    expect(spreadOf(pts, 2)).toBeLessThan(1e-7);
    const [x, y] = trueScaleDomains(pts, 2, 1);
    expect(x[1] - x[0]).toBeCloseTo(1, 12);
    expect(y[1] - y[0]).toBeCloseTo(1, 12);
  });
});
