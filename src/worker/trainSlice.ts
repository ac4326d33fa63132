/**
 * A small net's time slice of training: minibatch steps in chunks between clock reads, within
 * the pace, until SLICE_MS or the task's deadline. Big nets' steps run over turns instead
 * (bigSteps.ts).
 */
import { trainStep, type Trainer } from '../core';
import type { ChunkSizer, Pacer } from './pacing';

/** Milliseconds of training per slice; messages are handled between slices. */
export const SLICE_MS = 12;

export interface Slice {
  readonly pacer: Pacer;
  readonly chunk: ChunkSizer;
  /** Steps per second, or null for as fast as possible. */
  readonly pace: number | null;
  /** The engine's clock (ms) and the end of its current task. */
  readonly now: () => number;
  readonly deadline: number;
  /** After each step of trainer i (the separability tracker). */
  readonly afterStep: (tr: Trainer, i: number) => void;
}

/**
 * Trains from clock reading t0 and returns the clock at the end. Only a chunk's last step
 * measures the per-layer statistics, so the slice's last step (the one a snapshot reports)
 * always has them; compared models alternate single steps so they advance at the same pace.
 */
export function trainSlice(trainers: readonly Trainer[], t0: number, s: Slice): number {
  let t = t0;
  while (t - t0 < SLICE_MS && t < s.deadline) {
    const k = Math.min(s.chunk.size, s.pacer.allowed(s.pace));
    if (k < 1) break;
    let done = 0;
    for (; done < k; done++) {
      const last = done === k - 1;
      for (let i = 0; i < trainers.length; i++) {
        trainStep(trainers[i]!, last);
        s.afterStep(trainers[i]!, i);
      }
      if (trainers.some((tr) => tr.diverged)) { done++; break; }
    }
    s.pacer.spend(done);
    const now = s.now();
    s.chunk.observe(done, now - t);
    t = now;
    if (done < k) break;
  }
  return t;
}
