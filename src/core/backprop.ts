/**
 * One example's backpropagation, laid open: every z, a, δ, f'(z) and dL/dθ of a single
 * forward and backward pass, for a step-by-step view of the algorithm.
 *
 * The numbers come from the core's own passes (mlp.forward, losses.outputDelta,
 * mlp.backward) run on a one-row network, so they are exactly what training computes for
 * that example; only the pieces training never keeps (dL/da, the backward signal before the
 * f'(z) factor, dL/dx) are derived here from those values.
 */
import { derivativeScalar, type ActivationName, type LayerFn } from './activations';
import { buildLayout, type Layout, type NetSpec } from './layout';
import { outputDelta, type LossName } from './losses';
import { backward, createNetwork, forward } from './mlp';

/** What to trace: a network, its parameters and one example. */
export interface TraceInput {
  readonly spec: NetSpec;
  readonly loss: LossName;
  /** Flat parameters in the layout of `spec` (W row-major [fanOut x fanIn], then b, per layer). */
  readonly params: ArrayLike<number>;
  /** The example's input [spec.inputs]. */
  readonly x: ArrayLike<number>;
  /** Its target in the output's range [spec.outputs] (see trainer.encodeTarget). */
  readonly t: ArrayLike<number>;
}

/**
 * Everything one forward and backward pass computes for one example. Per-layer arrays are
 * indexed by weighted layer l = 0 .. L-1 (hidden layers first, the output last), each [fanOut].
 */
export interface ExampleTrace {
  readonly spec: NetSpec;
  readonly layout: Layout;
  readonly loss: LossName;
  /** A float64 copy of the parameters traced. */
  readonly params: Float64Array;
  readonly x: Float64Array;
  readonly t: Float64Array;
  /** Pre-activations z_l = W_l a_{l-1} + b_l. */
  readonly z: Float64Array[];
  /** a[0] is the input; a[l + 1] = f_l(z_l) is layer l's output. */
  readonly a: Float64Array[];
  /** The example's loss L (not divided by anything: a batch of one). */
  readonly lossValue: number;
  /**
   * dL/da_l: the signal reaching layer l's outputs from above. At the output it is the
   * loss's derivative; for a hidden layer it is W_{l+1}ᵀ δ_{l+1}.
   */
  readonly dLdA: Float64Array[];
  /** f'(z_l) per unit; NaN for a softmax output, whose Jacobian is not diagonal. */
  readonly fPrime: Float64Array[];
  /** δ_l = dL/dz_l = dL/da_l ⊙ f'(z_l) (at the output, the loss's own formula). */
  readonly delta: Float64Array[];
  /** dL/dx = W_1ᵀ δ_1 [inputs]. */
  readonly inputGrad: Float64Array;
  /** dL/dθ in the parameter layout: dL/dW_l[i, j] = δ_l[i] a_l[j], dL/db_l[i] = δ_l[i]. */
  readonly grads: Float64Array;
  /** True when the output δ simplifies to a − t (sigmoid + BCE, softmax + CE, linear + MSE). */
  readonly deltaIsAMinusT: boolean;
}

/** True for the output/loss pairs whose δ at the output is exactly a − t. */
export function deltaIsAMinusT(output: LayerFn, loss: LossName): boolean {
  return (output === 'sigmoid' && loss === 'bce') || (output === 'softmax' && loss === 'ce') || (output === 'linear' && loss === 'mse');
}

/**
 * dL/da at the output for one example [width]: MSE (½ Σ (a − t)²) gives a − t, BCE gives
 * (a − t) / (a (1 − a)) (infinite when a sigmoid saturates exactly), CE gives −t / a.
 */
export function lossDerivative(loss: LossName, a: Float64Array, t: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) {
    const ak = a[k]!, tk = t[k]!;
    if (loss === 'mse') out[k] = ak - tk;
    else if (loss === 'bce') out[k] = (ak - tk) / (ak * (1 - ak));
    else out[k] = tk === 0 ? 0 : -tk / ak;
  }
  return out;
}

/** The spec's layout, checked against the lengths of params, x and t (throws RangeError). */
function checkedLayout(input: TraceInput): Layout {
  const layout = buildLayout(input.spec);
  if (input.params.length !== layout.paramCount) throw new RangeError(`expected ${layout.paramCount} parameters, got ${input.params.length}`);
  if (input.x.length !== layout.inputs) throw new RangeError(`expected ${layout.inputs} inputs, got ${input.x.length}`);
  if (input.t.length !== input.spec.outputs) throw new RangeError(`expected ${input.spec.outputs} targets, got ${input.t.length}`);
  return layout;
}

/**
 * The example's loss at `params` by the core's forward pass and loss (the same numbers as
 * training, for a batch of one). Used for nudges and the loss after an SGD step.
 */
export function exampleLoss(input: TraceInput): number {
  const layout = checkedLayout(input);
  const net = createNetwork(input.spec, 1);
  net.params.set(Array.from(input.params));
  net.acts[0]!.set(Array.from(input.x));
  forward(net, 1);
  const L = layout.layers.length - 1;
  const out = layout.layers[L]!;
  return outputDelta(input.loss, out.fn, net.zs[L]!, net.acts[L + 1]!, Float64Array.from(input.t), 1, out.fanOut, net.deltas[L]!);
}

/**
 * Forward and backward pass for one example on the given parameters.
 * Throws RangeError when params, x or t do not fit the spec.
 */
export function traceExample(input: TraceInput): ExampleTrace {
  const layout = checkedLayout(input);
  const net = createNetwork(input.spec, 1);
  net.params.set(Array.from(input.params));
  const x = Float64Array.from(input.x);
  const t = Float64Array.from(input.t);
  net.acts[0]!.set(x);
  forward(net, 1);
  const layers = layout.layers;
  const L = layers.length - 1;
  const out = layers[L]!;
  const lossValue = outputDelta(input.loss, out.fn, net.zs[L]!, net.acts[L + 1]!, t, 1, out.fanOut, net.deltas[L]!);
  // One row: backward's batch mean is the example's own gradient, δ_i a_j exactly.
  backward(net, 1);

  const z = layers.map((l, i) => net.zs[i]!.slice(0, l.fanOut));
  const a = net.acts.map((v, i) => v.slice(0, i === 0 ? layout.inputs : layers[i - 1]!.fanOut));
  const delta = layers.map((l, i) => net.deltas[i]!.slice(0, l.fanOut));
  const fPrime = layers.map((l, i) => {
    const f = new Float64Array(l.fanOut);
    for (let k = 0; k < l.fanOut; k++) f[k] = l.fn === 'softmax' ? NaN : derivativeScalar(l.fn as ActivationName, z[i]![k]!);
    return f;
  });
  const dLdA: Float64Array[] = layers.map(() => new Float64Array(0));
  dLdA[L] = lossDerivative(input.loss, a[L + 1]!, t);
  for (let l = 0; l < L; l++) dLdA[l] = transposeTimes(net.params, layers[l + 1]!.wOffset, layers[l + 1]!.fanIn, layers[l + 1]!.fanOut, delta[l + 1]!);
  const inputGrad = transposeTimes(net.params, layers[0]!.wOffset, layers[0]!.fanIn, layers[0]!.fanOut, delta[0]!);
  return {
    spec: input.spec, layout, loss: input.loss, params: Float64Array.from(net.params), x, t,
    z, a, lossValue, dLdA, fPrime, delta, inputGrad,
    grads: Float64Array.from(net.grads),
    deltaIsAMinusT: deltaIsAMinusT(out.fn, input.loss),
  };
}

/** Wᵀ d for W [fanOut x fanIn] at `wOffset` in P: out[j] = Σ_i W[i, j] d[i], summed over i ascending. */
function transposeTimes(P: Float64Array, wOffset: number, fanIn: number, fanOut: number, d: Float64Array): Float64Array {
  const out = new Float64Array(fanIn);
  for (let j = 0; j < fanIn; j++) {
    let s = 0;
    for (let i = 0; i < fanOut; i++) s += P[wOffset + i * fanIn + j]! * d[i]!;
    out[j] = s;
  }
  return out;
}

/** The five moves of one training step on one example. */
export const PHASE_KINDS = ['forward', 'loss', 'backward', 'gradients', 'update'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** One step of the walk-through. `layer` is 1-based; the output layer is `layers`. */
export interface Phase {
  readonly kind: PhaseKind;
  readonly layer: number;
}

/**
 * The walk-through for a net of `layers` weighted layers: forward 1 .. L, the loss at L,
 * backward L .. 1, then the gradients and the update (both over all layers, tagged L).
 */
export function phaseSequence(layers: number): Phase[] {
  const out: Phase[] = [];
  for (let l = 1; l <= layers; l++) out.push({ kind: 'forward', layer: l });
  out.push({ kind: 'loss', layer: layers });
  for (let l = layers; l >= 1; l--) out.push({ kind: 'backward', layer: l });
  out.push({ kind: 'gradients', layer: layers });
  out.push({ kind: 'update', layer: layers });
  return out;
}
