/**
 * Messages between the UI thread and the training worker, one union per direction.
 * Snapshots carry typed arrays whose buffers are transferred, not copied.
 */
import type { Divergence, LayerStats, TrainConfig } from '../core';
import type { LayerFn } from '../core/activations';

/** What the UI is looking at; the worker only computes what is visible. */
export interface ViewOptions {
  /** Compute per-neuron thumbnails (off when the diagram is collapsed or hidden). */
  thumbnails: boolean;
  /** Hidden layer (0-based) for the hidden-space view, or null for none. */
  hiddenLayer: number | null;
  /** Training pace so a learner can watch; null trains as fast as the worker can. */
  epochsPerSecond: number | null;
}

export type StepUnit = 'epoch' | 'batch';

export interface ConfigMessage {
  type: 'config';
  config: TrainConfig;
  compare: TrainConfig | null;
  /** Why the UI sent it ("hidden changed"): shown with a rebuild. */
  reason: string;
  /** Build new networks even when the change is live (or nothing changed): load, reset. */
  rebuild?: boolean;
}

export type ToWorker =
  /**
   * The configuration to train (compare adds a second net on the same data and seed). The
   * engine validates it and decides: a change of live fields only (optimizer, lr, batch,
   * regularization, see isLiveChange) keeps the weights and answers 'configured'; anything
   * else, or `rebuild` (load, reset), builds new networks and answers 'built'. A config it
   * cannot use is answered with an 'error' naming the field, and the old networks stay.
   */
  | ConfigMessage
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; unit: StepUnit }
  /** Set one parameter of model `model` (a link weight or bias edited by hand). */
  | { type: 'setParam'; model: number; index: number; value: number }
  | { type: 'view'; view: ViewOptions }
  /** The UI has put the last snapshot into its store: the worker may send the next. */
  | { type: 'ack' };

/** Static description of one built model, sent once per build. */
export interface ModelInfo {
  inputs: number;
  layers: { fanIn: number; fanOut: number; wOffset: number; bOffset: number; unitOffset: number; fn: LayerFn }[];
  paramCount: number;
  unitCount: number;
  config: TrainConfig;
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
}

export interface ModelSnapshot {
  step: number;
  epoch: number;
  diverged: boolean;
  /** Why and when the run diverged (null while it has not). */
  divergence: Divergence | null;
  /**
   * The losses and accuracies below were measured at this epoch (-1: not yet). Big nets are
   * evaluated less often than they are drawn, so it can lag `epoch`; the UI then says so.
   */
  metricsEpoch: number;
  /** Identifies the measurement: a new id is a new point for the loss chart; the same id is a repeat. */
  metricsId: number;
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
  /** Every non-input unit's thumbnail (hidden first, output last), thumbN x thumbN each, unit-major; null = unchanged or off. */
  thumbs: Float32Array | null;
  thumbN: number;
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

export type FromWorker =
  /** The worker's script has run and listens: errors after this are crashes, not a failed load. */
  | { type: 'ready' }
  | { type: 'built'; buildId: number; models: ModelInfo[]; data: DataInfo; reason: string }
  | { type: 'snapshot'; snapshot: Snapshot }
  /** A config was applied live (weights kept): the answer to a 'config' that did not rebuild. */
  | { type: 'configured' }
  /** Play state; a stopped run's divergence, structured so the UI words it in its language. */
  | { type: 'status'; running: boolean; message: string | null; divergence?: DivergenceReport | null }
  /**
   * `code` marks the training worker's own failure (field 'worker', see WorkerFailure); the
   * message is then only the detail (the browser's error text), which the UI puts in its words.
   */
  | { type: 'error'; message: string; field: string | null; code?: WorkerFailure };

/** Which model diverged (0 = A) of how many, and why. */
export interface DivergenceReport {
  model: number;
  models: number;
  info: Divergence;
}

/**
 * How the training worker failed: it threw or was killed with an error event ('crashed'),
 * went silent while it should be training ('stalled', the liveness check), or its script
 * never loaded ('load').
 */
export type WorkerFailure = 'crashed' | 'stalled' | 'load';

/** Exhaustiveness guard for switches over the unions above. */
export function assertNever(x: never): never {
  throw new Error(`unexpected message: ${JSON.stringify(x)}`);
}
