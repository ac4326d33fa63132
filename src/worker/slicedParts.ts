/**
 * The engine's sliced heavy parts for big nets: which nets take this path, one job at a time
 * over all trainers (a HeavyJob each, see slicedEval.ts), its budget per worker turn, and the
 * finished parts waiting for the next snapshot. It reads no clock: the engine passes the time.
 */
import type { Network, Trainer } from '../core';
import type { LayerActs } from './hidden';
import type { ViewOptions } from './protocol';
import { HeavyJob, shadowNetwork, type HeavyResult } from './slicedEval';
import { boundaryN, costPerExample, evalCost, unitGridN, type Metrics } from './snapshot';

/**
 * Nets whose heavy part (evaluation of both splits, boundary, thumbnails) costs more
 * multiply-add equivalents (snapshot.ts costPerExample) than this compute it as a sliced job
 * over several turns. All budgets here are in those units.
 */
export const SLICE_ABOVE_MACS = 2e7;
/**
 * Multiply-add equivalents a job may do in one worker turn: next to a training slice, and on its
 * own while paused (a few milliseconds with the WebAssembly kernels). While training, a huge
 * net's job may do more, up to 1/JOB_TURNS_RUNNING of the whole job per turn: at 8e6 a 64 x 128
 * net's loss and grids came about every 7 s, 100 epochs late. The clock caps below bound every
 * turn's time whatever the budget.
 */
export const JOB_MACS_RUNNING = 8e6;
const JOB_TURNS_RUNNING = 24;
export const JOB_MACS_PAUSED = 2.4e7;
/**
 * Clock time after which a turn stops even within its budget (ms): cold code (a page's first
 * seconds), a loaded machine or a cost the estimate misses cannot make one turn long.
 */
export const JOB_MS_RUNNING = 6;
export const JOB_MS_PAUSED = 16;
/** A turn's budget is spent in this many pieces, with a look at the clock before each. */
const PIECES = 8;

/** Cost of a full heavy snapshot part for this trainer (forward passes, multiply-add equivalents). */
export function heavyMacs(tr: Trainer, thumbnails: boolean): number {
  return evalCost(tr) + costPerExample(tr) * (boundaryN(tr) ** 2 + (thumbnails ? unitGridN(tr) ** 2 : 0));
}

export class SlicedParts {
  private job: { jobs: HeavyJob[]; key: string; ms: number; metricsTaken: boolean; cost: number } | null = null;
  /** A finished job's parts, delivered with the next snapshot. */
  private ready: HeavyResult[] | null = null;
  /** The state the last finished job measured: while paused nothing newer is needed. */
  private shownKey = '';
  /** Networks the jobs evaluate on, one per trainer, reused from job to job. */
  private readonly shadows = new WeakMap<Trainer, Network>();
  /** The hidden layer's activations the last finished job computed, per trainer. */
  hiddenActs: (LayerActs | null)[] = [];
  /** Multiply-adds the last turn did (tests and diagnostics: never over its budget but for one row). */
  lastTurnMacs = 0;

  /** True when the nets take this path (any trainer above SLICE_ABOVE_MACS). */
  static wanted(trainers: readonly Trainer[], view: ViewOptions): boolean {
    return trainers.some((tr) => heavyMacs(tr, view.thumbnails) > SLICE_ABOVE_MACS);
  }

  /** A job is in progress: the worker has work even while paused. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** New networks: nothing in progress or kept belongs to them. */
  reset(): void {
    this.job = null;
    this.ready = null;
    this.hiddenActs = [];
  }

  /** The trainer's shadow network, created on first use. */
  private shadowOf(tr: Trainer): Network {
    let shadow = this.shadows.get(tr);
    if (!shadow) this.shadows.set(tr, (shadow = shadowNetwork(tr)));
    return shadow;
  }

  /**
   * Creates the trainer's shadow network and writes its parameters once, ahead of the first
   * job: a big net's fresh WebAssembly memory costs page faults on first write (some 10 ms for
   * a million parameters), which would otherwise land in the first snapshot's task.
   */
  prepare(tr: Trainer): void {
    this.shadowOf(tr).params.set(tr.net.params);
  }

  /**
   * Starts a job on the trainers' current parameters (state `key`) when one is due: none runs
   * and the state differs from the one last measured (forced, or its time share allows); or a
   * paused edit or step made the running one's parameters stale.
   */
  maybeStart(trainers: readonly Trainer[], view: ViewOptions, key: string, due: boolean, force: boolean, running: boolean, nextId: () => number): void {
    if (this.job) {
      if (!(force && !running && this.job.key !== key)) return;
    } else if (key === this.shownKey || !(force || due)) return;
    const jobs = trainers.map((tr) => {
      const shadow = this.shadowOf(tr);
      return new HeavyJob(tr, shadow, nextId(), boundaryN(tr), unitGridN(tr), view.thumbnails, view.hiddenLayer);
    });
    this.job = { jobs, key, ms: 0, metricsTaken: false, cost: trainers.reduce((c, tr) => c + heavyMacs(tr, view.thumbnails), 0) };
  }

  /**
   * One turn: at most the budget (one row more only when a single row is over it), and no
   * further piece once the turn's clock time is used up or the task's `deadline` has passed. Returns the job's total compute time
   * (ms) when it has just finished, else null.
   */
  run(running: boolean, now: () => number, deadline = Infinity): number | null {
    const job = this.job;
    if (!job) return null;
    const t0 = now();
    const budget = running ? Math.max(JOB_MACS_RUNNING, job.cost / JOB_TURNS_RUNNING) : JOB_MACS_PAUSED;
    const maxMs = running ? JOB_MS_RUNNING : JOB_MS_PAUSED;
    const piece = budget / PIECES;
    let left = budget;
    turn: for (const j of job.jobs) {
      while (!j.done) {
        if (left < budget && (left < j.rowMacs || now() - t0 > maxMs || now() > deadline)) break turn;
        left -= j.run(Math.min(left, piece));
      }
    }
    this.lastTurnMacs = budget - left;
    job.ms += now() - t0;
    if (!job.jobs.every((j) => j.done)) return null;
    this.ready = job.jobs.map((j) => j.result());
    this.shownKey = job.key;
    this.job = null;
    return job.ms;
  }

  /**
   * The running job's metrics, once, as soon as both splits are evaluated: a big net's grids
   * take several times longer than its loss, which would otherwise wait for them (a 64 x 128
   * net's loss was shown about 100 epochs late). The finished job delivers the same values again.
   */
  takeMetrics(): Metrics[] | null {
    const job = this.job;
    if (!job || job.metricsTaken || !job.jobs.every((j) => j.metricsDone)) return null;
    job.metricsTaken = true;
    return job.jobs.map((j) => j.metrics());
  }

  /** True when takeMetrics has new metrics to give. */
  get metricsReady(): boolean {
    return this.job !== null && !this.job.metricsTaken && this.job.jobs.every((j) => j.metricsDone);
  }

  /** The finished parts, once (the hidden layer's activations are kept for later turns of its view). */
  take(): HeavyResult[] | null {
    const ready = this.ready;
    this.ready = null;
    if (ready) this.hiddenActs = ready.map((r) => r.hidden);
    return ready;
  }
}
