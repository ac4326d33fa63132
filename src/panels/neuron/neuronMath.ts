/**
 * The numbers on a neuron card: one unit's inputs, weights, weighted sum, activation and
 * gradient at a chosen point, read from a forward pass (model/pointPass).
 */
import type { Pass } from '../../model/pointPass';
import type { LayerFn } from '../../core/activations';
import type { ModelInfo } from '../../core/snapshotTypes';

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
