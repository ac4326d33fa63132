/** The truth table's rows: inputs, target, the network's output and whether it is right. */
import { headFacts, predictClass, type LayerFn } from '../../core/activations';

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
 * Rows for points x [n x 2] with labels y [n] and outputs [n x k] (k = 1, or k classes for
 * softmax, where the argmax decides). The class rule is the head's (core HEAD_FACTS).
 */
export function truthRows(x: ArrayLike<number>, y: ArrayLike<number>, outputs: ArrayLike<number>, k: number, outFn: LayerFn): TruthRow[] {
  const rows: TruthRow[] = [];
  const head = headFacts(outFn);
  for (let i = 0; i < y.length; i++) {
    // The same rule as the trainer's accuracy (core predictClass).
    const predicted = predictClass(head, outputs, i, k);
    const output = k > 1 ? outputs[i * k + 1]! : outputs[i]!;
    rows.push({ x1: x[2 * i]!, x2: x[2 * i + 1]!, target: y[i]!, output, predicted, correct: predicted === y[i] });
  }
  return rows;
}
