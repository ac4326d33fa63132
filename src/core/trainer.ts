/**
 * The training loop on the core: minibatch steps, epochs, evaluation and divergence
 * handling. One Trainer owns one network, its data and its optimizer state.
 */
import { HEAD_FACTS, headFacts, predictClass, type LayerFn } from './activations';
import { resolveConfig, specOf, type TrainConfig } from './config';
import { makeDataset, type Dataset, type Split } from './datasets';
import { mapFeatures } from './features';
import { initParamsJob } from './init';
import { outputDelta } from './losses';
import { outputLayer } from './layout';
import { createNetwork, ensureCapacity, forward, backward, forwardRows, backwardRows, type Network } from './mlp';
import { wasmOptimizerState, wasmUpdateKeep } from './kernels/wasmUpdate';
import { SMALL_ROWS } from './kernels/wasmNet';
import { ADAM_CONSTANTS, applyUpdateKeep, createOptimizerState, type OptimizerSettings, type OptimizerState } from './optimizers';
import { createRng, shuffle, type Rng } from './rng';
import { scheduledLr } from './schedule';
import { computeStats, emptyStats, type LayerStats } from './stats';
import { deriveSeed } from './seeds';
import { createDivergenceWatch, divergenceOf, watchEpoch, watchStep, type Divergence, type DivergenceWatch } from './divergence';

/** One network, its data and its optimizer state, trained step by step (mutable, single owner). */
export interface Trainer {
  /** The validated config; replaced (never mutated) when a live setting such as the batch size changes. */
  config: TrainConfig;
  /** Train and test splits, fixed for the trainer's life (seeded from config.seed). */
  readonly data: Dataset;
  /** Parameters, gradients and scratch; params are what training changes. */
  readonly net: Network;
  /** Velocity or Adam moments per parameter, kept across live setting changes. */
  readonly opt: OptimizerState;
  /** Optimizer settings read on every step (lr, momentum, L1/L2); replaced, never mutated. */
  settings: OptimizerSettings;
  /** Completed epochs. */
  epoch: number;
  /** Completed minibatch steps (several per epoch unless the batch is the full set). */
  step: number;
  /** Position inside the current epoch's shuffled order, in examples; 0 starts a new epoch. */
  cursor: number;
  /**
   * Set when a loss or parameter became NaN or infinite, or the run blew up (see
   * core/divergence); params then hold the values before the failed step.
   */
  diverged: boolean;
  /** Why and when the run diverged (null while it has not). */
  divergence: Divergence | null;
  /** The blow-up test's running state (replaced once, when a begun trainer's weights are drawn). */
  watch: DivergenceWatch;
  /** Mean loss of the last minibatch (before its update); NaN before the first step. */
  batchLoss: number;
  /** Per-layer gradient statistics of the last step (or of measureGradients), hidden first, output last. */
  readonly stats: LayerStats[];
  /** The training examples' visiting order [n], reshuffled in place at each epoch start. */
  readonly order: Uint32Array;
  /** The shuffle's generator, seeded from config.seed ('shuffle'): same seed, same order. */
  readonly rng: Rng;
  /** Network inputs, the feature map of each point: [n x inputs] for train and test (built once). */
  readonly trainX: Float64Array;
  readonly testX: Float64Array;
  /** Targets in the output's range (core HEAD_FACTS): [n x outputs] for the training split. */
  readonly trainT: Float64Array;
  /** The same for the test split. */
  readonly testT: Float64Array;
  /** Scratch targets of the rows being evaluated [capacity x outputs]; grows with net.capacity. */
  batchT: Float64Array;
  /**
   * Parameters before the last step (written by that step's update pass, so nothing is copied
   * per step): a step that fails is rolled back to them, i.e. to the last finite parameters.
   */
  readonly lastGood: Float64Array;
  /** 1 where params holds a weight, 0 for a bias [paramCount]: L1 and L2 apply to weights only. */
  readonly isWeight: Uint8Array;
  /** The settings with the scheduled rate for `epoch`, rebuilt when either changes. */
  stepSettings: { epoch: number; base: OptimizerSettings; settings: OptimizerSettings } | null;
}

export interface Evaluation {
  /** Mean data loss (no regularization term). */
  loss: number;
  /** Fraction correct; null for regression. */
  accuracy: number | null;
}

/** Builds data, network and optimizer from a (partial) config. Throws ConfigError. */
export function createTrainer(partial: Partial<TrainConfig>): Trainer {
  const start = beginTrainer(partial);
  start.run(Infinity);
  return start.tr;
}

/**
 * A trainer whose initial weights are still being drawn (beginTrainer). Until run has
 * returned true the trainer must not be used: its parameters, lastGood and divergence
 * reference are incomplete.
 */
export interface TrainerStart {
  readonly tr: Trainer;
  /**
   * Draws up to `maxWeights` more initial weights (core/init initParamsJob); returns true once
   * all are drawn and the trainer is ready (bit-identical to createTrainer's).
   */
  run(maxWeights: number): boolean;
}

/**
 * createTrainer in pieces, for a worker turn that must stay short: everything but the weights
 * now (data, network, optimizer state), the weights over calls of run. Throws ConfigError.
 */
export function beginTrainer(partial: Partial<TrainConfig>): TrainerStart {
  const config = resolveConfig(partial);
  const data = makeDataset(config.dataset, config, deriveSeed(config.seed, 'data'));
  const spec = specOf(config);
  const n = data.train.n;
  const batch = batchSize(config, n);
  const net = createNetwork(spec, Math.max(batch, Math.min(n, 256)));
  const draw = initParamsJob(net.params, net.layout, config.init, config.initScale, createRng(deriveSeed(config.initSeed ?? config.seed, 'init')));
  const isWeight = new Uint8Array(net.layout.paramCount);
  for (const l of net.layout.layers) isWeight.fill(1, l.wOffset, l.wOffset + l.fanIn * l.fanOut);
  const wn = net.wasm;
  const tr: Trainer = {
    config, data, net,
    // On the wasm path the moments and lastGood live in the network's memory (the update kernel
    // runs in place) and are read through getters, as growing that memory replaces the views.
    opt: wn ? wasmOptimizerState(wn) : createOptimizerState(net.layout.paramCount),
    settings: settingsOf(config),
    epoch: 0, step: 0, cursor: 0, diverged: false, divergence: null, watch: createDivergenceWatch(new Float64Array(0)), batchLoss: NaN, // replaced by run
    stats: emptyStats(net.layout.layers.length),
    order: new Uint32Array(n).map((_, i) => i),
    rng: createRng(deriveSeed(config.seed, 'shuffle')),
    trainX: mapFeatures(config.features, data.train.x, data.train.n),
    testX: mapFeatures(config.features, data.test.x, data.test.n),
    trainT: targetsOf(config, data, data.train, spec.outputs),
    testT: targetsOf(config, data, data.test, spec.outputs),
    batchT: new Float64Array(net.capacity * spec.outputs),
    lastGood: wn ? wn.lastGood : new Float64Array(net.layout.paramCount), // filled by run
    isWeight,
    stepSettings: null,
  };
  if (wn) Object.defineProperty(tr, 'lastGood', { get: () => wn.lastGood, enumerable: true });
  let ready = false;
  return {
    tr,
    run: (maxWeights) => {
      if (ready || !draw(maxWeights)) return ready;
      tr.lastGood.set(tr.net.params);
      tr.watch = createDivergenceWatch(tr.net.params);
      return (ready = true);
    },
  };
}

/** The learning rate the next step uses: the config's schedule at the current epoch. */
export function currentLr(tr: Trainer): number {
  return scheduledLr({ ...tr.config, lr: tr.settings.lr }, tr.epoch);
}

/** Optimizer settings for the next step; one new object per epoch at most. */
function settingsForStep(tr: Trainer): OptimizerSettings {
  const c = tr.stepSettings;
  if (c && c.epoch === tr.epoch && c.base === tr.settings) return c.settings;
  const lr = currentLr(tr);
  const settings = lr === tr.settings.lr ? tr.settings : { ...tr.settings, lr };
  tr.stepSettings = { epoch: tr.epoch, base: tr.settings, settings };
  return settings;
}

/** Optimizer settings carried by a config. */
export function settingsOf(c: TrainConfig): OptimizerSettings {
  return { ...ADAM_CONSTANTS, optimizer: c.optimizer, lr: c.lr, momentum: c.momentum, nesterov: c.nesterov, l1: c.l1, l2: c.l2 };
}

function batchSize(c: TrainConfig, n: number): number {
  return c.batch === 0 ? n : Math.min(c.batch, n);
}

/** Minibatch steps in one epoch (the last batch may be short). */
export function stepsPerEpoch(tr: Trainer): number {
  const n = tr.data.train.n;
  return Math.max(1, Math.ceil(n / batchSize(tr.config, n)));
}

function targetsOf(c: TrainConfig, data: Dataset, s: Split, outputs: number): Float64Array {
  const t = new Float64Array(s.n * outputs);
  for (let i = 0; i < s.n; i++) encodeTarget(c.output, data.classes, s.y[i]!, t.subarray(i * outputs, (i + 1) * outputs));
  return t;
}

/**
 * Writes one example's target in the output's range into `out` [outputs]: one-hot over
 * several outputs, +-1 for a two-class tanh output, otherwise the label or regression value.
 * `classes` is 0 for regression.
 */
export function encodeTarget(output: LayerFn, classes: number, y: number, out: Float64Array): void {
  if (out.length > 1) {
    out.fill(0);
    out[y] = 1;
  } else out[0] = classes === 2 ? headFacts(output).targets[y]! : y; // the head's own targets (-1/+1 for tanh)
}

/** Grows the network scratch and the target buffer to hold `rows` examples. */
function prepareRows(tr: Trainer, rows: number): void {
  ensureCapacity(tr.net, rows);
  const k = tr.net.spec.outputs;
  if (tr.batchT.length < tr.net.capacity * k) tr.batchT = new Float64Array(tr.net.capacity * k);
}

/** Copies rows `idx[from..from+rows)` of the inputs X [n x inputs] into the network input and `tOut`. */
function gather(tr: Trainer, X: Float64Array, T: Float64Array, idx: Uint32Array | null, from: number, rows: number, tOut: Float64Array): void {
  const x = tr.net.acts[0]!;
  const f = tr.net.layout.inputs;
  const k = outputLayer(tr.net.layout).fanOut;
  for (let r = 0; r < rows; r++) {
    const src = idx ? idx[from + r]! : from + r;
    for (let j = 0; j < f; j++) x[f * r + j] = X[f * src + j]!;
    for (let j = 0; j < k; j++) tOut[r * k + j] = T[src * k + j]!;
  }
}

/** Forward, loss and backward for the rows already gathered; returns the summed loss. */
function forwardBackward(tr: Trainer, rows: number): number {
  const net = tr.net;
  const L = net.layout.layers.length - 1;
  const out = net.layout.layers[L]!;
  forward(net, rows);
  const loss = outputDelta(tr.config.loss, out.fn, net.zs[L]!, net.acts[L + 1]!, tr.batchT, rows, out.fanOut, net.deltas[L]!);
  backward(net, rows);
  return loss;
}

/**
 * One minibatch step. Returns false (and changes nothing) once the run has diverged.
 * A step whose loss or parameters become non-finite restores the last finite parameters
 * and marks the run diverged instead of throwing.
 *
 * `withStats` (default true) fills `tr.stats` from this step's pass. The per-layer statistics
 * cost about as much as a small net's step, so a caller that reports only some steps (the
 * worker: the last step before a snapshot) passes false for the others; they never affect
 * training, so the parameters are bit-identical either way.
 */
export function trainStep(tr: Trainer, withStats = true): boolean {
  if (tr.diverged) return false;
  const rows = startStep(tr);
  return endStep(tr, rows, forwardBackward(tr, rows) / rows, withStats);
}

/** A step's first part: the epoch's shuffle when one starts, then the batch's rows gathered. Returns the batch's rows. */
function startStep(tr: Trainer): number {
  const n = tr.data.train.n;
  if (tr.cursor === 0) shuffle(tr.order, n, tr.rng);
  const rows = Math.min(batchSize(tr.config, n), n - tr.cursor);
  prepareRows(tr, rows);
  gather(tr, tr.trainX, tr.trainT, tr.order, tr.cursor, rows, tr.batchT);
  return rows;
}

/**
 * A step's last part, after the forward and backward passes over all `rows` rows (mean loss
 * `loss`): statistics, the update, the divergence tests and the counters.
 */
function endStep(tr: Trainer, rows: number, loss: number, withStats: boolean): boolean {
  const n = tr.data.train.n;
  // A step that fails is always reported, so its statistics are always measured.
  if (withStats || !Number.isFinite(loss)) computeStats(tr.net, rows, tr.stats);
  tr.batchLoss = loss;
  const p = tr.net.params;
  // One pass: update, the parameter sum's finiteness, and the pre-step values kept in lastGood.
  const finite = tr.net.wasm
    ? wasmUpdateKeep(tr.net, tr.opt, settingsForStep(tr))
    : Number.isFinite(applyUpdateKeep(p, tr.net.grads, tr.isWeight, tr.opt, settingsForStep(tr), tr.lastGood));
  if (!Number.isFinite(loss) || !finite) {
    if (!withStats && Number.isFinite(loss)) computeStats(tr.net, rows, tr.stats);
    return fail(tr, 'non-finite', null);
  }
  watchStep(tr.watch, loss, rows);
  if (tr.cursor + rows >= n) {
    // An epoch ends: a loss or norm that has grown by orders of magnitude, epoch after epoch,
    // is a divergence now, long before a float overflows.
    const blowUp = watchEpoch(tr.watch, p);
    if (blowUp) return fail(tr, blowUp.signal, blowUp.growth);
  }
  tr.step++;
  tr.cursor += rows;
  if (tr.cursor >= n) {
    tr.cursor = 0;
    tr.epoch++;
  }
  return true;
}

/**
 * A minibatch step done in parts (beginStep, runStep, finishStep), so a step too long for one
 * worker turn can be spread over several. The parts give exactly the bits of trainStep in
 * every buffer and counter: the forward and backward passes run on row ranges inside the
 * network's own scratch (which holds the whole batch afterwards, as after trainStep), and the
 * gradient and loss sums continue from one range to the next (mlp.ts backwardRows).
 *
 * While a job is open nothing else may touch its trainer: no trainStep, evaluate,
 * measureGradients or config change, no edit of params, grads or the scratch (they would break
 * the running sums). The parameters are unchanged until finishStep applies the update.
 */
export interface StepJob {
  readonly tr: Trainer;
  /** Rows in this step's batch (the last batch of an epoch may be short). */
  readonly rows: number;
  /** Rows [0, done) have had their forward and backward passes. */
  done: number;
  /** Loss summed over rows [0, done), in row order (outputDelta's running sum). */
  loss: number;
}

/**
 * Opens a step: the epoch's shuffle when one starts and the batch's rows gathered, as
 * trainStep begins. Returns null (and changes nothing) once the run has diverged.
 */
export function beginStep(tr: Trainer): StepJob | null {
  if (tr.diverged) return null;
  return { tr, rows: startStep(tr), done: 0, loss: 0 };
}

/**
 * Runs the forward and backward passes of the next `maxRows` rows (at least 1, at most the
 * rows left) and returns true when every row of the batch is done. Costs about
 * 3 x (multiply-adds of one example's forward pass) per row.
 */
export function runStep(job: StepJob, maxRows: number): boolean {
  const end = Math.min(job.done + Math.max(1, Math.floor(maxRows)), job.rows);
  // In pieces of at most SMALL_ROWS: the WebAssembly forward pass of a bigger piece transposes
  // every W first, once per piece, where a small one transposes only its inputs (a 64 x 128
  // step in pieces of 16 rows is faster than in one piece, and than in pieces of 19).
  while (job.done < end) runRows(job, Math.min(SMALL_ROWS, end - job.done));
  return job.done >= job.rows;
}

/** runStep works in pieces of at most this many rows: a caller that budgets rows does best with multiples of it. */
export const STEP_PIECE_ROWS = SMALL_ROWS;

/** Forward, loss and backward of rows [job.done, job.done + rows), continuing the job's sums. */
function runRows(job: StepJob, rows: number): void {
  const { tr } = job;
  const net = tr.net;
  const L = net.layout.layers.length - 1;
  const out = net.layout.layers[L]!;
  const first = job.done;
  const k = out.fanOut;
  forwardRows(net, first, rows);
  const at = first * k;
  job.loss = outputDelta(tr.config.loss, out.fn, net.zs[L]!.subarray(at), net.acts[L + 1]!.subarray(at), tr.batchT.subarray(at), rows, k, net.deltas[L]!.subarray(at), job.loss);
  backwardRows(net, first, rows, job.rows);
  job.done = first + rows;
}

/**
 * Runs the rows left, then ends the step as trainStep does (statistics when `withStats`,
 * update, divergence, counters) and returns what trainStep would. Call once per job.
 */
export function finishStep(job: StepJob, withStats = true): boolean {
  while (!runStep(job, job.rows));
  return endStep(job.tr, job.rows, job.loss / job.rows, withStats);
}

/** Marks the run diverged: the failed step is undone (parameters before it) and not counted. */
function fail(tr: Trainer, signal: 'non-finite' | 'loss' | 'norm', growth: number | null): false {
  tr.net.params.set(tr.lastGood);
  tr.diverged = true;
  tr.divergence = divergenceOf(tr.epoch, tr.settings, signal, growth);
  return false;
}

/**
 * Finishes the current epoch (or runs a whole one). Returns false if the run diverged.
 * `tr.stats` then hold the epoch's last step (the one reported); `withStats` false skips them.
 */
export function trainEpoch(tr: Trainer, withStats = true): boolean {
  const e = tr.epoch;
  const n = tr.data.train.n;
  const batch = batchSize(tr.config, n);
  while (tr.epoch === e) if (!trainStep(tr, withStats && tr.cursor + batch >= n)) return false;
  return true;
}

/** Mean loss and accuracy over a split (default: the training set), without updating. */
export function evaluate(tr: Trainer, which: 'train' | 'test' = 'train'): Evaluation {
  const s = which === 'train' ? tr.data.train : tr.data.test;
  const T = which === 'train' ? tr.trainT : tr.testT;
  const X = which === 'train' ? tr.trainX : tr.testX;
  if (s.n === 0) return { loss: NaN, accuracy: null };
  const net = tr.net;
  const L = net.layout.layers.length - 1;
  const out = net.layout.layers[L]!;
  const k = out.fanOut;
  prepareRows(tr, Math.min(s.n, 256));
  const chunk = net.capacity;
  let loss = 0, correct = 0;
  for (let from = 0; from < s.n; from += chunk) {
    const rows = Math.min(chunk, s.n - from);
    gather(tr, X, T, null, from, rows, tr.batchT);
    forward(net, rows);
    loss += outputDelta(tr.config.loss, out.fn, net.zs[L]!, net.acts[L + 1]!, tr.batchT, rows, k, net.deltas[L]!);
    correct += countCorrect(tr, net.acts[L + 1]!, s, from, rows, k);
  }
  return { loss: loss / s.n, accuracy: tr.data.classes === 0 ? null : correct / s.n };
}

function countCorrect(tr: Trainer, a: Float64Array, s: Split, from: number, rows: number, k: number): number {
  let c = 0;
  const head = HEAD_FACTS[tr.config.output];
  for (let r = 0; r < rows; r++) if (predictClass(head, a, r, k) === s.y[from + r]) c++;
  return c;
}

/**
 * Gradient statistics at the current parameters on one batch (the first `rows` training
 * points, default all up to the scratch capacity), without changing the parameters.
 */
export function measureGradients(tr: Trainer, rows = Math.min(tr.data.train.n, 256)): LayerStats[] {
  prepareRows(tr, rows);
  gather(tr, tr.trainX, tr.trainT, null, 0, rows, tr.batchT);
  forwardBackward(tr, rows);
  computeStats(tr.net, rows, tr.stats);
  return tr.stats;
}

/**
 * measureGradients in parts: the returned job runs through runStep, then finishGradients
 * fills tr.stats with the bits measureGradients gives (the same rows, the same running sums).
 * The same rules as a StepJob hold while it is open.
 */
export function beginGradients(tr: Trainer, rows = Math.min(tr.data.train.n, 256)): StepJob {
  prepareRows(tr, rows);
  gather(tr, tr.trainX, tr.trainT, null, 0, rows, tr.batchT);
  return { tr, rows, done: 0, loss: 0 };
}

/** Runs the rows a beginGradients job has left and measures the statistics; returns tr.stats. */
export function finishGradients(job: StepJob): LayerStats[] {
  while (!runStep(job, job.rows));
  computeStats(job.tr.net, job.rows, job.tr.stats);
  return job.tr.stats;
}
