/**
 * Messages between the UI thread and the training worker, one union per direction.
 * Snapshots carry typed arrays whose buffers are transferred, not copied.
 */
import type { TrainConfig } from '../core';
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

export type ToWorker =
  /** Build (or rebuild) the networks; compare adds a second net on the same data and seed. */
  | { type: 'build'; config: TrainConfig; compare: TrainConfig | null; reason: string }
  /** Live change (optimizer, lr, batch, regularization): no rebuild. */
  | { type: 'settings'; config: TrainConfig; compare: TrainConfig | null }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; unit: StepUnit }
  /** Set one parameter of model `model` (a link weight or bias edited by hand). */
  | { type: 'setParam'; model: number; index: number; value: number }
  | { type: 'view'; view: ViewOptions }
  /** The UI has put the last snapshot into its store: the worker may send the next. */
  | { type: 'ack' };

export type FromWorker =
  | { type: 'built'; buildId: number; models: ModelInfo[]; data: DataInfo; reason: string }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'status'; running: boolean; message: string | null }
  | { type: 'error'; message: string; field: string | null };

/** Exhaustiveness guard for switches over the unions above. */
export function assertNever(x: never): never {
  throw new Error(`unexpected message: ${JSON.stringify(x)}`);
}
