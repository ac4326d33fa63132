/** Colour domains for a layer's outputs: the range its function actually takes. */
import type { LayerFn } from '../../core/activations';

export function fnDomain(fn: LayerFn): [number, number] {
  switch (fn) {
    case 'sigmoid': case 'softmax': return [0, 1];
    default: return [-1, 1];
  }
}

/** Output domain: 0..1 probabilities, -1..1 for tanh and regression, 0..1 for linear on 0/1 labels. */
export function outputDomain(fn: LayerFn, classes: number): [number, number] {
  if (fn === 'linear') return classes === 0 ? [-1, 1] : [0, 1];
  return fnDomain(fn);
}
