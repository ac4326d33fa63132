/**
 * Reading an example trace (see backprop.ts) as influence: how each layer scales the
 * backward signal, what one plain SGD step on the example would do to its loss, and how a
 * small nudge of one number moves the loss compared with the derivative's prediction.
 */
import { activateScalar, derivativeScalar, type ActivationName } from './activations';
import { exampleLoss, type ExampleTrace } from './backprop';

/**
 * Root mean square of v (0 for an empty array). Scaled by the largest |v| first, so deep
 * nets' tiny δ (1e-200 and below) do not underflow when squared.
 */
export function rms(v: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < v.length; k++) m = Math.max(m, Math.abs(v[k]!));
  if (m === 0 || !Number.isFinite(m)) return v.length === 0 ? 0 : m;
  let s = 0;
  for (let k = 0; k < v.length; k++) { const q = v[k]! / m; s += q * q; }
  return m * Math.sqrt(s / v.length);
}

/**
 * How the backward signal changed through one layer. Sizes are RMS over the layer's units
 * (a norm per unit), so layers of different widths compare; for equal widths the ratio
 * equals ‖δ_l‖ / ‖δ_{l+1}‖.
 *
 * With u = W_{l+1}ᵀ δ_{l+1} (= dL/da_l) the ratio splits exactly in two:
 *   rms(δ_l) / rms(δ_{l+1}) = [rms(u) / rms(δ_{l+1})] × [rms(δ_l) / rms(u)]
 *                              weights                    activation
 * and since δ_l = u ⊙ f'(z_l), the activation part is sqrt(Σ u_i² f'_i² / Σ u_i²): the
 * quadratic mean of f'(z_l) weighted by the signal each unit receives. When u is all zero,
 * the weights part is 0 and the activation part falls back to the plain mean f'(z_l), so
 * the product is still the ratio (0).
 */
export interface LayerSignal {
  /** 1-based layer. */
  readonly layer: number;
  /** RMS over units of |δ_l|. */
  readonly deltaRms: number;
  /** rms(δ_l) / rms(δ_{l+1}); NaN for the output layer or when the layer above has no signal. */
  readonly ratio: number;
  /** rms(W_{l+1}ᵀ δ_{l+1}) / rms(δ_{l+1}); NaN where ratio is. */
  readonly weights: number;
  /** rms(δ_l) / rms(W_{l+1}ᵀ δ_{l+1}); NaN where ratio is. weights × activation = ratio. */
  readonly activation: number;
  /** Plain mean of f'(z_l) over the layer's units (NaN for softmax). */
  readonly meanFPrime: number;
}

/** One LayerSignal per weighted layer, layer 1 first, the output last. */
export function layerSignals(tr: ExampleTrace): LayerSignal[] {
  const L = tr.delta.length;
  return tr.delta.map((d, l) => {
    const deltaRms = rms(d);
    const f = tr.fPrime[l]!;
    let meanFPrime = 0;
    for (let k = 0; k < f.length; k++) meanFPrime += f[k]!;
    meanFPrime /= f.length;
    if (l === L - 1) return { layer: l + 1, deltaRms, ratio: NaN, weights: NaN, activation: NaN, meanFPrime };
    const above = rms(tr.delta[l + 1]!);
    if (!(above > 0)) return { layer: l + 1, deltaRms, ratio: NaN, weights: NaN, activation: NaN, meanFPrime };
    const u = rms(tr.dLdA[l]!);
    const weights = u / above;
    const activation = u > 0 ? deltaRms / u : meanFPrime;
    return { layer: l + 1, deltaRms, ratio: deltaRms / above, weights, activation, meanFPrime };
  });
}

/** Plain SGD on the example alone: θ' = θ − η dL/dθ, and the example's loss before and after. */
export interface SgdPreview {
  readonly lr: number;
  readonly params: Float64Array;
  readonly lossBefore: number;
  readonly lossAfter: number;
}

/** Computes (does not apply) one plain SGD step of the traced example with learning rate `lr`. */
export function sgdPreview(tr: ExampleTrace, lr: number): SgdPreview {
  const params = new Float64Array(tr.params.length);
  for (let k = 0; k < params.length; k++) params[k] = tr.params[k]! - lr * tr.grads[k]!;
  const lossAfter = exampleLoss({ spec: tr.spec, loss: tr.loss, params, x: tr.x, t: tr.t });
  return { lr, params, lossBefore: tr.lossValue, lossAfter };
}

/** A number of the example that can be nudged. `layer` is 0-based, i the unit, j the input. */
export type NudgeTarget =
  | { readonly kind: 'weight'; readonly layer: number; readonly i: number; readonly j: number }
  | { readonly kind: 'bias'; readonly layer: number; readonly i: number }
  | { readonly kind: 'input'; readonly j: number };

export interface NudgeResult {
  readonly epsilon: number;
  /** dL/dθ of the nudged number. */
  readonly derivative: number;
  /** L(θ + ε) − L(θ) by a new forward pass. */
  readonly actual: number;
  /** dL/dθ · ε. */
  readonly predicted: number;
  /** actual / predicted (NaN when the prediction is 0). */
  readonly ratio: number;
  readonly lossAfter: number;
}

/** dL/dθ of a nudge target from the trace. Throws RangeError for a target outside the net. */
export function targetDerivative(tr: ExampleTrace, target: NudgeTarget): number {
  if (target.kind === 'input') {
    if (!(target.j >= 0 && target.j < tr.x.length)) throw new RangeError(`no input ${target.j}`);
    return tr.inputGrad[target.j]!;
  }
  return tr.grads[paramIndex(tr, target)]!;
}

function paramIndex(tr: ExampleTrace, target: Exclude<NudgeTarget, { kind: 'input' }>): number {
  const L = tr.layout.layers[target.layer];
  if (!L || !(target.i >= 0 && target.i < L.fanOut)) throw new RangeError(`no unit ${target.i} in layer ${target.layer}`);
  if (target.kind === 'bias') return L.bOffset + target.i;
  if (!(target.j >= 0 && target.j < L.fanIn)) throw new RangeError(`no input ${target.j} to layer ${target.layer}`);
  return L.wOffset + target.i * L.fanIn + target.j;
}

/** Adds ε to one weight, bias or input, re-runs the forward pass and compares ΔL with dL/dθ · ε. */
export function nudge(tr: ExampleTrace, target: NudgeTarget, epsilon: number): NudgeResult {
  const derivative = targetDerivative(tr, target);
  let params: Float64Array = tr.params;
  let x: Float64Array = tr.x;
  if (target.kind === 'input') {
    x = Float64Array.from(tr.x);
    x[target.j] = x[target.j]! + epsilon;
  } else {
    params = Float64Array.from(tr.params);
    const k = paramIndex(tr, target);
    params[k] = params[k]! + epsilon;
  }
  const lossAfter = exampleLoss({ spec: tr.spec, loss: tr.loss, params, x, t: tr.t });
  const actual = lossAfter - tr.lossValue;
  const predicted = derivative * epsilon;
  return { epsilon, derivative, actual, predicted, ratio: predicted === 0 ? NaN : actual / predicted, lossAfter };
}

/** f and f' sampled on a grid, for drawing an activation and its derivative. */
export interface ActivationCurve {
  readonly z: Float64Array;
  readonly f: Float64Array;
  readonly df: Float64Array;
}

/** Samples f(z) and f'(z) at `n` (≥ 2) evenly spaced z in [z0, z1], by the core's own functions. */
export function sampleActivation(fn: ActivationName, z0: number, z1: number, n: number): ActivationCurve {
  const count = Math.max(2, Math.floor(n));
  const z = new Float64Array(count), f = new Float64Array(count), df = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const v = z0 + ((z1 - z0) * k) / (count - 1);
    z[k] = v;
    f[k] = activateScalar(fn, v);
    df[k] = derivativeScalar(fn, v);
  }
  return { z, f, df };
}
