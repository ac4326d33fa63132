import { describe, expect, it, vi } from 'vitest';
import { buildColorLUT } from './colors';
import { drawHeatmap, fillHeatmapPixels } from './drawHeatmap';

/** A 3-entry table with easy-to-spot colours: low, mid, high. */
const LUT = new Uint8ClampedArray([10, 0, 0, 255, 0, 20, 0, 255, 0, 0, 30, 255]);
const px = (pixels: Uint8ClampedArray, p: number) => Array.from(pixels.subarray(4 * p, 4 * p + 4));

describe('fillHeatmapPixels', () => {
  it('writes grid[offset ..] row-major, row 0 first, through the LUT', () => {
    // Two 2x2 images; draw the second one.
    const grid = new Float32Array([9, 9, 9, 9, 0, 0.5, 1, 0.25]);
    const pixels = new Uint8ClampedArray(16);
    fillHeatmapPixels(pixels, grid, 4, 2, LUT, [0, 1]);
    expect(px(pixels, 0)).toEqual([10, 0, 0, 255]); // 0 -> low
    expect(px(pixels, 1)).toEqual([0, 20, 0, 255]); // 0.5 -> mid
    expect(px(pixels, 2)).toEqual([0, 0, 30, 255]); // 1 -> high (bottom-left)
    expect(px(pixels, 3)).toEqual([0, 20, 0, 255]); // 0.25 rounds to the middle entry
  });

  it('clamps out-of-domain values and paints NaN grey', () => {
    const pixels = new Uint8ClampedArray(16);
    fillHeatmapPixels(pixels, [-5, 5, NaN, Infinity], 0, 2, LUT, [0, 1]);
    expect(px(pixels, 0)).toEqual([10, 0, 0, 255]);
    expect(px(pixels, 1)).toEqual([0, 0, 30, 255]);
    const grey = px(pixels, 2);
    // Neutral grey (channels within a few levels of each other), opaque, not a LUT entry.
    expect(Math.max(...grey.slice(0, 3)) - Math.min(...grey.slice(0, 3))).toBeLessThan(16);
    expect(grey[0]).toBeGreaterThan(100);
    expect(grey[3]).toBe(255);
    expect(px(pixels, 3)).toEqual([0, 0, 30, 255]);
  });

  it('discretizes to the scale ends around the midpoint', () => {
    const pixels = new Uint8ClampedArray(16);
    fillHeatmapPixels(pixels, [-0.9, -0.01, 0, 0.3], 0, 2, LUT, [-1, 1], true);
    expect([0, 1, 2, 3].map((p) => px(pixels, p)[0] === 10 ? 'low' : px(pixels, p)[2] === 30 ? 'high' : '?'))
      .toEqual(['low', 'low', 'high', 'high']);
  });

  it('works with a real 256-step table and a reversed domain', () => {
    const lut = buildColorLUT([0, 1]);
    const pixels = new Uint8ClampedArray(4);
    fillHeatmapPixels(pixels, [1], 0, 1, lut, [1, 0]);
    expect(Array.from(pixels)).toEqual(Array.from(lut.subarray(0, 4))); // 1 is the low end of [1, 0]
  });
});

describe('drawHeatmap', () => {
  it('puts one N x N image at the origin and reuses it across redraws', () => {
    const images: { data: Uint8ClampedArray; width: number; height: number }[] = [];
    const ctx = {
      createImageData: vi.fn((w: number, h: number) => {
        const img = { data: new Uint8ClampedArray(w * h * 4), width: w, height: h };
        images.push(img);
        return img;
      }),
      putImageData: vi.fn(),
    } as unknown as CanvasRenderingContext2D;
    const grid = new Float32Array([0, 1, 1, 0]);
    drawHeatmap(ctx, grid, 0, 2, LUT, [0, 1]);
    drawHeatmap(ctx, grid, 0, 2, LUT, [0, 1]);
    expect(ctx.createImageData).toHaveBeenCalledTimes(1);
    expect(ctx.putImageData).toHaveBeenCalledTimes(2);
    expect(ctx.putImageData).toHaveBeenLastCalledWith(images[0], 0, 0);
    expect(px(images[0]!.data, 1)).toEqual([0, 0, 30, 255]);
  });
});
