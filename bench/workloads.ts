/**
 * The fixed core workloads: W1 (2-8-8-1 tanh) and W2 (16 x 16 sigmoid, tanh output), each as
 * training throughput and as full-network 100 x 100 grid evaluation.
 * Data: xor-quadrants with points 250 and split 1, so all 250 points are training points.
 */
import type { TrainConfig } from '../src/core/config';
import { evaluateGrid, gridSize } from '../src/core/grid';
import type { Layout } from '../src/core/layout';
import { createTrainer, trainEpoch, type Trainer } from '../src/core/trainer';
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
  readonly id: 'W1' | 'W2';
  readonly title: string;
  readonly config: Partial<TrainConfig>;
}

export const W1: Workload = { id: 'W1', title: '2-8-8-1 tanh, tanh out', config: { ...COMMON, hidden: [8, 8], activation: 'tanh' } };
export const W2: Workload = {
  id: 'W2', title: '2-16x16-1 sigmoid, tanh out', config: { ...COMMON, hidden: Array.from({ length: 16 }, () => 16), activation: 'sigmoid' },
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
function trainOnce(tr: Trainer): number {
  const before = tr.step;
  if (!trainEpoch(tr)) throw new Error('the benchmark run diverged');
  return (tr.step - before) * BATCH;
}

/** Examples per second of trainEpoch. */
export function trainRate(w: Workload, timing?: Timing): { rate: Rate; trainer: Trainer } {
  const tr = createTrainer(w.config);
  return { rate: measure(trainOnce, tr, timing), trainer: tr };
}

interface GridJob { tr: Trainer; out: Float32Array }

function gridOnce(g: GridJob): number {
  evaluateGrid(g.tr.net, GRID_N, g.tr.data.extent, g.out);
  return 1;
}

/** Grids per second: every hidden and output unit over a 100 x 100 grid of the data plane. */
export function gridRate(tr: Trainer, timing?: Timing): Rate {
  return measure(gridOnce, { tr, out: new Float32Array(gridSize(tr.net, GRID_N)) }, timing);
}
