/**
 * Losses and the output-layer error signal. Each returns the summed per-example loss over a
 * batch and writes delta = dL_i/dz (per example, not divided by the batch size) for the
 * output pre-activation z.
 */
import { mulDerivative, type LayerFn, type OutputName } from './activations';

/** mse: 1/2 (y - t)^2 summed over outputs; bce: binary cross-entropy on a sigmoid output;
 *  ce: softmax cross-entropy over several classes. */
export const LOSSES = ['mse', 'bce', 'ce'] as const;
export type LossName = (typeof LOSSES)[number];

/**
 * Fills `delta` [rows x width] with dL/dz and returns the loss summed over the rows.
 * z, a, t are [rows x width]; t holds targets already in the output's range
 * (one-hot for softmax, +-1 for tanh). The sum is one running sum in row order, started
 * from `start` (default 0): a batch done in row ranges passes the previous ranges' sum, which
 * gives the bits of one call over all rows.
 */
export function outputDelta(
  loss: LossName, fn: LayerFn, z: Float64Array, a: Float64Array, t: Float64Array,
  rows: number, width: number, delta: Float64Array, start = 0,
): number {
  const n = rows * width;
  let total = start;
  if (loss === 'bce') {
    // From the logit: log(1 + e^z) - t z is finite for every z, and dL/dz = sigmoid(z) - t.
    for (let k = 0; k < n; k++) {
      const v = z[k]!;
      const tk = t[k]!;
      total += (v > 0 ? v : 0) - tk * v + Math.log1p(Math.exp(-Math.abs(v)));
      delta[k] = a[k]! - tk;
    }
    return total;
  }
  if (loss === 'ce') {
    for (let r = 0; r < n; r += width) {
      let m = -Infinity;
      for (let j = 0; j < width; j++) if (z[r + j]! > m) m = z[r + j]!;
      let s = 0;
      for (let j = 0; j < width; j++) s += Math.exp(z[r + j]! - m);
      const lse = m + Math.log(s);
      for (let j = 0; j < width; j++) {
        total += t[r + j]! * (lse - z[r + j]!);
        delta[r + j] = a[r + j]! - t[r + j]!;
      }
    }
    return total;
  }
  for (let k = 0; k < n; k++) {
    const e = a[k]! - t[k]!;
    total += 0.5 * e * e;
    delta[k] = e;
  }
  if (fn !== 'softmax') mulDerivative(fn, z, a, delta, n);
  return total;
}

/**
 * The loss that belongs with an output function: cross-entropy for softmax, binary
 * cross-entropy for sigmoid, mean squared error for tanh and linear. Used whenever a loss
 * follows the output (a config, a link, a flag or a control names only the output).
 */
export function naturalLoss(output: OutputName): LossName {
  return output === 'softmax' ? 'ce' : output === 'sigmoid' ? 'bce' : 'mse';
}

/** Which output functions each loss accepts (validated before any run). */
export const LOSS_OUTPUTS: Record<LossName, readonly LayerFn[]> = {
  mse: ['sigmoid', 'tanh', 'linear'],
  bce: ['sigmoid'],
  ce: ['softmax'],
};
