/**
 * Activation functions and output heads: one record per function with every fact the rest
 * of the app needs (range, saturation test, formula; for heads, the decision threshold and
 * class rule), and the buffer kernels that apply them.
 *
 * The kernels (activate, mulDerivative, countSaturated) are one switch arm per function so
 * V8 keeps one tight monomorphic loop per function instead of an indirect call per element;
 * the records are for everything that runs once per value or per layer.
 */

import { fdexp } from './fdexp';

/** Hidden-layer activation names (a contract: CLI flags and URL keys use them). */
export const ACTIVATIONS = [
  'linear', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'elu', 'softplus', 'softsign', 'swish', 'gelu',
] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

/** Output-layer functions. softmax is only valid with several outputs. */
export const OUTPUTS = ['sigmoid', 'softmax', 'tanh', 'linear'] as const;
export type OutputName = (typeof OUTPUTS)[number];

/** Any function a layer can apply. */
export type LayerFn = ActivationName | 'softmax';

/** Slope used by leaky-relu for z < 0. */
export const LEAKY_SLOPE = 0.01;
const GELU_C = Math.sqrt(2 / Math.PI);

/** Logistic sigmoid, numerically safe for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * a[k] = f(z[k]) for k in [0, n). softmax works on rows of `width` entries.
 * `z` and `a` are [n] (row-major [batch x width] for softmax).
 */
export function activate(fn: LayerFn, z: Float64Array, a: Float64Array, n: number, width: number): void {
  switch (fn) {
    case 'linear':
      for (let k = 0; k < n; k++) a[k] = z[k]!;
      return;
    case 'sigmoid':
      // exp(-v) overflows to Infinity for v < -709, which still gives the correct 0. fdexp, not
      // Math.exp, so the bits are the same in every engine and on the WebAssembly path.
      for (let k = 0; k < n; k++) a[k] = 1 / (1 + fdexp(-z[k]!));
      return;
    case 'tanh':
      for (let k = 0; k < n; k++) a[k] = Math.tanh(z[k]!);
      return;
    case 'relu':
      for (let k = 0; k < n; k++) { const v = z[k]!; a[k] = v > 0 ? v : 0; }
      return;
    case 'leaky-relu':
      for (let k = 0; k < n; k++) { const v = z[k]!; a[k] = v > 0 ? v : LEAKY_SLOPE * v; }
      return;
    case 'elu':
      for (let k = 0; k < n; k++) { const v = z[k]!; a[k] = v > 0 ? v : Math.expm1(v); }
      return;
    case 'softplus':
      // log(1 + e^v) without overflow: max(v,0) + log1p(e^-|v|).
      for (let k = 0; k < n; k++) { const v = z[k]!; a[k] = (v > 0 ? v : 0) + Math.log1p(Math.exp(-Math.abs(v))); }
      return;
    case 'softsign':
      for (let k = 0; k < n; k++) { const v = z[k]!; a[k] = v / (1 + Math.abs(v)); }
      return;
    case 'swish':
      for (let k = 0; k < n; k++) { const v = z[k]!; a[k] = v * sigmoid(v); }
      return;
    case 'gelu':
      // tanh approximation (Hendrycks and Gimpel); the derivative below is its exact derivative.
      for (let k = 0; k < n; k++) {
        const v = z[k]!;
        a[k] = 0.5 * v * (1 + Math.tanh(GELU_C * (v + 0.044715 * v * v * v)));
      }
      return;
    case 'softmax':
      for (let r = 0; r < n; r += width) {
        let m = -Infinity;
        for (let j = 0; j < width; j++) if (z[r + j]! > m) m = z[r + j]!;
        let s = 0;
        for (let j = 0; j < width; j++) { const e = Math.exp(z[r + j]! - m); a[r + j] = e; s += e; }
        for (let j = 0; j < width; j++) a[r + j] = a[r + j]! / s;
      }
      return;
  }
}

/**
 * d[k] *= f'(z[k]) in place, using the stored pre-activation z and output a
 * (whichever is cheaper). Not defined for softmax, whose Jacobian is not diagonal;
 * the loss handles softmax outputs directly.
 */
export function mulDerivative(fn: ActivationName, z: Float64Array, a: Float64Array, d: Float64Array, n: number): void {
  switch (fn) {
    case 'linear':
      return;
    case 'sigmoid':
      for (let k = 0; k < n; k++) { const y = a[k]!; d[k] = d[k]! * y * (1 - y); }
      return;
    case 'tanh':
      for (let k = 0; k < n; k++) { const y = a[k]!; d[k] = d[k]! * (1 - y * y); }
      return;
    case 'relu':
      for (let k = 0; k < n; k++) if (!(z[k]! > 0)) d[k] = 0;
      return;
    case 'leaky-relu':
      for (let k = 0; k < n; k++) if (!(z[k]! > 0)) d[k] = d[k]! * LEAKY_SLOPE;
      return;
    case 'elu':
      for (let k = 0; k < n; k++) if (!(z[k]! > 0)) d[k] = d[k]! * (a[k]! + 1);
      return;
    case 'softplus':
      for (let k = 0; k < n; k++) d[k] = d[k]! * sigmoid(z[k]!);
      return;
    case 'softsign':
      for (let k = 0; k < n; k++) { const q = 1 + Math.abs(z[k]!); d[k] = d[k]! / (q * q); }
      return;
    case 'swish':
      for (let k = 0; k < n; k++) { const v = z[k]!; const s = sigmoid(v); d[k] = d[k]! * (s + v * s * (1 - s)); }
      return;
    case 'gelu':
      for (let k = 0; k < n; k++) {
        const v = z[k]!;
        const t = Math.tanh(GELU_C * (v + 0.044715 * v * v * v));
        const dt = (1 - t * t) * GELU_C * (1 + 3 * 0.044715 * v * v);
        d[k] = d[k]! * (0.5 * (1 + t) + 0.5 * v * dt);
      }
      return;
  }
}

/** Scalar f(z) for one value (theory overlays, tests). */
export function activateScalar(fn: ActivationName, z: number): number {
  const zi = new Float64Array([z]);
  const ai = new Float64Array(1);
  activate(fn, zi, ai, 1, 1);
  return ai[0]!;
}

/** Scalar f'(z) for one value (theory overlays, tests). */
export function derivativeScalar(fn: ActivationName, z: number): number {
  const zi = new Float64Array([z]);
  const ai = new Float64Array(1);
  activate(fn, zi, ai, 1, 1);
  const d = new Float64Array([1]);
  mulDerivative(fn, zi, ai, d, 1);
  return d[0]!;
}

/** Where an activation counts as saturated (its slope near 0): see ACTIVATION_FACTS.saturated. */
const SAT = {
  /** sigmoid and softmax outputs below this or above 1 minus this (slope under 0.02). */
  unit: 0.02,
  /** tanh and softsign outputs beyond +-this. */
  signed: 0.96,
  /** The left tails of the smooth rectifiers: z below this. */
  tail: -4,
} as const;

/** Facts about one layer function, read by the panels, the worker's statistics and the CLI. */
export interface FnFacts {
  /** [lo, hi] of f(z) over all z; an infinite end is unbounded. */
  readonly range: readonly [number, number];
  /**
   * True when (z, a = f(z)) sits in a flat region: sigmoid/softmax near 0 or 1, tanh and
   * softsign near +-1, ReLU at or below 0 (dead), the other rectifiers' left tails.
   * countSaturated is the same test as a buffer kernel.
   */
  readonly saturated: (z: number, a: number) => boolean;
  /** f as a formula of z, in plain notation with no words, so every language can show it. */
  readonly formula: string;
  /**
   * Time to apply f to one value, in multiply-adds of the matrix kernels (the worker sizes its
   * work in those units). Measured 2026-11-30 in Node 20 on the 2-core machine of BENCHMARKS.md:
   * the extra time per value of a 3 x 64 grid evaluation over ReLU's, divided by the time per
   * multiply-add (0.11 ns with the WebAssembly kernels). tanh is about 100: a 128-wide tanh layer
   * costs 33 times its multiply-adds, which a multiply-add-only estimate missed by that much.
   */
  readonly cost: number;
}

const unitSat = (_z: number, a: number) => a < SAT.unit || a > 1 - SAT.unit;
const signedSat = (_z: number, a: number) => Math.abs(a) > SAT.signed;
const tailSat = (z: number) => z < SAT.tail;
const INF = Infinity;

/** One record per layer function (hidden activations and softmax). */
export const ACTIVATION_FACTS: Readonly<Record<LayerFn, FnFacts>> = {
  linear: { range: [-INF, INF], saturated: () => false, formula: 'f(z) = z', cost: 9 },
  sigmoid: { range: [0, 1], saturated: unitSat, formula: 'σ(z) = 1 / (1 + e⁻ᶻ)', cost: 19 },
  tanh: { range: [-1, 1], saturated: signedSat, formula: 'tanh(z)', cost: 98 },
  relu: { range: [0, INF], saturated: (z) => !(z > 0), formula: 'max(0, z)', cost: 1 },
  'leaky-relu': { range: [-INF, INF], saturated: tailSat, formula: `max(${LEAKY_SLOPE}·z, z)`, cost: 15 },
  // min over z of ELU is -1, reached only in the limit.
  elu: { range: [-1, INF], saturated: tailSat, formula: 'z > 0 ? z : eᶻ − 1', cost: 42 },
  softplus: { range: [0, INF], saturated: tailSat, formula: 'ln(1 + eᶻ)', cost: 155 },
  softsign: { range: [-1, 1], saturated: signedSat, formula: 'z / (1 + |z|)', cost: 12 },
  // swish's minimum, -0.2784645427..., is at z = -1.2784645 (rounded outward here).
  swish: { range: [-0.278464543, INF], saturated: tailSat, formula: 'z · σ(z)', cost: 67 },
  // GELU (tanh approximation) has its minimum, -0.1700407505..., near z = -0.7525 (rounded outward).
  gelu: { range: [-0.170040751, INF], saturated: tailSat, formula: 'z · Φ(z)', cost: 115 },
  softmax: { range: [0, 1], saturated: unitSat, formula: 'eᶻⁱ / Σⱼ eᶻʲ', cost: 60 },
};

/** The range's bounded ends, or null when f is unbounded on either side (the data decide). */
export function boundedRange(fn: LayerFn): [number, number] | null {
  const [lo, hi] = ACTIVATION_FACTS[fn].range;
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : null;
}

/** How an output head turns its outputs into a class. */
export interface HeadFacts {
  /** 'threshold': one unit, class 1 when the output exceeds `threshold`; 'argmax': the largest unit wins. */
  readonly classRule: 'threshold' | 'argmax';
  /** Output value where a single-unit head's prediction flips to class 1 (NaN for argmax). */
  readonly threshold: number;
  /** The same point in pre-activation z (f(zThreshold) = threshold): where the head draws its line. */
  readonly zThreshold: number;
  /** Targets for class labels 0 and 1 (the one-hot entries for argmax): [for 0, for 1]. */
  readonly targets: readonly [number, number];
}

/** One record per output head. A tanh head is trained on -1/+1, the others on 0/1. */
export const HEAD_FACTS: Readonly<Record<OutputName, HeadFacts>> = {
  sigmoid: { classRule: 'threshold', threshold: 0.5, zThreshold: 0, targets: [0, 1] },
  tanh: { classRule: 'threshold', threshold: 0, zThreshold: 0, targets: [-1, 1] },
  linear: { classRule: 'threshold', threshold: 0.5, zThreshold: 0.5, targets: [0, 1] },
  softmax: { classRule: 'argmax', threshold: NaN, zThreshold: NaN, targets: [0, 1] },
};

/**
 * Facts for the output layer's function (layouts type every layer's fn as LayerFn).
 * Throws RangeError for a function that is not a head: validated configs never build one.
 */
export function headFacts(fn: LayerFn): HeadFacts {
  const h = (HEAD_FACTS as Partial<Record<LayerFn, HeadFacts>>)[fn];
  if (!h) throw new RangeError(`${fn} is not an output head (${OUTPUTS.join(', ')})`);
  return h;
}

/**
 * The class a head predicts for row `row` of outputs [rows x k]: the argmax over k > 1
 * units, or for one unit, 1 when the output exceeds the head's threshold (NaN gives 0).
 */
export function predictClass(head: HeadFacts, out: ArrayLike<number>, row: number, k: number): number {
  if (k > 1) {
    let pred = 0;
    for (let j = 1; j < k; j++) if (out[row * k + j]! > out[row * k + pred]!) pred = j;
    return pred;
  }
  return out[row]! > head.threshold ? 1 : 0;
}

/**
 * Counts the entries of a layer's output that sit in a flat region of its function:
 * sigmoid/softmax near 0 or 1, tanh/softsign near +-1, ReLU at or below 0 (dead), and the
 * left tails of the other rectifiers (ACTIVATION_FACTS[fn].saturated, one entry at a time).
 * One loop per function keeps the statistic cheap.
 */
export function countSaturated(fn: LayerFn, z: Float64Array, a: Float64Array, n: number): number {
  let c = 0;
  switch (fn) {
    case 'sigmoid': case 'softmax':
      for (let k = 0; k < n; k++) { const y = a[k]!; if (y < SAT.unit || y > 1 - SAT.unit) c++; }
      return c;
    case 'tanh': case 'softsign':
      for (let k = 0; k < n; k++) if (Math.abs(a[k]!) > SAT.signed) c++;
      return c;
    case 'relu':
      for (let k = 0; k < n; k++) if (!(z[k]! > 0)) c++;
      return c;
    case 'leaky-relu': case 'elu': case 'softplus': case 'swish': case 'gelu':
      for (let k = 0; k < n; k++) if (z[k]! < SAT.tail) c++;
      return c;
    case 'linear':
      return 0;
  }
}
