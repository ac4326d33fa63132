/**
 * Training steps too long for one worker turn (a 64 x 128 net's full batch is about 50 ms):
 * the engine runs them as core StepJobs, a budget of rows per turn, so a message or a snapshot
 * never waits behind a whole step. Results are the bits of trainStep (see core/trainer.ts
 * StepJob). It reads no clock; budgets are multiply-adds, like slicedParts.ts.
 *
 * Steps go in rounds, one step of each trainer in order (compare mode alternates A and B), as
 * the engine's fast path does; an open round is finished before anything else reads or
 * changes a trainer (StepRounds.flush).
 */
import { beginStep, finishStep, runStep, STEP_PIECE_ROWS, type StepJob, type Trainer } from '../core';
import { macsPerExample } from './snapshot';

/**
 * Multiply-adds of training per worker turn on each kernel path: about 12 ms with the
 * WebAssembly kernels (some 8e9 per second for a 64 x 128 net on this machine class, whose
 * rows cost 3.1e6 each: two pieces of 16 rows) and about as long with the TypeScript ones,
 * roughly three times slower.
 */
export const STEP_MACS_PER_TURN = { 'wasm-simd': 1e8, ts: 3.3e7 } as const;

/**
 * What a step's end costs per parameter, in multiply-adds of the budget: the statistics, the
 * optimizer update and the divergence test's norm read every parameter and gradient a few
 * times (about 12 ms for a million parameters), so a turn that ends a step runs fewer rows,
 * or none on a net that size.
 */
const FINISH_MACS_PER_PARAM = 60;

/** Forward and backward multiply-adds of one training example (the backward pass is about twice the forward). */
export function rowMacs(tr: Trainer): number {
  return 3 * macsPerExample(tr);
}

/** Multiply-adds of one whole step of `tr` (its next batch). */
function stepMacs(tr: Trainer): number {
  const n = tr.data.train.n;
  return rowMacs(tr) * (tr.config.batch === 0 ? n : Math.min(tr.config.batch, n)) + finishMacs(tr);
}

function finishMacs(tr: Trainer): number {
  return FINISH_MACS_PER_PARAM * tr.net.params.length;
}

/** The per-turn budget of these trainers' kernel path. */
export function turnBudget(trainers: readonly Trainer[]): number {
  return STEP_MACS_PER_TURN[trainers[0]?.net.kernel ?? 'ts'];
}

/** True when the trainer's next epoch is one step: at an epoch start with the full batch. */
export function oneStepEpoch(tr: Trainer): boolean {
  return tr.cursor === 0 && (tr.config.batch === 0 || tr.config.batch >= tr.data.train.n);
}

/** True when a step of any trainer is over a turn's budget: then all of them step through StepRounds. */
export function bigSteps(trainers: readonly Trainer[]): boolean {
  const budget = turnBudget(trainers);
  return trainers.some((tr) => stepMacs(tr) > budget);
}

export interface TurnResult {
  /** Rounds (one step of every trainer) completed this turn. */
  rounds: number;
  /** Multiply-adds spent (never over the budget, but for one row or one step's end when the turn did nothing else). */
  macs: number;
}

export class StepRounds {
  /** The open round: the index of the trainer whose step is open or next, and its job. */
  private round: { next: number; job: StepJob | null } | null = null;
  /** Rounds asked for by hand (the step button), run before any other. */
  private queued = 0;

  /** A round is open or queued: the trainers hold a step in progress, or owe one. */
  get pending(): boolean {
    return this.round !== null || this.queued > 0;
  }

  /** New trainers: an open or queued round belongs to the old ones and is dropped. */
  reset(): void {
    this.round = null;
    this.queued = 0;
  }

  /** One more round by hand: it runs over the next turns, whether training runs or not. */
  queue(): void {
    this.queued++;
  }

  /**
   * Runs rows of the open round, and new rounds while `mayStart` allows one, within `budget`
   * multiply-adds. `afterStep` runs after each finished step (statistics always measured: a
   * step this long is nearly always the one a snapshot reports). A round stops early, at its
   * end, once `stop` says so (a snapshot is due, the run diverged).
   */
  turn(trainers: readonly Trainer[], budget: number, mayStart: () => boolean, stop: () => boolean, afterStep: (tr: Trainer, i: number) => void): TurnResult {
    let left = budget;
    let rounds = 0;
    for (;;) {
      if (!this.round) {
        if (this.queued > 0) this.queued--;
        else if (!mayStart()) break;
        this.round = { next: 0, job: null };
      }
      const r = this.round;
      const tr = trainers[r.next]!;
      if (!r.job) r.job = beginStep(tr);
      const job = r.job;
      if (job && job.done < job.rows) {
        let rows = Math.floor(left / rowMacs(tr));
        // Whole pieces of runStep's size when there is room for one (smaller ones are slower).
        if (rows > STEP_PIECE_ROWS) rows -= rows % STEP_PIECE_ROWS;
        if (rows < 1 && left < budget) break;
        runStep(job, rows);
        left -= rowMacs(tr) * Math.max(1, rows);
        if (job.done < job.rows) break;
      }
      if (job) {
        const cost = finishMacs(tr);
        if (cost > left && left < budget) break;
        finishStep(job, true);
        left -= cost;
      }
      afterStep(tr, r.next);
      r.job = null;
      if (++r.next < trainers.length) continue;
      this.round = null;
      rounds++;
      if (stop() || left <= 0) break;
    }
    return { rounds, macs: budget - left };
  }

  /**
   * Finishes the open round and the queued ones at once, whatever it costs (a message that
   * reads or changes the trainers: save, a hand edit, a live setting). Returns true if there
   * was any.
   */
  flush(trainers: readonly Trainer[], afterStep: (tr: Trainer, i: number) => void): boolean {
    if (!this.pending) return false;
    while (this.round || this.queued > 0) {
      if (!this.round) {
        this.queued--;
        this.round = { next: 0, job: null };
      }
      const r = this.round;
      for (; r.next < trainers.length; r.next++) {
        const tr = trainers[r.next]!;
        const job = r.job ?? beginStep(tr);
        r.job = null;
        if (job) finishStep(job, true);
        afterStep(tr, r.next);
      }
      this.round = null;
    }
    return true;
  }
}
