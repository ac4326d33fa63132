/**
 * The sequential scale for gradient magnitude (log10): dark violet for vanishing, yellow for
 * large. Magnitude has no sign, so it does not borrow the diverging class scale.
 */
import { color, interpolateViridis } from 'd3';

const STEPS = 256;

/** RGBA table, STEPS x 4 bytes, low to high. */
export const HEAT_LUT: Uint8ClampedArray = (() => {
  const lut = new Uint8ClampedArray(STEPS * 4);
  for (let k = 0; k < STEPS; k++) {
    const c = color(interpolateViridis(k / (STEPS - 1)))!.rgb();
    lut.set([c.r, c.g, c.b, 255], 4 * k);
  }
  return lut;
})();

/** A CSS linear-gradient of the same scale, for the colour key. */
export const HEAT_GRADIENT = `linear-gradient(to right, ${Array.from({ length: 9 }, (_, i) => interpolateViridis(i / 8)).join(', ')})`;

const MISSING = [184, 188, 194, 255] as const;

/**
 * Fills `pixels` (cols x rows RGBA) from per-cell log10 values: value(col, row) is read via
 * `at`. -Infinity (an exact zero) takes the lowest colour; NaN is grey.
 */
export function fillHeat(
  pixels: Uint8ClampedArray, cols: number, rows: number, at: (col: number, row: number) => number, lo: number, hi: number,
): void {
  const span = hi - lo || 1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = at(c, r);
      const o = 4 * (r * cols + c);
      if (v !== v) {
        pixels.set(MISSING, o);
        continue;
      }
      const k = Math.max(0, Math.min(STEPS - 1, Math.round(((v - lo) / span) * (STEPS - 1))));
      pixels[o] = HEAT_LUT[4 * k]!;
      pixels[o + 1] = HEAT_LUT[4 * k + 1]!;
      pixels[o + 2] = HEAT_LUT[4 * k + 2]!;
      pixels[o + 3] = 255;
    }
  }
}
