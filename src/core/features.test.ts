/**
 * Input features: the map's values, the grid's mapped points, and the classic lesson that the
 * product feature x1·x2 makes XOR linearly separable, so one neuron solves it.
 */
import { describe, expect, it } from 'vitest';
import {
  createNetwork, createTrainer, evaluate, evaluateGrid, forward, gridPoint, gridSize, mapFeatures, parseFeatures,
  resolveConfig, specOf, trainEpoch, warpedGridLines, linearSeparability,
  type FeatureName,
} from './index';

describe('feature map', () => {
  it('computes each feature from its definition', () => {
    const all: FeatureName[] = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];
    const out = mapFeatures(all, [2, -3, 0.5, 0.25], 2);
    expect(Array.from(out.subarray(0, 7))).toEqual([2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)]);
    expect(Array.from(out.subarray(7))).toEqual([0.5, 0.25, 0.25, 0.0625, 0.125, Math.sin(0.5), Math.sin(0.25)]);
  });

  it('parses lists into canonical order and refuses unknown or empty ones', () => {
    expect(parseFeatures('x1x2, x2 ,x1')).toEqual(['x1', 'x2', 'x1x2']);
    expect(parseFeatures('x1,x1')).toEqual(['x1']);
    expect(parseFeatures('x3')).toBeNull();
    expect(parseFeatures('')).toBeNull();
  });

  it('sets the network input width to the number of features', () => {
    const c = resolveConfig({ dataset: 'xor', hidden: [], features: ['x1x2', 'x1'] });
    expect(c.features).toEqual(['x1', 'x1x2']);
    expect(specOf(c).inputs).toBe(2);
    expect(specOf(resolveConfig({ features: ['x1', 'x2', 'x1sq', 'sinx2'] })).inputs).toBe(4);
    expect(() => resolveConfig({ features: [] })).toThrow(/features/);
    expect(() => resolveConfig({ features: ['x9' as FeatureName] })).toThrow(/features/);
  });

  it('trainer inputs are the mapped points', () => {
    const tr = createTrainer({ dataset: 'circle', features: ['x1sq', 'x2sq'], points: 20 });
    const d = tr.data.train;
    for (let i = 0; i < d.n; i++) {
      expect(tr.trainX[2 * i]).toBe(d.x[2 * i]! * d.x[2 * i]!);
      expect(tr.trainX[2 * i + 1]).toBe(d.x[2 * i + 1]! * d.x[2 * i + 1]!);
    }
  });
});

describe('grid with features', () => {
  it('each pixel equals a forward pass on the features of its point', () => {
    const features: FeatureName[] = ['x1', 'x2', 'x1x2', 'sinx1'];
    const net = createNetwork({ inputs: 4, features, hidden: [{ units: 3, fn: 'tanh' }], outputs: 1, output: 'sigmoid' }, 4);
    net.params.forEach((_, k) => { net.params[k] = Math.sin(7 * k + 1) * 0.8; });
    const n = 9;
    const extent = [-3, 3, -2, 4] as const;
    const out = new Float32Array(gridSize(net, n, [1]));
    evaluateGrid(net, n, extent, out, [1]);
    // Oracle: a fresh network with the same weights, fed one hand-mapped point at a time.
    const ref = createNetwork({ inputs: 4, hidden: [{ units: 3, fn: 'tanh' }], outputs: 1, output: 'sigmoid' }, 1);
    ref.params.set(net.params);
    for (const [row, col] of [[0, 0], [4, 7], [8, 8], [2, 5]] as const) {
      const [a, b] = gridPoint(n, extent, row, col);
      ref.acts[0]!.set([a, b, a * b, Math.sin(a)]);
      forward(ref, 1);
      expect(out[row * n + col]).toBe(Math.fround(ref.acts[2]![0]!));
    }
  });

  it('the hidden space warps the plane through the features', () => {
    const net = createNetwork({ inputs: 1, features: ['x1x2'], hidden: [{ units: 2, fn: 'linear' }], outputs: 1, output: 'sigmoid' }, 4);
    net.params.set([1, 2, 0, 0, 0, 0, 0]); // h = (x1x2, 2 x1x2)
    const lines = warpedGridLines(net, [-1, 1, -1, 1], 2, 2, 0);
    // First vertical line x = -1, samples y = -1 and 1: x1x2 = 1, then -1.
    expect(Array.from(lines.subarray(0, 4))).toEqual([1, 2, -1, -2]);
  });
});

describe('XOR with the product feature', () => {
  // Minsky and Papert: one linear threshold unit gets at most 3 of 4 XOR points on (x1, x2).
  // With x1x2 as a third input, XOR = x1 + x2 - 2 x1x2 is linear in the features.
  it('the truth table is linearly separable in feature space, not in the plane', () => {
    const x = [0, 0, 0, 1, 1, 0, 1, 1], y = [0, 1, 1, 0];
    expect(linearSeparability(x, y, 2).separable).toBe(false);
    expect(linearSeparability(mapFeatures(['x1', 'x2', 'x1x2'], x, 4), y, 3).separable).toBe(true);
  });

  it.each(['xor', 'xor-quadrants'] as const)('%s: one sigmoid neuron reaches 100 percent on x1, x2, x1x2', (dataset) => {
    const tr = createTrainer({ dataset, hidden: [], features: ['x1', 'x2', 'x1x2'], lr: dataset === 'xor' ? 1 : 0.05, noise: 0, optimizer: 'adam' });
    for (let e = 0; e < 3000 && evaluate(tr).accuracy! < 1; e++) trainEpoch(tr);
    expect(evaluate(tr).accuracy).toBe(1);
    expect(evaluate(tr, 'test').accuracy).toBeGreaterThanOrEqual(dataset === 'xor' ? 1 : 0.98);
  });

  it('without the product feature the same neuron stays at 3 of 4 or worse', () => {
    const tr = createTrainer({ dataset: 'xor', hidden: [], lr: 1, optimizer: 'adam' });
    for (let e = 0; e < 2000; e++) trainEpoch(tr);
    expect(evaluate(tr).accuracy).toBeLessThanOrEqual(0.75);
  });
});
