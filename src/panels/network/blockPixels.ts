/**
 * Pixels for a compact layer block: every unit's image downsampled to m x m and stacked
 * top to bottom in one m x (units * m) canvas. One small canvas per layer keeps a 64-layer net
 * at a few thousand pixels per redraw instead of one N x N canvas per unit.
 */
import { fillHeatmapPixels } from '../../viz/drawHeatmap';

/** Side of a unit's downsampled image inside a block. */
export const BLOCK_CELL = 8;

/** RGBA for units the grid does not cover yet. */
const EMPTY_RGBA = [236, 238, 241, 255] as const;

/**
 * Fills `pixels` (m * units * m * 4 bytes) for units [unitOffset, unitOffset + units) of a
 * unit-major grid of N x N images. Units at or beyond gridUnits are painted EMPTY_RGBA.
 * Sampling is nearest to each cell centre, which is enough for a few-pixel preview.
 */
export function fillBlockPixels(
  pixels: Uint8ClampedArray, grid: Float32Array | null, unitOffset: number, units: number, gridUnits: number,
  n: number, m: number, lut: Uint8ClampedArray, domain: readonly [number, number],
): void {
  const cell = m * m;
  const tmp = new Float32Array(cell);
  const src = new Int32Array(m);
  for (let r = 0; r < m; r++) src[r] = Math.min(n - 1, Math.floor(((r + 0.5) * n) / m));
  for (let u = 0; u < units; u++) {
    const g = unitOffset + u;
    const out = pixels.subarray(u * cell * 4, (u + 1) * cell * 4);
    if (!grid || g >= gridUnits || (g + 1) * n * n > grid.length) {
      for (let p = 0; p < cell; p++) out.set(EMPTY_RGBA, p * 4);
      continue;
    }
    const base = g * n * n;
    for (let r = 0; r < m; r++) {
      for (let c = 0; c < m; c++) tmp[r * m + c] = grid[base + src[r]! * n + src[c]!]!;
    }
    fillHeatmapPixels(out, tmp, 0, m, lut, domain);
  }
}
