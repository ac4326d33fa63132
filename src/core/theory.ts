/**
 * Mean-field theory for the gradient lab: how the size of dL/dz changes from layer to layer
 * at initialization (Glorot and Bengio 2010; He et al. 2015; Poole et al. 2016).
 *
 * With biases 0 and independent weights of variance Var[W], a layer's pre-activations are
 * about N(0, q) with q_{l+1} = fanIn * Var[W] * E[f(z)^2], z ~ N(0, q_l). Backward,
 * dL/dz_l = f'(z_l) * (W^T dL/dz_{l+1}), so the RMS shrinks or grows by
 *   sqrt(fanOut * Var[W] * E[f'(z_l)^2])
 * per layer, where fanOut is the width of the layer above (equal to fanIn at constant width).
 * The Gaussian expectations use a composite Gauss-Legendre rule split at z = 0 (a fine
 * deterministic integral), evaluated with the same activation code the network runs.
 */
import { activate, mulDerivative, type ActivationName } from './activations';
import { initVariance, type InitName } from './init';

/** Largest value of the logistic sigmoid's derivative, reached at z = 0. */
export const SIGMOID_DERIVATIVE_BOUND = 0.25;

/**
 * Upper bound 0.25^k on the product of k sigmoid derivatives: the activation's share of the
 * gradient shrinkage through k sigmoid layers (weights not included).
 */
export function sigmoidDerivativeBound(k: number): number {
  return SIGMOID_DERIVATIVE_BOUND ** k;
}

/** Nodes and weights of a quadrature rule. */
export interface Quadrature {
  /** Nodes x_i [n], ascending, symmetric about 0. */
  readonly nodes: Float64Array;
  /** Weights w_i [n]. */
  readonly weights: Float64Array;
}

const legendreCache = new Map<number, Quadrature>();

/**
 * n-point Gauss-Legendre rule on [-1, 1]: sum_i w_i g(x_i) equals the integral of g over
 * [-1, 1] exactly when g is a polynomial of degree <= 2n - 1 (weights sum to 2). The nodes are
 * the eigenvalues of the Jacobi matrix (zero diagonal, off-diagonal k / sqrt(4k^2 - 1)), found
 * by Sturm-sequence bisection; the weights are 2 / sum_k p_k(x_i)^2 over the orthonormal
 * polynomials. Cached per n.
 */
export function gaussLegendre(n: number): Quadrature {
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new RangeError(`gaussLegendre: n must be an integer in [1, 200], got ${n}`);
  const hit = legendreCache.get(n);
  if (hit) return hit;
  const beta = (k: number): number => (k * k) / (4 * k * k - 1); // off-diagonal squared, k >= 1
  const nodes = new Float64Array(n), weights = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    // The k-th eigenvalue (ascending) is where the count of eigenvalues below x passes k.
    let lo = -1, hi = 1;
    for (let it = 0; it < 200; it++) {
      const mid = 0.5 * (lo + hi);
      if (mid === lo || mid === hi) break;
      if (countBelow(mid, n, beta) > k) hi = mid;
      else lo = mid;
    }
    nodes[k] = 0.5 * (lo + hi);
  }
  for (let k = 0; k < n; k++) {
    const x = nodes[k]!;
    let pPrev = 0, p = 1, s = 1;
    for (let j = 1; j < n; j++) {
      const next = (x * p - (j > 1 ? Math.sqrt(beta(j - 1)) : 0) * pPrev) / Math.sqrt(beta(j));
      pPrev = p;
      p = next;
      s += p * p;
    }
    weights[k] = 2 / s;
  }
  // Make the symmetry exact, so odd functions integrate to exactly 0.
  for (let k = 0; k < n >> 1; k++) {
    const j = n - 1 - k;
    const x = 0.5 * (nodes[j]! - nodes[k]!), w = 0.5 * (weights[j]! + weights[k]!);
    nodes[k] = -x; nodes[j] = x;
    weights[k] = w; weights[j] = w;
  }
  if (n % 2 === 1) nodes[n >> 1] = 0;
  const q = { nodes, weights };
  legendreCache.set(n, q);
  return q;
}

/** Eigenvalues below x of the zero-diagonal Jacobi matrix of order n (Sturm count via LDL^T). */
function countBelow(x: number, n: number, beta: (k: number) => number): number {
  let count = 0;
  let d = -x;
  for (let k = 1; ; k++) {
    if (d === 0) d = -1e-300; // a zero pivot: perturb towards "below"
    if (d < 0) count++;
    if (k >= n) break;
    d = -x - beta(k) / d;
  }
  return count;
}

/** Half-line rule for the standard normal: E[g(Z)] = sum_i v_i (g(u_i) + g(-u_i)). */
interface HalfNormalRule {
  readonly u: Float64Array;
  readonly v: Float64Array;
}

/** Unit panels on [0, 12] (the tail beyond holds 2e-33 of the mass), 16 Gauss-Legendre nodes each. */
const PANELS = 12, PANEL_NODES = 16;
let halfRule: HalfNormalRule | null = null;

/**
 * Splitting at 0 keeps every activation smooth on each piece: ReLU, ELU and softsign have a
 * kink or a jump in f' exactly there, which a rule across 0 (Gauss-Hermite) would smear.
 */
function halfNormalRule(): HalfNormalRule {
  if (halfRule) return halfRule;
  const { nodes, weights } = gaussLegendre(PANEL_NODES);
  const n = PANELS * PANEL_NODES;
  const u = new Float64Array(n), v = new Float64Array(n);
  const c = 1 / Math.sqrt(2 * Math.PI);
  for (let p = 0; p < PANELS; p++) {
    for (let i = 0; i < PANEL_NODES; i++) {
      const x = p + 0.5 * (nodes[i]! + 1);
      u[p * PANEL_NODES + i] = x;
      v[p * PANEL_NODES + i] = 0.5 * weights[i]! * c * Math.exp(-0.5 * x * x);
    }
  }
  halfRule = { u, v };
  return halfRule;
}

/**
 * E[g(z)] for z ~ N(0, variance), variance >= 0. With variance 0 this is g(0) exactly.
 * Accurate to rounding for functions that are smooth on each side of 0 and grow slower than
 * e^(z^2/2); e.g. the moments E[z^2k] = (2k - 1)!!.
 */
export function normalExpectation(g: (z: number) => number, variance: number): number {
  if (!(variance > 0)) return g(0);
  const { u, v } = halfNormalRule();
  const sd = Math.sqrt(variance);
  let s = 0;
  for (let i = 0; i < u.length; i++) s += v[i]! * (g(sd * u[i]!) + g(-sd * u[i]!));
  return s;
}

/** E[f(z)^2] and E[f'(z)^2] for z ~ N(0, variance). */
export interface SquaredMoments {
  readonly f2: number;
  readonly df2: number;
}

/**
 * E[f(z)^2] and E[f'(z)^2] for z ~ N(0, variance) (in pre-activation units squared), with the
 * rule of normalExpectation, evaluated in one batch through the network's own activation code
 * (so f'(0) is whatever the network uses, e.g. 0 for ReLU).
 */
export function squaredMoments(fn: ActivationName, variance: number): SquaredMoments {
  let memo = momentsMemo.get(fn);
  if (!memo) momentsMemo.set(fn, (memo = new Map()));
  const known = memo.get(variance);
  if (known) return known;
  if (memoSize >= MOMENTS_MEMO_MAX) {
    momentsMemo.clear();
    memoSize = 0;
    momentsMemo.set(fn, memo = new Map());
  }
  const m = computeSquaredMoments(fn, variance);
  memo.set(variance, m);
  memoSize++;
  return m;
}

/**
 * Answers by activation and exact variance. Nets that differ only in depth (a depth-slider drag)
 * repeat almost every layer's variances, so the theory overlay of a 64-layer net reuses the
 * 63-layer one's instead of 4096 fresh quadratures (40 ms on the main thread per build). The
 * answer is a pure function of its inputs, so a cached one is the same bits.
 */
const momentsMemo = new Map<ActivationName, Map<number, SquaredMoments>>();
const MOMENTS_MEMO_MAX = 1 << 15;
let memoSize = 0;

function computeSquaredMoments(fn: ActivationName, variance: number): SquaredMoments {
  const { u, v } = halfNormalRule();
  const m = u.length;
  const zero = !(variance > 0);
  const n = zero ? 1 : 2 * m;
  const sd = zero ? 0 : Math.sqrt(variance);
  const z = new Float64Array(n), a = new Float64Array(n), d = new Float64Array(n).fill(1);
  if (!zero) for (let i = 0; i < m; i++) { z[i] = sd * u[i]!; z[m + i] = -sd * u[i]!; }
  activate(fn, z, a, n, n);
  mulDerivative(fn, z, a, d, n);
  if (zero) return { f2: a[0]! * a[0]!, df2: d[0]! * d[0]! };
  let f2 = 0, df2 = 0;
  for (let i = 0; i < m; i++) {
    f2 += v[i]! * (a[i]! * a[i]! + a[m + i]! * a[m + i]!);
    df2 += v[i]! * (d[i]! * d[i]! + d[m + i]! * d[m + i]!);
  }
  return { f2, df2 };
}

/** Architecture and initialization that predictGradientFactors needs. */
export interface GradientTheoryInput {
  /** Input width (2 for the playground). */
  readonly inputs: number;
  /** E[x^2] of one input coordinate (mean over points and coordinates), see meanSquare. */
  readonly inputSecondMoment: number;
  /** Hidden widths, first layer first. */
  readonly hidden: readonly number[];
  readonly activation: ActivationName;
  readonly init: InitName;
  /** s for the 'uniform' and 'normal' initializers. */
  readonly initScale: number;
  /** Output units. Default 1. */
  readonly outputs?: number;
  /**
   * Squared norms |x|^2 of the training points [n] (see squaredNorms). When given, every layer's
   * statistics are computed per point and the squared gradients averaged over the points,
   * instead of feeding the average input size through the activation: with 2-D data whose size
   * varies, the average point sits where few real points are, and the prediction misses the
   * measured gradients by up to x2.7 (tanh, ELU, softsign, swish, GELU); per point it stays
   * within about x1.2 (theory.test.ts).
   */
  readonly inputSquaredNorms?: ArrayLike<number>;
}

/** Mean-field predictions per layer (dimensionless ratios, or variances in pre-activation units squared). */
export interface GradientTheory {
  /** Predicted pre-activation variance q of each hidden layer [hidden.length]. */
  readonly preActVariance: number[];
  /** E[f'(z)^2] of each hidden layer at its q [hidden.length]. */
  readonly derivSquare: number[];
  /**
   * factors[l] = predicted RMS(dL/dz of hidden layer l) / RMS(dL/dz of the layer above),
   * where the layer above is hidden layer l + 1 or, for the last, the output [hidden.length].
   */
  readonly factors: number[];
  /**
   * cumulative[l] = predicted RMS(dL/dz_l) / RMS(dL/dz of the output) for every weighted
   * layer, hidden first and the output last (always 1) [hidden.length + 1]: the same order
   * as LayerStats, so it compares with stats[l].gradZ / stats[last].gradZ.
   */
  readonly cumulative: number[];
}

/** Mean-field prediction of the backward gradient factors at initialization (biases 0). */
export function predictGradientFactors(p: GradientTheoryInput): GradientTheory {
  if (p.inputSquaredNorms && p.inputSquaredNorms.length > 0) return perPointFactors(p, p.inputSquaredNorms);
  const widths = [p.inputs, ...p.hidden, p.outputs ?? 1];
  const H = p.hidden.length;
  const variance = (l: number): number => initVariance(p.init, widths[l]!, widths[l + 1]!, p.initScale);
  const preActVariance: number[] = [], derivSquare: number[] = [], factors: number[] = [];
  // Forward: the input's second moment feeds the first layer; each later layer sees E[f^2].
  let secondMoment = p.inputSecondMoment;
  for (let l = 0; l < H; l++) {
    const q = widths[l]! * variance(l) * secondMoment;
    const m = squaredMoments(p.activation, q);
    preActVariance.push(q);
    derivSquare.push(m.df2);
    secondMoment = m.f2;
  }
  // Backward: hidden layer l (widths index l + 1) receives through the W of the layer above.
  for (let l = 0; l < H; l++) factors.push(Math.sqrt(widths[l + 2]! * variance(l + 1) * derivSquare[l]!));
  const cumulative = new Array<number>(H + 1).fill(1);
  for (let l = H - 1; l >= 0; l--) cumulative[l] = factors[l]! * cumulative[l + 1]!;
  return { preActVariance, derivSquare, factors, cumulative };
}

/** Points the per-point theory evaluates at most: quantiles of |x|^2 stand in for the rest. */
export const THEORY_POINTS = 64;

/**
 * `count` equally weighted representatives of the values: their quantiles at the midpoints
 * of `count` equal-mass bins (all values when there are no more than `count`).
 */
export function quantileSample(values: ArrayLike<number>, count = THEORY_POINTS): Float64Array {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length <= count) return sorted;
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) out[k] = sorted[Math.min(sorted.length - 1, Math.floor(((k + 0.5) / count) * sorted.length))]!;
  return out;
}

/**
 * Per point: point x enters the first layer with q1 = Var[W1] * |x|^2, and its own variance is
 * propagated through every layer; the squared backward factors multiply per point, and the
 * prediction for layer l is sqrt(mean over points of their product) (the output's dL/dz taken
 * as the same size for every point). Reported q and E[f'^2] are the point means.
 */
function perPointFactors(p: GradientTheoryInput, norms: ArrayLike<number>): GradientTheory {
  const widths = [p.inputs, ...p.hidden, p.outputs ?? 1];
  const H = p.hidden.length;
  const variance = (l: number): number => initVariance(p.init, widths[l]!, widths[l + 1]!, p.initScale);
  const pts = quantileSample(norms);
  const n = pts.length;
  const preActVariance = new Array<number>(H).fill(0), derivSquare = new Array<number>(H).fill(0);
  // g2[i * H + l]: point i's squared backward factor through hidden layer l.
  const g2 = new Float64Array(n * H);
  for (let i = 0; i < n; i++) {
    let q = variance(0) * pts[i]!;
    for (let l = 0; l < H; l++) {
      const m = squaredMoments(p.activation, q);
      preActVariance[l] += q / n;
      derivSquare[l] += m.df2 / n;
      g2[i * H + l] = widths[l + 2]! * variance(l + 1) * m.df2;
      q = widths[l + 1]! * variance(l + 1) * m.f2;
    }
  }
  const cumulative = new Array<number>(H + 1).fill(1);
  for (let l = 0; l < H; l++) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      let prod = 1;
      for (let k = l; k < H; k++) prod *= g2[i * H + k]!;
      s += prod;
    }
    cumulative[l] = Math.sqrt(s / n);
  }
  const factors = cumulative.slice(0, H).map((c, l) => (cumulative[l + 1]! > 0 ? c / cumulative[l + 1]! : 0));
  return { preActVariance, derivSquare, factors, cumulative };
}

/** |x|^2 of each point of x [n x dims] row-major. */
export function squaredNorms(x: ArrayLike<number>, dims: number): Float64Array {
  const n = Math.floor(x.length / dims);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let c = 0; c < dims; c++) s += x[i * dims + c]! ** 2;
    out[i] = s;
  }
  return out;
}

/**
 * The per-layer factor deep inside a constant-width net: the forward variance map is
 * iterated from q = 1 to its fixed point (stopping early near underflow or overflow, and
 * after at most 10000 layers when q creeps towards 0, as for tanh at gain 1), then
 * sqrt(width * Var[W] * E[f'(z)^2]) is taken there. The literature values of the table in
 * DESIGN.md are this number at width 100.
 */
export function deepGradientFactor(activation: ActivationName, init: InitName, width: number, initScale = 1): number {
  const gain = width * initVariance(init, width, width, initScale);
  let q = 1;
  for (let it = 0; it < 10000; it++) {
    const next = gain * squaredMoments(activation, q).f2;
    // Stop at a fixed point, or before the variance underflows or overflows.
    if (Math.abs(next - q) <= 1e-14 * q || !(next > 1e-200) || next > 1e200) {
      if (next > 1e-200 && next <= 1e200) q = next;
      break;
    }
    q = next;
  }
  return Math.sqrt(gain * squaredMoments(activation, q).df2);
}

/** Mean of the squares of `x` (e.g. a split's [n x 2] inputs): E[x^2] for the theory. 0 when empty. */
export function meanSquare(x: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k]! * x[k]!;
  return x.length > 0 ? s / x.length : 0;
}
