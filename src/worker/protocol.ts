/**
 * Messages between the UI thread and the training worker, one union per direction.
 * Snapshots carry typed arrays whose buffers are transferred, not copied.
 */
import type { Divergence, TrainConfig } from '../core';
import type { DataInfo, ModelInfo, Snapshot } from '../core/snapshotTypes';

// The view types live in core so the panels can read them without importing the worker.
export type { ActHistogram, DataInfo, HiddenView, ModelInfo, ModelSnapshot, Snapshot } from '../core/snapshotTypes';

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
  /** A model file (JSON text, see core/modelfile) to resume network A from instead of a fresh start; implies rebuild. */
  restore?: string;
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
  /** Asks for model `model`'s model file; answered by a 'model' message. */
  | { type: 'saveModel'; model: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; unit: StepUnit }
  /** Set one parameter of model `model` (a link weight or bias edited by hand). */
  | { type: 'setParam'; model: number; index: number; value: number }
  | { type: 'view'; view: ViewOptions }
  /** The UI has put the last snapshot into its store: the worker may send the next. */
  | { type: 'ack' };

export type FromWorker =
  /** The worker's script has run and listens: errors after this are crashes, not a failed load. */
  | { type: 'ready' }
  /** New networks; always followed at once, from the same worker task, by their first snapshot. */
  | { type: 'built'; buildId: number; models: ModelInfo[]; data: DataInfo; reason: string }
  | { type: 'snapshot'; snapshot: Snapshot }
  /** A model file (JSON text) asked for by 'saveModel'. */
  | { type: 'model'; model: number; json: string }
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
