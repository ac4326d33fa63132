// A step done in row ranges (beginStep, runStep, finishStep) against trainStep, the oracle:
// two trainers from one config, one stepped whole and one in random ranges, must hold the
// same bits (Object.is, so -0 and NaN count) in every buffer and counter after every step,
// on both kernel paths.
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVATIONS } from './activations';
import { detectKernels, kernels, setKernelPath, type KernelPath } from './kernels/backend';
import { createRng, type Rng } from './rng';
import { OPTIMIZERS } from './optimizers';
import { HEADS } from './testing/heads';
import type { TrainConfig } from './config';
import { beginGradients, beginStep, createTrainer, finishGradients, finishStep, measureGradients, runStep, trainStep, type Trainer } from './trainer';

const start = kernels().path;
afterEach(() => void setKernelPath(start));
const PATHS: KernelPath[] = detectKernels().path === 'wasm-simd' ? ['wasm-simd', 'ts'] : ['ts'];

function same(a: ArrayLike<number>, b: ArrayLike<number>, n: number, what: string): void {
  if (a.length !== b.length) expect.fail(`${what}: length ${a.length} vs ${b.length}`);
  for (let k = 0; k < n; k++) if (!Object.is(a[k], b[k])) expect.fail(`${what}[${k}]: ranges ${a[k]} vs whole ${b[k]}`);
}

/** Every buffer and counter a step writes, whole step (b) against ranges (a). */
function sameState(a: Trainer, b: Trainer, rows: number, label: string): void {
  same(a.net.params, b.net.params, b.net.params.length, `${label} params`);
  same(a.net.grads, b.net.grads, b.net.grads.length, `${label} grads`);
  same(a.lastGood, b.lastGood, b.lastGood.length, `${label} lastGood`);
  same(a.opt.m, b.opt.m, b.opt.m.length, `${label} m`);
  same(a.opt.v, b.opt.v, b.opt.v.length, `${label} v`);
  same(a.order, b.order, b.order.length, `${label} order`);
  same(a.rng.state(), b.rng.state(), 5, `${label} rng`);
  same(a.batchT, b.batchT, rows * b.net.spec.outputs, `${label} targets`);
  b.net.layout.layers.forEach((l, i) => {
    same(a.net.zs[i]!, b.net.zs[i]!, rows * l.fanOut, `${label} z${i}`);
    same(a.net.acts[i + 1]!, b.net.acts[i + 1]!, rows * l.fanOut, `${label} a${i + 1}`);
    same(a.net.deltas[i]!, b.net.deltas[i]!, rows * l.fanOut, `${label} delta${i}`);
  });
  const counters = (t: Trainer) => [t.opt.t, t.epoch, t.step, t.cursor, t.batchLoss, +t.diverged, t.watch.lossSum, t.watch.lossRows, t.watch.normRef, t.watch.lossRef, ...t.watch.norms, ...t.watch.losses];
  same(counters(a), counters(b), counters(b).length, `${label} counters`);
  expect(a.divergence, `${label} divergence`).toEqual(b.divergence);
  a.stats.forEach((s, i) => same(Object.values(s), Object.values(b.stats[i]!), 6, `${label} stats${i}`));
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(xs.length)]!;
}

function randomConfig(rng: Rng, maxWidth: number): Partial<TrainConfig> {
  const head = pick(rng, HEADS);
  const dataset = head.output === 'softmax' ? 'spiral3' : head.output === 'linear' ? pick(rng, ['plane', 'bumps'] as const) : pick(rng, ['spiral', 'moons', 'xor', 'circle'] as const);
  const points = 8 + rng.int(60);
  return {
    dataset, points, output: head.output, loss: head.loss, seed: rng.int(1e6),
    hidden: Array.from({ length: rng.int(4) }, () => 1 + rng.int(maxWidth)),
    activation: pick(rng, ACTIVATIONS),
    optimizer: pick(rng, OPTIMIZERS), lr: 10 ** rng.uniform(-3, -0.5), momentum: rng.next() < 0.5 ? 0.9 : rng.uniform(0, 0.99), nesterov: rng.next() < 0.5,
    l1: rng.next() < 0.3 ? rng.uniform(0, 0.01) : 0, l2: rng.next() < 0.3 ? rng.uniform(0, 0.01) : 0,
    // 0 is the full batch; beyond the training set it is the full batch too; others leave a short last batch.
    batch: rng.next() < 0.2 ? 0 : 1 + rng.int(points),
  };
}

/** Trains `steps` steps both ways, comparing after each; range sizes random in [1, batch]. */
function compareRun(cfg: Partial<TrainConfig>, steps: number, rng: Rng, label: string): { a: Trainer; b: Trainer } {
  const a = createTrainer(cfg);
  const b = createTrainer(cfg);
  for (let s = 0; s < steps; s++) {
    const withStats = rng.next() < 0.7;
    const job = beginStep(a);
    const okB = trainStep(b, withStats);
    if (!job) {
      expect(okB, `${label} step ${s}`).toBe(false);
      break;
    }
    // Ranges of random size; sometimes finishStep runs whatever is left.
    while (job.done < job.rows && rng.next() < 0.85) runStep(job, 1 + rng.int(job.rows));
    const okA = finishStep(job, withStats);
    expect(okA, `${label} step ${s} result`).toBe(okB);
    sameState(a, b, job.rows, `${label} step ${s}`);
    if (!okB) break;
  }
  return { a, b };
}

describe.each(PATHS)('a step in row ranges is bit-identical to trainStep (%s kernels)', (path) => {
  it('on 1000 random small nets: every activation, head, optimizer, L1/L2, batch size and range size', () => {
    setKernelPath(path);
    const rng = createRng(0x57e9 + PATHS.indexOf(path));
    for (let trial = 0; trial < 1000; trial++) {
      const cfg = randomConfig(rng, 9);
      compareRun(cfg, 1 + rng.int(6), rng, `#${trial} ${JSON.stringify(cfg)}`);
    }
  }, 120_000);

  it('on wide nets whose widths hit every kernel remainder, over more than an epoch', () => {
    setKernelPath(path);
    const rng = createRng(0x71de);
    for (let trial = 0; trial < 12; trial++) {
      const cfg = { ...randomConfig(rng, 70), hidden: [33 + rng.int(40), 17 + rng.int(40)], points: 60 + rng.int(80) };
      compareRun(cfg, 4, rng, `wide #${trial} ${JSON.stringify(cfg)}`);
    }
  }, 120_000);

  it('measureGradients in row ranges (beginGradients, runStep, finishGradients) gives its bits', () => {
    setKernelPath(path);
    const rng = createRng(0x9ad);
    for (let trial = 0; trial < 300; trial++) {
      const cfg = randomConfig(rng, 12);
      const a = createTrainer(cfg);
      const b = createTrainer(cfg);
      const rows = 1 + rng.int(a.data.train.n);
      const job = beginGradients(a, rows);
      while (job.done < job.rows && rng.next() < 0.8) runStep(job, 1 + rng.int(rows));
      finishGradients(job);
      measureGradients(b, rows);
      sameState(a, b, rows, `gradients #${trial} ${JSON.stringify(cfg)}`);
    }
  }, 60_000);

  it('through a divergence: the failed step is rolled back alike and both report it', () => {
    setKernelPath(path);
    const rng = createRng(9);
    const cfg: Partial<TrainConfig> = { dataset: 'plane', points: 40, output: 'linear', loss: 'mse', hidden: [8, 8], activation: 'relu', optimizer: 'sgd', lr: 90, batch: 7, seed: 5 };
    const { a, b } = compareRun(cfg, 200, rng, 'diverging');
    expect(b.diverged).toBe(true);
    expect(a.diverged).toBe(true);
    expect(beginStep(a)).toBeNull();
  }, 60_000);
});
