/**
 * Shared by the finite-difference tests (gradcheck.test.ts, backprop.test.ts): every output
 * head with its natural or common loss, and the activations with a kink at z = 0.
 */
import type { ActivationName, LossName, OutputName } from '../index';

export interface Head { readonly output: OutputName; readonly loss: LossName; readonly outputs: number }

export const HEADS: readonly Head[] = [
  { output: 'sigmoid', loss: 'bce', outputs: 1 },
  { output: 'sigmoid', loss: 'mse', outputs: 1 },
  { output: 'tanh', loss: 'mse', outputs: 1 },
  { output: 'linear', loss: 'mse', outputs: 1 },
  { output: 'softmax', loss: 'ce', outputs: 3 },
];

/**
 * Activations whose f' or f'' jumps at z = 0 (relu, leaky-relu: f'; elu, softsign: f''). A
 * difference stencil that straddles such a point has an O(h) error instead of its design
 * order, so the tests skip or resample coordinates that close to 0.
 */
export const KINKED: ReadonlySet<string> = new Set<ActivationName>(['relu', 'leaky-relu', 'elu', 'softsign']);
