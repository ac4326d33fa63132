/**
 * Geometry of the per-layer gradient bars on a log scale, kept pure so the edge cases
 * (exact zeros, NaN after divergence, 60 decades of range) are testable. Values are passed
 * as log10, so a deep sigmoid net's 1e-55 is as easy to place as 0.3.
 */
import { t } from '../../i18n';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';

/** Decade exponents [k0, k1] framing the values (whole decades, at least `minSpan` apart). */
export type LogDomain = readonly [number, number];

/** Widest range shown: below it, bars sit on the floor (the tooltip still has the number). */
export const MAX_DECADES = 80;

/**
 * Whole-decade domain around the finite log10 values (zeros, NaN and infinities ignored).
 * Whole decades change rarely, so the axis does not jitter while training.
 */
export function logDomain(logs: Iterable<number>, minSpan = 2): LogDomain {
  let lo = Infinity, hi = -Infinity;
  for (const v of logs) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return [-3, 0];
  let k1 = Math.ceil(hi - 1e-9) || 0; // no -0 (it prints as "-0" in a tick label)
  // A quarter decade of headroom below, so the smallest bar never sits flat on the floor.
  let k0 = Math.floor(lo - 0.25);
  k0 = Math.max(k0, k1 - MAX_DECADES);
  if (k1 - k0 < minSpan) {
    const grow = minSpan - (k1 - k0);
    k0 -= Math.floor(grow / 2);
    k1 += Math.ceil(grow / 2);
  }
  return [k0, k1];
}

/** Decade ticks k0..k1, thinned to at most `max` so labels never collide. */
export function decadeTicks([k0, k1]: LogDomain, max = 6): number[] {
  const every = Math.max(1, Math.ceil((k1 - k0) / Math.max(1, max - 1)));
  const ticks: number[] = [];
  for (let k = k1; k >= k0; k -= every) ticks.unshift(k);
  return ticks;
}

/** "1".."H" for hidden layers, "out" for the last. */
export function layerName(i: number, layers: number): string {
  return i === layers - 1 ? t('grad.out') : String(i + 1);
}

/**
 * The layers that get an x label: all when there is room, else layer 1, every n-th layer
 * (n in 2, 5, 10, 20) and the output, skipping a label that would crowd the output's.
 */
export function labelledLayers(layers: number, width: number, minGap = 22): number[] {
  const need = (layers * minGap) / Math.max(1, width);
  if (need <= 1) return Array.from({ length: layers }, (_, i) => i);
  const every = [2, 5, 10, 20, 50].find((n) => n >= need) ?? 100;
  const out = [0];
  for (let n = every; n < layers; n += every) if (layers - n >= every / 2) out.push(n - 1);
  out.push(layers - 1);
  return out;
}

/** The shared x scale of every per-layer view (bars, theory marks, saturation strip). */
export function layerBand(layers: number, width: number): ScaleBand<number> {
  const pad = layers > 24 ? 0.12 : 0.25;
  return scaleBand<number>().domain(Array.from({ length: layers }, (_, i) => i)).range([0, width]).paddingInner(pad).paddingOuter(pad / 2);
}

export function logY(domain: LogDomain, height: number): ScaleLinear<number, number> {
  return scaleLinear().domain([domain[0], domain[1]]).range([height, 0]).clamp(true);
}

/**
 * One SVG path for all bars (cheap to redraw at snapshot rate): each bar rises from the
 * floor of the domain to its value. Zeros and NaN draw nothing.
 */
export function barsPath(logs: readonly number[], x: ScaleBand<number>, y: ScaleLinear<number, number>): string {
  const floor = y.range()[0]!;
  const w = x.bandwidth();
  let d = '';
  logs.forEach((v, i) => {
    if (!(v > -Infinity) || Number.isNaN(v)) return;
    const top = Math.min(floor - 1, y(v)); // at least 1 px, so a bar on the floor is still seen
    d += `M${r(x(i)!)},${r(floor)}V${r(top)}h${r(w)}V${r(floor)}Z`;
  });
  return d;
}

/** A polyline through the band centres (theory line), broken at non-finite values. */
export function profilePath(logs: readonly number[], x: ScaleBand<number>, y: ScaleLinear<number, number>): string {
  const c = x.bandwidth() / 2;
  let d = '';
  let pen = false;
  logs.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${r(x(i)! + c)},${r(y(v))}`;
    pen = true;
  });
  return d;
}

/** Short horizontal ticks across each band at the given values (theory markers). */
export function markerPath(logs: readonly number[], x: ScaleBand<number>, y: ScaleLinear<number, number>): string {
  const w = x.bandwidth();
  let d = '';
  logs.forEach((v, i) => {
    if (Number.isFinite(v)) d += `M${r(x(i)!)},${r(y(v))}h${r(w)}`;
  });
  return d;
}

/** The band under a pointer x (px inside the plot), or null between the ends. */
export function layerAt(x: ScaleBand<number>, px: number): number | null {
  const step = x.step();
  const start = x(0)! - (step - x.bandwidth()) / 2;
  const i = Math.floor((px - start) / step);
  return i >= 0 && i < x.domain().length ? i : null;
}

const r = (v: number): number => Math.round(v * 10) / 10;
