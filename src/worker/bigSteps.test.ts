// Big steps over worker turns (bigSteps.ts and the engine's use of it) against the oracle of a
// plain trainStep loop on the core: same config and seed, same parameters after N steps.
import { describe, expect, it } from 'vitest';
import { createTrainer, measureGradients, resolveConfig, trainStep, type Trainer } from '../core';
import { initGradientRows } from './snapshot';
import { bigSteps, rowMacs, StepRounds, turnBudget } from './bigSteps';
import { Engine } from './engine';
import type { FromWorker, ModelSnapshot } from './protocol';

/** A net whose full-batch step is over one turn's budget on either kernel path (12 x 128, 200 rows). */
const BIG = resolveConfig({ dataset: 'spiral', points: 400, hidden: Array(12).fill(128), activation: 'relu', init: 'he-normal', lr: 0.01, batch: 0, optimizer: 'adam', seed: 4 });

function sameParams(a: Trainer, b: Trainer, what: string): void {
  const p = a.net.params, q = b.net.params;
  for (let k = 0; k < q.length; k++) if (!Object.is(p[k], q[k])) expect.fail(`${what}: params[${k}] ${p[k]} vs ${q[k]}`);
}

/** The core's trainers after `steps` plain steps each (the oracle). */
function coreAfter(config: typeof BIG, steps: number): Trainer {
  const tr = createTrainer(config);
  for (let s = 0; s < steps; s++) trainStep(tr);
  return tr;
}

describe('StepRounds', () => {
  it('spreads each step over turns within the budget, alternates the trainers and matches trainStep', { timeout: 60_000 }, () => {
    const b = { ...BIG, batch: 90, seed: 9 }; // batches of 90, 90, 20: a short last batch
    const trainers = [createTrainer(BIG), createTrainer(b)];
    expect(bigSteps(trainers)).toBe(true);
    const rounds = new StepRounds();
    const budget = turnBudget(trainers) / 2;
    const order: number[] = [];
    let done = 0, turns = 0;
    while (done < 4) {
      const r = rounds.turn(trainers, budget, () => true, () => false, (_, i) => order.push(i));
      // Never over the budget, but for a lone row or a lone step's end.
      if (r.macs > budget) expect(r.macs).toBeLessThanOrEqual(Math.max(rowMacs(trainers[0]!), 60 * trainers[0]!.net.params.length));
      done += r.rounds;
      turns++;
    }
    expect(turns).toBeGreaterThan(3 * done);
    expect(order.slice(0, 8)).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    sameParams(trainers[0]!, coreAfter(BIG, done), 'A');
    sameParams(trainers[1]!, coreAfter(b, done), 'B');
  });

  it('flush finishes the open round at once, with the bits of whole steps', { timeout: 60_000 }, () => {
    const trainers = [createTrainer(BIG)];
    const rounds = new StepRounds();
    rounds.turn(trainers, rowMacs(trainers[0]!) * 7, () => true, () => false, () => {});
    expect(rounds.pending).toBe(true);
    expect(trainers[0]!.step).toBe(0);
    expect(rounds.flush(trainers, () => {})).toBe(true);
    expect(rounds.pending).toBe(false);
    expect(trainers[0]!.step).toBe(1);
    sameParams(trainers[0]!, coreAfter(BIG, 1), 'flushed');
    expect(rounds.flush(trainers, () => {})).toBe(false);
    // Rounds queued by hand run before any other, and a flush runs them too.
    rounds.queue();
    rounds.queue();
    expect(rounds.pending).toBe(true);
    rounds.turn(trainers, rowMacs(trainers[0]!) * 7, () => false, () => false, () => {});
    expect(rounds.flush(trainers, () => {})).toBe(true);
    expect(trainers[0]!.step).toBe(3);
    sameParams(trainers[0]!, coreAfter(BIG, 3), 'queued');
  });
});

describe('Engine with big steps', () => {
  it('a big net starts over turns: built at once, weights, first snapshot, initial gradients', { timeout: 60_000 }, () => {
    const posted: FromWorker[] = [];
    let t = 0;
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    const config = { ...BIG, hidden: Array(40).fill(128) }; // 650k weights: several turns of draws
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'view', view: { thumbnails: true, hiddenLayer: null, epochsPerSecond: null } });
    expect(posted.map((m) => m.type)).toEqual(['built']);
    const snaps = () => posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot');
    let turns = 0;
    for (; turns < 20 && snaps().length === 0; turns++) engine.tick();
    expect(turns).toBeGreaterThan(3);
    const core = createTrainer(config);
    const first = snaps()[0]!.snapshot.models[0]!;
    expect(Array.from(first.params)).toEqual(Array.from(Float32Array.from(core.net.params)));
    engine.handle({ type: 'ack' });
    // The gradients over a few turns, then their snapshot: the stats of measureGradients.
    for (let i = 0; i < 20 && snaps().length < 2; i++) engine.tick();
    expect(snaps()).toHaveLength(2);
    const withGrads = snaps().at(-1)!.snapshot.models[0]!;
    expect(withGrads.stats).toEqual(measureGradients(core, initGradientRows(core)));
    expect(withGrads.stats[0]!.gradZ).toBeGreaterThan(0);
  });

  it('a hand edit during the start draws the remaining weights first', { timeout: 60_000 }, () => {
    const posted: FromWorker[] = [];
    let t = 0;
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    const config = { ...BIG, hidden: Array(40).fill(128) };
    engine.handle({ type: 'config', config, compare: null, reason: 'test', rebuild: true });
    engine.tick();
    engine.handle({ type: 'setParam', model: 0, index: 5, value: 2 });
    engine.handle({ type: 'saveModel', model: 0 });
    const saved = posted.find((m): m is Extract<FromWorker, { type: 'model' }> => m.type === 'model')!;
    const core = createTrainer(config);
    core.net.params[5] = 2;
    expect(JSON.parse(saved.json).params).toEqual(Array.from(core.net.params));
  });

  it('every snapshot shows a finished step of the core run; pause finishes the open step over turns', { timeout: 120_000 }, () => {
    const posted: FromWorker[] = [];
    let t = 0;
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    engine.handle({ type: 'config', config: BIG, compare: { ...BIG, seed: 5 }, reason: 'test', rebuild: true });
    engine.handle({ type: 'play' });
    const models = () => posted.flatMap((m) => (m.type === 'snapshot' ? [m.snapshot.models] : []));
    for (let i = 0; i < 400 && (models().at(-1)?.[0]!.step ?? 0) < 3; i++) {
      engine.tick();
      engine.handle({ type: 'ack' });
    }
    engine.handle({ type: 'pause' });
    for (let i = 0; i < 400 && engine.hasWork; i++) {
      engine.tick();
      engine.handle({ type: 'ack' });
    }
    expect(engine.hasWork).toBe(false);
    const snaps = models();
    const last = snaps.at(-1)!;
    expect(last[0]!.step).toBeGreaterThanOrEqual(3);
    // Rounds keep the models in step, and the last snapshot shows the end of the open round.
    expect(last[1]!.step).toBe(last[0]!.step);
    // Params, and the gradients of the step named (never a step's partial sums).
    const check = (ms: ModelSnapshot[], i: number, seed: number) => {
      const core = coreAfter({ ...BIG, seed }, ms[i]!.step);
      expect(Array.from(ms[i]!.params)).toEqual(Array.from(Float32Array.from(core.net.params)));
      expect(Array.from(ms[i]!.grads!)).toEqual(Array.from(Float32Array.from(core.net.grads)));
    };
    check(last, 0, 4);
    check(last, 1, 5);
    // An earlier snapshot mid-run: params of exactly the step it names.
    const mid = snaps.find((ms) => ms[0]!.step > 0 && ms[0]!.step < last[0]!.step);
    expect(mid).toBeDefined();
    check(mid!, 0, 4);
    check(mid!, 1, 5);
  });

  it('a hand edit finishes the open step first; a step by hand runs over turns', { timeout: 120_000 }, () => {
    const posted: FromWorker[] = [];
    let t = 0;
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    engine.handle({ type: 'config', config: BIG, compare: null, reason: 'test', rebuild: true });
    engine.handle({ type: 'play' });
    const steps = (engine as unknown as { steps: StepRounds }).steps;
    for (let i = 0; i < 20 && !steps.pending; i++) {
      engine.tick();
      engine.handle({ type: 'ack' });
    }
    expect(steps.pending).toBe(true); // a step is open
    engine.handle({ type: 'pause' });
    engine.handle({ type: 'setParam', model: 0, index: 0, value: 0.5 });
    engine.handle({ type: 'ack' });
    const snaps = () => posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot');
    const edited = snaps().at(-1)!.snapshot.models[0]!;
    expect(edited.params[0]).toBe(0.5);
    // The step by hand is a round of its own over the next turns, not a long task.
    const before = snaps().length;
    engine.handle({ type: 'step', unit: 'batch' });
    expect(snaps()).toHaveLength(before);
    expect(engine.hasWork).toBe(true);
    let turns = 0;
    for (; turns < 100 && engine.hasWork; turns++) {
      engine.tick();
      engine.handle({ type: 'ack' });
    }
    expect(turns).toBeGreaterThan(2);
    const snap = snaps().at(-1)!.snapshot.models[0]!;
    expect(snap.step).toBe(edited.step + 1);
    const tr = createTrainer(BIG);
    for (let s = 0; s < snap.step - 1; s++) trainStep(tr);
    tr.net.params[0] = 0.5;
    tr.lastGood[0] = 0.5;
    trainStep(tr);
    expect(Array.from(snap.params)).toEqual(Array.from(Float32Array.from(tr.net.params)));
  });
});
