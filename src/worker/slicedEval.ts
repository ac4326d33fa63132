/**
 * A big network's heavy snapshot part (loss and accuracy over both splits with the activation
 * histogram, the decision boundary and the unit thumbnails) computed over several worker turns,
 * on a frozen copy of the parameters in a network of its own, so training goes on between the
 * turns and no turn does more than its budget of multiply-adds (issue 13: no worker task over
 * 50 ms; a 64 x 128 net's full snapshot is about 1.2 billion multiply-adds, a second of work).
 *
 * The results are the unsliced computation's, bit for bit: every row (point, pixel) is its own
 * forward pass, and the loss is summed exactly as core's evaluate sums it, per chunk of the
 * network's capacity in row order (the chunk's output rows are gathered first, then summed by
 * the same outputDelta call); the histogram reads the same rows of the same last chunk.
 */
import {
  createNetwork, currentLr, ensureCapacity, evaluateGrid, GRID_CHUNK, forward, gridLineInputs, gridSize, HEAD_FACTS, layerActivations, outputDelta, predictClass,
  type Evaluation, type Network, type Trainer,
} from '../core';
import { GRID_LINES, GRID_SAMPLES, type LayerActs } from './hidden';
import { histogramOf, histogramStrides, lastChunkRows } from './actHistogram';
import { costPerExample, type Metrics } from './snapshot';
import type { ModelSnapshot } from './protocol';

/**
 * Rows per chunk that core's evaluate uses for each split when measureMetrics runs train then
 * test: each evaluate first grows the network's capacity to min(n, 256) (its prepareRows).
 */
export function evalChunks(tr: Trainer): { train: number; test: number } {
  const train = Math.max(tr.net.capacity, Math.min(tr.data.train.n, 256));
  return { train, test: Math.max(train, Math.min(tr.data.test.n, 256)) };
}

/** One split's evaluation in progress: rows done, the running sums, the chunk being gathered. */
class SplitEval {
  private from = 0;
  private loss = 0;
  private correct = 0;
  private readonly outZ: Float64Array;
  private readonly outA: Float64Array;
  private readonly outT: Float64Array;
  private readonly delta: Float64Array;
  /** Hidden and output activations of the rows the histogram reads (train split only). */
  private readonly kept: { a: Float64Array; z: Float64Array; step: number; count: number }[] | null;
  private readonly lastFrom: number;
  private readonly strides: number[] = [];

  constructor(
    private readonly tr: Trainer, private readonly net: Network, private readonly which: 'train' | 'test',
    private readonly chunk: number, withHistogram: boolean,
  ) {
    const k = net.layout.layers.at(-1)!.fanOut;
    this.outZ = new Float64Array(chunk * k);
    this.outA = new Float64Array(chunk * k);
    this.outT = new Float64Array(chunk * k);
    this.delta = new Float64Array(chunk * k);
    const n = this.split.n;
    const lastRows = lastChunkRows(n, chunk);
    this.lastFrom = n - lastRows;
    if (withHistogram) {
      const strides = histogramStrides(net.layout.layers, lastRows);
      this.kept = net.layout.layers.map((l, i) => {
        const count = Math.ceil(lastRows / strides[i]!);
        return { a: new Float64Array(count * l.fanOut), z: new Float64Array(count * l.fanOut), step: 1, count };
      });
      this.strides = strides;
    } else this.kept = null;
  }

  private get split() {
    return this.which === 'train' ? this.tr.data.train : this.tr.data.test;
  }

  get done(): boolean {
    return this.from >= this.split.n;
  }

  /** Evaluates up to `maxRows` rows (never past the current chunk); returns the rows done. */
  run(maxRows: number): number {
    const n = this.split.n;
    if (this.from >= n) return 0;
    const X = this.which === 'train' ? this.tr.trainX : this.tr.testX;
    const T = this.which === 'train' ? this.tr.trainT : this.tr.testT;
    const net = this.net;
    const f = net.layout.inputs;
    const L = net.layout.layers.length - 1;
    const k = net.layout.layers[L]!.fanOut;
    const chunkStart = Math.floor(this.from / this.chunk) * this.chunk;
    const chunkRows = Math.min(this.chunk, n - chunkStart);
    const rows = Math.max(1, Math.min(maxRows, chunkStart + chunkRows - this.from));
    ensureCapacity(net, rows);
    const x = net.acts[0]!;
    for (let q = 0; q < rows * f; q++) x[q] = X[this.from * f + q]!;
    forward(net, rows);
    const at = (this.from - chunkStart) * k;
    this.outZ.set(net.zs[L]!.subarray(0, rows * k), at);
    this.outA.set(net.acts[L + 1]!.subarray(0, rows * k), at);
    this.outT.set(T.subarray(this.from * k, (this.from + rows) * k), at);
    if (this.kept && this.from >= this.lastFrom) this.keep(this.from - this.lastFrom, rows);
    this.from += rows;
    if (this.from === chunkStart + chunkRows) {
      // The chunk is whole: sum it as evaluate does, in one outputDelta call.
      this.loss += outputDelta(this.tr.config.loss, net.layout.layers[L]!.fn, this.outZ, this.outA, this.outT, chunkRows, k, this.delta);
      const head = HEAD_FACTS[this.tr.config.output];
      const y = this.split.y;
      for (let r = 0; r < chunkRows; r++) if (predictClass(head, this.outA, r, k) === y[chunkStart + r]) this.correct++;
    }
    return rows;
  }

  /** Copies the rows of the last chunk that the histogram reads (rows r0 .. r0 + rows - 1 of it). */
  private keep(r0: number, rows: number): void {
    const layers = this.net.layout.layers;
    for (let l = 0; l < layers.length; l++) {
      const w = layers[l]!.fanOut;
      const step = this.strides[l]!;
      const dst = this.kept![l]!;
      for (let r = r0; r < r0 + rows; r++) {
        if (r % step !== 0) continue;
        const i = r / step;
        dst.a.set(this.net.acts[l + 1]!.subarray((r - r0) * w, (r - r0 + 1) * w), i * w);
        dst.z.set(this.net.zs[l]!.subarray((r - r0) * w, (r - r0 + 1) * w), i * w);
      }
    }
  }

  result(): Evaluation {
    const n = this.split.n;
    if (n === 0) return { loss: NaN, accuracy: null };
    return { loss: this.loss / n, accuracy: this.tr.data.classes === 0 ? null : this.correct / n };
  }

  histogram(): ModelSnapshot['actHist'] {
    const kept = this.kept!;
    return histogramOf(this.net.layout.layers, lastChunkRows(this.split.n, this.chunk), (l) => kept[l]!);
  }
}

/** What a finished job delivers for one trainer. */
export interface HeavyResult {
  metrics: Metrics;
  boundary: Float32Array;
  unitGrids: Float32Array | null;
  /** The hidden-space view's forward passes, when a hidden layer is shown. */
  hidden: LayerActs | null;
}

/** Rows of one hidden layer's activations filled over several calls: the training points, then the grid lines' samples. */
class LayerRows {
  readonly acts: Float64Array;
  readonly lineActs: Float64Array;
  private readonly lineX: Float64Array;
  private readonly lineRows: number;
  private done = 0;

  constructor(private readonly tr: Trainer, private readonly net: Network, readonly layer: number) {
    const w = net.layout.layers[layer]!.fanOut;
    this.acts = new Float64Array(tr.data.train.n * w);
    this.lineRows = 2 * GRID_LINES * GRID_SAMPLES;
    this.lineX = w >= 2 ? gridLineInputs(net, tr.data.extent, GRID_LINES, GRID_SAMPLES) : new Float64Array(0);
    this.lineActs = new Float64Array(w >= 2 ? this.lineRows * w : 0);
  }

  private get total(): number {
    return this.tr.data.train.n + (this.lineActs.length > 0 ? this.lineRows : 0);
  }

  get finished(): boolean {
    return this.done >= this.total;
  }

  /** Up to `maxRows` more rows (each its own forward pass, so the values do not depend on the split). */
  run(maxRows: number): number {
    const n = this.tr.data.train.n;
    const f = this.net.layout.inputs;
    const w = this.net.layout.layers[this.layer]!.fanOut;
    const inPoints = this.done < n;
    const from = inPoints ? this.done : this.done - n;
    const rows = Math.min(maxRows, (inPoints ? n : this.lineRows) - from);
    const x = inPoints ? this.tr.trainX : this.lineX;
    const out = inPoints ? this.acts : this.lineActs;
    layerActivations(this.net, x.subarray(from * f, (from + rows) * f), rows, this.layer, out.subarray(from * w, (from + rows) * w));
    this.done += rows;
    return rows;
  }

  result(): LayerActs {
    return { layer: this.layer, acts: this.acts, lineActs: this.lineActs };
  }
}

/**
 * One trainer's heavy part over several calls of run(). The parameters are copied at creation;
 * `shadow` is a network of the same spec that the job may overwrite (the engine keeps one per
 * trainer, so a job allocates no new network).
 */
export class HeavyJob {
  readonly epoch: number;
  readonly step: number;
  /** The learning rate at the measured step (the loss chart marks schedule changes with it). */
  private readonly lr: number;
  private readonly train: SplitEval;
  private readonly test: SplitEval;
  private readonly boundary: Float32Array;
  private readonly unitGrids: Float32Array | null;
  private boundaryDone = 0;
  private unitsDone = 0;
  private readonly macs: number;
  private readonly hidden: LayerRows | null;

  /** Cost of one row (point or pixel) in multiply-add equivalents (costPerExample): the smallest piece of work. */
  get rowMacs(): number {
    return this.macs;
  }

  constructor(
    private readonly tr: Trainer, private readonly shadow: Network, private readonly id: number,
    private readonly gridN: number, private readonly unitGridN: number, thumbnails: boolean, hiddenLayer: number | null = null,
  ) {
    shadow.params.set(tr.net.params);
    this.epoch = tr.epoch;
    this.step = tr.step;
    this.lr = currentLr(tr);
    const chunks = evalChunks(tr);
    this.train = new SplitEval(tr, shadow, 'train', chunks.train, true);
    this.test = new SplitEval(tr, shadow, 'test', chunks.test, false);
    const out = shadow.layout.layers.length - 1;
    this.boundary = new Float32Array(gridSize(shadow, gridN, [out]));
    this.unitGrids = thumbnails ? new Float32Array(gridSize(shadow, unitGridN)) : null;
    this.macs = costPerExample(tr);
    const hiddenOk = hiddenLayer !== null && Number.isInteger(hiddenLayer) && hiddenLayer >= 0 && hiddenLayer < shadow.layout.layers.length - 1;
    this.hidden = hiddenOk ? new LayerRows(tr, shadow, hiddenLayer) : null;
  }

  get done(): boolean {
    return this.train.done && this.test.done && this.boundaryDone >= this.gridN ** 2 && (!this.unitGrids || this.unitsDone >= this.unitGridN ** 2) &&
      (!this.hidden || this.hidden.finished);
  }

  /**
   * Does at most `budget` multiply-adds of forward passes (at least one row, so a net whose
   * single row is over budget still advances); returns the multiply-adds done.
   */
  run(budget: number): number {
    let spent = 0;
    const rowsLeft = (): number => Math.floor((budget - spent) / this.macs);
    while (!this.done) {
      const allowed = spent === 0 ? Math.max(1, rowsLeft()) : rowsLeft();
      if (allowed < 1) break;
      let rows: number;
      if (!this.train.done) rows = this.train.run(allowed);
      else if (!this.test.done) rows = this.test.run(allowed);
      else if (this.boundaryDone < this.gridN ** 2) {
        rows = Math.min(allowed, this.gridN ** 2 - this.boundaryDone);
        const out = this.shadow.layout.layers.length - 1;
        evaluateGrid(this.shadow, this.gridN, this.tr.data.extent, this.boundary, [out], this.boundaryDone, this.boundaryDone + rows);
        this.boundaryDone += rows;
      } else if (this.unitGrids && this.unitsDone < this.unitGridN ** 2) {
        rows = Math.min(allowed, this.unitGridN ** 2 - this.unitsDone);
        evaluateGrid(this.shadow, this.unitGridN, this.tr.data.extent, this.unitGrids!, undefined, this.unitsDone, this.unitsDone + rows);
        this.unitsDone += rows;
      } else rows = this.hidden!.run(allowed);
      spent += rows * this.macs;
    }
    return spent;
  }

  /** Both splits are evaluated: the metrics are final (the job's first part; the grids follow). */
  get metricsDone(): boolean {
    return this.train.done && this.test.done;
  }

  /** Loss, accuracy and histogram on the frozen parameters (call once metricsDone). */
  metrics(): Metrics {
    return { epoch: this.epoch, step: this.step, id: this.id, lr: this.lr, train: this.train.result(), test: this.test.result(), actHist: this.train.histogram() };
  }

  /** The finished parts (call once done). */
  result(): HeavyResult {
    return {
      metrics: this.metrics(),
      boundary: this.boundary,
      unitGrids: this.unitGrids,
      hidden: this.hidden?.result() ?? null,
    };
  }
}

/**
 * A network of the trainer's spec for jobs to overwrite (zero parameters until a job copies
 * them), with room for the largest chunk its jobs run (the grids' 256 rows, the evaluation's
 * chunks) from the start: growing a big net's WebAssembly memory later took hundreds of
 * milliseconds in one worker task.
 */
export function shadowNetwork(tr: Trainer): Network {
  return createNetwork(tr.net.spec, Math.max(GRID_CHUNK, evalChunks(tr).test));
}
