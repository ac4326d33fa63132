/**
 * One or two optimizer steps on a two-parameter example, against numbers worked out by hand
 * from the textbook update rules (gradients are given, not computed).
 */
import { describe, expect, it } from 'vitest';
import {
  applyUpdate, createOptimizerState, createTrainer, DEFAULT_OPTIMIZER, trainStep, applyLiveConfig,
  type OptimizerSettings, type OptimizerState,
} from './index';

const G1 = [0.5, -1];
const G2 = [0.2, 0.4];
const BOTH = Uint8Array.from([1, 1]);

function step(p: Float64Array, g: number[], st: OptimizerState, o: Partial<OptimizerSettings>): void {
  applyUpdate(p, Float64Array.from(g), BOTH, st, { ...DEFAULT_OPTIMIZER, l1: 0, l2: 0, ...o });
}

function expectClose(actual: Float64Array, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, k) => expect(actual[k]).toBeCloseTo(e, 12));
}

describe('optimizer steps by hand (p0 = (1, -2), g1 = (0.5, -1), g2 = (0.2, 0.4), lr 0.1)', () => {
  it('sgd: p <- p - lr g', () => {
    const p = Float64Array.from([1, -2]);
    const st = createOptimizerState(2);
    step(p, G1, st, { optimizer: 'sgd', lr: 0.1 });
    expectClose(p, [0.95, -1.9]);
    step(p, G2, st, { optimizer: 'sgd', lr: 0.1 });
    expectClose(p, [0.93, -1.94]);
  });

  it('momentum 0.9: v <- 0.9 v + g, p <- p - lr v', () => {
    const p = Float64Array.from([1, -2]);
    const st = createOptimizerState(2);
    step(p, G1, st, { optimizer: 'momentum', lr: 0.1, momentum: 0.9 });
    // v1 = (0.5, -1)
    expectClose(p, [0.95, -1.9]);
    step(p, G2, st, { optimizer: 'momentum', lr: 0.1, momentum: 0.9 });
    // v2 = 0.9 (0.5, -1) + (0.2, 0.4) = (0.65, -0.5); p2 = (0.95 - 0.065, -1.9 + 0.05)
    expectClose(p, [0.885, -1.85]);
    expectClose(st.m, [0.65, -0.5]);
  });

  it('nesterov 0.9 (look-ahead form, as in PyTorch): v <- 0.9 v + g, p <- p - lr (g + 0.9 v)', () => {
    const p = Float64Array.from([1, -2]);
    const st = createOptimizerState(2);
    step(p, G1, st, { optimizer: 'momentum', lr: 0.1, momentum: 0.9, nesterov: true });
    // v1 = (0.5, -1); g + 0.9 v1 = (0.95, -1.9)
    expectClose(p, [0.905, -1.81]);
    step(p, G2, st, { optimizer: 'momentum', lr: 0.1, momentum: 0.9, nesterov: true });
    // v2 = (0.65, -0.5); g + 0.9 v2 = (0.785, -0.05)
    expectClose(p, [0.8265, -1.805]);
  });

  it('adam (beta1 0.9, beta2 0.999, eps 1e-8), with bias correction', () => {
    const p = Float64Array.from([1, -2]);
    const st = createOptimizerState(2);
    const o = { optimizer: 'adam', lr: 0.1, momentum: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;
    step(p, G1, st, o);
    // Step 1: m-hat = g and v-hat = g^2, so the step is lr * g / (|g| + eps): lr * sign(g) up to eps.
    expectClose(p, [1 - 0.1 * 0.5 / (0.5 + 1e-8), -2 + 0.1 * 1 / (1 + 1e-8)]);
    expect(st.t).toBe(1);
    step(p, G2, st, o);
    // m2 = (0.065, -0.05), v2 = (0.00028975, 0.001159), c1 = 1 - 0.81 = 0.19, c2 = 1 - 0.999^2 = 0.001999.
    const upd = (m: number, v: number): number => (0.1 * (m / 0.19)) / (Math.sqrt(v / 0.001999) + 1e-8);
    expectClose(st.m, [0.065, -0.05]);
    expectClose(st.v, [0.00028975, 0.001159]);
    expectClose(p, [0.9 + 0.1 * 2e-8 / (1 + 2e-8) - upd(0.065, 0.00028975), -1.9 - 0.1 * 1e-8 / (1 + 1e-8) - upd(-0.05, 0.001159)]);
    // Rounded: the second step moves (-0.0898575, +0.0345608).
    expect(upd(0.065, 0.00028975)).toBeCloseTo(0.0898575, 6);
    expect(upd(-0.05, 0.001159)).toBeCloseTo(-0.0345608, 6);
  });

  it('L2 and L1 act on weights only, before the optimizer (sgd: p <- p - lr (g + l2 w + l1 sign w))', () => {
    const p = Float64Array.from([1, -2]);
    applyUpdate(p, Float64Array.from(G1), Uint8Array.from([1, 0]), createOptimizerState(2),
      { ...DEFAULT_OPTIMIZER, optimizer: 'sgd', lr: 0.1, l2: 0.5, l1: 0.2 });
    // w: 1 - 0.1 (0.5 + 0.5 * 1 + 0.2) = 0.88; bias: -2 - 0.1 (-1) = -1.9
    expectClose(p, [0.88, -1.9]);
  });
});

describe('changing lr mid-run keeps the optimizer state', () => {
  it('applyUpdate: the velocity carries over to the new lr', () => {
    const p = Float64Array.from([1, -2]);
    const st = createOptimizerState(2);
    step(p, G1, st, { optimizer: 'momentum', lr: 0.1, momentum: 0.9 });
    step(p, G2, st, { optimizer: 'momentum', lr: 0.1, momentum: 0.9 });
    step(p, G1, st, { optimizer: 'momentum', lr: 0.01, momentum: 0.9 });
    // v3 = 0.9 (0.65, -0.5) + (0.5, -1) = (1.085, -1.45); p3 = (0.885 - 0.01085, -1.85 + 0.0145)
    expectClose(st.m, [1.085, -1.45]);
    expectClose(p, [0.87415, -1.8355]);
  });

  it('a live lr change on a trainer (applyLiveConfig): same state object and values, next step uses them with the new lr', () => {
    const tr = createTrainer({ dataset: 'circle', points: 60, hidden: [5], optimizer: 'momentum', momentum: 0.9, lr: 0.1, batch: 10, seed: 3 });
    for (let i = 0; i < 5; i++) expect(trainStep(tr)).toBe(true);
    const opt = tr.opt;
    const v = Float64Array.from(tr.opt.m);
    const t = tr.opt.t;
    expect(v.some((x) => x !== 0)).toBe(true);
    applyLiveConfig(tr, { ...tr.config, lr: 0.02 });
    expect(tr.opt).toBe(opt);
    expect(Array.from(tr.opt.m)).toEqual(Array.from(v));
    expect(tr.opt.t).toBe(t);
    const before = Float64Array.from(tr.net.params);
    expect(trainStep(tr)).toBe(true);
    const g = tr.net.grads; // the batch gradient of this step, taken at `before`
    for (let k = 0; k < before.length; k++) {
      const vk = 0.9 * v[k]! + g[k]!;
      expect(tr.net.params[k]).toBeCloseTo(before[k]! - 0.02 * vk, 14);
      expect(tr.opt.m[k]).toBeCloseTo(vk, 14);
    }
  });
});
