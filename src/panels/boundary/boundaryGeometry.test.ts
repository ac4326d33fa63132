import { describe, expect, it } from 'vitest';
import { plotSide, pointTitle, truthLabel } from './boundaryGeometry';

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
