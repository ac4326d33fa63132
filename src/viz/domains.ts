/**
 * Colour domains for a layer's outputs: the range its function actually takes (core
 * ACTIVATION_FACTS), or [-1, 1] around 0 for the unbounded ones, so 0 stays the neutral colour.
 */
import { boundedRange, headFacts, type LayerFn } from '../core/activations';

export function fnDomain(fn: LayerFn): [number, number] {
  return boundedRange(fn) ?? [-1, 1];
}

/**
 * An output head's domain: its targets' span for class labels (0..1 for sigmoid, softmax and
 * a linear unit on 0/1 labels, -1..1 for tanh), its function's range for regression.
 */
export function outputDomain(fn: LayerFn, classes: number): [number, number] {
  if (classes === 0) return fnDomain(fn);
  const [t0, t1] = headFacts(fn).targets;
  return [t0, t1];
}
