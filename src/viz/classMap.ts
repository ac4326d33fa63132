/**
 * Several classes on one heatmap: each pixel takes its most likely class's colour, paler where
 * the network is less sure. The softmax outputs are folded into one scalar per pixel that
 * indexes a per-class lookup table, so drawing stays a byte copy per pixel.
 */
import { color } from 'd3';
import { CLASS_COLORS, HEATMAP_LIGHTNESS } from './colors';

/** Confidence levels per class in the lookup table. */
export const CLASS_STEPS = 64;

/** RGBA table of k x CLASS_STEPS entries: class c, confidence j / (CLASS_STEPS - 1). */
export function buildClassLUT(k: number): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(k * CLASS_STEPS * 4);
  for (let c = 0; c < k; c++) {
    const rgb = color(CLASS_COLORS[c % CLASS_COLORS.length]!)!.rgb();
    for (let j = 0; j < CLASS_STEPS; j++) {
      // Unsure pixels fade to white; sure ones reach the heatmap's usual light tint.
      const strength = (1 - HEATMAP_LIGHTNESS) * (0.15 + (0.85 * j) / (CLASS_STEPS - 1));
      const o = 4 * (c * CLASS_STEPS + j);
      lut[o] = 255 + (rgb.r - 255) * strength;
      lut[o + 1] = 255 + (rgb.g - 255) * strength;
      lut[o + 2] = 255 + (rgb.b - 255) * strength;
      lut[o + 3] = 255;
    }
  }
  return lut;
}

/**
 * Folds k unit-major probability images (grid[c * n2 + p]) into one value per pixel that
 * drawHeatmap maps, over the domain [0, k], to entry (class, confidence) of buildClassLUT.
 * Confidence is how far the top probability is above chance (1/k), or full when `discretize`.
 */
export function classConfidenceGrid(grid: Float32Array, n2: number, k: number, discretize: boolean): Float32Array {
  const out = new Float32Array(n2);
  const steps = k * CLASS_STEPS;
  const chance = 1 / k;
  for (let p = 0; p < n2; p++) {
    let best = 0;
    let pmax = grid[p]!;
    for (let c = 1; c < k; c++) {
      const v = grid[c * n2 + p]!;
      if (v > pmax) { pmax = v; best = c; }
    }
    const conf = discretize ? 1 : Math.max(0, Math.min(1, (pmax - chance) / (1 - chance)));
    const index = best * CLASS_STEPS + Math.round(conf * (CLASS_STEPS - 1));
    // The inverse of lutIndex's rounding over [0, k], so the index lands exactly.
    out[p] = (index * k) / (steps - 1);
  }
  return out;
}
