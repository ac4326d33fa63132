import { describe, expect, it } from 'vitest';
import { createTrainer, measureGradients, resolveConfig, trainEpoch } from '../core';
import { Engine } from './engine';
import type { FromWorker } from './protocol';
import { initGradientRows } from './snapshot';

/** The gradient lab shows the worker's per-layer stats: they must be the core's own numbers. */
describe('gradient statistics in worker snapshots', () => {
  const config = resolveConfig({ dataset: 'xor-quadrants', hidden: Array(10).fill(8), activation: 'sigmoid', init: 'standard', seed: 4 });

  function run(steps: number, compare = false) {
    const posted: FromWorker[] = [];
    let t = 0;
    const engine = new Engine({ post: (m) => posted.push(m), now: () => (t += 1) });
    engine.handle({ type: 'config', config, compare: compare ? { ...config, activation: 'relu', init: 'he-normal' } : null, reason: 'test', rebuild: true });
    for (let i = 0; i < steps; i++) {
      engine.handle({ type: 'ack' });
      engine.handle({ type: 'step', unit: 'epoch' });
    }
    const snaps = posted.filter((m): m is Extract<FromWorker, { type: 'snapshot' }> => m.type === 'snapshot');
    return snaps.at(-1)!.snapshot;
  }

  it('at build: equal to measureGradients on the same rows', () => {
    const tr = createTrainer(config);
    const expected = measureGradients(tr, initGradientRows(tr)).map((s) => ({ ...s }));
    expect(run(0).models[0]!.stats).toEqual(expected);
  });

  it('after training: equal to the last step of the core run, for both compared models', () => {
    const a = createTrainer(config);
    const b = createTrainer({ ...config, activation: 'relu', init: 'he-normal' });
    for (let i = 0; i < 3; i++) { trainEpoch(a); trainEpoch(b); }
    const snap = run(3, true);
    expect(snap.models[0]!.stats).toEqual(a.stats.map((s) => ({ ...s })));
    expect(snap.models[1]!.stats).toEqual(b.stats.map((s) => ({ ...s })));
    // And the lab's headline: layer 1 of the sigmoid net gets far less than the output.
    const s = snap.models[0]!.stats;
    expect(s[0]!.gradZ / s[s.length - 1]!.gradZ).toBeLessThan(1e-3);
  });
});
