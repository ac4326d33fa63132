/**
 * Can the output function reach the targets at all? A sigmoid head outputs only (0, 1), so a
 * regression set with targets in −1…1 can never be fitted, however long it trains; the page
 * says so instead of letting the loss stall silently. The same rule covers every head: the
 * open range of the output function against the range the targets actually take.
 */
import type { OutputName } from '../core/activations';

/** Open interval of values an output function can produce. */
export const OUTPUT_RANGE: Readonly<Record<OutputName, readonly [number, number]>> = {
  sigmoid: [0, 1],
  softmax: [0, 1],
  tanh: [-1, 1],
  linear: [-Infinity, Infinity],
};

export interface RangeProblem {
  output: OutputName;
  range: readonly [number, number];
  targets: readonly [number, number];
}

/**
 * The mismatch between `output`'s range and the targets' [min, max], or null when every target
 * is reachable. Targets on the boundary of an open range (0 or 1 for sigmoid) count as
 * reachable: classification heads approach them, which is how they are trained.
 */
export function outputRangeProblem(output: OutputName, targets: ArrayLike<number>): RangeProblem | null {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < targets.length; i++) {
    const v = targets[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return null;
  const [a, b] = OUTPUT_RANGE[output];
  return lo < a || hi > b ? { output, range: [a, b], targets: [lo, hi] } : null;
}
