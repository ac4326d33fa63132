/**
 * The fixed core workloads: W1 (2-8-8-1 tanh), W2 (16 x 16 sigmoid) and W3 (64 x 128 sigmoid,
 * the gradient lab's biggest net), all with a tanh output, each as training throughput and as
 * full-network grid evaluation (100 x 100 for W1 and W2; 16 x 16 for W3, whose 8193 units
 * would take seconds per 100 x 100 grid).
 * Data: xor-quadrants with points 250 and split 1, so all 250 points are training points.
 */
import type { TrainConfig } from '../src/core/config';
import { evaluateGrid, gridSize } from '../src/core/grid';
import type { Layout } from '../src/core/layout';
import { createTrainer, trainEpoch, trainStep, type Trainer } from '../src/core/trainer';
import { setKernelPath, type KernelPath } from '../src/core/kernels/backend';
import { measure, type Rate, type Timing } from './measure';

export const TRAIN_POINTS = 250;
export const BATCH = 10;
export const LR = 0.03;
export const GRID_N = 100;

const COMMON: Partial<TrainConfig> = {
  dataset: 'xor-quadrants', points: TRAIN_POINTS, split: 1, noise: 0, seed: 1,
  output: 'tanh', loss: 'mse', optimizer: 'sgd', lr: LR, batch: BATCH, init: 'glorot-uniform',
};

export interface Workload {
  readonly id: 'W1' | 'W2' | 'W3';
  readonly title: string;
  readonly config: Partial<TrainConfig>;
  /** What one timed call trains: an epoch (25 steps), or one step where an epoch takes too long. */
  readonly unit: 'epoch' | 'step';
  /** Grid side for the -grid workload. */
  readonly gridN: number;
}

export const W1: Workload = { id: 'W1', title: '2-8-8-1 tanh, tanh out', config: { ...COMMON, hidden: [8, 8], activation: 'tanh' }, unit: 'epoch', gridN: GRID_N };
export const W2: Workload = {
  id: 'W2', title: '2-16x16-1 sigmoid, tanh out', config: { ...COMMON, hidden: Array.from({ length: 16 }, () => 16), activation: 'sigmoid' },
  unit: 'epoch', gridN: GRID_N,
};
export const W3: Workload = {
  id: 'W3', title: '2-128x64-1 sigmoid, tanh out', config: { ...COMMON, hidden: Array.from({ length: 64 }, () => 128), activation: 'sigmoid' },
  unit: 'step', gridN: 16,
};

/**
 * Multiply-adds of one example's forward pass, sum of fanIn * fanOut. Forward costs
 * 2 flops per multiply-add and backward 4 (dW and dX), so training costs 6x this per example.
 */
export function macsPerExample(layout: Layout): number {
  let s = 0;
  for (const l of layout.layers) s += l.fanIn * l.fanOut;
  return s;
}

export function trainFlopsPerExample(layout: Layout): number {
  return 6 * macsPerExample(layout);
}

/** One epoch (25 steps of 10); returns the examples of the completed steps. */
export function trainOnce(tr: Trainer): number {
  const before = tr.step;
  if (!trainEpoch(tr)) throw new Error('the benchmark run diverged');
  return (tr.step - before) * BATCH;
}

/** One step of 10 examples. */
export function stepOnce(tr: Trainer): number {
  if (!trainStep(tr)) throw new Error('the benchmark run diverged');
  return BATCH;
}

/** A trainer whose network runs the given kernels (the path is fixed when the network is made). */
export function trainerOn(path: KernelPath, w: Workload): Trainer {
  const prev = setKernelPath(path);
  try {
    return createTrainer(w.config);
  } finally {
    setKernelPath(prev);
  }
}

/** Examples per second of trainEpoch. */
export function trainRate(w: Workload, timing?: Timing): { rate: Rate; trainer: Trainer } {
  const tr = createTrainer(w.config);
  return { rate: measure(w.unit === 'epoch' ? trainOnce : stepOnce, tr, timing), trainer: tr };
}

export interface GridJob { tr: Trainer; n: number; out: Float32Array }

export function gridJob(tr: Trainer, n: number): GridJob {
  return { tr, n, out: new Float32Array(gridSize(tr.net, n)) };
}

export function gridOnce(g: GridJob): number {
  evaluateGrid(g.tr.net, g.n, g.tr.data.extent, g.out);
  return 1;
}

/** Grids per second: every hidden and output unit over an N x N grid of the data plane. */
export function gridRate(tr: Trainer, timing?: Timing, n = GRID_N): Rate {
  return measure(gridOnce, gridJob(tr, n), timing);
}
