/**
 * Activation functions and their derivatives, applied to whole buffers.
 * Each loop is a separate switch arm so V8 keeps one tight monomorphic loop per function
 * instead of an indirect call per element.
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

/**
 * Counts the entries of a layer's output that sit in a flat region of its function:
 * sigmoid/softmax near 0 or 1, tanh/softsign near +-1, ReLU at or below 0 (dead), and the
 * left tails of the other rectifiers. One loop per function keeps the statistic cheap.
 */
export function countSaturated(fn: LayerFn, z: Float64Array, a: Float64Array, n: number): number {
  let c = 0;
  switch (fn) {
    case 'sigmoid': case 'softmax':
      for (let k = 0; k < n; k++) { const y = a[k]!; if (y < 0.02 || y > 0.98) c++; }
      return c;
    case 'tanh': case 'softsign':
      for (let k = 0; k < n; k++) if (Math.abs(a[k]!) > 0.96) c++;
      return c;
    case 'relu':
      for (let k = 0; k < n; k++) if (!(z[k]! > 0)) c++;
      return c;
    case 'leaky-relu': case 'elu': case 'softplus': case 'swish': case 'gelu':
      for (let k = 0; k < n; k++) if (z[k]! < -4) c++;
      return c;
    case 'linear':
      return 0;
  }
}
