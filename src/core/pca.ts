/**
 * Principal component analysis of a layer's activations down to 2-D, for the hidden-space
 * view of layers wider than two units. Power iteration with deflation on the d x d
 * covariance (d is at most a layer width, <= 128, and only two components are needed), then
 * one Rayleigh-Ritz step on the plane of the two axes.
 */
import { createRng, type Rng } from './rng';

/** Optional settings of pca2. */
export interface PcaOptions {
  /**
   * Previous axes [2 x d] row-major. Used as the start vectors (fast when the activations
   * change a little between frames) and to choose signs: each axis is flipped to have a
   * non-negative dot product with its reference, so an animation does not jump.
   */
  readonly reference?: ArrayLike<number>;
  /** Seed of the fixed pseudo-random start vectors when there is no reference. Default 1. */
  readonly seed?: number;
  /** Power iterations per component. Default 1000. */
  readonly maxIterations?: number;
  /** Stop when |C v - lambda v| <= tolerance * trace(C). Default 1e-12. */
  readonly tolerance?: number;
  /** False leaves `coords` empty (for a caller that projects the points itself). Default true. */
  readonly coords?: boolean;
}

/** Result of pca2: the two leading principal axes and the points projected onto them. */
export interface Pca {
  /** Column means [d]. */
  readonly mean: Float64Array;
  /**
   * Principal axes [2 x d] row-major, unit length and orthogonal, largest variance first.
   * Sign: without a reference, the entry of largest magnitude is positive (among entries
   * within 1e-9 of the largest, the first one). With d = 1 the second axis is all zeros;
   * with zero total variance the axes are the first two coordinate axes.
   */
  readonly axes: Float64Array;
  /** Variance along each axis (population covariance, divided by n), in squared activation units. */
  readonly variances: [number, number];
  /** variances / total variance; [0, 0] when the total is 0. */
  readonly explained: [number, number];
  /** Sum of all d variances (trace of the covariance). */
  readonly totalVariance: number;
  /** Projected points [n x 2] row-major: (x_i - mean) . axis_k (empty with `coords: false`). */
  readonly coords: Float64Array;
}

/**
 * Projects `x` [n x d] row-major onto its two principal axes. Deterministic: the same input
 * (and options) gives the same bits. Throws RangeError for non-finite entries or bad sizes.
 * The same computation as a Pca2Job run to the end.
 */
export function pca2(x: ArrayLike<number>, n: number, d: number, opts: PcaOptions = {}): Pca {
  return new Pca2Job(x, n, d, opts).run(() => false)!;
}

/**
 * Multiply-adds between two looks at `stop` (rows of the covariance pass or power iterations,
 * each about d^2): a tenth of a millisecond or so, so a stop comes soon after it is asked for.
 */
const MACS_PER_CHECK = 65536;

/**
 * pca2 in pieces: `run(stop)` works until `stop()` says so (it asks between pieces of about
 * MACS_PER_CHECK multiply-adds) and returns undefined, or returns the result. Resuming continues
 * exactly where it stopped, so any split gives pca2's bits. This lets the worker keep each
 * task short (a 128-unit layer's first PCA is tens of milliseconds of cold code) without a
 * clock in the core: the caller's `stop` reads one.
 */
export class Pca2Job {
  private readonly mean: Float64Array;
  private readonly C: Float64Array;
  private readonly row: Float64Array;
  private readonly axes: Float64Array;
  private readonly u: Float64Array;
  private deflated: Float64Array | null = null;
  private readonly rng: Rng;
  private readonly maxIt: number;
  private tol = 0;
  private trace = 0;
  private readonly variances: [number, number] = [0, 0];
  /** 0 means, 1 covariance, 2 start of a component, 3 power iteration, 4 finish, 5 done. */
  private phase = 0;
  /** Next row (phases 0 and 1), component (k) and iteration (it) of the power method. */
  private i = 0;
  private k = 0;
  private it = 0;
  private lambda = 0;
  private result: Pca | undefined;
  /** Rows, or power iterations, per piece. */
  private readonly perCheck: number;

  /** Throws RangeError for bad sizes; a non-finite entry throws from run(). */
  constructor(private readonly x: ArrayLike<number>, private readonly n: number, private readonly d: number, private readonly opts: PcaOptions = {}) {
    if (!Number.isInteger(n) || n < 0 || !Number.isInteger(d) || d < 1 || x.length < n * d) {
      throw new RangeError(`pca2: need x of length n * d with n >= 0 and d >= 1, got n=${n}, d=${d}, length=${x.length}`);
    }
    this.mean = new Float64Array(d);
    this.C = new Float64Array(d * d);
    this.row = new Float64Array(d);
    this.axes = new Float64Array(2 * d);
    this.u = new Float64Array(d);
    this.rng = createRng(opts.seed ?? 1);
    this.maxIt = opts.maxIterations ?? 1000;
    this.perCheck = Math.max(1, Math.ceil(MACS_PER_CHECK / (d * d)));
  }

  /** Works until `stop()` returns true (then undefined) or the result is ready (returned, also by later calls). */
  run(stop: () => boolean): Pca | undefined {
    while (this.phase < 5) {
      if (this.phase === 0) this.meanRows();
      else if (this.phase === 1) this.covarianceRows();
      else if (this.phase === 2) this.startComponent();
      else if (this.phase === 3) this.powerSteps();
      else this.finish();
      if (this.phase < 5 && stop()) return undefined;
    }
    return this.result;
  }

  /** Column means, a piece of rows at a time. */
  private meanRows(): void {
    const { x, n, d, mean } = this;
    const end = Math.min(n, this.i + this.perCheck);
    for (let i = this.i; i < end; i++) {
      for (let j = 0; j < d; j++) {
        const v = x[i * d + j]!;
        if (!Number.isFinite(v)) throw new RangeError(`pca2: entry (${i}, ${j}) is not finite`);
        mean[j] = mean[j]! + v;
      }
    }
    this.i = end;
    if (end < n) return;
    if (n > 0) for (let j = 0; j < d; j++) mean[j] = mean[j]! / n;
    this.i = 0;
    this.phase = 1;
  }

  /** Population covariance [d x d] of the centred rows: the upper triangle by rows, then mirrored. */
  private covarianceRows(): void {
    const { x, n, d, mean, C, row, axes } = this;
    const end = Math.min(n, this.i + this.perCheck);
    for (let i = this.i; i < end; i++) {
      for (let j = 0; j < d; j++) row[j] = x[i * d + j]! - mean[j]!;
      for (let a = 0; a < d; a++) {
        const ra = row[a]!;
        for (let b = a; b < d; b++) C[a * d + b] = C[a * d + b]! + ra * row[b]!;
      }
    }
    this.i = end;
    if (end < n) return;
    for (let a = 0; a < d; a++) {
      for (let b = a; b < d; b++) {
        const v = n > 0 ? C[a * d + b]! / n : 0;
        C[a * d + b] = v;
        C[b * d + a] = v;
      }
    }
    let trace = 0;
    for (let j = 0; j < d; j++) trace += C[j * d + j]!;
    this.trace = trace;
    if (trace > 0) {
      this.tol = (this.opts.tolerance ?? 1e-12) * trace;
      this.deflated = Float64Array.from(C);
      this.phase = 2;
    } else {
      axes[0] = 1;
      if (d > 1) axes[d + 1] = 1;
      this.phase = 4;
    }
  }

  /** Start vector of component k: the reference's row, or fixed pseudo-random numbers. */
  private startComponent(): void {
    const { d, k, axes } = this;
    const v = axes.subarray(k * d, (k + 1) * d);
    for (let j = 0; j < d; j++) v[j] = this.opts.reference ? this.opts.reference[k * d + j]! : this.rng.uniform(-1, 1);
    const ortho = k === 1 ? axes.subarray(0, d) : null;
    this.it = 0;
    this.lambda = 0;
    this.phase = 3;
    if (!project(v, ortho)) {
      // The start was parallel to the previous axis (e.g. a degenerate reference): restart at random.
      for (let j = 0; j < d; j++) v[j] = this.rng.uniform(-1, 1);
      if (!project(v, ortho)) this.endComponent(0);
    }
  }

  /**
   * A piece of power iteration on the deflated covariance (symmetric PSD)
   * from v, which ends as the unit eigenvector; the component's first axis, if any, is
   * projected out every step so rounding cannot bring the deflated direction back.
   */
  private powerSteps(): void {
    const { d, k, u, tol, axes } = this;
    const C = this.deflated!;
    const v = axes.subarray(k * d, (k + 1) * d);
    const ortho = k === 1 ? axes.subarray(0, d) : null;
    const end = Math.min(this.maxIt, this.it + this.perCheck);
    for (; this.it < end; this.it++) {
      for (let a = 0; a < d; a++) {
        let s = 0;
        for (let b = 0; b < d; b++) s += C[a * d + b]! * v[b]!;
        u[a] = s;
      }
      if (ortho) {
        const p = dot(u, ortho);
        for (let j = 0; j < d; j++) u[j] = u[j]! - p * ortho[j]!;
      }
      const lambda = (this.lambda = dot(u, v));
      let r2 = 0;
      for (let j = 0; j < d; j++) r2 += (u[j]! - lambda * v[j]!) ** 2;
      if (Math.sqrt(r2) <= tol) return this.endComponent(Math.max(0, lambda));
      const norm = Math.sqrt(dot(u, u));
      if (norm <= tol) return this.endComponent(0); // no variance left outside `ortho`; keep the unit start vector
      for (let j = 0; j < d; j++) v[j] = u[j]! / norm;
    }
    if (this.it >= this.maxIt) this.endComponent(Math.max(0, this.lambda));
  }

  /** Records component k's variance, deflates after the first so the next finds the next one. */
  private endComponent(variance: number): void {
    const { d, k } = this;
    this.variances[k] = variance;
    if (k === 0) {
      const v = this.axes.subarray(0, d);
      const D = this.deflated!;
      for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) D[a * d + b] = D[a * d + b]! - variance * v[a]! * v[b]!;
    }
    this.k++;
    this.phase = this.k < Math.min(2, d) ? 2 : 4;
  }

  /** The Ritz step, signs, the projected points. */
  private finish(): void {
    const { x, n, d, mean, axes, trace } = this;
    let variances: [number, number] = [this.variances[0], this.variances[1]];
    if (trace > 0) {
      if (d > 1) variances = ritzPair(this.C, d, axes);
      // The reference is only consulted for signs after the Ritz step, so it cannot bias the axes.
      orient(axes.subarray(0, d), this.opts.reference ?? null, 0);
      orient(axes.subarray(d, 2 * d), this.opts.reference ?? null, d);
    }
    const coords = new Float64Array(this.opts.coords === false ? 0 : 2 * n);
    if (coords.length > 0) {
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < 2; k++) {
          let s = 0;
          for (let j = 0; j < d; j++) s += (x[i * d + j]! - mean[j]!) * axes[k * d + j]!;
          coords[2 * i + k] = s;
        }
      }
    }
    const explained: [number, number] = trace > 0 ? [variances[0] / trace, variances[1] / trace] : [0, 0];
    this.result = { mean, axes, variances, explained, totalVariance: trace, coords };
    this.phase = 5;
  }
}

/**
 * Rayleigh-Ritz on the plane of the two axes: rotates them to diagonalize C restricted to
 * that plane. When the top two variances are nearly equal, power iteration converges slowly
 * and leaves the axes mixed inside the (correct) plane; this unmixes them exactly.
 */
function ritzPair(C: Float64Array, d: number, axes: Float64Array): [number, number] {
  const v1 = axes.subarray(0, d), v2 = axes.subarray(d, 2 * d);
  const Cv1 = new Float64Array(d), Cv2 = new Float64Array(d);
  for (let a = 0; a < d; a++) {
    let s1 = 0, s2 = 0;
    for (let b = 0; b < d; b++) { s1 += C[a * d + b]! * v1[b]!; s2 += C[a * d + b]! * v2[b]!; }
    Cv1[a] = s1;
    Cv2[a] = s2;
  }
  const g11 = dot(v1, Cv1), g12 = dot(v1, Cv2), g22 = dot(v2, Cv2);
  // The larger eigenvector of [[g11, g12], [g12, g22]] is at angle th with tan 2th = 2 g12 / (g11 - g22).
  const th = 0.5 * Math.atan2(2 * g12, g11 - g22);
  const c = Math.cos(th), s = Math.sin(th);
  for (let j = 0; j < d; j++) {
    const a = v1[j]!, b = v2[j]!;
    v1[j] = c * a + s * b;
    v2[j] = -s * a + c * b;
  }
  const l1 = c * c * g11 + 2 * s * c * g12 + s * s * g22;
  const l2 = s * s * g11 - 2 * s * c * g12 + c * c * g22;
  return [Math.max(0, l1), Math.max(0, l2)];
}

/** Removes the `ortho` component and normalizes; false if nothing is left. */
function project(v: Float64Array, ortho: Float64Array | null): boolean {
  if (ortho) {
    const p = dot(v, ortho);
    for (let j = 0; j < v.length; j++) v[j] = v[j]! - p * ortho[j]!;
  }
  const norm = Math.sqrt(dot(v, v));
  if (!(norm > 1e-12)) return false;
  for (let j = 0; j < v.length; j++) v[j] = v[j]! / norm;
  return true;
}

/** Applies the sign convention documented on Pca.axes. */
function orient(v: Float64Array, reference: ArrayLike<number> | null, offset: number): void {
  let s: number;
  if (reference) {
    s = 0;
    for (let j = 0; j < v.length; j++) s += v[j]! * reference[offset + j]!;
  } else {
    let big = 0;
    for (let j = 0; j < v.length; j++) big = Math.max(big, Math.abs(v[j]!));
    let j = 0;
    while (j < v.length - 1 && Math.abs(v[j]!) < big * (1 - 1e-9)) j++;
    s = v[j]!;
  }
  if (s < 0) for (let j = 0; j < v.length; j++) v[j] = -v[j]!;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return s;
}
