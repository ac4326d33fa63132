import { describe, expect, it } from 'vitest';
import { HEAD_FACTS } from '../../core/activations';
import { truthRows } from './truthRows';

const X = [0, 0, 0, 1, 1, 0, 1, 1];
const XOR = [0, 1, 1, 0];

describe('truthRows', () => {
  it('marks a row correct when the output is on the target side of 0.5', () => {
    const rows = truthRows(X, XOR, [0.1, 0.9, 0.4, 0.6], 1, 'sigmoid');
    expect(rows.map((r) => r.correct)).toEqual([true, true, false, false]);
    expect(rows[1]).toEqual({ x1: 0, x2: 1, target: 1, output: 0.9, predicted: 1, correct: true });
  });

  it('counts an output of exactly 0.5 as class 0, as the trainer does', () => {
    expect(truthRows(X, XOR, [0.5, 0.5, 0.5, 0.5], 1, 'sigmoid').map((r) => r.predicted)).toEqual([0, 0, 0, 0]);
  });

  it('uses 0 as the threshold for a tanh output (targets -1/+1)', () => {
    expect(HEAD_FACTS.tanh.threshold).toBe(0);
    expect(truthRows(X, XOR, [-0.2, 0.3, 0.1, -0.9], 1, 'tanh').every((r) => r.correct)).toBe(true);
  });

  it('takes the argmax for several outputs', () => {
    const rows = truthRows(X, XOR, [0.7, 0.3, 0.2, 0.8, 0.4, 0.6, 0.9, 0.1], 2, 'softmax');
    expect(rows.map((r) => r.predicted)).toEqual([0, 1, 1, 0]);
    expect(rows[1]!.output).toBe(0.8);
  });
});
