import { describe, expect, it } from 'vitest';
import { makeDataset } from '../core/datasets';
import { outputRangeProblem } from './outputRange';

describe('outputRangeProblem', () => {
  it('flags a sigmoid head on targets that go below 0 (bumps spans about −1…1)', () => {
    const p = outputRangeProblem('sigmoid', [-0.9, 0.2, 0.95]);
    expect(p).toEqual({ output: 'sigmoid', range: [0, 1], targets: [-0.9, 0.95] });
  });
  it('accepts 0/1 class labels for sigmoid and linear, and anything for linear', () => {
    expect(outputRangeProblem('sigmoid', [0, 1, 1, 0])).toBeNull();
    expect(outputRangeProblem('linear', [-30, 40])).toBeNull();
  });
  it('flags tanh on targets beyond ±1 and ignores non-finite entries', () => {
    expect(outputRangeProblem('tanh', [-1.5, 0.5])?.targets).toEqual([-1.5, 0.5]);
    expect(outputRangeProblem('tanh', [NaN, 0.5])).toBeNull();
  });
  it('on the real regression sets: sigmoid cannot fit bumps or plane', () => {
    for (const name of ['bumps', 'plane'] as const) {
      const d = makeDataset(name, { points: 400, noise: 0, split: 1 }, 1);
      expect(outputRangeProblem('sigmoid', d.train.y), name).not.toBeNull();
      expect(outputRangeProblem('linear', d.train.y), name).toBeNull();
    }
  });
});
