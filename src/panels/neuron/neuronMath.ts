/**
 * The numbers on a neuron card and in the truth table: one unit's inputs, weights, weighted
 * sum, activation and gradient at a chosen point.
 *
 * Evaluating a handful of points (the 4 truth-table rows, the one picked point) on the main
 * thread reuses the core's own forward pass on the snapshot's parameters. It is not
 * training: the worker stays the only clock, and the result is exactly what the worker's
 * network computes (up to the float32 copy of the weights).
 */
import { createNetwork, ensureCapacity, forward, type Network } from '../../core/mlp';
import type { LayerFn } from '../../core/activations';
import type { ModelInfo } from '../../core/snapshotTypes';

/** A network with the worker's spec (zero weights until forwardPoints copies some in). */
export function networkFor(info: ModelInfo): Network {
  return createNetwork(info.spec, 4);
}

/** Every layer's values for some points: acts[0] the input, acts[l+1] and zs[l] of layer l, each [rows x width]. */
export interface Pass {
  readonly rows: number;
  readonly acts: Float64Array[];
  readonly zs: Float64Array[];
}

/** Runs the core forward pass with `params` for x [rows x inputs]; returns copies. */
export function forwardPoints(net: Network, params: ArrayLike<number>, x: ArrayLike<number>, rows: number): Pass {
  if (params.length !== net.params.length) throw new RangeError(`expected ${net.params.length} parameters, got ${params.length}`);
  for (let k = 0; k < params.length; k++) net.params[k] = params[k]!;
  ensureCapacity(net, Math.max(1, rows));
  const k = net.layout.inputs;
  for (let q = 0; q < rows * k; q++) net.acts[0]![q] = x[q]!;
  forward(net, rows);
  const layers = net.layout.layers;
  return {
    rows,
    acts: net.acts.map((a, l) => a.slice(0, rows * (l === 0 ? k : layers[l - 1]!.fanOut))),
    zs: net.zs.map((z, l) => z.slice(0, rows * layers[l]!.fanOut)),
  };
}

/** Which layer a global unit index (hidden units first, output last) belongs to. */
export function unitAt(info: ModelInfo, unit: number): { layer: number; index: number } | null {
  for (let l = 0; l < info.layout.layers.length; l++) {
    const L = info.layout.layers[l]!;
    if (unit >= L.unitOffset && unit < L.unitOffset + L.fanOut) return { layer: l, index: unit - L.unitOffset };
  }
  return null;
}

export interface NeuronInput {
  readonly label: string;
  readonly x: number;
  readonly w: number;
  /** dL/dw for this link on the last batch; NaN when unknown. */
  readonly gradW: number;
}

export interface NeuronTerms {
  readonly layer: number;
  readonly index: number;
  readonly isOutput: boolean;
  readonly fn: LayerFn;
  readonly inputs: NeuronInput[];
  readonly bias: number;
  readonly gradB: number;
  /** z = sum_i w_i x_i + b, and a = f(z) at the point. */
  readonly z: number;
  readonly a: number;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
/** 12 -> "₁₂". */
export function subscript(n: number): string {
  return String(n).split('').map((c) => SUB[Number(c)] ?? c).join('');
}

/** "x₁" for the network inputs, "h₁" for the outputs of the hidden layer below. */
export function inputLabel(layer: number, j: number): string {
  return `${layer === 0 ? 'x' : 'h'}${subscript(j + 1)}`;
}

/**
 * The card's numbers for unit (layer, index) at row `row` of `pass`. `grads` (same layout as
 * params) may be missing, then the gradients are NaN.
 */
export function neuronTerms(info: ModelInfo, params: ArrayLike<number>, grads: ArrayLike<number> | undefined, pass: Pass, row: number, layer: number, index: number): NeuronTerms {
  const L = info.layout.layers[layer]!;
  const inAct = pass.acts[layer]!;
  const inputs: NeuronInput[] = [];
  for (let j = 0; j < L.fanIn; j++) {
    const wi = L.wOffset + index * L.fanIn + j;
    inputs.push({ label: inputLabel(layer, j), x: inAct[row * L.fanIn + j]!, w: params[wi]!, gradW: grads ? grads[wi]! : NaN });
  }
  const bi = L.bOffset + index;
  return {
    layer, index, isOutput: layer === info.layout.layers.length - 1, fn: L.fn, inputs,
    bias: params[bi]!, gradB: grads ? grads[bi]! : NaN,
    z: pass.zs[layer]![row * L.fanOut + index]!,
    a: pass.acts[layer + 1]![row * L.fanOut + index]!,
  };
}
