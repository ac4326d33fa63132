/**
 * The learning rate drawn over the loss chart, on its own linear axis at the right. It is
 * drawn when it tells something: always under a schedule, and under a constant schedule only
 * once the rate has changed during the run (the learner edited it live). A rate that never
 * moved would be a flat line that only takes room.
 *
 * The line is a staircase that steps at each recorded epoch (d3's curveStepAfter): the rate
 * recorded at epoch e is the one the steps of epoch e use, until the next record.
 */
import { curveStepAfter, line, scaleLinear, type ScaleLinear } from 'd3';

export interface LrPoint {
  epoch: number;
  /** Absent when the worker did not report a rate for that point. */
  lr?: number;
}

export interface LrView {
  /** SVG path of the rate in chart coordinates (x from the loss chart's epoch scale). */
  path: string;
  /** Rate to y pixel: [0, max rate] onto [height, 0], rounded to nice ends. */
  y: ScaleLinear<number, number>;
  ticks: number[];
  /** The first and last recorded rate and the epoch of the last, for the legend and tests. */
  first: number;
  last: number;
  lastEpoch: number;
  /** The rate changed during the recorded history. */
  varies: boolean;
}

const hasLr = (p: LrPoint): p is LrPoint & { lr: number } => p.lr !== undefined && Number.isFinite(p.lr) && p.lr >= 0;

/**
 * The rate's line, or null when there is nothing worth drawing: no point carries a rate, or
 * the rate never changed and `always` (a schedule is set) is false.
 *
 * @param points loss chart points, oldest first
 * @param x the loss chart's epoch scale (pixels)
 * @param height plot height in pixels
 * @param always draw even a constant rate (a schedule is chosen, so the flat start is news)
 */
export function lrView(points: readonly LrPoint[], x: (epoch: number) => number, height: number, always: boolean): LrView | null {
  const rated = points.filter(hasLr);
  if (rated.length === 0) return null;
  let lo = Infinity, hi = -Infinity;
  for (const p of rated) {
    lo = Math.min(lo, p.lr);
    hi = Math.max(hi, p.lr);
  }
  const varies = hi > lo;
  if (!varies && !always) return null;
  const y = scaleLinear().domain([0, hi > 0 ? hi : 1]).nice(3).range([height, 0]);
  const path = line<LrPoint & { lr: number }>().curve(curveStepAfter).x((p) => x(p.epoch)).y((p) => y(p.lr))(rated) ?? '';
  const lastPoint = rated[rated.length - 1]!;
  return { path, y, ticks: y.ticks(3), first: rated[0]!.lr, last: lastPoint.lr, lastEpoch: lastPoint.epoch, varies };
}
