/**
 * Exact test of strict linear separability for points with 0/1 labels in k dimensions
 * (the input plane, or a hidden layer's activations).
 *
 * Finite sets are strictly separable iff their convex hulls are disjoint, iff the linear
 * program below has a positive optimum:
 *   maximize t  subject to  y_i (w . x_i + b) >= t  (y_i = +-1),  -1 <= w_j <= 1.
 * The box on w makes the optimum finite; t is then the widest margin measured in the L1
 * distance of the rescaled data. A small dense simplex solves its dual, which has only k + 2
 * rows (so it stays fast for wide hidden layers) and whose multipliers give (t, b, w).
 */

/**
 * Rescaled optimum at or below which sets count as NOT separable. The data are first mapped
 * to [-1, 1] per coordinate, so this is relative to the data's extent: points that lie
 * exactly on a shared boundary (touching hulls) give 0 up to rounding (~1e-16).
 */
export const SEPARABILITY_EPS = 1e-9;

/**
 * Coordinates whose half-range is below RELATIVE_RANGE times the widest coordinate's, or below
 * MIN_RANGE in absolute terms, are treated as constant (ignored): differences that small are
 * far below SEPARABILITY_EPS of the data's extent, or in the subnormal range.
 */
export const RELATIVE_RANGE = 1e-12;
/** Absolute half-range (data units) below which a coordinate is ignored, see RELATIVE_RANGE. */
export const MIN_RANGE = 1e-280;

/** Result of linearSeparability. */
export interface Separability {
  /** True when some hyperplane has every label-1 point strictly on one side and every label-0 point strictly on the other. */
  readonly separable: boolean;
  /** Separating normal [k], unit Euclidean length (all zeros when only one class is present). Only when separable. */
  readonly w?: number[];
  /** Offset: label 1 where w . x + b > 0. Only when separable. */
  readonly b?: number;
  /**
   * Euclidean distance (data units) from the returned hyperplane to the nearest point;
   * Infinity when only one class is present. Not necessarily the largest possible margin.
   */
  readonly margin?: number;
}

/** Optimum of a linear program, see simplexMinimize. */
export interface LpSolution {
  /** Optimal objective value; -Infinity when unbounded below. */
  readonly value: number;
  /** An optimal point [N]. */
  readonly x: Float64Array;
  /** Optimal dual values [m] (simplex multipliers c_B B^-1): a solution of max rhs.y s.t. A^T y <= c. */
  readonly duals: Float64Array;
}

const PIVOT_EPS = 1e-11;

/** Pivots between two reads of a `stop` callback (a pivot of a 130-row tableau is ~0.1 ms). */
const STOP_EVERY = 4;

/**
 * A dense simplex run that can pause and resume, so a caller with a time budget (the worker,
 * which must never block for more than a few tens of milliseconds) can spread one solve over
 * several turns. Minimizes c.x subject to A x = rhs and x >= 0 from a feasible basis; see
 * simplexMinimize for the shapes. Construction is cheap; all pivoting happens in run().
 */
export class SimplexRun {
  private readonly T: Float64Array;
  private readonly head: Int32Array;
  private readonly W: number;
  /** Starting-basis columns brought into canonical form so far. */
  private q = 0;
  private it = 0;
  private stalled = 0;
  private readonly maxPivots: number;
  private solution: LpSolution | null = null;
  /** True once the pivot limit was reached (should not happen with Bland's rule): no answer. */
  limitReached = false;

  constructor(A: ArrayLike<number>, rhs: ArrayLike<number>, c: ArrayLike<number>, private readonly m: number, private readonly N: number, private readonly basis: ArrayLike<number>) {
    const W = (this.W = N + m + 1);
    const R = N + m; // right-hand-side column
    const T = (this.T = new Float64Array((m + 1) * W));
    for (let r = 0; r < m; r++) {
      for (let j = 0; j < N; j++) T[r * W + j] = A[r * N + j]!;
      T[r * W + N + r] = 1;
      T[r * W + R] = rhs[r]!;
    }
    for (let j = 0; j < N; j++) T[m * W + j] = c[j]!;
    this.head = new Int32Array(m).fill(-1); // column basic in each row
    this.maxPivots = 50 * (m + N) + 1000;
  }

  /**
   * Pivots until optimal, or until `stop()` returns true (read every few pivots): then returns
   * null and the next call resumes where this one stopped. Also null once limitReached.
   * Throws RangeError for a singular or infeasible starting basis.
   */
  run(stop?: () => boolean): LpSolution | null {
    if (this.solution || this.limitReached) return this.solution;
    const { T, m, N, W, head } = this;
    const R = N + m;
    let sinceCheck = 0;
    const paused = (): boolean => stop !== undefined && ++sinceCheck % STOP_EVERY === 0 && stop();
    // Bring the starting basis into canonical form, choosing the largest pivot for stability.
    for (; this.q < m; ) {
      const col = this.basis[this.q]!;
      let r = -1;
      for (let i = 0; i < m; i++) if (head[i]! < 0 && (r < 0 || Math.abs(T[i * W + col]!) > Math.abs(T[r * W + col]!))) r = i;
      if (r < 0 || Math.abs(T[r * W + col]!) <= PIVOT_EPS) throw new RangeError('simplexMinimize: the starting basis is singular');
      pivot(T, m, W, r, col);
      head[r] = col;
      this.q++;
      if (this.q === m) {
        for (let r2 = 0; r2 < m; r2++) {
          if (T[r2 * W + R]! < -1e-9) throw new RangeError('simplexMinimize: the starting basis is infeasible');
          if (T[r2 * W + R]! < 0) T[r2 * W + R] = 0;
        }
      }
      if (paused()) return null;
    }
    for (;; this.it++) {
      if (this.it > this.maxPivots) {
        this.limitReached = true;
        return null;
      }
      // Most negative reduced cost is fast in practice; after a run of degenerate pivots use
      // Bland's rule (lowest index), which cannot cycle, until the objective moves again.
      const bland = this.stalled > 20;
      let e = -1;
      for (let j = 0; j < N; j++) {
        const d = T[m * W + j]!;
        if (d >= -PIVOT_EPS) continue;
        if (e < 0 || (!bland && d < T[m * W + e]!)) e = j;
      }
      if (e < 0) break;
      let leave = -1;
      let best = Infinity;
      for (let r = 0; r < m; r++) {
        const a = T[r * W + e]!;
        if (a <= PIVOT_EPS) continue;
        const ratio = Math.max(0, T[r * W + R]!) / a;
        const tol = 1e-12 * Math.max(1, best);
        if (leave < 0 || ratio < best - tol) {
          leave = r;
          best = ratio;
        } else if (ratio <= best + tol && head[r]! < head[leave]!) {
          leave = r; // a tie: Bland's rule takes the lowest index
          best = Math.min(best, ratio);
        }
      }
      if (leave < 0) return (this.solution = { value: -Infinity, x: new Float64Array(N), duals: new Float64Array(m) });
      this.stalled = best > 0 ? 0 : this.stalled + 1;
      pivot(T, m, W, leave, e);
      head[leave] = e;
      if (paused()) {
        this.it++;
        return null;
      }
    }
    const x = new Float64Array(N);
    for (let r = 0; r < m; r++) x[head[r]!] = T[r * W + R]!;
    // The objective row holds c - c_B B^-1 [A | I], so the identity block gives -c_B B^-1.
    const duals = new Float64Array(m);
    for (let q = 0; q < m; q++) duals[q] = -T[m * W + N + q]!;
    return (this.solution = { value: -T[m * W + R]!, x, duals });
  }
}

/**
 * Minimizes c.x subject to A x = rhs and x >= 0, starting from the given feasible basis.
 * A is [m x N] row-major, rhs [m], c [N]; `basis` lists m column indices whose basic solution
 * is >= 0 (throws RangeError otherwise). Dense full tableau of (m + 1) x (N + m + 1) numbers:
 * the m extra columns carry B^-1, from which the duals are read. Cost per pivot O(m (N + m)).
 * Runs to the end in one call; SimplexRun is the pausable form.
 */
export function simplexMinimize(A: ArrayLike<number>, rhs: ArrayLike<number>, c: ArrayLike<number>, m: number, N: number, basis: ArrayLike<number>): LpSolution {
  const run = new SimplexRun(A, rhs, c, m, N, basis);
  const sol = run.run();
  if (!sol) throw new Error('simplexMinimize: pivot limit reached (should not happen with Bland\'s rule)');
  return sol;
}

/** Gauss-Jordan pivot on (r, e): column e becomes the unit vector of row r in every row. */
function pivot(T: Float64Array, m: number, W: number, r: number, e: number): void {
  const ro = r * W;
  const p = T[ro + e]!;
  for (let j = 0; j < W; j++) T[ro + j] = T[ro + j]! / p;
  T[ro + e] = 1;
  for (let k = 0; k <= m; k++) {
    if (k === r) continue;
    const ko = k * W;
    const f = T[ko + e]!;
    if (f === 0) continue;
    for (let j = 0; j < W; j++) T[ko + j] = T[ko + j]! - f * T[ro + j]!;
    T[ko + e] = 0;
  }
}

/**
 * Exact strict-separability test. `x` is [n x k] row-major, `labels` [n] of 0/1, k >= 1.
 * The tableau holds about (k + 3) x (n + 3k) numbers; 500 points take about 1 ms in 8-D and
 * about 0.1 s in 128-D. Throws RangeError for mismatched lengths, other labels or non-finite values.
 * SeparabilityRun is the pausable form.
 */
export function linearSeparability(x: ArrayLike<number>, labels: ArrayLike<number>, k: number): Separability {
  const run = new SeparabilityRun(x, labels, k);
  const res = run.run();
  if (!res) throw new Error('simplexMinimize: pivot limit reached (should not happen with Bland\'s rule)');
  return res;
}

/**
 * The separability LP as a pausable run: run(stop) returns the answer, or null when `stop()`
 * asked it to pause (call again to resume) or when it gave up (`gaveUp`, the pivot limit).
 * Validation and the problem set-up happen in the constructor (throws RangeError as above).
 */
export class SeparabilityRun {
  private readonly trivial: Separability | null = null;
  private readonly lp: SimplexRun | null = null;
  private readonly n: number;
  private readonly centre: Float64Array;
  private readonly half: Float64Array;
  private readonly constant: Uint8Array;
  private answer: Separability | null = null;

  constructor(private readonly x: ArrayLike<number>, private readonly labels: ArrayLike<number>, private readonly k: number) {
    const n = (this.n = labels.length);
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`dimension must be a positive integer, got ${k}`);
    if (x.length !== n * k) throw new RangeError(`x must hold labels.length * k = ${n * k} numbers, got ${x.length}`);
    let ones = 0;
    for (let i = 0; i < n; i++) {
      const t = labels[i]!;
      if (t !== 0 && t !== 1) throw new RangeError(`label ${i} must be 0 or 1, got ${t}`);
      ones += t;
    }
    for (let q = 0; q < n * k; q++) if (!Number.isFinite(x[q]!)) throw new RangeError(`coordinate ${q} is not finite`);
    const centre = (this.centre = new Float64Array(k)), half = (this.half = new Float64Array(k)), constant = (this.constant = new Uint8Array(k));
    if (ones === 0 || ones === n) {
      // One class: a constant classifier works; there is no boundary to measure a margin to.
      this.trivial = { separable: true, w: new Array<number>(k).fill(0), b: ones === 0 ? -1 : 1, margin: Infinity };
      return;
    }
    // Map each coordinate to [-1, 1] so the tolerances mean the same at every data scale.
    let widest = 0;
    for (let j = 0; j < k; j++) {
      let lo = Infinity, hi = -Infinity;
      for (let i = 0; i < n; i++) { const v = x[i * k + j]!; if (v < lo) lo = v; if (v > hi) hi = v; }
      centre[j] = lo / 2 + hi / 2;
      half[j] = hi / 2 - lo / 2;
      widest = Math.max(widest, half[j]!);
    }
    for (let j = 0; j < k; j++) {
      // Blowing a (near-)constant coordinate up to [-1, 1] would only amplify rounding noise.
      if (!(half[j]! >= Math.max(MIN_RANGE, RELATIVE_RANGE * widest))) {
        constant[j] = 1;
        half[j] = 1;
      }
    }
    // The dual of  max t  s.t.  y_i (w . x_i + b) >= t, |w_j| <= 1  (variables t, b, w):
    //   min sum_j (mu+_j + mu-_j)  s.t.  sum_i lam_i = 1,  sum_i y_i lam_i = 0,
    //   sum_i y_i x_ij lam_i = mu+_j - mu-_j,  lam, mu >= 0,
    // i.e. the L1 distance between the two hulls. It has only k + 2 rows, and its duals are t, b, w.
    const m = k + 2, N = n + 2 * k;
    const A = new Float64Array(m * N), rhs = new Float64Array(m), cost = new Float64Array(N);
    rhs[0] = 1;
    let p = -1, q = -1;
    for (let i = 0; i < n; i++) {
      const y = labels[i] === 1 ? 1 : -1;
      if (y > 0 && p < 0) p = i;
      if (y < 0 && q < 0) q = i;
      A[i] = 1;
      A[N + i] = -y;
      for (let j = 0; j < k; j++) if (!constant[j]) A[(2 + j) * N + i] = (-y * (x[i * k + j]! - centre[j]!)) / half[j]!;
    }
    for (let j = 0; j < k; j++) {
      A[(2 + j) * N + n + j] = 1;
      A[(2 + j) * N + n + k + j] = -1;
      cost[n + j] = cost[n + k + j] = 1;
    }
    // Start at lam_p = lam_q = 1/2 for one point of each class; mu+_j or mu-_j takes up the difference.
    const start = [p, q];
    for (let j = 0; j < k; j++) start.push(x[p * k + j]! >= x[q * k + j]! ? n + j : n + k + j);
    this.lp = new SimplexRun(A, rhs, cost, m, N, start);
  }

  /** True when the LP hit its pivot limit: no answer will come. */
  get gaveUp(): boolean {
    return this.lp?.limitReached ?? false;
  }

  /** The answer, or null while paused by `stop` (resume with another call) or after giving up. */
  run(stop?: () => boolean): Separability | null {
    if (this.trivial) return this.trivial;
    if (this.answer) return this.answer;
    const sol = this.lp!.run(stop);
    if (!sol) return null;
    return (this.answer = this.finish(sol));
  }

  private finish(sol: LpSolution): Separability {
    const { x, labels, k, n, centre, half, constant } = this;
    if (!(sol.value > SEPARABILITY_EPS)) return { separable: false };
    // Undo the rescaling: w' . (x - centre) / half + b'  ->  w . x + b.
    const w = new Array<number>(k);
    let b = sol.duals[1]!;
    for (let j = 0; j < k; j++) {
      // An ignored coordinate adds (almost) the same to every score; its free weight would only tilt the plane.
      w[j] = constant[j] ? 0 : sol.duals[2 + j]! / half[j]!;
      b -= w[j]! * centre[j]!;
    }
    const norm = Math.hypot(...w);
    for (let j = 0; j < k; j++) w[j] = w[j]! / norm;
    b /= norm;
    let margin = Infinity;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let j = 0; j < k; j++) s += w[j]! * x[i * k + j]!;
      margin = Math.min(margin, labels[i] === 1 ? s : -s);
    }
    // Guards against rounding on near-touching sets: the claim must hold in data units too.
    if (!(margin > 0)) return { separable: false };
    return { separable: true, w, b, margin };
  }
}
