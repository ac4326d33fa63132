/**
 * Collapse in hidden space: when a layer maps the data to (nearly) one point, auto-zooming
 * would show a healthy-looking cloud on axes that run from −1e-8 to 1e-8. These helpers find
 * the spread, the true-scale domain and the pairs of differently labelled points that landed
 * on the same spot (then no line, and no later layer, can separate them).
 */
import type { LayerFn } from '../../core/activations';
import type { Domain } from './hiddenGeometry';

/** The scale an activation's values live on: its range for bounded ones, else 1. */
export function referenceScale(fn: LayerFn): number {
  return fn === 'sigmoid' ? 1 : fn === 'tanh' || fn === 'softsign' ? 2 : 1;
}

/** A spread below this share of the reference scale counts as collapsed. */
export const COLLAPSE_SHARE = 1e-3;

/** Largest extent over the two drawn axes of points [n x 2]. */
export function spreadOf(points: ArrayLike<number>, dims: 1 | 2): number {
  let spread = 0;
  for (let c = 0; c < dims; c++) {
    let lo = Infinity, hi = -Infinity;
    for (let i = c; i < points.length; i += dims) {
      const v = points[i]!;
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi >= lo) spread = Math.max(spread, hi - lo);
  }
  return spread;
}

/** The true-scale domain: the reference scale centred on the points' middle, per axis. */
export function trueScaleDomains(points: ArrayLike<number>, dims: 1 | 2, scale: number): [Domain, Domain] {
  const mid = (c: number): number => {
    let lo = Infinity, hi = -Infinity;
    for (let i = c; i < points.length; i += dims) {
      const v = points[i]!;
      if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    }
    return hi >= lo ? (lo + hi) / 2 : 0;
  };
  const d = (c: number): Domain => [mid(c) - scale / 2, mid(c) + scale / 2];
  return [d(0), dims === 2 ? d(1) : [-0.5, 1.5]];
}

/**
 * Pairs (i, j) of points with different labels closer than `tol` in every drawn coordinate,
 * at most `max` of them. Only meaningful on raw activations (1 or 2 units), not on a projection.
 */
export function collapsedPairs(points: ArrayLike<number>, dims: 1 | 2, labels: ArrayLike<number>, tol: number, max = 3): [number, number][] {
  const n = Math.min(labels.length, Math.floor(points.length / dims));
  const out: [number, number][] = [];
  for (let i = 0; i < n && out.length < max; i++) {
    for (let j = i + 1; j < n && out.length < max; j++) {
      if (labels[i] === labels[j]) continue;
      let close = true;
      for (let c = 0; c < dims && close; c++) close = Math.abs(points[i * dims + c]! - points[j * dims + c]!) < tol;
      if (close) out.push([i, j]);
    }
  }
  return out;
}
