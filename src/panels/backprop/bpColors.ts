/**
 * The walk-through's colours. Sign uses the product's diverging scale (orange negative, blue
 * positive); the backward signal has its own accent so forward and backward never look alike.
 */
import { divergingColor } from '../../viz/colors';
import type { Flow } from './phaseView';

/** Accent for everything flowing backward (δ, w·δ, ∂L/∂a). */
export const BACKWARD = '#c2255c';
/** Links and units not yet reached in this phase. */
export const IDLE = '#c9ced5';

/** Stroke colour of a link carrying `v` as `flow` (strength `s` in [0, 1] deepens the sign colour). */
export function flowColor(flow: Flow, v: number, s: number): string {
  if (flow === 'backward') return BACKWARD;
  if (v === 0 || Number.isNaN(v)) return IDLE;
  return divergingColor(Math.sign(v) * (0.35 + 0.65 * Math.min(1, s)), [-1, 1]);
}

/** Stroke width for |v| relative to the largest |v| of its group: sqrt so small ones still show. */
export function flowWidth(v: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(v)) return 1;
  return 1 + 6 * Math.sqrt(Math.min(1, Math.abs(v) / max));
}
