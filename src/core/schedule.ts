/**
 * Learning-rate schedules: the rate a step uses as a function of the completed epochs e.
 * They follow TensorFlow's `tf.keras.optimizers.schedules` definitions with the decay counted
 * in epochs instead of steps:
 *
 * - constant:    η(e) = η
 * - step:        η(e) = η · γ^⌊e / k⌋          (ExponentialDecay, staircase=True; PyTorch StepLR)
 * - exponential: η(e) = η · γ^(e / k)          (ExponentialDecay, staircase=False)
 * - cosine:      η(e) = η · (α + (1 − α) · ½ (1 + cos(π · min(e, k) / k)))
 *                (CosineDecay; Loshchilov and Hutter, "SGDR", ICLR 2017, eq. 5 without restarts)
 *
 * η is the config's `lr`, γ = `decay`, k = `decayEpochs`, α = `lrMin` (a fraction of η).
 * Every one is a pure function of the epoch, so a schedule can change mid-run (the next step
 * uses the new formula at the current epoch) and a saved model resumes at the same rate.
 */
export const SCHEDULES = ['constant', 'step', 'exponential', 'cosine'] as const;
export type ScheduleName = (typeof SCHEDULES)[number];

export interface ScheduleSettings {
  readonly schedule: ScheduleName;
  /** Base rate η (> 0). */
  readonly lr: number;
  /** γ in (0, 1]: the factor per k epochs (step, exponential). */
  readonly decay: number;
  /** k, an integer >= 1: epochs per factor γ (step, exponential) or to the minimum (cosine). */
  readonly decayEpochs: number;
  /** α in [0, 1]: the cosine schedule's floor as a fraction of η. */
  readonly lrMin: number;
}

/** Defaults for the schedule parameters (the rate itself comes from the config). */
export const SCHEDULE_DEFAULTS = { schedule: 'constant', decay: 0.5, decayEpochs: 100, lrMin: 0 } as const;

/** The learning rate after `epoch` completed epochs (epoch >= 0). */
export function scheduledLr(s: ScheduleSettings, epoch: number): number {
  const e = Math.max(0, epoch);
  switch (s.schedule) {
    case 'constant': return s.lr;
    case 'step': return s.lr * Math.pow(s.decay, Math.floor(e / s.decayEpochs));
    case 'exponential': return s.lr * Math.pow(s.decay, e / s.decayEpochs);
    case 'cosine': {
      const t = Math.min(e, s.decayEpochs) / s.decayEpochs;
      return s.lr * (s.lrMin + (1 - s.lrMin) * 0.5 * (1 + Math.cos(Math.PI * t)));
    }
  }
}
