/**
 * Exact linear-separability test of a layer's activations, sized for a live view.
 *
 * core/separability's LP is exact but grows with every point. Here a small working set goes
 * to the LP, and the points its plane gets wrong are added until the plane splits every point
 * (separable) or the LP says the working set cannot be split (then neither can the whole set,
 * which contains it). Both answers are exact. A time budget caps the work: past it the answer
 * is null (unknown), never a guess.
 */
import { linearSeparability } from '../core';

/** A plane w.x + b = 0 that may already separate the points (label 1 where positive). */
export interface Candidate {
  readonly w: ArrayLike<number>;
  readonly b: number;
}

export interface SeparabilityBudget {
  /** Milliseconds the test may take before it gives up with null. */
  readonly budgetMs: number;
  now(): number;
}

/**
 * Points in the first working set, and most-violated points added per round. Fewer than
 * k + 2 points in k dimensions can always be split, so wide layers start bigger.
 */
const START = 96;
const ADD = 48;

/**
 * True when the 0/1-labelled points x [n x k] row-major are strictly linearly separable,
 * false when not, null when the budget ran out first. `candidate` (e.g. the next layer's
 * plane) is checked first: if it separates every point, no LP is needed.
 */
export function separableWithin(
  x: ArrayLike<number>, labels: ArrayLike<number>, n: number, k: number,
  budget: SeparabilityBudget, candidate?: Candidate,
): boolean | null {
  const t0 = budget.now();
  let ones = 0;
  for (let i = 0; i < n; i++) ones += labels[i] === 1 ? 1 : 0;
  if (ones === 0 || ones === n) return true;
  for (let q = 0; q < n * k; q++) if (!Number.isFinite(x[q]!)) return null;
  if (candidate && violations(x, labels, n, k, candidate.w, candidate.b).length === 0) return true;

  const inSet = new Uint8Array(n);
  const work: number[] = [];
  const add = (i: number) => {
    if (!inSet[i]) { inSet[i] = 1; work.push(i); }
  };
  // An even stride covers the whole set; one point of each class makes the LP two-sided.
  const start = Math.max(START, 2 * k + 4);
  const stride = Math.max(1, Math.floor(n / start));
  for (let i = 0; i < n && work.length < start; i += stride) add(i);
  for (let i = 0; i < n; i++) if (labels[i] === 1) { add(i); break; }
  for (let i = 0; i < n; i++) if (labels[i] !== 1) { add(i); break; }

  let lastCost = 0, lastM = 1;
  for (;;) {
    const m = work.length;
    // An LP cannot be interrupted, so stop before one that would overrun (cost ~ rows^2).
    const estimate = lastCost * (m / lastM) ** 2;
    if (lastCost > 0 && budget.now() - t0 + estimate > budget.budgetMs) return null;
    const t1 = budget.now();
    const xw = new Float64Array(m * k), yw = new Float64Array(m);
    work.forEach((i, r) => {
      for (let j = 0; j < k; j++) xw[r * k + j] = x[i * k + j]!;
      yw[r] = labels[i]!;
    });
    const res = linearSeparability(xw, yw, k);
    if (!res.separable) return false;
    lastCost = Math.max(budget.now() - t1, 1e-3);
    lastM = m;
    const bad = violations(x, labels, n, k, res.w!, res.b!);
    if (bad.length === 0) return true;
    if (m >= n || budget.now() - t0 > budget.budgetMs) return null;
    bad.sort((a, b) => b.by - a.by);
    for (const v of bad.slice(0, Math.max(ADD, k))) add(v.i);
    if (work.length === m) return null; // only rounding could get here; do not loop
  }
}

/** Points on the wrong side of w.x + b = 0 (or on it), with how far wrong. */
function violations(x: ArrayLike<number>, labels: ArrayLike<number>, n: number, k: number, w: ArrayLike<number>, b: number): { i: number; by: number }[] {
  const out: { i: number; by: number }[] = [];
  for (let i = 0; i < n; i++) {
    let s = b;
    for (let j = 0; j < k; j++) s += w[j]! * x[i * k + j]!;
    const signed = labels[i] === 1 ? s : -s;
    if (!(signed > 0)) out.push({ i, by: -signed });
  }
  return out;
}
