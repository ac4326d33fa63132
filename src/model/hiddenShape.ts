/**
 * Depth and width as views of config.hidden, so the depth slider, the width input and the
 * per-layer +/- editor all edit the same list and never disagree.
 */
import { LIMITS } from '../core/config';

/** Width of a fresh layer when there is nothing to copy. */
export const DEFAULT_WIDTH = 4;

/** The width every hidden layer shares, or null when they differ (or there are none). */
export function commonWidth(hidden: readonly number[]): number | null {
  if (hidden.length === 0) return null;
  const w = hidden[0]!;
  return hidden.every((x) => x === w) ? w : null;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, Math.round(v)));

/**
 * The list with `depth` layers: existing widths are kept, new layers copy the last one (or
 * `width` when given), so dragging depth never undoes per-layer edits.
 */
export function withDepth(hidden: readonly number[], depth: number, width?: number): number[] {
  const d = clamp(depth, 0, LIMITS.maxLayers);
  const fill = clamp(width ?? hidden[hidden.length - 1] ?? DEFAULT_WIDTH, 1, LIMITS.maxWidth);
  return Array.from({ length: d }, (_, i) => (i < hidden.length ? hidden[i]! : fill));
}

/** Every layer set to `width`. */
export function withWidth(hidden: readonly number[], width: number): number[] {
  return hidden.map(() => clamp(width, 1, LIMITS.maxWidth));
}

/** `depth` layers of `width`. */
export function uniformHidden(depth: number, width: number): number[] {
  return withWidth(new Array<number>(clamp(depth, 0, LIMITS.maxLayers)).fill(1), width);
}
