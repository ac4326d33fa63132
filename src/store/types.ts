/**
 * The app store's shape, split into slices that each own a part of the state. Every slice's
 * interface is here and the slice files import them, so types never import a slice back.
 */
import type { CustomData, DatasetName, TrainConfig } from '../core';
import type { DataInfo, DivergenceReport, FromWorker, WorkerFailure, ModelInfo, Snapshot, StepUnit, ToWorker } from '../worker/protocol';
import type { HiddenView, PointRef } from '../core/snapshotTypes';
import type { NudgeTarget } from '../core/influence';
import type { Measure } from '../model/measures';
import type { EmbedSpec } from '../model/embed';
import type { HashState, LessonStep } from './url';
import type { LossHistory } from '../model/lossHistory';
import type { GradHistory } from '../model/gradHistory';
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
  dismissNotices(): void;
}

export interface RunSlice {
  status: RunStatus;
  /** A user-facing explanation of an error or divergence (plain English; see the structured fields). */
  message: string | null;
  /** A diverged run's structured report, which the banner words in the page's language. */
  divergence: DivergenceReport | null;
  /** The training worker's own failure (crash, silence, failed load), or null. */
  failure: WorkerFailure | null;
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
  latest: Snapshot['models'][number] | null;
  boundary: Float32Array | null;
  boundaryN: number;
  unitGrids: Float32Array | null;
  unitGridN: number;
  /**
   * The last hidden-space view with the weights it was computed from. Snapshots that skip the
   * grid work carry none, so the last one is kept (like the boundary) until a new one comes.
   */
  hidden: { view: HiddenView; params: Float32Array } | null;
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
  /** Embed and classroom mode from the link (`embed`, `show`, `hide`); written back to the hash. */
  embed: EmbedSpec;
  setUi(patch: Partial<Pick<UiSlice, 'discretize' | 'hoverUnit' | 'selectedUnit' | 'speed' | 'lang'>>): void;
}

export type LessonTab = 'neuron' | 'perceptron' | 'backprop';

export interface LessonSlice {
  /** Hidden layer (0-based) chosen for the hidden-space view; null follows the last one. */
  hiddenLayerChoice: number | null;
  /** The point the neuron card evaluates; null means the first training point. */
  pickedPoint: PointRef | null;
  lessonTab: LessonTab;
  setLesson(patch: Partial<Pick<LessonSlice, 'hiddenLayerChoice' | 'pickedPoint' | 'lessonTab'>>): void;
}

export interface GradSlice {
  /** The measure the gradient panels show (URL key `measure`). */
  measure: Measure;
  setMeasure(m: Measure): void;
  /** Applies a parsed hash: config, compare and measure together, notices appended. */
  loadHash(h: HashState): void;
}

/** What undo and redo swap: which dataset, and the custom points. */
export interface DataVersion {
  readonly dataset: DatasetName;
  readonly custom: CustomData | null;
}

export interface DataSlice {
  /** Click on the output plot adds (or removes) points. */
  dataEdit: boolean;
  /** Class of the next placed point (classification sets). */
  editClass: number;
  /** Target of the next placed point (regression sets). */
  editTarget: number;
  dataUndo: readonly DataVersion[];
  dataRedo: readonly DataVersion[];
  /** A model file (JSON) the next build resumes from; the bridge sends and clears it. */
  restore: string | null;
  /** Why the link no longer reproduces the run's weights, or null when it does. */
  runMark: 'edited' | 'loaded' | null;
  /** The last model file the worker sent (serial counts requests, so a repeat is a change). */
  modelFile: { json: string; serial: number } | null;
  setDataEdit(patch: Partial<Pick<DataSlice, 'dataEdit' | 'editClass' | 'editTarget'>>): void;
  /** Adds a point of editClass (or editTarget) at (x1, x2) in data units. */
  addPoint(x1: number, x2: number): void;
  /** Removes point `index` of the current points (see currentPoints). */
  removePoint(index: number): void;
  undoData(): void;
  redoData(): void;
  /** Imports CSV text (Papa Parse is fetched with the first file); false (with a notice naming the line) leaves the data unchanged. */
  importCsv(text: string, rescale: boolean): Promise<boolean>;
  /** Loads a model file; false (with a notice) leaves everything unchanged. */
  loadModelText(text: string): boolean;
  /** Asks the worker for the current model file (arrives in modelFile). */
  requestModel(): void;
}

export type { LessonStep };

/** What the lesson's checkpoints have seen so far; a passed check stays passed. */
export interface LessonChecks {
  /** Step 1: AND and OR each reached 100% with one neuron. */
  and: boolean;
  or: boolean;
  /** Step 1: XOR with one neuron trained and stayed at 75% or below. */
  xorFails: boolean;
  /** Step 2: the hidden layer became linearly separable, then the output reached 100%. */
  separable: boolean;
  solved: boolean;
  /** Step 3: layer 1 got < 1e-3 of the output's gradient (with sigmoid), at this depth. */
  vanished: boolean;
  vanishedDepth: number;
  /** Step 3: after the fix, > 1e-2 at the same depth or deeper. */
  recovered: boolean;
}

/** One picture of the hidden layer, kept for the replay. */
export interface HiddenFrame {
  epoch: number;
  view: HiddenView;
  /** The weights it was drawn with (for the next layer's lines); null for big nets. */
  params: Float32Array | null;
}

/** Events of the current build, reset on every rebuild. */
export interface Milestones {
  buildId: number;
  /** The hidden layer's verdict on the first picture (before or at the start of training). */
  initialSeparable: boolean | null;
  /** First epoch the shown hidden layer tested separable after testing not separable, or null. */
  separableEpoch: number | null;
  /** First epoch the training accuracy was 100%, or null. */
  solvedEpoch: number | null;
  /** Bounded, evenly spread history of hidden-space pictures (oldest first). */
  frames: HiddenFrame[];
  /** Epochs between kept frames; doubles whenever the history is thinned. */
  stride: number;
}

/**
 * The lesson rail's state: the open step, the checkpoints, the current build's milestones
 * and replay position, and whether the learner chose a pace (see railSlice, milestones).
 */
export interface RailSlice {
  lessonStep: LessonStep;
  lessonChecks: LessonChecks;
  milestones: Milestones;
  /** Replay position in milestones.frames, or null for the live picture. */
  replayFrame: number | null;
  /** True once the learner picked a speed; until then the pace follows the problem (autoPace). */
  speedChosen: boolean;
  setLessonStep(step: LessonStep): void;
  setReplayFrame(i: number | null): void;
}


/**
 * Backprop step-by-step mode: whether it is open, which phase is shown, and what is being
 * nudged. See backpropSlice.ts.
 */
export interface BackpropSlice {
  bpOpen: boolean;
  /** Index into the phase sequence of the current net (clamped by the view). */
  bpPhase: number;
  /** Auto-advance through the phases (a view timer; training stays paused). */
  bpAuto: boolean;
  /** The nudged number; null picks the weight with the largest gradient. */
  bpTarget: NudgeTarget | null;
  /** Nudge size, 0.001 .. 0.5. */
  bpEpsilon: number;
  /** True when opening paused a running net, so closing plays it again. */
  bpResume: boolean;
  openBackprop(): void;
  closeBackprop(): void;
  setBp(patch: Partial<Pick<BackpropSlice, 'bpPhase' | 'bpAuto' | 'bpTarget' | 'bpEpsilon'>>): void;
}

export type AppState = ConfigSlice & RunSlice & SnapshotSlice & UiSlice & LessonSlice & GradSlice & BackpropSlice & RailSlice & DataSlice;
