/**
 * How a weight looks: width encodes |w|, colour its sign on the shared diverging scale.
 * The scales are fixed (not rescaled to the current maximum) so a weight that grows during
 * training visibly thickens instead of every link staying the same.
 */
import { scaleSqrt } from 'd3';
import { divergingColor, MISSING_COLOR } from '../../viz/colors';

/** |w| at and above which a link is drawn at full width and full colour. */
export const WEIGHT_FULL = 3;
export const LINK_WIDTH: readonly [number, number] = [0.5, 6];

// sqrt so the many small weights near initialization still differ from each other.
const widthScale = scaleSqrt().domain([0, WEIGHT_FULL]).range([...LINK_WIDTH]).clamp(true);

/** Stroke width in px for weight w; NaN draws at the minimum. */
export function linkWidth(w: number): number {
  return Number.isNaN(w) ? LINK_WIDTH[0] : widthScale(Math.abs(w));
}

/**
 * Sign colour: at least a third of the way from white to the end colour, so even a weak
 * weight stays visible on the light background; strength deepens the colour up to WEIGHT_FULL.
 */
export function signColor(w: number): string {
  if (Number.isNaN(w)) return MISSING_COLOR;
  if (w === 0) return '#c4c9cf';
  const t = Math.min(1, Math.abs(w) / WEIGHT_FULL);
  return divergingColor(Math.sign(w) * (0.35 + 0.65 * t), [-1, 1]);
}

/** Mean |w| of one layer's weights, ignoring NaN (returns NaN when all are NaN). */
export function meanAbsWeight(params: ArrayLike<number>, wOffset: number, count: number): number {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < count; k++) {
    const w = params[wOffset + k]!;
    if (w === w) {
      sum += Math.abs(w);
      n++;
    }
  }
  return n ? sum / n : NaN;
}
