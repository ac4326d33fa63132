/**
 * Turns a trainer's state into a ModelSnapshot: metrics, statistics, parameters and the
 * grids the panels draw. Grid work is sized by the network's cost so it never starves training.
 */
import { ACTIVATION_FACTS, currentLr, evaluate, evaluateGrid, gridSize, type Evaluation, type Trainer } from '../core';
import { activationHistogram, lastChunkRows } from './actHistogram';
import type { FromWorker, ModelInfo, ModelSnapshot, ViewOptions, HiddenView } from './protocol';

/** Multiply-adds of one forward pass for one example. */
export function macsPerExample(tr: Trainer): number {
  let m = 0;
  for (const l of tr.net.layout.layers) m += l.fanIn * l.fanOut;
  return m;
}

/**
 * The time of one forward pass for one example in multiply-add equivalents: the multiply-adds
 * plus each unit's activation at its measured cost (core ACTIVATION_FACTS[fn].cost; a tanh is
 * about 100). What the worker budgets its work in: counting multiply-adds alone underestimated
 * a 128-wide tanh layer 33-fold, and its first grid blocked the worker for 60 to 170 ms.
 */
export function costPerExample(tr: Trainer): number {
  let c = 0;
  for (const l of tr.net.layout.layers) c += l.fanIn * l.fanOut + l.fanOut * ACTIVATION_FACTS[l.fn].cost;
  return c;
}

/**
 * Boundary resolution: 100 x 100 for small nets, coarser for deep ones so one grid stays
 * around 16M multiply-adds (a few milliseconds), never below 24.
 */
export function boundaryN(tr: Trainer): number {
  return clampInt(Math.sqrt(16e6 / macsPerExample(tr)), 24, 100);
}

/** Thumbnail resolution: 32 x 32 for small nets, down to 8 for very deep or wide ones. */
export function unitGridN(tr: Trainer): number {
  return clampInt(Math.sqrt(3e6 / macsPerExample(tr)), 8, 32);
}

/**
 * Rows for the gradient statistics at a build: up to 256, fewer for huge nets so that one
 * forward and backward pass stays near 15M multiply-adds (tens of milliseconds: a build is one
 * worker task); a 64 x 128 net gets the minimum of 16 rows.
 */
export function initGradientRows(tr: Trainer): number {
  return Math.min(tr.data.train.n, clampInt(1.5e7 / macsPerExample(tr), 16, 256));
}

function clampInt(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(v)));
}

/** The 'built' message of a build: each model's spec and layout, and the data (copies), sent once. */
export function builtMessage(buildId: number, reason: string, trainers: readonly Trainer[]): Extract<FromWorker, { type: 'built' }> {
  const d = trainers[0]!.data;
  return {
    type: 'built', buildId, reason,
    models: trainers.map(modelInfo),
    data: {
      classes: d.classes, extent: [...d.extent],
      trainX: d.train.x.slice(), trainY: d.train.y.slice(), testX: d.test.x.slice(), testY: d.test.y.slice(),
    },
  };
}

export function modelInfo(tr: Trainer): ModelInfo {
  // Plain data: structured clone copies it to the UI, which draws from the worker's own table.
  return { spec: tr.net.spec, layout: tr.net.layout, config: tr.config, kernel: tr.net.kernel };
}

/** Loss and accuracy over both splits, and the activation histogram measured on the way. */
export interface Metrics {
  /** Epoch and step of the parameters they were measured on; -1 before the first measurement. */
  epoch: number;
  step: number;
  /** Counts measurements (per engine), so the UI records a loss point only for a new one. */
  id: number;
  /** The learning rate at `epoch` (the schedule's), so the loss chart pairs each loss with its rate. */
  lr: number;
  train: Evaluation;
  test: Evaluation;
  actHist: ModelSnapshot['actHist'];
}

/** Shown until a huge net's first evaluation arrives. */
export const NO_METRICS: Metrics = { epoch: -1, step: -1, id: 0, lr: NaN, train: { loss: NaN, accuracy: null }, test: { loss: NaN, accuracy: null }, actHist: undefined };

/** Cost of one full evaluation (train and test sets), in multiply-add equivalents (costPerExample). */
export function evalCost(tr: Trainer): number {
  return costPerExample(tr) * (tr.data.train.n + tr.data.test.n);
}

/** Evaluates both splits: a forward pass over every point, so it is budgeted for big nets. */
export function measureMetrics(tr: Trainer, id = 0): Metrics {
  const train = evaluate(tr, 'train');
  // The training set's activations are still in the scratch buffers: histogram them now.
  const actHist = activationHistogram(tr.net, lastChunkRows(tr.data.train.n, tr.net.capacity));
  return { epoch: tr.epoch, step: tr.step, id, lr: currentLr(tr), train, test: evaluate(tr, 'test'), actHist };
}

/** Counters, statistics and parameters, with the given metrics. */
export function baseSnapshot(tr: Trainer, m: Metrics): ModelSnapshot {
  const { train: tra, test: tes, actHist } = m;
  return {
    step: tr.step, epoch: tr.epoch, diverged: tr.diverged, lr: currentLr(tr), divergence: tr.divergence,
    metricsEpoch: m.epoch, metricsId: m.id, metricsLr: m.lr,
    trainLoss: tra.loss, testLoss: tes.loss, trainAccuracy: tra.accuracy, testAccuracy: tes.accuracy,
    stats: tr.stats.map((s) => ({ ...s })),
    params: toFloat32(tr.net.params),
    boundary: null, gridN: boundaryN(tr), unitGrids: null, unitGridN: unitGridN(tr), hidden: null,
    grads: toFloat32(tr.net.grads),
    actHist,
  };
}

const F32_MAX = 3.4028234663852886e38;

/**
 * Float32 copy that saturates at the float32 range, so huge-but-finite weights stay finite:
 * v > F32_MAX gives F32_MAX (+Infinity too), v < -F32_MAX gives -F32_MAX, NaN stays NaN,
 * anything else rounds to the nearest float32. The engine's bulk conversion (set) rounds the
 * same way and gives +-Infinity exactly where v is beyond the range, which one pass then
 * saturates: twice as fast as converting element by element (a snapshot of a 64 x 128 net
 * converts two million values).
 */
export function toFloat32(src: Float64Array): Float32Array {
  const out = new Float32Array(src.length);
  out.set(src);
  for (let k = 0; k < out.length; k++) {
    const v = out[k]!;
    if (v === Infinity) out[k] = F32_MAX;
    else if (v === -Infinity) out[k] = -F32_MAX;
  }
  return out;
}

/**
 * Fills the grids (boundary always, thumbnails when visible) and the hidden-space view (when
 * one is picked) into a snapshot; `grids` false fills only the hidden-space view.
 */
export function addGrids(tr: Trainer, s: ModelSnapshot, view: ViewOptions, hidden: (tr: Trainer, layer: number) => HiddenView | null, grids = true): void {
  const outLayer = tr.net.layout.layers.length - 1;
  if (view.hiddenLayer !== null && view.hiddenLayer < outLayer) s.hidden = hidden(tr, view.hiddenLayer);
  if (!grids) return;
  const extent = tr.data.extent;
  s.boundary = new Float32Array(gridSize(tr.net, s.gridN, [outLayer]));
  evaluateGrid(tr.net, s.gridN, extent, s.boundary, [outLayer]);
  if (view.thumbnails) {
    s.unitGrids = new Float32Array(gridSize(tr.net, s.unitGridN));
    evaluateGrid(tr.net, s.unitGridN, extent, s.unitGrids);
  }
}

/** The buffers a snapshot can transfer to the UI thread. */
export function transferables(models: ModelSnapshot[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const m of models) {
    out.push(m.params.buffer as ArrayBuffer);
    if (m.grads) out.push(m.grads.buffer as ArrayBuffer);
    if (m.boundary) out.push(m.boundary.buffer as ArrayBuffer);
    if (m.unitGrids) out.push(m.unitGrids.buffer as ArrayBuffer);
    if (m.hidden) {
      out.push(m.hidden.points.buffer as ArrayBuffer);
      if (m.hidden.lines) out.push(m.hidden.lines.buffer as ArrayBuffer);
    }
  }
  return out;
}
