/**
 * The worker's pace: how many training steps a slice may take when the learner picked a speed
 * (epochs per second), how long to sleep until the next one is due, how many steps to run
 * between clock reads, and the measured epochs per second. Pure arithmetic on times passed
 * in (milliseconds), so it is tested without a clock; and how often to send a snapshot.
 */
import type { Trainer } from '../core';

/** Longest gap (ms) credited at once: a paused or throttled tab does not turn into a burst. */
const MAX_GAP_MS = 100;
/** At most this many seconds of steps are banked. */
const MAX_BANK_S = 0.1;

/** Step allowance for a chosen pace (a token bucket topped up by elapsed time). */
export class Pacer {
  private credit = 0;
  private lastTick = 0;

  /** Forget the allowance (play, pause, a new pace). */
  reset(now: number): void {
    this.credit = 0;
    this.lastTick = now;
  }

  /** Adds the steps due since the last top-up; `stepsPerSecond` null means unpaced. */
  topUp(now: number, stepsPerSecond: number | null): void {
    if (stepsPerSecond !== null) {
      const dt = Math.min(MAX_GAP_MS, Math.max(0, now - this.lastTick));
      this.credit = Math.min(this.credit + (stepsPerSecond * dt) / 1000, Math.max(1, stepsPerSecond * MAX_BANK_S));
    }
    this.lastTick = now;
  }

  /** Whole steps the allowance permits now (Infinity when unpaced). */
  allowed(stepsPerSecond: number | null): number {
    return stepsPerSecond === null ? Infinity : Math.floor(this.credit);
  }

  spend(steps: number): void {
    this.credit -= steps;
  }

  /**
   * Milliseconds until one more step is due: 0 unpaced or when a step is already allowed,
   * else the wait, clamped to [4, 50] ms so the worker neither spins nor oversleeps a change.
   */
  delay(stepsPerSecond: number | null): number {
    if (stepsPerSecond === null || this.credit >= 1 || !(stepsPerSecond > 0)) return 0;
    return Math.min(50, Math.max(4, ((1 - this.credit) * 1000) / stepsPerSecond));
  }
}

/**
 * Steps between clock reads, adapted to the step cost: reading the clock after every step of
 * a 4-point net costs as much as the step. Doubles while a chunk takes under CHUNK_LO_MS and
 * halves above CHUNK_HI_MS, so a slice overruns its end by at most about a chunk.
 */
export class ChunkSizer {
  static readonly CHUNK_LO_MS = 0.25;
  static readonly CHUNK_HI_MS = 1;
  static readonly MAX = 4096;
  size = 1;

  /** Records how long the last chunk of `steps` steps took. */
  observe(steps: number, ms: number): void {
    if (steps < this.size) return; // a short chunk (pace or divergence) says nothing of the cost
    if (ms < ChunkSizer.CHUNK_LO_MS) this.size = Math.min(ChunkSizer.MAX, this.size * 2);
    else if (ms > ChunkSizer.CHUNK_HI_MS) this.size = Math.max(1, this.size >> 1);
  }

  /** A rebuilt net has a new step cost. */
  reset(): void {
    this.size = 1;
  }
}

/** Epochs per second over windows of about a second. */
export class RateMeter {
  private t0 = 0;
  private epochs = 0;
  perSecond = 0;

  /** Starts a new window; `keep` false also forgets the last rate (a rebuild). */
  restart(now: number, keep = true): void {
    this.t0 = now;
    this.epochs = 0;
    if (!keep) this.perSecond = 0;
  }

  count(now: number, epochs: number): void {
    this.epochs += epochs;
    const dt = now - this.t0;
    if (dt >= 1000) {
      this.perSecond = (this.epochs * 1000) / dt;
      this.t0 = now;
      this.epochs = 0;
    }
  }
}

/** At most ~60 snapshots per second. */
export const SNAPSHOT_MS = 16;

/**
 * Milliseconds between unforced snapshots: SNAPSHOT_MS, longer for nets with many parameters
 * (each snapshot copies every weight and gradient to float32: a 64 x 128 net's million of each
 * is milliseconds of worker time and 8 MB for the UI), about 10 per second at a million.
 */
export function snapshotInterval(trainers: readonly Trainer[]): number {
  let params = 0;
  for (const tr of trainers) params += tr.net.params.length;
  return Math.max(SNAPSHOT_MS, params / 1e4);
}
