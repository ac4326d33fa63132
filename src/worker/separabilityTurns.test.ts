/**
 * The separability LP pauses inside a solve and resumes, so the worker never blocks on a wide
 * layer. Oracle: the same LP solved in one go (linearSeparability / simplexMinimize); pausing
 * after every few pivots must not change the answer.
 */
import { describe, expect, it } from 'vitest';
import { createRng, createTrainer, layerActivations, linearSeparability, SeparabilityRun, simplexMinimize, SimplexRun, trainEpoch } from '../core';
import { HiddenViews, PROJECTION_TURN_MS, SEPARABILITY_TURN_MS } from './hidden';
import { SeparabilityTest } from './hiddenSeparability';

function randomSet(seed: number, n: number, k: number, separable: boolean) {
  const rng = createRng(seed);
  const x = new Float64Array(n * k), y = new Float64Array(n);
  const w = Array.from({ length: k }, () => rng.normal());
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += w[j]! * (x[i * k + j] = rng.normal());
    y[i] = separable ? (s > 0 ? 1 : 0) : rng.next() < 0.5 ? 1 : 0;
  }
  return { x, y };
}

describe('pausable LP', () => {
  it('SimplexRun paused after every pivot check gives the one-go optimum and duals', () => {
    const A = [1, 0, 1, 0, 0, 0, 2, 0, 1, 0, 3, 2, 0, 0, 1];
    const once = simplexMinimize(A, [4, 12, 18], [-3, -5, 0, 0, 0], 3, 5, [2, 3, 4]);
    const run = new SimplexRun(A, [4, 12, 18], [-3, -5, 0, 0, 0], 3, 5, [2, 3, 4]);
    let turns = 0, sol = null;
    while (!(sol = run.run(() => true))) turns++;
    expect(sol.value).toBe(once.value);
    expect(Array.from(sol.duals)).toEqual(Array.from(once.duals));
    expect(turns).toBeGreaterThan(0);
  });

  it.each([[1, 8, 120, true], [2, 8, 120, false], [3, 40, 200, true], [4, 40, 200, false], [5, 64, 300, true]] as const)(
    'seed %i, %i-D, %i points (separable by construction: %s): paused runs agree with one-go runs',
    (seed, k, n, sep) => {
      const { x, y } = randomSet(seed, n, k, sep);
      const once = linearSeparability(x, y, k);
      const run = new SeparabilityRun(x, y, k);
      let res = null, turns = 0;
      while (!(res = run.run(() => true))) { expect(run.gaveUp).toBe(false); turns++; }
      expect(res).toEqual(once);
      if (sep) expect(res.separable).toBe(true);
      // The working-set job, paused everywhere it can, agrees too.
      const job = new SeparabilityTest(x, y, n, k);
      let a: boolean | null | undefined;
      while ((a = job.run(() => true)) === undefined);
      expect(a).toBe(once.separable);
    },
    60_000,
  );
});

describe('hidden-space separability in turns', () => {
  it('a 128-unit layer is tested in turns of bounded clock time, and the answer is the exact one for the epoch it started at', () => {
    const tr = createTrainer({ dataset: 'circle', hidden: [128], activation: 'tanh', seed: 4, points: 300 });
    for (let e = 0; e < 3; e++) trainEpoch(tr);
    // A fake clock: 1 ms per read. A turn may read it a few times past its budget, no more.
    let t = 0;
    const views = new HiddenViews(() => (t += 1));
    const acts = layerActivations(tr.net, tr.data.train.x, tr.data.train.n, 0);
    const oracle = linearSeparability(acts, tr.data.train.y, 128).separable;
    const startEpoch = tr.epoch;
    // null: the 128-unit projection is still in progress (it runs in turns too).
    let v = views.view(tr, 0);
    let turns = 1;
    while ((v === null || v.separable === null) && turns < 1000) {
      const before = t;
      trainEpoch(tr); // training goes on between frames; the pending test keeps its own activations
      v = views.view(tr, 0);
      expect(t - before).toBeLessThan(SEPARABILITY_TURN_MS + PROJECTION_TURN_MS + 60); // the view's other reads included
      turns++;
    }
    expect(v!.separable).toBe(oracle);
    expect(v!.testedEpoch).toBe(startEpoch);
  }, 120_000);
});
