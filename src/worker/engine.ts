/**
 * The training engine: owns the trainers, trains in time slices and decides when to post a
 * snapshot. It knows nothing of Web Workers (post and now are injected), so tests run it in
 * Node; training.worker.ts is a thin shell around it. The engine is the only clock.
 */
import {
  ConfigError, applyLiveConfig, beginTrainer, modelFromJson, modelToJson, isLiveChange, resolveConfig, stepsPerEpoch,
  trainEpoch, trainStep, type Trainer, type TrainerStart, type TrainConfig,
} from '../core';
import { assertNever, type ConfigMessage, type FromWorker, type ModelSnapshot, type ToWorker, type ViewOptions } from './protocol';
import { builtMessage, evalCost, transferables } from './snapshot';
import { SnapshotComposer } from './snapshotComposer';
import { SeparableTracker } from './separableTracker';
import { divergedStatus } from './divergedStatus';
import { ChunkSizer, Pacer, RateMeter, SNAPSHOT_MS, snapshotInterval } from './pacing';
import { bigSteps, oneStepEpoch, StepRounds, turnBudget } from './bigSteps';
import { BigStart } from './bigStart';
import { trainSlice } from './trainSlice';

export interface EngineHost {
  post(msg: FromWorker, transfer: ArrayBuffer[]): void;
  /** Milliseconds; the engine's only clock (the hidden-space views read it too). */
  now(): number;
}

/**
 * One worker task (a turn, or a message) aims to end within this many ms: a job's turn, a
 * training slice and a snapshot's hidden-space turn each stop at the deadline (after some
 * progress), so together they stay well under issue 13's 50 ms even with cold code.
 */
export const TASK_MS = 24;
/** Builds above this evaluation cost send a light first snapshot. */
const LIGHT_BUILD_MACS = 3e7;
export class Engine {
  private trainers: Trainer[] = [];
  /** The newest config received and not built yet (see receive). */
  private inbox: ConfigMessage | null = null;
  /** What goes into a snapshot, and the heavy parts' time share (snapshotComposer.ts). */
  private readonly snaps: SnapshotComposer;
  /** Hand edits of parameters, so a paused job on the old values is restarted. */
  private edits = 0;
  private buildId = 0;
  private running = false;
  private awaitingAck = false;
  /** A snapshot is owed as soon as the UI has taken the last one. */
  private owed = false;
  private lastSnapshot = -Infinity;
  private view: ViewOptions = { thumbnails: true, hiddenLayer: null, epochsPerSecond: null };
  private readonly pacer = new Pacer();
  private readonly chunk = new ChunkSizer();
  private readonly rate = new RateMeter();
  /** The exact epoch a small hidden layer first becomes separable, while paced (the lesson's mark). */
  private readonly separable = new SeparableTracker();
  /** When the current worker task should end (beginTask; Infinity for direct handle() calls). */
  private taskEnd = Infinity;
  /** Snapshots posted so far (a turn that posted one ends there). */
  private posts = 0;
  /** Steps too long for one turn, run over several (bigSteps.ts). */
  private readonly steps = new StepRounds();
  /** A big net's start over the turns after its build (bigStart.ts). */
  private readonly start = new BigStart();

  constructor(private readonly host: EngineHost) {
    this.snaps = new SnapshotComposer(() => host.now(), () => this.taskEnd);
  }

  /** Big nets' sliced heavy parts (tests read a turn's work from it). */
  get parts() {
    return this.snaps.parts;
  }

  /** True while training should continue in further slices. */
  get isRunning(): boolean {
    return this.running;
  }

  /** True while the engine has work for its next turn even when paused (a queued build). */
  get hasWork(): boolean {
    // A big net's start and an open round of big steps go on even while paused (see tick).
    return this.inbox !== null || this.snaps.parts.busy || this.steps.pending || this.start.phase !== null;
  }

  /**
   * The worker's inbox: a config is not built at once but at the next turn (tick), and a newer
   * one queued meanwhile replaces it, so a burst of configs (a depth-slider drag, a backlog
   * behind a slow build) costs one build, of the last. Nothing is lost: a replaced forced
   * rebuild keeps the newer one forced, and any other message first builds the queued config,
   * so messages keep their order. A replaced config is never validated, so its errors are not
   * reported as the current state. `handle` stays the immediate path (tests, the CLI-like use).
   */
  receive(msg: ToWorker): void {
    this.task(() => this.take(msg));
  }

  private take(msg: ToWorker): void {
    if (msg.type === 'config') {
      const prev = this.inbox;
      this.inbox = prev?.rebuild && !msg.rebuild && !msg.restore ? { ...msg, rebuild: true, reason: prev.reason } : msg;
      return;
    }
    // An ack only lets the next snapshot go; it needs no build first.
    if (msg.type !== 'ack') this.flushInbox();
    this.handle(msg);
  }

  /** Builds the queued config, if any. */
  private flushInbox(): void {
    const msg = this.inbox;
    this.inbox = null;
    if (msg) this.handle(msg);
  }

  handle(msg: ToWorker): void {
    switch (msg.type) {
      case 'config': return this.configure(msg);
      case 'saveModel': {
        this.settle();
        const tr = this.trainers[msg.model];
        if (!tr) return this.host.post({ type: 'error', message: `no model ${msg.model} to save`, field: 'model' }, []);
        return this.host.post({ type: 'model', model: msg.model, json: modelToJson(tr) }, []);
      }
      case 'play': return this.setRunning(true);
      case 'pause': return this.setRunning(false);
      case 'step':
        if (this.running) this.setRunning(false, false);
        // A big net's step (or its epoch, when that is one full batch) runs over the next
        // turns, after the start's turns if any.
        if (bigSteps(this.trainers) && (msg.unit === 'batch' || this.trainers.every(oneStepEpoch))) {
          this.steps.queue();
          return;
        }
        this.start.end();
        this.settle();
        for (const tr of this.trainers) {
          (msg.unit === 'epoch' ? trainEpoch : trainStep)(tr);
          // Steps by hand are few: test each one when the layer is small enough (pace 1/s).
          this.separable.afterStep(tr, this.view.hiddenLayer, SeparableTracker.affordable(tr, this.view.hiddenLayer, 1));
        }
        this.afterTraining();
        return this.requestSnapshot(true);
      case 'setParam': {
        this.settle();
        const tr = this.trainers[msg.model];
        if (!tr || !Number.isInteger(msg.index) || msg.index < 0 || msg.index >= tr.net.params.length || !Number.isFinite(msg.value)) {
          return this.host.post({ type: 'error', message: `cannot set parameter ${msg.index} to ${msg.value}`, field: 'param' }, []);
        }
        tr.net.params[msg.index] = msg.value;
        this.separable.forget(tr);
        this.snaps.hidden.forget(tr);
        tr.lastGood[msg.index] = msg.value;
        this.edits++;
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
    return this.trainers.length === 0 ? 0 : this.pacer.delay(this.stepsPerSecond());
  }

  /** The chosen pace in steps per second, or null for as fast as possible. */
  private stepsPerSecond(): number | null {
    const speed = this.view.epochsPerSecond;
    return speed === null || this.trainers.length === 0 ? null : speed * stepsPerEpoch(this.trainers[0]!);
  }

  /** Runs one worker task with its clock: its parts stop at TASK_MS from now. */
  private task(run: () => void): void {
    this.taskEnd = this.host.now() + TASK_MS;
    this.snaps.hidden.deadline = this.taskEnd;
    try {
      run();
    } finally {
      this.taskEnd = Infinity;
      this.snaps.hidden.deadline = Infinity;
    }
  }

  /** One time slice of training, then a snapshot if one is due; or the queued build, alone. */
  tick(): void {
    this.task(() => this.turn());
  }

  private turn(): void {
    // A queued config waits for an open round of big steps to finish over turns (a live
    // setting applies between steps; finishing the round at once could take a whole step).
    if (this.inbox && this.steps.pending && !this.start.phase && !this.inbox.rebuild && !this.inbox.restore) return this.bigStepTurn(null);
    if (this.inbox) return this.flushInbox();
    if (this.start.phase) return this.startTurn();
    // A job's turn that posted a snapshot (a big net's copies of every weight) ends the task.
    if (this.snaps.parts.busy && this.runJob()) return;
    // Paused with a round of big steps open: finish it over turns, then show it.
    if (!this.running && this.steps.pending) return this.bigStepTurn(null);
    if (!this.running || this.trainers.length === 0) return;
    const t0 = this.host.now();
    // A heavy snapshot that takes a while gets a turn of its own, so a training slice and a
    // snapshot never add up to one long task.
    if (this.snaps.wantsOwnTurn(t0) && !this.steps.pending && !this.awaitingAck && t0 - this.lastSnapshot >= SNAPSHOT_MS) {
      this.requestSnapshot(false);
      return;
    }
    const startEpoch = this.trainers[0]!.epoch;
    const pace = this.stepsPerSecond();
    this.pacer.topUp(t0, pace);
    const track = this.trainers.map((tr) => SeparableTracker.affordable(tr, this.view.hiddenLayer, this.view.epochsPerSecond));
    if (this.steps.pending || bigSteps(this.trainers)) {
      // A due snapshot of a big net gets a turn of its own, between steps: its copies of
      // every weight and gradient take about as long as a turn of training.
      if (!this.steps.pending && this.snapshotDue()) return this.requestSnapshot(false);
      this.bigStepTurn({ pace, track });
      this.rate.count(this.host.now(), this.trainers[0]!.epoch - startEpoch);
      return;
    }
    const t = trainSlice(this.trainers, t0, {
      pacer: this.pacer, chunk: this.chunk, pace, now: () => this.host.now(), deadline: this.taskEnd,
      afterStep: (tr, i) => { if (track[i]) this.separable.afterStep(tr, this.view.hiddenLayer, true); },
    });
    this.rate.count(t, this.trainers[0]!.epoch - startEpoch);
    this.afterTraining();
    // A run that just stopped (diverged) owes the UI its final state at once.
    this.requestSnapshot(!this.running);
  }

  /**
   * One turn of big steps (bigSteps.ts): rows of the open round within the turn's budget, then
   * new rounds while the pace allows (`more`; null only finishes the open round: paused, or a
   * config waiting). A round that ends with a snapshot due ends the turn, so the snapshot shows
   * a finished step; snapshots wait while a round is open (requestSnapshot).
   */
  private bigStepTurn(more: { pace: number | null; track: boolean[] } | null): void {
    this.steps.turn(
      this.trainers, turnBudget(this.trainers),
      () => {
        if (!more || !this.running || this.pacer.allowed(more.pace) < 1) return false;
        this.pacer.spend(1);
        return true;
      },
      () => this.trainers.some((tr) => tr.diverged) || this.snapshotDue(),
      (tr, i) => { if (more?.track[i]) this.separable.afterStep(tr, this.view.hiddenLayer, true); },
    );
    this.afterTraining();
    // While running, a due snapshot goes at the start of the next turn (see tick).
    if (!more || !this.running) this.requestSnapshot(true);
  }

  /** A snapshot would go now: the UI took the last one and the interval has passed. */
  private snapshotDue(): boolean {
    return !this.awaitingAck && this.host.now() - this.lastSnapshot >= snapshotInterval(this.trainers);
  }

  /** One turn of a big net's start (bigStart.ts). */
  private startTurn(): void {
    const stop = () => this.host.now() > this.taskEnd;
    if (this.start.turn(this.trainers, this.sliced() ? (tr) => this.snaps.parts.prepare(tr) : null, stop)) this.requestSnapshot(true);
  }

  /**
   * Before a message reads or changes the trainers: draws a starting net's remaining weights
   * and finishes an open round of big steps.
   */
  private settle(): void {
    this.start.settle();
    const track = this.trainers.map((tr) => SeparableTracker.affordable(tr, this.view.hiddenLayer, 1));
    if (!this.steps.flush(this.trainers, (tr, i) => { if (track[i]) this.separable.afterStep(tr, this.view.hiddenLayer, true); })) return;
    this.afterTraining();
  }

  /** Validates a config message and applies it live or rebuilds, as isLiveChange decides. */
  private configure(msg: ConfigMessage): void {
    let config: TrainConfig, compare: TrainConfig | null;
    try {
      if (typeof msg.config !== 'object' || msg.config === null) throw new Error('the config message carries no config');
      config = resolveConfig(msg.config);
      compare = msg.compare == null ? null : resolveConfig(msg.compare);
    } catch (e) {
      return this.reportConfigError(e);
    }
    const current = this.trainers.map((tr) => tr.config);
    const next = compare ? [config, compare] : [config];
    const live = !msg.rebuild && !msg.restore && current.length === next.length && next.every((c, i) => isLiveChange(current[i]!, c));
    if (!live) return this.build(config, compare, typeof msg.reason === 'string' ? msg.reason : 'rebuilt', msg.restore);
    this.settle();
    this.trainers.forEach((tr, i) => applyLiveConfig(tr, next[i]!));
    this.host.post({ type: 'configured' }, []);
  }

  private reportConfigError(e: unknown): void {
    const field = e instanceof ConfigError ? e.field : null;
    this.host.post({ type: 'error', message: e instanceof Error ? e.message : String(e), field }, []);
  }

  private build(config: TrainConfig, compare: TrainConfig | null, reason: string, restore?: string): void {
    let starts: TrainerStart[];
    try {
      // A restored model's file carries its own config (the UI loaded `config` from it).
      starts = [restore ? { tr: modelFromJson(restore), run: () => true } : beginTrainer(config), ...(compare ? [beginTrainer(compare)] : [])];
    } catch (e) {
      return this.reportConfigError(e);
    }
    const trainers = starts.map((st) => st.tr);
    this.trainers = trainers;
    this.steps.reset();
    // Gradients at initialization on one batch, so the gradient panel is live even while paused.
    // Fewer rows for huge nets, so dragging the depth slider never stalls the worker. A big net
    // draws its weights, sends its first snapshot and measures them in the turns after this one
    // (bigStart.ts); the 'built' message goes now.
    const big = this.start.begin(starts);
    this.buildId++;
    this.snaps.reset();
    this.rate.restart(this.host.now(), false);
    this.chunk.reset();
    this.host.post(builtMessage(this.buildId, reason, trainers), []);
    this.awaitingAck = false;
    // A huge net's full first snapshot (every point, every grid) can take a second; send the
    // gradient statistics at once and the rest after the UI's ack, so a queued rebuild (a
    // depth-slider drag) can overtake it. A big net's first snapshot waits (bigStart.ts).
    if (!big) this.requestSnapshot(true, !this.sliced() && trainers.some((tr) => evalCost(tr) > LIGHT_BUILD_MACS));
  }

  /** True when the heavy part goes through sliced jobs. */
  private sliced(): boolean {
    return this.snaps.sliced(this.trainers, this.view);
  }

  /** Identifies the parameters and what the view wants: a job started on another state is stale. */
  private stateKey(): string {
    return `${this.buildId}:${this.edits}:${this.view.thumbnails}:${this.view.hiddenLayer}:${this.trainers.map((tr) => tr.step).join(',')}`;
  }

  /** One turn of the sliced job; a finished job's parts are posted (or owed). Returns true when a snapshot went. */
  private runJob(): boolean {
    const posted = this.posts;
    const job = this.snaps.runJob(this.running);
    // The loss is ready before the grids: show it at the next snapshot that is due.
    if (job) this.requestSnapshot(job === 'done');
    return this.posts !== posted;
  }

  /** Posts a snapshot (with each hidden view's exact first-separable epoch) and waits for its ack. */
  private post(models: ModelSnapshot[], now: number): void {
    this.separable.mark(this.trainers, models, this.view.hiddenLayer, this.view.epochsPerSecond);
    this.lastSnapshot = now;
    this.posts++;
    this.awaitingAck = true;
    this.host.post({
      type: 'snapshot',
      snapshot: { buildId: this.buildId, running: this.running, epochsPerSecond: this.rate.perSecond, models },
    }, transferables(models));
  }

  private setRunning(on: boolean, snapshot = true): void {
    const diverged = this.trainers.some((t) => t.diverged);
    this.running = on && !diverged && this.trainers.length > 0;
    this.pacer.reset(this.host.now());
    this.rate.restart(this.host.now());
    this.host.post({ type: 'status', running: this.running, ...divergedStatus(this.trainers, diverged) }, []);
    if (!on && snapshot) this.requestSnapshot(true);
  }

  private afterTraining(): void {
    if (this.trainers.some((t) => t.diverged)) {
      this.running = false;
      this.host.post({ type: 'status', running: false, ...divergedStatus(this.trainers, true) }, []);
    }
  }

  /**
   * Posts a snapshot if the UI has taken the last one and one is due (or forced). A light one
   * carries statistics and parameters only and leaves a full one owed.
   */
  private requestSnapshot(force: boolean, light = false): void {
    if (this.trainers.length === 0) return;
    const now = this.host.now();
    // Networks about to be replaced are not worth a snapshot; the build sends its own. A
    // snapshot shows finished steps only: while a round of big steps is open it waits.
    if (this.awaitingAck || this.inbox || this.steps.pending || this.start.beforeFirstSnapshot) {
      this.owed = this.owed || force;
      return;
    }
    if (!force && now - this.lastSnapshot < snapshotInterval(this.trainers)) return;
    this.owed = light;
    const c = { trainers: this.trainers, view: this.view, force, light, running: this.running, now, stateKey: () => this.stateKey() };
    if (this.snaps.compose(c, (models) => this.post(models, now))) this.owed = true;
  }
}
