/** The app store's shape, split into slices that each own a part of the state. */
import type { TrainConfig } from '../core';
import type { DataInfo, FromWorker, ModelInfo, Snapshot, StepUnit, ToWorker } from '../worker/protocol';
import type { LossHistory } from '../panels/metrics/lossHistory';
import type { LessonSlice } from './lessonSlice';
import type { GradSlice } from './gradSlice';
import type { RailSlice } from './railSlice';
import type { GradHistory } from '../panels/gradients/gradHistory';
import type { Lang } from '../i18n';

export type RunStatus = 'idle' | 'running' | 'paused' | 'diverged' | 'error';

/** How the store reaches the worker. The bridge installs it; the Worker itself stays outside. */
export interface WorkerPort {
  send(msg: ToWorker): void;
  restart(): void;
}

export interface ConfigSlice {
  config: TrainConfig;
  /** A patch that defines network B in compare mode, or null. */
  compare: Partial<TrainConfig> | null;
  /** Notices about rejected URL values or settings, shown until dismissed. */
  notices: string[];
  /** Applies a config patch; an invalid one is refused with a notice and changes nothing. */
  setConfig(patch: Partial<TrainConfig>): void;
  setCompare(patch: Partial<TrainConfig> | null): void;
  /** Replaces the whole config (from the URL hash). */
  loadConfig(config: TrainConfig, notices: string[]): void;
  dismissNotices(): void;
}

export interface RunSlice {
  status: RunStatus;
  /** A user-facing explanation of an error or divergence. */
  message: string | null;
  port: WorkerPort;
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(unit: StepUnit): void;
  /** Rebuilds from the same config and seed (and restarts a crashed worker). */
  reset(): void;
  editParam(model: number, index: number, value: number): void;
}

/** The latest state of one model, with grids carried over when a snapshot leaves them unchanged. */
export interface ModelView {
  info: ModelInfo;
  snap: Snapshot['models'][number] | null;
  boundary: Float32Array | null;
  boundaryN: number;
  thumbs: Float32Array | null;
  thumbN: number;
  history: LossHistory;
  /** Per-layer gradient sizes over training (the gradient lab's history). */
  grads: GradHistory;
}

export interface SnapshotSlice {
  buildId: number;
  buildReason: string;
  data: DataInfo | null;
  models: ModelView[];
  epochsPerSecond: number;
  /** Applies one worker message with a single set. */
  receive(msg: FromWorker): void;
}

export interface UiSlice {
  discretize: boolean;
  hoverUnit: number | null;
  selectedUnit: number | null;
  /** Training pace in epochs per second; null is as fast as possible. */
  speed: number | null;
  /** The language chosen by the link or the switch; null follows the browser. */
  lang: Lang | null;
  setUi(patch: Partial<Pick<UiSlice, 'discretize' | 'hoverUnit' | 'selectedUnit' | 'speed' | 'lang'>>): void;
}

export type AppState = ConfigSlice & RunSlice & SnapshotSlice & UiSlice & LessonSlice & GradSlice & RailSlice;
