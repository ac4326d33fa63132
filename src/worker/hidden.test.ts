import { describe, expect, it } from 'vitest';
import { createRng, createTrainer, evaluate, layerActivations, linearSeparability, pca2, trainEpoch } from '../core';
import { GRID_LINES, GRID_SAMPLES, HiddenViews } from './hidden';

/** A clock that stands still: the separability budget never runs out, so answers never depend on load. */
const views = new HiddenViews(() => 0);
const hiddenView = (tr: Parameters<HiddenViews['view']>[0], layer: number) => views.view(tr, layer);
import { separableWithin } from './hiddenSeparability';

const clock = { budgetMs: 1e9, now: () => performance.now() };

function trained(hidden: number[], seed: number, dataset: 'xor' | 'circle' | 'spiral3' | 'plane' = 'xor', epochs = 400) {
  const tr = createTrainer({ dataset, hidden, activation: 'tanh', seed, points: 200 });
  for (let e = 0; e < epochs; e++) trainEpoch(tr);
  return tr;
}

describe('hiddenView', () => {
  it('XOR 2-2-1 tanh: after training to 100% the hidden points are separable, and the view is complete', () => {
    const tr = trained([2], 2);
    expect(evaluate(tr).accuracy).toBe(1);
    const v = hiddenView(tr, 0)!;
    expect(v.units).toBe(2);
    expect(v.separable).toBe(true);
    expect(v.points).toHaveLength(8);
    expect(Array.from(v.points)).toEqual(Array.from(Float32Array.from(layerActivations(tr.net, tr.data.train.x, 4, 0))));
    expect(v.linesCount).toBe(2 * GRID_LINES);
    expect(v.lines).toHaveLength(2 * GRID_LINES * GRID_SAMPLES * 2);
    const P = tr.net.params, out = tr.net.layout.layers[1]!;
    expect(v.nextLine).toEqual({ w1: P[out.wOffset], w2: P[out.wOffset + 1], b: P[out.bOffset] });
    expect(v.projection).toBeNull();
  });

  it('agrees with the exact LP on the activations at every stage of an XOR run', () => {
    const tr = createTrainer({ dataset: 'xor', hidden: [2], activation: 'tanh', seed: 2 });
    for (let e = 0; e < 150; e += 10) {
      const acts = layerActivations(tr.net, tr.data.train.x, 4, 0);
      expect(hiddenView(tr, 0)!.separable).toBe(linearSeparability(acts, tr.data.train.y, 2).separable);
      for (let k = 0; k < 10; k++) trainEpoch(tr);
    }
  });

  it('a 1-unit layer cannot separate XOR: h is monotone along one direction of the plane', () => {
    const v = hiddenView(trained([1], 3), 0)!;
    expect(v.separable).toBe(false);
    expect(v.points).toHaveLength(4);
    expect(v.lines).toBeNull();
    expect(v.nextLine).toBeNull();
  });

  it('wider layers are drawn as the PCA projection of the activations', () => {
    const tr = trained([5], 4, 'circle', 50);
    const v = hiddenView(tr, 0)!;
    const n = tr.data.train.n;
    const p = pca2(layerActivations(tr.net, tr.data.train.x, n, 0), n, 5);
    expect(v.points).toHaveLength(2 * n);
    expect(v.projection!.explained[0]).toBeCloseTo(p.explained[0], 6);
    // Same axes up to sign: each coordinate matches in absolute value.
    for (let i = 0; i < 2 * n; i += 17) expect(Math.abs(v.points[i]!)).toBeCloseTo(Math.abs(p.coords[i]!), 4);
    expect(v.lines).toHaveLength(2 * GRID_LINES * GRID_SAMPLES * 2);
    // The next frame reuses the axes, so the picture keeps its orientation.
    const again = hiddenView(tr, 0)!;
    expect(Array.from(again.points)).toEqual(Array.from(v.points));
  });

  it('tests separability only for two classes, and only for hidden layers', () => {
    expect(hiddenView(trained([3], 1, 'spiral3', 5), 0)!.separable).toBeNull();
    expect(hiddenView(trained([2], 1, 'plane', 5), 0)!.separable).toBeNull();
    const tr = trained([2], 1, 'xor', 0);
    expect(hiddenView(tr, 1)).toBeNull();
    expect(hiddenView(tr, -1)).toBeNull();
  });
});

describe('separableWithin', () => {
  const rng = createRng(11);
  const cloud = (n: number, k: number) => Float64Array.from({ length: n * k }, () => rng.uniform(-1, 1));

  it('matches the full LP on random labels and on planted planes (working set grows past its start)', () => {
    for (const [n, k] of [[300, 2], [400, 3], [500, 6], [250, 12]] as const) {
      const x = cloud(n, k);
      const random = Float64Array.from({ length: n }, () => (rng.uniform(0, 1) < 0.5 ? 1 : 0));
      expect(separableWithin(x, random, n, k, clock)).toBe(linearSeparability(x, random, k).separable);
      const w = Array.from({ length: k }, () => rng.uniform(-1, 1));
      const planted = Float64Array.from({ length: n }, (_, i) => (w.reduce((s, wj, j) => s + wj * x[i * k + j]!, 0.1) > 0 ? 1 : 0));
      expect(separableWithin(x, planted, n, k, clock)).toBe(true);
    }
  });

  it('accepts a separating candidate without an LP, and says null when out of time', () => {
    const x = Float64Array.from([0, 0, 1, 1, 2, 2]);
    expect(separableWithin(x, [0, 1, 1], 3, 2, clock, { w: [1, 1], b: -1 })).toBe(true);
    // A planted plane in 40-D: the first working set's plane misses some of the other points.
    const n = 2000, k = 40;
    const big = cloud(n, k);
    const labels = Float64Array.from({ length: n }, (_, i) => (big[i * k]! + big[i * k + 1]! > 0 ? 1 : 0));
    let t = 0;
    expect(separableWithin(big, labels, n, k, { budgetMs: 0, now: () => (t += 1) })).toBeNull();
  });

  it('one class is trivially separable; non-finite activations are unknown', () => {
    expect(separableWithin([0, 0, 1, 1], [1, 1], 2, 2, clock)).toBe(true);
    expect(separableWithin([0, Number.NaN, 1, 1], [0, 1], 2, 2, clock)).toBeNull();
  });
});
