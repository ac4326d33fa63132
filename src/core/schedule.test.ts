/**
 * Learning-rate schedules against their published definitions (TensorFlow ExponentialDecay
 * and CosineDecay, counted in epochs), and in the trainer: a scheduled run equals a run whose
 * rate is changed by hand at the same epochs.
 */
import { describe, expect, it } from 'vitest';
import { applyLiveConfig, createTrainer, currentLr, resolveConfig, scheduledLr, trainEpoch, type ScheduleSettings } from './index';

const base: ScheduleSettings = { schedule: 'constant', lr: 0.8, decay: 0.5, decayEpochs: 10, lrMin: 0.1 };

describe('schedule formulas', () => {
  it('constant keeps the rate', () => {
    for (const e of [0, 1, 99, 1e6]) expect(scheduledLr(base, e)).toBe(0.8);
  });
  it('step decay halves every k epochs, in stairs', () => {
    const s = { ...base, schedule: 'step' } as const;
    expect([0, 9, 10, 19, 20, 35].map((e) => scheduledLr(s, e))).toEqual([0.8, 0.8, 0.4, 0.4, 0.2, 0.1]);
  });
  it('exponential decay is smooth: γ per k epochs, √γ at k/2', () => {
    const s = { ...base, schedule: 'exponential' } as const;
    expect(scheduledLr(s, 10)).toBeCloseTo(0.4, 15);
    expect(scheduledLr(s, 5)).toBeCloseTo(0.8 * Math.SQRT1_2, 15);
    expect(scheduledLr(s, 30)).toBeCloseTo(0.1, 15);
  });
  it('cosine falls from η to αη over k epochs and stays there', () => {
    const s = { ...base, schedule: 'cosine' } as const;
    expect(scheduledLr(s, 0)).toBeCloseTo(0.8, 15);
    expect(scheduledLr(s, 5)).toBeCloseTo(0.8 * (0.1 + 0.9 * 0.5), 15); // halfway: the mean of both ends
    expect(scheduledLr(s, 10)).toBeCloseTo(0.08, 15);
    expect(scheduledLr(s, 500)).toBeCloseTo(0.08, 15);
  });
  it('config validates the parameters', () => {
    expect(() => resolveConfig({ schedule: 'sawtooth' as never })).toThrow(/schedule/);
    expect(() => resolveConfig({ decay: 0 })).toThrow(/decay/);
    expect(() => resolveConfig({ decayEpochs: 0.5 })).toThrow(/decayEpochs/);
    expect(() => resolveConfig({ lrMin: 2 })).toThrow(/lrMin/);
  });
});

describe('schedules in the trainer', () => {
  it('a step schedule gives the bits of a run whose rate is halved by hand every 3 epochs', () => {
    const cfg = { dataset: 'moons', hidden: [5], batch: 16, seed: 4, lr: 0.2 } as const;
    const scheduled = createTrainer({ ...cfg, schedule: 'step', decay: 0.5, decayEpochs: 3 });
    const manual = createTrainer(cfg);
    for (let e = 0; e < 10; e++) {
      applyLiveConfig(manual, { ...manual.config, lr: 0.2 * 0.5 ** Math.floor(e / 3) });
      expect(currentLr(scheduled)).toBe(manual.settings.lr);
      trainEpoch(scheduled);
      trainEpoch(manual);
    }
    expect(Array.from(scheduled.net.params)).toEqual(Array.from(manual.net.params));
  });
  it('the constant schedule leaves training unchanged', () => {
    const a = createTrainer({ dataset: 'circle', seed: 2 });
    const b = createTrainer({ dataset: 'circle', seed: 2, schedule: 'constant', decay: 0.1 });
    for (let e = 0; e < 5; e++) { trainEpoch(a); trainEpoch(b); }
    expect(Array.from(a.net.params)).toEqual(Array.from(b.net.params));
  });
});
