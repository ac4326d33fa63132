import { describe, expect, it } from 'vitest';
import { buildClassLUT, classConfidenceGrid, CLASS_STEPS } from './classMap';
import { lutIndex } from './colors';

describe('class map', () => {
  it('maps each pixel to its most likely class, graded by confidence above chance', () => {
    // 3 classes, 3 pixels: sure of 0, sure of 2, chance (1/3 each).
    const grid = new Float32Array([1, 0, 1 / 3, 0, 0, 1 / 3, 0, 1, 1 / 3]);
    const v = classConfidenceGrid(grid, 3, 3, false);
    const idx = Array.from(v, (x) => lutIndex(x, [0, 3], 3 * CLASS_STEPS));
    expect(idx).toEqual([CLASS_STEPS - 1, 2 * CLASS_STEPS + CLASS_STEPS - 1, 0]);
  });

  it('discretize shows every pixel at full confidence', () => {
    const grid = new Float32Array([0.4, 0.35, 0.25]);
    const v = classConfidenceGrid(grid, 1, 3, true);
    expect(lutIndex(v[0]!, [0, 3], 3 * CLASS_STEPS)).toBe(CLASS_STEPS - 1);
  });

  it('fades toward white as confidence falls', () => {
    const lut = buildClassLUT(3);
    const sure = lut.slice(4 * (CLASS_STEPS - 1), 4 * CLASS_STEPS);
    const unsure = lut.slice(0, 4);
    expect(unsure[2]!).toBeGreaterThan(sure[2]!); // orange: less blue when sure, nearer white when not
    expect(unsure[0]! + unsure[1]! + unsure[2]!).toBeGreaterThan(sure[0]! + sure[1]! + sure[2]!);
  });
});
