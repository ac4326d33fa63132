import { describe, expect, it } from 'vitest';
import { fillBlockPixels } from './blockPixels';

const LUT = new Uint8ClampedArray([10, 0, 0, 255, 0, 0, 30, 255]); // low, high

describe('fillBlockPixels', () => {
  it('stacks downsampled unit images top to bottom, sampling cell centres', () => {
    // Three 4x4 unit images: unit 1 is low on its left half and high on its right half.
    const n = 4;
    const grid = new Float32Array(3 * n * n);
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) grid[n * n + r * n + c] = c < 2 ? 0 : 1;
    grid.fill(1, 2 * n * n);
    const m = 2;
    const pixels = new Uint8ClampedArray(m * 2 * m * 4);
    fillBlockPixels(pixels, grid, 1, 2, 3, n, m, LUT, [0, 1]);
    const at = (row: number, col: number) => Array.from(pixels.subarray((row * m + col) * 4, (row * m + col) * 4 + 4));
    expect(at(0, 0)).toEqual([10, 0, 0, 255]);
    expect(at(0, 1)).toEqual([0, 0, 30, 255]);
    expect(at(1, 0)).toEqual([10, 0, 0, 255]);
    expect(at(2, 0)).toEqual([0, 0, 30, 255]); // unit 2, all high
    expect(at(3, 1)).toEqual([0, 0, 30, 255]);
  });

  it('paints units the grid does not cover as empty', () => {
    const pixels = new Uint8ClampedArray(2 * 2 * 2 * 4);
    fillBlockPixels(pixels, new Float32Array(4 * 4), 0, 2, 1, 4, 2, LUT, [0, 1]);
    expect(Array.from(pixels.subarray(0, 4))).toEqual([10, 0, 0, 255]);
    const empty = Array.from(pixels.subarray(16, 20));
    expect(empty[3]).toBe(255);
    expect(empty[0]).toBeGreaterThan(200);
    fillBlockPixels(pixels, null, 0, 2, 0, 4, 2, LUT, [0, 1]);
    expect(Array.from(pixels.subarray(0, 4))).toEqual(empty);
  });
});
