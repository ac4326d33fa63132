/**
 * A big net's heavy snapshot part, sliced over many calls on a frozen copy of the parameters,
 * equals the unsliced computation (core's evaluate as measureMetrics calls it, and
 * evaluateGrid) bit for bit, and no call does more than its budget of multiply-adds.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES, createTrainer, evaluateGrid, layerActivations, warpedGridLines, gridSize, resolveConfig, trainStep, type TrainConfig, type Trainer } from '../core';
import { Engine } from './engine';
import { JOB_MACS_PAUSED, heavyMacs, SLICE_ABOVE_MACS } from './slicedParts';
import type { FromWorker, ModelSnapshot } from './protocol';
import { HeavyJob, shadowNetwork } from './slicedEval';
import { GRID_LINES, GRID_SAMPLES } from './hidden';
import { boundaryN, costPerExample, measureMetrics, unitGridN } from './snapshot';

const bits = (a: ArrayLike<number> | undefined | null) => (a ? Array.from(new Uint8Array(Float64Array.from(a).buffer)) : a);

/** The unsliced parts at the trainer's current parameters (this grows its scratch, as the engine's path does). */
function reference(tr: Trainer, layer = tr.net.layout.layers.length - 2) {
  const acts = layerActivations(tr.net, tr.trainX, tr.data.train.n, layer);
  const lineActs = tr.net.layout.layers[layer]!.fanOut >= 2 ? warpedGridLines(tr.net, tr.data.extent, GRID_LINES, GRID_SAMPLES, layer) : new Float64Array(0);
  const m = measureMetrics(tr, 1);
  const out = tr.net.layout.layers.length - 1;
  const boundary = new Float32Array(gridSize(tr.net, boundaryN(tr), [out]));
  evaluateGrid(tr.net, boundaryN(tr), tr.data.extent, boundary, [out]);
  const units = new Float32Array(gridSize(tr.net, unitGridN(tr)));
  evaluateGrid(tr.net, unitGridN(tr), tr.data.extent, units);
  return { m, boundary, units, acts, lineActs };
}

function expectSame(got: ReturnType<HeavyJob['result']>, want: ReturnType<typeof reference>) {
  expect(Object.is(got.metrics.train.loss, want.m.train.loss)).toBe(true);
  expect(Object.is(got.metrics.test.loss, want.m.test.loss)).toBe(true);
  expect(got.metrics.train.accuracy).toBe(want.m.train.accuracy);
  expect(got.metrics.test.accuracy).toBe(want.m.test.accuracy);
  const h = got.metrics.actHist!, w = want.m.actHist!;
  expect(h.rows).toBe(w.rows);
  for (const k of ['range', 'freq', 'satFreq', 'stuck'] as const) expect(bits(h[k])).toEqual(bits(w[k]));
  expect(bits(got.boundary)).toEqual(bits(want.boundary));
  expect(bits(got.unitGrids)).toEqual(bits(want.units));
  expect(bits(got.hidden!.acts)).toEqual(bits(want.acts));
  expect(bits(got.hidden!.lineActs)).toEqual(bits(want.lineActs));
}

const CASES: [string, Partial<TrainConfig>][] = [
  ['tanh, mse, batch 10', { dataset: 'circle', points: 300, hidden: [6, 5], activation: 'tanh', batch: 10 }],
  ['relu, softmax head, 3 classes, mapped features', { dataset: 'spiral3', points: 330, hidden: [7, 7], activation: 'relu', features: FEATURES.slice(0, 4) }],
  ['sigmoid, batch 300 (capacity above 256)', { dataset: 'xor', points: 700, hidden: [5, 4, 3], activation: 'sigmoid', batch: 300 }],
  ['regression', { dataset: 'plane', points: 200, hidden: [4], activation: 'elu' }],
];

describe('HeavyJob: sliced heavy part', () => {
  for (const [name, partial] of CASES) {
    it(`${name}: equal bit for bit at every budget, with training between the calls`, () => {
      const config = resolveConfig({ seed: 5, ...partial });
      for (const rowsPerCall of [1, 3, 37, 100_000]) {
        const tr = createTrainer(config);
        for (let i = 0; i < 7; i++) trainStep(tr);
        const row = costPerExample(tr);
        const budget = rowsPerCall * row;
        const job = new HeavyJob(tr, shadowNetwork(tr), 1, boundaryN(tr), unitGridN(tr), true, tr.net.layout.layers.length - 2);
        // The reference on the same (frozen) parameters, before training moves them on.
        const want = reference(tr);
        let calls = 0;
        while (!job.done) {
          const spent = job.run(budget);
          expect(spent).toBeGreaterThan(0);
          expect(spent).toBeLessThanOrEqual(Math.max(budget, row));
          trainStep(tr); // the live network moves on; the job's copy does not
          calls++;
        }
        if (rowsPerCall === 1) expect(calls).toBeGreaterThan(100);
        const got = job.result();
        expect(got.metrics.step).toBe(7);
        expectSame(got, want);
      }
    });
  }
});

describe('Engine: a big net heavy part in sliced turns', () => {
  const config = resolveConfig({ dataset: 'xor-quadrants', points: 1000, hidden: [64, 64, 64, 64, 64], activation: 'sigmoid', seed: 2 });

  it('paused: light at once, the full parts after several budgeted turns, equal to the unsliced ones; then quiet', { timeout: 60_000 }, () => {
    const probe = createTrainer(config);
    expect(heavyMacs(probe, true)).toBeGreaterThan(SLICE_ABOVE_MACS);
    const posted: FromWorker[] = [];
    let t = 0;
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    const snaps = () => posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot').map((m) => m.snapshot.models[0]!);
    // The net starts over a few turns (bigStart.ts) before its first snapshot.
    for (let i = 0; i < 20 && snaps().length === 0; i++) engine.tick();
    expect(snaps()).toHaveLength(1);
    expect(snaps()[0]!.boundary).toBeNull();
    expect(snaps()[0]!.metricsEpoch).toBe(-1);
    let turns = 0;
    while (engine.hasWork && turns < 1000) {
      engine.tick();
      turns++;
      expect(engine.parts.lastTurnMacs).toBeLessThanOrEqual(Math.max(JOB_MACS_PAUSED, costPerExample(probe)));
      engine.handle({ type: 'ack' });
    }
    expect(turns).toBeGreaterThan(1);
    const full = snaps().filter((s): s is ModelSnapshot => s.boundary !== null);
    expect(full).toHaveLength(1);
    const want = reference(probe);
    const got = full[0]!;
    expect(Object.is(got.trainLoss, want.m.train.loss)).toBe(true);
    expect(Object.is(got.testLoss, want.m.test.loss)).toBe(true);
    expect(got.metricsEpoch).toBe(0);
    expect(bits(got.boundary)).toEqual(bits(want.boundary));
    expect(bits(got.unitGrids)).toEqual(bits(want.units));
    // Nothing more to do while paused: no endless re-evaluation.
    const count = posted.length;
    engine.handle({ type: 'ack' });
    engine.tick();
    expect(engine.hasWork).toBe(false);
    expect(posted.length).toBe(count);
  });

  it('paused: the loss arrives before the grids, with the unsliced evaluation\'s bits', { timeout: 60_000 }, () => {
    const probe = createTrainer(config);
    const posted: FromWorker[] = [];
    let t = 0;
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    const snaps = () => posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot').map((m) => m.snapshot.models[0]!);
    for (let turns = 0; engine.hasWork && turns < 1000; turns++) {
      engine.tick();
      engine.handle({ type: 'ack' });
    }
    const firstLoss = snaps().findIndex((s) => s.metricsEpoch === 0);
    const firstGrid = snaps().findIndex((s) => s.boundary !== null);
    expect(firstLoss).toBeGreaterThanOrEqual(0);
    expect(firstLoss).toBeLessThan(firstGrid);
    const want = reference(probe);
    const early = snaps()[firstLoss]!;
    expect(early.boundary).toBeNull();
    expect(Object.is(early.trainLoss, want.m.train.loss)).toBe(true);
    expect(Object.is(early.testLoss, want.m.test.loss)).toBe(true);
    // The finished job shows the same measurement (one loss point in the UI: same metricsId).
    expect(snaps()[firstGrid]!.metricsId).toBe(early.metricsId);
  });
});
