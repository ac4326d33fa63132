/** Scales and ticks for the loss charts (metrics and compare), kept pure so the log-scale edge cases are testable. */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

/** One chart point: epoch and both losses (NaN marks a missing test set or a diverged step). */
export interface LossPoint {
  epoch: number;
  train: number;
  test: number;
}

export interface ChartScales {
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  /** Log was asked for and possible (every finite loss > 0). */
  log: boolean;
  yTicks: number[];
  /** Whole epochs only: a fractional epoch tick would print as a repeated integer. */
  xTicks: number[];
}

/** Finite losses of both series (NaN marks a missing test set or a diverged step). */
function finiteLosses(points: readonly LossPoint[]): number[] {
  const out: number[] = [];
  for (const p of points) {
    if (Number.isFinite(p.train)) out.push(p.train);
    if (Number.isFinite(p.test)) out.push(p.test);
  }
  return out;
}

export function chartScales(points: readonly LossPoint[], width: number, height: number, wantLog: boolean): ChartScales {
  const s = yScale(points, height, wantLog);
  const x = xScale(points, width);
  const xTicks = x.ticks(Math.max(2, Math.floor(width / 80))).filter(Number.isInteger);
  return { ...s, x, xTicks };
}

function xScale(points: readonly LossPoint[], width: number): ScaleContinuousNumeric<number, number> {
  const e0 = points.length ? points[0]!.epoch : 0;
  const e1 = points.length ? points[points.length - 1]!.epoch : 1;
  return scaleLinear().domain([e0, e1 > e0 ? e1 : e0 + 1]).range([0, width]);
}

function yScale(points: readonly LossPoint[], height: number, wantLog: boolean): Omit<ChartScales, 'x' | 'xTicks'> {
  const vals = finiteLosses(points);
  const lo = vals.length ? Math.min(...vals) : 0;
  const hi = vals.length ? Math.max(...vals) : 1;
  const log = wantLog && vals.length > 0 && lo > 0;
  if (log) {
    // Whole decades at both ends, so the decade ticks frame the curve.
    const k0 = Math.floor(Math.log10(lo));
    const k1 = Math.max(k0 + 1, Math.ceil(Math.log10(hi)));
    const y = scaleLog().domain([decade(k0), decade(k1)]).range([height, 0]);
    const every = Math.max(1, Math.ceil((k1 - k0) / 5));
    const yTicks: number[] = [];
    for (let k = k0; k <= k1; k += every) yTicks.push(decade(k));
    return { y, log, yTicks };
  }
  const y = scaleLinear().domain([Math.min(0, lo), hi > 0 ? hi : 1]).nice(4).range([height, 0]);
  return { y, log, yTicks: y.ticks(4) };
}

/** 10^k, exact for |k| <= 22 (10 ** -4 is not exactly 1e-4 in floating point). */
function decade(k: number): number {
  return k >= 0 ? 10 ** k : 1 / 10 ** -k;
}
