import { describe, expect, it } from 'vitest';
import { createTrainer, evaluate, layerActivations, linearSeparability, resolveConfig, trainEpoch } from '../core';
import { Engine } from './engine';
import type { FromWorker } from './protocol';

/** An engine on a fake clock that advances 1 ms per now() call, recording what it posts. */
function harness() {
  const posted: FromWorker[] = [];
  let t = 0;
  const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
  const of = <T extends FromWorker['type']>(type: T) => posted.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  return { engine, posted, of };
}

describe('Engine', () => {
  const config = resolveConfig({ dataset: 'xor', hidden: [4], activation: 'tanh', lr: 0.5, seed: 7 });

  it('builds, reports the data once and sends a snapshot with stats at initialization', () => {
    const { engine, of } = harness();
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    expect(of('built')).toHaveLength(1);
    expect(of('built')[0]!.data.trainX).toHaveLength(8);
    const snap = of('snapshot')[0]!.snapshot.models[0]!;
    expect(snap.epoch).toBe(0);
    expect(snap.stats).toHaveLength(2);
    expect(snap.stats[0]!.gradZ).toBeGreaterThan(0);
    expect(snap.boundary).toHaveLength(100 * 100);
    expect(snap.unitGrids).toHaveLength(5 * snap.unitGridN * snap.unitGridN);
  });

  it('matches the core run directly in Node for the same seed and config', () => {
    const { engine, of } = harness();
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    for (let i = 0; i < 25; i++) {
      engine.handle({ type: 'ack' });
      engine.handle({ type: 'step', unit: 'epoch' });
    }
    const last = of('snapshot').at(-1)!.snapshot.models[0]!;
    const tr = createTrainer(config);
    for (let i = 0; i < 25; i++) trainEpoch(tr);
    expect(last.epoch).toBe(25);
    expect(Array.from(last.params)).toEqual(Array.from(Float32Array.from(tr.net.params)));
    expect(last.trainLoss).toBe(evaluate(tr).loss);
  });

  it('holds snapshots until the UI acknowledges the last one (back-pressure)', () => {
    const { engine, of } = harness();
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'play' });
    for (let i = 0; i < 5; i++) engine.tick();
    expect(of('snapshot')).toHaveLength(1);
    engine.handle({ type: 'ack' });
    engine.tick();
    expect(of('snapshot')).toHaveLength(2);
  });

  it('live settings keep the weights; rebuilds reset them', () => {
    const { engine, of } = harness();
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'step', unit: 'epoch' });
    engine.handle({ type: 'config', config: { ...config, lr: 0.01 }, compare: null, reason: 'test' });
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'step', unit: 'epoch' });
    expect(of('snapshot').at(-1)!.snapshot.models[0]!.epoch).toBe(2);
  });

  it('stops on divergence with a message and keeps finite parameters', () => {
    const { engine, of } = harness();
    const wild = resolveConfig({ dataset: 'plane', hidden: [8], activation: 'relu', lr: 100, init: 'normal', initScale: 10, seed: 3 });
    engine.handle({ type: 'config', config: wild, compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'play' });
    for (let i = 0; i < 50 && engine.isRunning; i++) {
      engine.handle({ type: 'ack' });
      engine.tick();
    }
    expect(engine.isRunning).toBe(false);
    engine.handle({ type: 'ack' }); // the UI takes the snapshot it was owed
    const status = of('status').at(-1)!;
    expect(status.message).toMatch(/diverged/);
    const snap = of('snapshot').at(-1)!.snapshot.models[0]!;
    expect(snap.diverged).toBe(true);
    expect(Array.from(snap.params).every(Number.isFinite)).toBe(true);
  });

  it('reports a bad config as an error naming the field, keeping the old network', () => {
    const { engine, of } = harness();
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'config', config: { ...config, lr: Number.NaN }, compare: null, reason: 'test', rebuild: true });
    expect(of('error')[0]!.field).toBe('lr');
    expect(of('built')).toHaveLength(1);
  });

  it('decides itself between a live change and a rebuild', () => {
    const { engine, of } = harness();
    engine.handle({ type: 'config', config, compare: null, reason: 'load', rebuild: true });
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'step', unit: 'epoch' });
    // lr is a live field: the weights stay, the engine answers 'configured'.
    engine.handle({ type: 'config', config: { ...config, lr: 0.05 }, compare: null, reason: 'lr changed' });
    expect(of('built')).toHaveLength(1);
    expect(of('configured')).toHaveLength(1);
    // The new lr is in effect: the next epoch equals a core run switched to 0.05 after one epoch.
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'step', unit: 'epoch' });
    const tr = createTrainer(config);
    trainEpoch(tr);
    tr.settings = { ...tr.settings, lr: 0.05 };
    trainEpoch(tr);
    expect(Array.from(of('snapshot').at(-1)!.snapshot.models[0]!.params)).toEqual(Array.from(Float32Array.from(tr.net.params)));
    // The width is not: a rebuild, whatever the UI might have thought.
    engine.handle({ type: 'config', config: { ...config, hidden: [5] }, compare: null, reason: 'hidden changed' });
    expect(of('built')).toHaveLength(2);
    expect(of('built')[1]!.reason).toBe('hidden changed');
    // rebuild forces new weights for an unchanged config (reset).
    engine.handle({ type: 'config', config: { ...config, hidden: [5] }, compare: null, reason: 'reset', rebuild: true });
    expect(of('built')).toHaveLength(3);
    // Adding a compare net is never live.
    engine.handle({ type: 'config', config: { ...config, hidden: [5] }, compare: { ...config, hidden: [5], lr: 0.1 }, reason: 'compare' });
    expect(of('built')).toHaveLength(4);
  });

  it('answers a malformed or invalid config with an error and keeps training the old net', () => {
    const { engine, of } = harness();
    engine.handle({ type: 'config', config, compare: null, reason: 'load', rebuild: true });
    const bad: unknown[] = [
      null, 42, { ...config, hidden: [0] }, { ...config, lr: -1 }, { ...config, batch: 1.5 }, { ...config, dataset: 'nope' },
      { ...config, activation: 'wat' },
    ];
    for (const c of bad) {
      expect(() => engine.handle({ type: 'config', config: c as never, compare: null, reason: 'x' })).not.toThrow();
    }
    // A bad live change is refused too (validation happens before the decision).
    engine.handle({ type: 'config', config: { ...config, lr: Number.POSITIVE_INFINITY }, compare: null, reason: 'x' });
    engine.handle({ type: 'config', config, compare: { ...config, momentum: 7 }, reason: 'x' });
    expect(of('error')).toHaveLength(bad.length + 2);
    expect(of('error').map((e) => e.field)).toContain('lr');
    expect(of('built')).toHaveLength(1);
    expect(of('configured')).toHaveLength(0);
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'step', unit: 'epoch' });
    expect(of('snapshot').at(-1)!.snapshot.models[0]!.epoch).toBe(1);
  });

  it('trains two models side by side in compare mode on the same data', () => {
    const { engine, of } = harness();
    engine.handle({ type: 'config', config, compare: { ...config, activation: 'relu' }, reason: 'test', rebuild: true });
    engine.handle({ type: 'ack' });
    engine.handle({ type: 'step', unit: 'epoch' });
    const models = of('snapshot').at(-1)!.snapshot.models;
    expect(models).toHaveLength(2);
    expect(models[0]!.epoch).toBe(1);
    expect(models[1]!.epoch).toBe(1);
    expect(of('built')[0]!.models[1]!.config.activation).toBe('relu');
  });
});

describe('Engine pacing', () => {
  it('trains at the chosen number of epochs per second instead of as fast as it can', () => {
    let t = 0;
    const posted: FromWorker[] = [];
    const engine = new Engine({ post: (m) => posted.push(m), now: () => t });
    const config = resolveConfig({ dataset: 'xor', hidden: [4], lr: 0.5 }); // full batch: 1 step per epoch
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'view', view: { thumbnails: false, hiddenLayer: null, epochsPerSecond: 10 } });
    engine.handle({ type: 'play' });
    // Two simulated seconds in 20 ms ticks; each tick's inner loop sees the clock stand still.
    for (let i = 0; i < 100; i++) {
      t += 20;
      engine.handle({ type: 'ack' });
      engine.tick();
    }
    const epoch = (posted.filter((m) => m.type === 'snapshot').at(-1) as Extract<FromWorker, { type: 'snapshot' }>).snapshot.models[0]!.epoch;
    expect(epoch).toBeGreaterThanOrEqual(19);
    expect(epoch).toBeLessThanOrEqual(21);
    expect(engine.nextDelay()).toBeGreaterThan(0);
  });
});

describe('Engine on a huge net', () => {
  it('sends statistics at once after a build and the full snapshot after its sliced turns', { timeout: 60_000 }, () => {
    const posted: FromWorker[] = [];
    let t = 0;
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    const config = resolveConfig({ dataset: 'circle', points: 1000, hidden: Array(12).fill(64), activation: 'relu', init: 'he-normal' });
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    const snaps = () => posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot');
    // The net starts over a few turns (bigStart.ts); the first snapshot with gradients comes before any grid.
    const withStats = () => snaps().find((s) => s.snapshot.models[0]!.stats[0]!.gradZ > 0);
    for (let i = 0; i < 50 && !withStats(); i++) {
      engine.tick();
      engine.handle({ type: 'ack' });
    }
    const first = withStats()!.snapshot.models[0]!;
    expect(first.boundary).toBeNull();
    expect(Number.isNaN(first.trainLoss)).toBe(true);
    expect(first.stats[0]!.gradZ).toBeGreaterThan(0);
    // The evaluation and grids run as worker turns of bounded work (slicedEval.test.ts), not in
    // the ack's task; the UI's acks come in between.
    engine.handle({ type: 'ack' });
    expect(snaps().every((s) => s.snapshot.models[0]!.boundary === null)).toBe(true);
    for (let i = 0; i < 1000 && engine.hasWork; i++) {
      engine.tick();
      engine.handle({ type: 'ack' });
    }
    const full = snaps().at(-1)!.snapshot.models[0]!;
    expect(full.boundary).not.toBeNull();
    expect(full.trainLoss).toBeGreaterThan(0);
  });
});

describe('Engine splits heavy snapshots', () => {
  it('on a slow clock the grids and the hidden-space view alternate between snapshots', () => {
    const posted: FromWorker[] = [];
    let t = 0;
    // Every clock read is 25 ms later: each part of a heavy snapshot looks slow.
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 25) });
    const config = resolveConfig({ dataset: 'circle', hidden: [4, 4], activation: 'tanh', seed: 1 });
    engine.handle({ type: 'view', view: { thumbnails: true, hiddenLayer: 0, epochsPerSecond: null } });
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    for (let i = 0; i < 6; i++) {
      engine.handle({ type: 'ack' });
      engine.handle({ type: 'step', unit: 'epoch' });
    }
    const snaps = posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot').map((m) => m.snapshot.models[0]!);
    expect(snaps.length).toBeGreaterThanOrEqual(6);
    for (const s of snaps) expect(s.boundary !== null && s.hidden !== null).toBe(false); // never both
    for (let i = 1; i < snaps.length; i++) expect(snaps[i]!.boundary === null).toBe(snaps[i - 1]!.boundary !== null); // alternating
    expect(snaps.some((s) => s.hidden !== null)).toBe(true);
  });
});

describe('Engine while paused', () => {
  it('finishes a deferred hidden-space view and its separability answer after the acks, then goes quiet', () => {
    const posted: FromWorker[] = [];
    let t = 0;
    // A loaded machine: every clock read is 25 ms later, so the grids use up the snapshot's
    // time and each separability turn is cut after one pivot.
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 25) });
    const config = resolveConfig({ dataset: 'xor', hidden: [2], activation: 'tanh', init: 'glorot-uniform', seed: 1, initSeed: 7 });
    engine.handle({ type: 'view', view: { thumbnails: true, hiddenLayer: 0, epochsPerSecond: null } });
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    const snaps = () => posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot').map((m) => m.snapshot.models[0]!);
    let acks = 0;
    while (acks < 200 && !snaps().some((s) => s.hidden?.separable != null)) {
      engine.handle({ type: 'ack' });
      acks++;
    }
    const answered = snaps().find((s) => s.hidden?.separable != null);
    // Oracle: lessonSteps.test.ts pins this run as not separable at initialization.
    expect(answered?.hidden?.separable).toBe(false);
    // Once everything is delivered, acks no longer produce snapshots.
    const count = posted.length;
    for (let i = 0; i < 3; i++) engine.handle({ type: 'ack' });
    expect(posted.length - count).toBeLessThanOrEqual(1);
  });
});

describe('Engine marks the first separable epoch exactly while paced', () => {
  it('lesson step 2 (XOR, 2 tanh units): the mark is the epoch the core finds testing every epoch, whatever the snapshots sampled', async () => {
    const { layerActivations, linearSeparability } = await import('../core');
    const cfg = { dataset: 'xor', hidden: [2], activation: 'tanh', init: 'glorot-uniform', lr: 0.3, seed: 1, initSeed: 7 } as const;
    // Oracle: train in the core directly and test after every epoch.
    const ref = createTrainer(resolveConfig(cfg));
    let expected = -1;
    for (let e = 1; e <= 300 && expected < 0; e++) {
      trainEpoch(ref, false);
      if (linearSeparability(layerActivations(ref.net, ref.trainX, ref.data.train.n, 0), ref.data.train.y, 2).separable) expected = e;
    }
    expect(expected).toBe(92); // as pinned in store/lessonSteps.test.ts
    let t = 0;
    const posted: FromWorker[] = [];
    const engine = new Engine({ post: (m) => posted.push(m), now: () => t });
    engine.handle({ type: 'view', view: { thumbnails: false, hiddenLayer: 0, epochsPerSecond: 30 } });
    engine.handle({ type: 'config', config: resolveConfig(cfg), compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'play' });
    // Ticks of 100 ms: each covers 3 epochs, so the snapshots' own tests see every third epoch at best.
    for (let i = 0; i < 60; i++) {
      t += 100;
      engine.handle({ type: 'ack' });
      engine.tick();
    }
    const views = posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot').map((m) => m.snapshot.models[0]!.hidden).filter((h) => h !== null);
    const marked = views.find((h) => h!.firstSeparableEpoch != null);
    expect(marked?.firstSeparableEpoch).toBe(expected);
    // The snapshots' own sampled tests would have marked a later epoch.
    const sampled = views.find((h) => h!.separable === true)!.testedEpoch;
    expect(sampled).toBeGreaterThanOrEqual(expected);
  });

  it('at full speed (unpaced) it does not test every epoch: the mark falls back to the sampled test', () => {
    let t = 0;
    const posted: FromWorker[] = [];
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    engine.handle({ type: 'view', view: { thumbnails: false, hiddenLayer: 0, epochsPerSecond: null } });
    engine.handle({ type: 'config', config: resolveConfig({ dataset: 'xor', hidden: [2], activation: 'tanh', seed: 1, initSeed: 7 }), compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'play' });
    for (let i = 0; i < 20; i++) { engine.handle({ type: 'ack' }); engine.tick(); }
    const views = posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot').map((m) => m.snapshot.models[0]!.hidden).filter((h) => h !== null);
    expect(views.length).toBeGreaterThan(0);
    for (const h of views) expect(h!.firstSeparableEpoch ?? null).toBeNull();
  });
});

describe('Engine: hand edits and the hidden-space answer', () => {
  it('a hand edit at the same step retests separability: the answer follows the new weights (LP oracle)', () => {
    const { engine, of } = harness();
    // The lesson's step 2 net: XOR with 2 tanh units, not separable at initialization.
    const config = resolveConfig({ dataset: 'xor', hidden: [2], activation: 'tanh', init: 'glorot-uniform', seed: 1, initSeed: 7 });
    engine.handle({ type: 'view', view: { thumbnails: false, hiddenLayer: 0, epochsPerSecond: null } });
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    const answer = () => of('snapshot').map((m) => m.snapshot.models[0]!.hidden?.separable).filter((v) => v != null).at(-1);
    const tr = createTrainer(config);
    const oracle = (params: Float64Array) => {
      tr.net.params.set(params);
      return linearSeparability(layerActivations(tr.net, tr.data.train.x, tr.data.train.n, 0), tr.data.train.y, 2).separable;
    };
    const before = Float64Array.from(tr.net.params);
    expect(answer()).toBe(oracle(before));
    expect(answer()).toBe(false);
    // h1 = tanh(4(x1 + x2) - 2), h2 = tanh(4(x1 + x2) + 2): XOR's classes by the sum of the inputs,
    // which two parallel planes split (for inputs of either sign convention the LP decides).
    const L = tr.net.layout.layers[0]!;
    const edit = [[L.wOffset, 4], [L.wOffset + 1, 4], [L.wOffset + 2, 4], [L.wOffset + 3, 4], [L.bOffset, -2], [L.bOffset + 1, 2]] as const;
    const after = Float64Array.from(before);
    for (const [i, v] of edit) {
      after[i] = v;
      engine.handle({ type: 'ack' });
      engine.handle({ type: 'setParam', model: 0, index: i, value: v });
    }
    engine.handle({ type: 'ack' });
    expect(oracle(after)).toBe(true);
    expect(answer()).toBe(true);
  });
});
