/**
 * Heatmaps at grid resolution: one N x N ImageData per image, written through a colour LUT.
 * The canvas is N x N device pixels and scaled up by CSS, so a redraw costs N^2 byte copies
 * and no colour parsing.
 */
import { lutIndex } from './colors';

/** RGBA painted for NaN cells: mid grey, so a diverged net shows as "no value", not a class. */
const MISSING_RGBA = [184, 188, 194, 255] as const;

/**
 * Fills `pixels` (n * n * 4 RGBA bytes, row 0 = top) from grid[offset .. offset + n*n).
 * `lut` is `steps` x 4 bytes spanning `domain` (see buildColorLUT). With `discretize`, each
 * cell takes the end of the scale on its side of the domain midpoint (a hard decision
 * boundary); a cell exactly on the midpoint counts as the upper side.
 */
export function fillHeatmapPixels(
  pixels: Uint8ClampedArray, grid: ArrayLike<number>, offset: number, n: number,
  lut: Uint8ClampedArray, domain: readonly [number, number], discretize = false,
): void {
  const steps = lut.length >> 2;
  const total = n * n;
  const mid = (domain[0] + domain[1]) / 2;
  // Which LUT end lies above the midpoint depends on the domain's direction.
  const hiEnd = domain[1] >= domain[0] ? steps - 1 : 0;
  const loEnd = steps - 1 - hiEnd;
  for (let p = 0; p < total; p++) {
    const v = grid[offset + p]!;
    const o = p << 2;
    let k: number;
    if (v !== v) k = -1;
    else if (discretize) k = v >= mid ? hiEnd : loEnd;
    else k = lutIndex(v, domain, steps);
    if (k < 0) {
      pixels[o] = MISSING_RGBA[0];
      pixels[o + 1] = MISSING_RGBA[1];
      pixels[o + 2] = MISSING_RGBA[2];
      pixels[o + 3] = MISSING_RGBA[3];
    } else {
      const l = k << 2;
      pixels[o] = lut[l]!;
      pixels[o + 1] = lut[l + 1]!;
      pixels[o + 2] = lut[l + 2]!;
      pixels[o + 3] = lut[l + 3]!;
    }
  }
}

/** One reusable ImageData per context: redraws at snapshot rate should not allocate. */
const imageCache = new WeakMap<CanvasRenderingContext2D, ImageData>();

/**
 * Draws grid[offset .. offset + n*n) as an N x N image at the canvas origin. The canvas
 * should be width = height = n and sized by CSS.
 */
export function drawHeatmap(
  ctx: CanvasRenderingContext2D, grid: ArrayLike<number>, offset: number, n: number,
  lut: Uint8ClampedArray, domain: [number, number], discretize = false,
): void {
  let img = imageCache.get(ctx);
  if (!img || img.width !== n || img.height !== n) {
    img = ctx.createImageData(n, n);
    imageCache.set(ctx, img);
  }
  fillHeatmapPixels(img.data, grid, offset, n, lut, domain, discretize);
  ctx.putImageData(img, 0, 0);
}
