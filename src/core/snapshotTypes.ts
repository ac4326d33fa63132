/**
 * What the worker tells the UI about a run: the built models, the data and each snapshot.
 * Both sides import these types (the worker posts them, the store keeps them, the panels
 * draw them), so they live in the core with no behaviour of their own.
 */
import type { TrainConfig } from './config';
import type { KernelPath } from './kernels/backend';
import type { Layout, NetSpec } from './layout';
import type { LayerStats } from './stats';
import type { Divergence } from './divergence';

/** A data point by split and index (the point a lesson card evaluates). */
export interface PointRef {
  readonly which: 'train' | 'test';
  readonly index: number;
}

/** One built model, sent once per build: the worker's own spec and layout table, not a copy. */
export interface ModelInfo {
  /** The architecture the worker built: inputs, hidden layers (width, activation), output head. */
  spec: NetSpec;
  /** Its layout table: where each layer's W and b sit in `params` (see core/layout). */
  layout: Layout;
  config: TrainConfig;
  /** The kernels training it: 'wasm-simd', or the TypeScript fallback 'ts' (the page's about line). */
  kernel: KernelPath;
}

/** The data set, sent once per build (it never changes during a run). */
export interface DataInfo {
  classes: number;
  extent: [number, number, number, number];
  trainX: Float64Array; trainY: Float64Array;
  testX: Float64Array; testY: Float64Array;
}

/** Points of the hidden-space view for one model (see core/hiddenspace). */
export interface HiddenView {
  layer: number;
  units: number;
  /**
   * Training points in the drawn space, [n x dims]: the activations themselves for 1 unit
   * (dims 1) or 2 units (dims 2), their PCA coordinates for more units (dims 2).
   */
  points: Float32Array;
  /** Images of the input grid lines in the drawn space, [lines x samples x 2]; null for 1 unit. */
  lines: Float32Array | null;
  linesCount: number;
  samples: number;
  /** The next layer's decision line w.h + b = 0 in this space (2-unit layers only). */
  nextLine: { w1: number; w2: number; b: number } | null;
  /** Set when units > 2: points and lines are a PCA projection; share of variance per axis. */
  projection: { explained: [number, number] } | null;
  /**
   * Exact linear separability of the training points in all `units` dimensions (not in the
   * projection); null when not tested (not two classes, or too big for the time budget).
   */
  separable: boolean | null;
  /** Epoch at which `separable` was tested: wide layers are tested less often than drawn. */
  testedEpoch: number;
  /**
   * The exact first epoch at which the layer was separable after starting not separable, when
   * the worker tested every epoch (paced training of a small layer); null or absent otherwise.
   */
  firstSeparableEpoch?: number | null;
}

export interface ModelSnapshot {
  step: number;
  epoch: number;
  diverged: boolean;
  /** The learning rate the next step uses (the schedule at this epoch). */
  lr?: number;
  /** Why and when the run diverged (null while it has not). */
  divergence: Divergence | null;
  /**
   * The losses and accuracies below were measured at this epoch (-1: not yet). Big nets are
   * evaluated less often than they are drawn, so it can lag `epoch`; the UI then says so.
   */
  metricsEpoch: number;
  /** Identifies the measurement: a new id is a new point for the loss chart; the same id is a repeat. */
  metricsId: number;
  /** The learning rate at `metricsEpoch` (NaN before the first measurement). */
  metricsLr?: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** Per weighted layer (hidden first, output last) from the last step, or at init. */
  stats: LayerStats[];
  params: Float32Array;
  /** Output units over a gridN x gridN plane, unit-major; null = unchanged since the last one. */
  boundary: Float32Array | null;
  gridN: number;
  /** Every non-input unit's thumbnail (hidden first, output last), unitGridN x unitGridN each, unit-major; null = unchanged or off. */
  unitGrids: Float32Array | null;
  unitGridN: number;
  hidden: HiddenView | null;
  /** Batch gradient of the last step (or at init), same layout as params: the neuron card shows it. */
  grads?: Float32Array;
  /** Activation histograms per weighted layer (the gradient lab's saturation strip). */
  actHist?: ActHistogram | null;
}

/** Per-layer activation histograms over the training points of the last evaluation pass. */
export interface ActHistogram {
  /** Bins per layer. */
  bins: number;
  /** Examples read. */
  rows: number;
  /** [layers x 2]: the [lo, hi] each layer's bins span (the function's range, or the data's). */
  range: Float32Array;
  /** [layers x bins]: share of entries per bin (each layer sums to 1). */
  freq: Float32Array;
  /** [layers x bins]: share of entries per bin that sit in a flat region (see countSaturated). */
  satFreq: Float32Array;
  /** [layers]: share of units saturated on every example read (dead ReLUs, stuck sigmoids). */
  stuck: Float32Array;
}

export interface Snapshot {
  buildId: number;
  running: boolean;
  /** Training speed measured by the worker over the last second. */
  epochsPerSecond: number;
  models: ModelSnapshot[];
}
