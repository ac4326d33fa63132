/**
 * Pure geometry of the hidden-space plot: the plotted domain, grid-line paths, the next
 * layer's lines in this space, and its output over the plotted square.
 */
import { activate, boundedRange, headFacts, type LayerFn } from '../../core/activations';
import type { ModelInfo } from '../../core/snapshotTypes';


export type Domain = [number, number];

/**
 * [x domain, y domain] of the plot. Raw 2-unit views of a bounded activation use its range;
 * otherwise the points' extent, padded and rounded outward so small moves do not rescale the
 * plot every frame. Grid lines only count when there are no points: with ReLU they reach far
 * beyond the data, and the data is what the learner watches (lines are clipped).
 */
export function plotDomains(points: ArrayLike<number>, lines: ArrayLike<number> | null, fn: LayerFn, projected: boolean): [Domain, Domain] {
  // A bounded activation keeps its range fixed on the plot, so motion is real motion.
  const fixed = projected ? null : boundedRange(fn);
  if (fixed) {
    const pad = 0.08 * (fixed[1] - fixed[0]);
    const d: Domain = [fixed[0] - pad, fixed[1] + pad];
    return [d, d];
  }
  const lo = [Infinity, Infinity], hi = [-Infinity, -Infinity];
  const scan = (a: ArrayLike<number>) => {
    for (let q = 0; q + 1 < a.length; q += 2) {
      for (let c = 0; c < 2; c++) {
        const v = a[q + c]!;
        if (!Number.isFinite(v)) continue;
        if (v < lo[c]!) lo[c] = v;
        if (v > hi[c]!) hi[c] = v;
      }
    }
  };
  scan(points);
  if (lo[0] === Infinity && lines) scan(lines);
  return [roundOut(lo[0]!, hi[0]!), roundOut(lo[1]!, hi[1]!)];
}

/** [lo, hi] padded by 8% and rounded outward to a step of 1, 2 or 5 times a power of ten. */
export function roundOut(lo: number, hi: number): Domain {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [-1, 1];
  let span = hi - lo;
  if (span <= 1e-9) { lo -= 0.5; hi += 0.5; span = 1; }
  lo -= 0.08 * span;
  hi += 0.08 * span;
  const raw = (hi - lo) / 8;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/**
 * Traces polyline `i` of `lines` ([count x samples x 2]) through the scales onto a canvas path
 * (or anything with moveTo/lineTo). A non-finite sample lifts the pen rather than drawing to (0, 0).
 */
export function traceLine(ctx: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void }, lines: ArrayLike<number>,
  i: number, samples: number, sx: (v: number) => number, sy: (v: number) => number): void {
  let pen = false;
  for (let s = 0; s < samples; s++) {
    const o = (i * samples + s) * 2;
    const u = lines[o]!, v = lines[o + 1]!;
    if (!Number.isFinite(u) || !Number.isFinite(v)) { pen = false; continue; }
    if (pen) ctx.lineTo(sx(u), sy(v));
    else ctx.moveTo(sx(u), sy(v));
    pen = true;
  }
}

/** One unit of the next layer: z = w1 h1 + w2 h2 + b, drawn where z = threshold. */
export interface UnitLine {
  readonly unit: number;
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
  readonly threshold: number;
}

/**
 * The lines of every unit of the layer above a 1- or 2-unit layer `layer` (for one unit, a
 * threshold: w2 = 0), from the flat
 * parameters (W row-major [fanOut x fanIn]). Above the last hidden layer with one output
 * unit this is the decision boundary, at the output's threshold (z = 0.5 for a linear
 * output on 0/1 labels, else z = 0); other units are drawn at z = 0.
 */
export function nextLayerLines(info: ModelInfo, params: ArrayLike<number>, layer: number): UnitLine[] {
  const next = info.layout.layers[layer + 1];
  // A softmax unit's zero line is not a boundary (classes compete), so none are drawn.
  if (!next || next.fanIn > 2 || next.fn === 'softmax') return [];
  const isDecision = layer + 1 === info.layout.layers.length - 1 && next.fanOut === 1;
  const threshold = isDecision ? headFacts(next.fn).zThreshold : 0;
  const out: UnitLine[] = [];
  for (let u = 0; u < next.fanOut; u++) {
    const o = next.wOffset + next.fanIn * u;
    out.push({ unit: u, w1: params[o]!, w2: next.fanIn === 2 ? params[o + 1]! : 0, b: params[next.bOffset + u]!, threshold });
  }
  return out;
}

/**
 * The output unit's value over the plotted square, n x n, row 0 at the top (as drawHeatmap
 * expects): what the last layer makes of every point of a 2-unit hidden space.
 */
export function outputOverPlane(w1: number, w2: number, b: number, fn: LayerFn, xd: Domain, yd: Domain, n: number): Float32Array {
  const z = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    const h2 = yd[1] - ((r + 0.5) * (yd[1] - yd[0])) / n;
    for (let c = 0; c < n; c++) z[r * n + c] = w1 * (xd[0] + ((c + 0.5) * (xd[1] - xd[0])) / n) + w2 * h2 + b;
  }
  const a = new Float64Array(n * n);
  activate(fn, z, a, n * n, 1);
  return Float32Array.from(a);
}
