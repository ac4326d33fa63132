/** The truth table's rows: inputs, target, the network's output and whether it is right. */
import type { LayerFn } from '../../core/activations';

export interface TruthRow {
  readonly x1: number;
  readonly x2: number;
  /** The row's label, 0 or 1. */
  readonly target: number;
  /** The network's output (class 1's probability for a softmax head). */
  readonly output: number;
  /** The class the output stands for. */
  readonly predicted: number;
  readonly correct: boolean;
}

/**
 * Output value at which the prediction flips to class 1, as the trainer's accuracy counts
 * it: 0 for a tanh output (targets -1/+1), 0.5 otherwise.
 */
export function decisionThreshold(outFn: LayerFn): number {
  return outFn === 'tanh' ? 0 : 0.5;
}

/**
 * Rows for points x [n x 2] with labels y [n] and outputs [n x k] (k = 1, or k classes for
 * softmax, where the argmax decides).
 */
export function truthRows(x: ArrayLike<number>, y: ArrayLike<number>, outputs: ArrayLike<number>, k: number, outFn: LayerFn): TruthRow[] {
  const rows: TruthRow[] = [];
  const threshold = decisionThreshold(outFn);
  for (let i = 0; i < y.length; i++) {
    let predicted: number, output: number;
    if (k > 1) {
      predicted = 0;
      for (let j = 1; j < k; j++) if (outputs[i * k + j]! > outputs[i * k + predicted]!) predicted = j;
      output = outputs[i * k + 1]!;
    } else {
      output = outputs[i]!;
      predicted = output > threshold ? 1 : 0;
    }
    rows.push({ x1: x[2 * i]!, x2: x[2 * i + 1]!, target: y[i]!, output, predicted, correct: predicted === y[i] });
  }
  return rows;
}
