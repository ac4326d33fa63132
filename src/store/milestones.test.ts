import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../worker/protocol';
import { advanceChecks, advanceMilestones, MAX_FRAMES } from './milestones';
import { emptyMilestones, NO_CHECKS, stepsDone } from './railSlice';
import { BASE_CONFIG, type TrainConfig } from '../core';
import type { AppState } from './types';

type ModelSnap = Snapshot['models'][number];

const view = (separable: boolean | null, testedEpoch: number) => ({
  layer: 0, units: 2, points: new Float32Array(8), lines: null, linesCount: 0, samples: 0, nextLine: null,
  projection: null, separable, testedEpoch,
});

const snap = (epoch: number, patch: Partial<ModelSnap> = {}): ModelSnap => ({
  step: epoch, epoch, diverged: false, trainLoss: 0.5, testLoss: 0.5, trainAccuracy: 0.5, testAccuracy: 0.5,
  stats: [], params: new Float32Array(9), boundary: null, gridN: 0, thumbs: null, thumbN: 0, hidden: null, ...patch,
} as unknown as ModelSnap);

describe('milestones', () => {
  it('marks the first separable verdict after a not-separable start, at the tested epoch', () => {
    let ms = emptyMilestones(1);
    ms = advanceMilestones(ms, snap(0, { hidden: view(false, 0) } as Partial<ModelSnap>));
    expect(ms.initialSeparable).toBe(false);
    ms = advanceMilestones(ms, snap(50, { hidden: view(false, 50) } as Partial<ModelSnap>));
    ms = advanceMilestones(ms, snap(93, { hidden: view(true, 92) } as Partial<ModelSnap>));
    expect(ms.separableEpoch).toBe(92);
    ms = advanceMilestones(ms, snap(120, { hidden: view(false, 120) } as Partial<ModelSnap>));
    expect(ms.separableEpoch).toBe(92); // the first moment stays
  });

  it('does not mark a layer that was separable from the start', () => {
    let ms = emptyMilestones(1);
    ms = advanceMilestones(ms, snap(0, { hidden: view(true, 0) } as Partial<ModelSnap>));
    ms = advanceMilestones(ms, snap(10, { hidden: view(true, 10) } as Partial<ModelSnap>));
    expect(ms.separableEpoch).toBeNull();
  });

  it('marks the first 100% epoch', () => {
    let ms = emptyMilestones(1);
    ms = advanceMilestones(ms, snap(5));
    ms = advanceMilestones(ms, snap(207, { trainAccuracy: 1 }));
    ms = advanceMilestones(ms, snap(300, { trainAccuracy: 1 }));
    expect(ms.solvedEpoch).toBe(207);
  });

  it('keeps a bounded, evenly thinned replay history that spans the whole run', () => {
    let ms = emptyMilestones(1);
    for (let e = 0; e <= 5000; e++) ms = advanceMilestones(ms, snap(e, { hidden: view(false, e) } as Partial<ModelSnap>));
    expect(ms.frames.length).toBeLessThanOrEqual(MAX_FRAMES);
    expect(ms.frames.length).toBeGreaterThan(MAX_FRAMES / 2);
    expect(ms.frames[0]!.epoch).toBe(0);
    expect(ms.frames[ms.frames.length - 1]!.epoch).toBeGreaterThan(5000 - 2 * ms.stride);
    for (let i = 1; i < ms.frames.length; i++) expect(ms.frames[i]!.epoch).toBeGreaterThan(ms.frames[i - 1]!.epoch);
  });
});

describe('checkpoints', () => {
  const state = (config: Partial<TrainConfig>, s: ModelSnap, ms = emptyMilestones(1)) =>
    ({ config: { ...BASE_CONFIG, ...config }, models: [{ latest: s }], milestones: ms }) as unknown as Pick<AppState, 'config' | 'models' | 'milestones'>;
  const grads = (first: number) => [{ gradZ: first }, { gradZ: 1 }, { gradZ: 1 }] as unknown as ModelSnap['stats'];

  it('step 1: XOR with one neuron, trained, at 75% or below', () => {
    expect(advanceChecks(NO_CHECKS, state({ dataset: 'xor', hidden: [] }, snap(20, { trainAccuracy: 0.75 }))).xorFails).toBe(false);
    const c = advanceChecks(NO_CHECKS, state({ dataset: 'xor', hidden: [] }, snap(150, { trainAccuracy: 0.5 })));
    expect(c.xorFails).toBe(true);
    expect(stepsDone(c)[1]).toBe(true);
    expect(advanceChecks(NO_CHECKS, state({ dataset: 'xor', hidden: [4] }, snap(150, { trainAccuracy: 0.5 }))).xorFails).toBe(false);
  });

  it('step 3: vanished below 1e-3 with sigmoid, recovered above 1e-2 at the same depth after the fix', () => {
    const deep = { hidden: [8, 8], activation: 'sigmoid' as const };
    let c = advanceChecks(NO_CHECKS, state(deep, snap(0, { stats: grads(1e-4) })));
    expect(c).toMatchObject({ vanished: true, vanishedDepth: 2, recovered: false });
    // Shallower than where it vanished does not count as a recovery.
    expect(advanceChecks(c, state({ hidden: [8], activation: 'relu' }, snap(0, { stats: grads(0.5) }))).recovered).toBe(false);
    c = advanceChecks(c, state({ ...deep, activation: 'relu' }, snap(0, { stats: grads(0.05) })));
    expect(c.recovered).toBe(true);
    expect(stepsDone(c)[3]).toBe(true);
  });
});
