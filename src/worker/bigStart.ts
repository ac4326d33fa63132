/**
 * A big net's start after its build, over worker turns so none is long (a 64 x 128 net's
 * million initial weights, its first snapshot and its initial gradients took 100+ ms in the
 * build's task). Small nets do all of it in the build's task, as before. Reads no clock.
 */
import { beginGradients, finishGradients, measureGradients, runStep, type StepJob, type Trainer, type TrainerStart } from '../core';
import { rowMacs, turnBudget } from './bigSteps';
import { initGradientRows } from './snapshot';

/**
 * Nets whose initial gradient measurement is above this many multiply-adds (half a millisecond
 * warm) start over turns: right after a build the code is cold, and in a fresh browser worker a
 * 16 x 16 net's build, gradients and first snapshot in one task took 60 to 70 ms.
 */
const START_OVER_TURNS_MACS = 3e5;
/** Initial weights drawn per trainer and turn (normal draws: about 5 ms). */
const WEIGHTS_PER_TURN = 2.5e5;
/**
 * The initial gradients' share of a training turn's budget: right after a build the kernels
 * are cold (the engine's baseline compilers, fresh memory), several times slower than later.
 */
const MEASURE_SHARE = 0.25;
/** A measurement turn's pieces (a look at `stop` before each but the first). */
const PIECES = 8;

/**
 * The phases, one turn each but 'weights': 'weights' (the initial weights drawn, several
 * turns), 'shadow' (the sliced evaluation's networks written once: first writes to fresh
 * WebAssembly memory are slow), 'snapshot' (the first snapshot, which starts the sliced
 * evaluation), 'measure' (the gradients at initialization, over turns), 'finish' (their
 * per-layer statistics), 'show' (a snapshot
 * with them).
 */
export type StartPhase = 'weights' | 'shadow' | 'snapshot' | 'measure' | 'finish' | 'show';

export class BigStart {
  /** The current phase; null when no start is in progress. */
  phase: StartPhase | null = null;
  private weights: TrainerStart[] = [];
  /** The initial gradients being measured ('measure' phase), one job per trainer. */
  private grads: StepJob[] = [];

  /**
   * A build's trainers: a big net's start begins (true), any other is finished at once, its
   * initial gradients measured (false).
   */
  begin(starts: TrainerStart[]): boolean {
    const big = starts.some((st) => rowMacs(st.tr) * initGradientRows(st.tr) > START_OVER_TURNS_MACS);
    this.phase = big ? 'weights' : null;
    this.weights = big ? starts : [];
    if (!big) {
      for (const st of starts) {
        st.run(Infinity);
        measureGradients(st.tr, initGradientRows(st.tr));
      }
    }
    return big;
  }

  /** No snapshot may go yet: the weights may be incomplete, or the first snapshot is next. */
  get beforeFirstSnapshot(): boolean {
    return this.phase === 'weights' || this.phase === 'shadow' || this.phase === 'snapshot';
  }

  /**
   * Draws the remaining weights, or finishes measuring the gradients, at once: a message is
   * about to read or change the trainers.
   */
  settle(): void {
    if (this.phase === 'weights') {
      for (const st of this.weights) st.run(Infinity);
      this.weights = [];
      this.phase = 'snapshot';
    }
    if ((this.phase === 'measure' || this.phase === 'finish') && this.grads.length > 0) {
      for (const job of this.grads) finishGradients(job);
      this.grads = [];
      this.phase = 'show';
    }
  }

  /** A step by hand replaces the rest: it measures the gradients and posts a snapshot. */
  end(): void {
    if (this.phase === 'weights') this.settle();
    this.grads = []; // the step overwrites a half-measured pass
    this.phase = null;
  }

  /**
   * One turn of the start. `prepare` readies a trainer's sliced-evaluation network (null when
   * the nets take no sliced path); `stop` (the engine's clock) ends the gradient measurement's
   * turn early, between pieces of rows. Returns true when the engine should post a snapshot now.
   */
  turn(trainers: readonly Trainer[], prepare: ((tr: Trainer) => void) | null, stop: () => boolean = () => false): boolean {
    switch (this.phase) {
      case 'weights':
        this.weights = this.weights.filter((st) => !st.run(WEIGHTS_PER_TURN));
        if (this.weights.length === 0) this.phase = 'shadow';
        return false;
      case 'shadow':
        this.phase = 'snapshot';
        if (prepare) trainers.forEach(prepare);
        return false;
      case 'snapshot':
        this.phase = 'measure';
        return true;
      case 'measure': {
        // Over turns of a share of the training budget (rows of one job at least).
        const budget = turnBudget(trainers) * MEASURE_SHARE;
        if (this.grads.length === 0) this.grads = trainers.map((tr) => beginGradients(tr, initGradientRows(tr)));
        let left = budget;
        measure: for (const job of this.grads) {
          // In pieces of an eighth of the budget, so a stop comes soon after it is asked for.
          const piece = Math.max(1, Math.floor(budget / PIECES / rowMacs(job.tr)));
          while (job.done < job.rows) {
            const rows = Math.min(piece, Math.floor(left / rowMacs(job.tr)));
            if (rows < 1 && left < budget) break measure;
            if (left < budget && stop()) break measure;
            runStep(job, rows);
            left -= Math.max(1, rows) * rowMacs(job.tr);
          }
        }
        if (this.grads.every((job) => job.done >= job.rows)) this.phase = 'finish';
        return false;
      }
      case 'finish':
        // The statistics of every layer: a turn of its own (cold, as long as a few rows).
        for (const job of this.grads) finishGradients(job);
        this.grads = [];
        this.phase = 'show';
        return false;
      case 'show':
        this.phase = null;
        return true;
      case null:
        return false;
    }
  }
}
