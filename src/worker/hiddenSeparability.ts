/**
 * Exact linear-separability test of a layer's activations, sized for a live view.
 *
 * core/separability's LP is exact but grows with every point. Here a small working set goes
 * to the LP, and the points its plane gets wrong are added until the plane splits every point
 * (separable) or the LP says the working set cannot be split (then neither can the whole set,
 * which contains it). Both answers are exact. A time budget caps the work: the LP itself stops
 * within a few pivots of it, so the answer is null (unknown) or the job pauses, never a guess
 * and never a long block.
 */
import { SeparabilityRun } from '../core';

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
  const answer = new SeparabilityTest(x, labels, n, k, candidate).run(() => budget.now() - t0 > budget.budgetMs);
  return answer === undefined ? null : answer;
}

/**
 * The working-set test as a job that can pause: run(stop) returns true or false (exact), null
 * when it cannot answer (non-finite activations, the LP gave up), or undefined when `stop()`
 * asked it to pause, inside an LP or between rounds. The next run() resumes exactly there,
 * so a wide layer's test is spread over several short turns instead of blocking the worker.
 * It owns copies of nothing: the caller must keep `x` and `labels` unchanged until it ends.
 */
export class SeparabilityTest {
  private readonly inSet: Uint8Array;
  private readonly work: number[] = [];
  private lp: SeparabilityRun | null = null;
  private answer: boolean | null | undefined = undefined;

  constructor(
    private readonly x: ArrayLike<number>, private readonly labels: ArrayLike<number>,
    private readonly n: number, private readonly k: number, candidate?: Candidate,
  ) {
    this.inSet = new Uint8Array(n);
    let ones = 0;
    for (let i = 0; i < n; i++) ones += labels[i] === 1 ? 1 : 0;
    if (ones === 0 || ones === n) { this.answer = true; return; }
    for (let q = 0; q < n * k; q++) if (!Number.isFinite(x[q]!)) { this.answer = null; return; }
    if (candidate && violations(x, labels, n, k, candidate.w, candidate.b).length === 0) { this.answer = true; return; }
    // An even stride covers the whole set; one point of each class makes the LP two-sided.
    const start = Math.max(START, 2 * k + 4);
    const stride = Math.max(1, Math.floor(n / start));
    for (let i = 0; i < n && this.work.length < start; i += stride) this.add(i);
    for (let i = 0; i < n; i++) if (labels[i] === 1) { this.add(i); break; }
    for (let i = 0; i < n; i++) if (labels[i] !== 1) { this.add(i); break; }
  }

  private add(i: number): void {
    if (!this.inSet[i]) { this.inSet[i] = 1; this.work.push(i); }
  }

  run(stop: () => boolean): boolean | null | undefined {
    const { x, labels, n, k, work } = this;
    while (this.answer === undefined) {
      if (!this.lp) {
        const m = work.length;
        const xw = new Float64Array(m * k), yw = new Float64Array(m);
        work.forEach((i, r) => {
          for (let j = 0; j < k; j++) xw[r * k + j] = x[i * k + j]!;
          yw[r] = labels[i]!;
        });
        this.lp = new SeparabilityRun(xw, yw, k);
      }
      const res = this.lp.run(stop);
      if (!res) {
        if (this.lp.gaveUp) this.answer = null;
        else return undefined; // paused inside the LP
        break;
      }
      if (!res.separable) { this.answer = false; break; }
      const bad = violations(x, labels, n, k, res.w!, res.b!);
      if (bad.length === 0) { this.answer = true; break; }
      const m = work.length;
      if (m >= n) { this.answer = null; break; }
      bad.sort((a, b) => b.by - a.by);
      for (const v of bad.slice(0, Math.max(ADD, k))) this.add(v.i);
      if (work.length === m) { this.answer = null; break; } // only rounding could get here; do not loop
      this.lp = null;
      if (stop()) return undefined;
    }
    return this.answer;
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
