/**
 * The training engine: owns the trainers, trains in time slices and decides when to post a
 * snapshot. It knows nothing of Web Workers (post and now are injected), so tests run it in
 * Node; training.worker.ts is a thin shell around it. The engine is the only clock.
 */
import {
  ConfigError, applyLiveConfig, createTrainer, measureGradients, stepsPerEpoch, trainEpoch, trainStep,
  type Trainer, type TrainConfig,
} from '../core';
import { assertNever, type FromWorker, type ModelSnapshot, type ToWorker, type ViewOptions, type HiddenView } from './protocol';
import { addGrids, baseSnapshot, evalCost, initGradientRows, measureMetrics, modelInfo, NO_METRICS, transferables, type Metrics } from './snapshot';

export interface EngineHost {
  post(msg: FromWorker, transfer: ArrayBuffer[]): void;
  now(): number;
  /** Optional hidden-space computation (see core/hiddenspace). */
  hidden?: (tr: Trainer, layer: number) => HiddenView | null;
}

/** Milliseconds of training per slice; messages are handled between slices. */
export const SLICE_MS = 12;
/** At most ~60 snapshots per second. */
export const SNAPSHOT_MS = 16;
/** Grid and big-evaluation work may take at most this share of the worker's time. */
const GRID_SHARE = 0.3;
/** Evaluations below this many multiply-adds run on every snapshot (well under a millisecond). */
const CHEAP_EVAL_MACS = 2e6;
/** Builds above this evaluation cost send a light first snapshot. */
const LIGHT_BUILD_MACS = 3e7;

export class Engine {
  private trainers: Trainer[] = [];
  private buildId = 0;
  private running = false;
  private awaitingAck = false;
  /** A snapshot is owed as soon as the UI has taken the last one. */
  private owed = false;
  private lastSnapshot = -Infinity;
  private gridFreeAt = -Infinity;
  private view: ViewOptions = { thumbnails: true, hiddenLayer: null, epochsPerSecond: null };
  /** Steps the chosen pace allows now (paced mode only), and when it was last topped up. */
  private credit = 0;
  private lastTick = 0;
  private rate = { t0: 0, epochs: 0, perSecond: 0 };
  /** Last metrics per model, reused while their recomputation waits for its time share. */
  private metrics: Metrics[] = [];

  constructor(private readonly host: EngineHost) {}

  /** True while training should continue in further slices. */
  get isRunning(): boolean {
    return this.running;
  }

  handle(msg: ToWorker): void {
    switch (msg.type) {
      case 'build': return this.build(msg.config, msg.compare, msg.reason);
      case 'settings': return this.settings(msg.config, msg.compare);
      case 'play': return this.setRunning(true);
      case 'pause': return this.setRunning(false);
      case 'step':
        if (this.running) this.setRunning(false, false);
        for (const tr of this.trainers) (msg.unit === 'epoch' ? trainEpoch : trainStep)(tr);
        this.afterTraining();
        return this.requestSnapshot(true);
      case 'setParam': {
        const tr = this.trainers[msg.model];
        if (!tr || !Number.isInteger(msg.index) || msg.index < 0 || msg.index >= tr.net.params.length || !Number.isFinite(msg.value)) {
          return this.host.post({ type: 'error', message: `cannot set parameter ${msg.index} to ${msg.value}`, field: 'param' }, []);
        }
        tr.net.params[msg.index] = msg.value;
        tr.lastGood[msg.index] = msg.value;
        return this.requestSnapshot(true);
      }
      case 'view':
        this.view = msg.view;
        return this.requestSnapshot(true);
      case 'ack':
        this.awaitingAck = false;
        if (this.owed) this.requestSnapshot(true);
        return;
      default:
        return assertNever(msg);
    }
  }

  /**
   * Milliseconds until the next slice has work: 0 at full speed or when paced steps are due,
   * otherwise the wait until the pace allows one more step (the worker sleeps meanwhile).
   */
  nextDelay(): number {
    const speed = this.view.epochsPerSecond;
    if (speed === null || this.credit >= 1 || this.trainers.length === 0) return 0;
    const stepsPerMs = (speed * stepsPerEpoch(this.trainers[0]!)) / 1000;
    return Math.min(50, Math.max(4, (1 - this.credit) / stepsPerMs));
  }

  /** One time slice of training, then a snapshot if one is due. */
  tick(): void {
    if (!this.running || this.trainers.length === 0) return;
    const t0 = this.host.now();
    const startEpoch = this.trainers[0]!.epoch;
    const speed = this.view.epochsPerSecond;
    if (speed !== null) {
      // Top up the step allowance; a long gap (a paused tab) does not turn into a burst.
      const stepsPerSecond = speed * stepsPerEpoch(this.trainers[0]!);
      const dt = Math.min(100, Math.max(0, t0 - this.lastTick));
      this.credit = Math.min(this.credit + (stepsPerSecond * dt) / 1000, Math.max(1, stepsPerSecond * 0.1));
    }
    this.lastTick = t0;
    // Alternate single steps so compared models advance at the same pace.
    while (this.host.now() - t0 < SLICE_MS && (speed === null || this.credit >= 1)) {
      for (const tr of this.trainers) trainStep(tr);
      if (speed !== null) this.credit -= 1;
      if (this.trainers.some((t) => t.diverged)) break;
    }
    this.countEpochs(this.trainers[0]!.epoch - startEpoch);
    this.afterTraining();
    // A run that just stopped (diverged) owes the UI its final state at once.
    this.requestSnapshot(!this.running);
  }

  private build(config: TrainConfig, compare: TrainConfig | null, reason: string): void {
    let trainers: Trainer[];
    try {
      trainers = [createTrainer(config), ...(compare ? [createTrainer(compare)] : [])];
    } catch (e) {
      const field = e instanceof ConfigError ? e.field : null;
      this.host.post({ type: 'error', message: e instanceof Error ? e.message : String(e), field }, []);
      return;
    }
    this.trainers = trainers;
    // Gradients at initialization on one batch, so the gradient panel is live even while paused.
    // Fewer rows for huge nets, so dragging the depth slider never stalls the worker.
    for (const tr of trainers) measureGradients(tr, initGradientRows(tr));
    this.buildId++;
    this.gridFreeAt = -Infinity;
    this.rate = { t0: this.host.now(), epochs: 0, perSecond: 0 };
    const d = trainers[0]!.data;
    this.host.post({
      type: 'built', buildId: this.buildId, reason,
      models: trainers.map(modelInfo),
      data: {
        classes: d.classes, extent: [...d.extent],
        trainX: d.train.x.slice(), trainY: d.train.y.slice(), testX: d.test.x.slice(), testY: d.test.y.slice(),
      },
    }, []);
    this.awaitingAck = false;
    this.metrics = [];
    // A huge net's full first snapshot (every point, every grid) can take a second; send the
    // gradient statistics at once and the rest after the UI's ack, so a queued rebuild (a
    // depth-slider drag) can overtake it.
    this.requestSnapshot(true, trainers.some((tr) => evalCost(tr) > LIGHT_BUILD_MACS));
  }

  private settings(config: TrainConfig, compare: TrainConfig | null): void {
    const next = [config, compare];
    this.trainers.forEach((tr, i) => {
      const c = next[i];
      if (c) applyLiveConfig(tr, c);
    });
  }

  private setRunning(on: boolean, snapshot = true): void {
    const diverged = this.trainers.some((t) => t.diverged);
    this.running = on && !diverged && this.trainers.length > 0;
    this.lastTick = this.host.now();
    this.credit = 0;
    this.rate = { t0: this.host.now(), epochs: 0, perSecond: this.rate.perSecond };
    this.host.post({ type: 'status', running: this.running, message: diverged ? divergedMessage(this.trainers) : null }, []);
    if (!on && snapshot) this.requestSnapshot(true);
  }

  private afterTraining(): void {
    if (this.trainers.some((t) => t.diverged)) {
      this.running = false;
      this.host.post({ type: 'status', running: false, message: divergedMessage(this.trainers) }, []);
    }
  }

  private countEpochs(n: number): void {
    const now = this.host.now();
    this.rate.epochs += n;
    const dt = now - this.rate.t0;
    if (dt >= 1000) {
      this.rate = { t0: now, epochs: 0, perSecond: (this.rate.epochs * 1000) / dt };
    }
  }

  /**
   * Posts a snapshot if the UI has taken the last one and one is due (or forced). A light one
   * carries statistics and parameters only and leaves a full one owed.
   */
  private requestSnapshot(force: boolean, light = false): void {
    if (this.trainers.length === 0) return;
    const now = this.host.now();
    if (this.awaitingAck) {
      this.owed = this.owed || force;
      return;
    }
    if (!force && now - this.lastSnapshot < SNAPSHOT_MS) return;
    this.owed = light;
    // Evaluation over every point and the grids are the expensive part: beyond small nets they
    // are recomputed only within their share of the worker's time, else the last ones are reused.
    const heavy = !light && (force || now >= this.gridFreeAt);
    const h0 = this.host.now();
    const models: ModelSnapshot[] = this.trainers.map((tr, i) => {
      if (!light && (heavy || !this.metrics[i] || evalCost(tr) < CHEAP_EVAL_MACS)) this.metrics[i] = measureMetrics(tr);
      return baseSnapshot(tr, this.metrics[i] ?? NO_METRICS);
    });
    if (heavy) {
      const hidden = this.host.hidden ?? (() => null);
      this.trainers.forEach((tr, i) => addGrids(tr, models[i]!, this.view, hidden));
      const spent = this.host.now() - h0;
      this.gridFreeAt = this.host.now() + spent * (1 / GRID_SHARE - 1);
    }
    this.lastSnapshot = now;
    this.awaitingAck = true;
    this.host.post({
      type: 'snapshot',
      snapshot: { buildId: this.buildId, running: this.running, epochsPerSecond: this.rate.perSecond, models },
    }, transferables(models));
  }
}

function divergedMessage(trainers: Trainer[]): string {
  const i = trainers.findIndex((t) => t.diverged);
  const tr = trainers[i]!;
  const which = trainers.length > 1 ? (i === 0 ? 'Network A' : 'Network B') : 'Training';
  return `${which} diverged at epoch ${tr.epoch}: the loss became NaN or infinite (learning rate ${tr.settings.lr} is probably too large). The last finite weights are kept; lower the learning rate and press reset.`;
}
