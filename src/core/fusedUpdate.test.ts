/**
 * The trainer's fused pass (applyUpdateKeep) against the separate passes it replaced: applyUpdate,
 * then `sum += params[k]` in index order, then a copy of the parameters. The oracle is the old
 * code itself, run on the same inputs: params, grads (with the penalty terms), the optimizer's
 * m, v and t, the kept pre-step values and the sum must agree bit for bit (Object.is, so -0 and
 * NaN count too), for every optimizer, with and without L1/L2, on random vectors that include
 * zeros of both signs, huge values whose sum overflows, and non-finite parameters.
 */
import { describe, expect, it } from 'vitest';
import {
  applyUpdate, applyUpdateKeep, createOptimizerState, createRng, DEFAULT_OPTIMIZER,
  type OptimizerSettings, type Rng,
} from './index';

function randomValue(rng: Rng): number {
  const r = rng.next();
  if (r < 0.05) return 0;
  if (r < 0.1) return -0;
  if (r < 0.12) return (rng.next() < 0.5 ? -1 : 1) * 1e307 * (1 + rng.next()); // sums overflow
  return rng.normal() * Math.pow(10, rng.int(7) - 3);
}

function vec(rng: Rng, n: number): Float64Array {
  const v = new Float64Array(n);
  for (let k = 0; k < n; k++) v[k] = randomValue(rng);
  return v;
}

function sameBits(a: Float64Array, b: Float64Array): void {
  expect(a.length).toBe(b.length);
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) expect([k, a[k]]).toEqual([k, b[k]]);
}


const SETTINGS: [string, Partial<OptimizerSettings>][] = [];
for (const optimizer of ['sgd', 'momentum', 'adam'] as const) {
  for (const nesterov of optimizer === 'momentum' ? [false, true] : [false]) {
    for (const [l1, l2] of [[0, 0], [0.01, 0], [0, 0.003], [0.002, 0.05]] as const) {
      SETTINGS.push([`${optimizer}${nesterov ? ' nesterov' : ''} l1 ${l1} l2 ${l2}`, { optimizer, nesterov, l1, l2 }]);
    }
  }
}

describe('applyUpdateKeep = applyUpdate + index-order sum + copy, bit for bit', () => {
  it.each(SETTINGS)('%s', (_, partial) => {
    const rng = createRng(0xf05ed ^ SETTINGS.findIndex(([, p]) => p === partial));
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + rng.int(300);
      const o: OptimizerSettings = { ...DEFAULT_OPTIMIZER, lr: 0.5 * rng.next() + 1e-3, momentum: 0.99 * rng.next(), ...partial };
      const isWeight = Uint8Array.from({ length: n }, () => (rng.next() < 0.8 ? 1 : 0));
      const p0 = vec(rng, n);
      if (trial % 5 === 4) p0[rng.int(n)] = [NaN, Infinity, -Infinity][rng.int(3)]!;
      const refP = p0.slice(), fusedP = p0.slice();
      const refSt = createOptimizerState(n), fusedSt = createOptimizerState(n);
      const kept = new Float64Array(n).fill(42);
      // Several steps, so the momentum and Adam moments and the bias corrections are exercised.
      for (let s = 0; s < 4; s++) {
        const g = vec(rng, n);
        const refG = g.slice(), fusedG = g.slice();
        const before = refP.slice();
        applyUpdate(refP, refG, isWeight, refSt, o);
        let refSum = 0;
        for (let k = 0; k < n; k++) refSum += refP[k]!;
        const sum = applyUpdateKeep(fusedP, fusedG, isWeight, fusedSt, o, kept);
        expect(Object.is(sum, refSum)).toBe(true);
        expect(Number.isFinite(sum)).toBe(Number.isFinite(refSum));
        sameBits(fusedP, refP);
        sameBits(fusedG, refG);
        sameBits(kept, before);
        sameBits(fusedSt.m, refSt.m);
        sameBits(fusedSt.v, refSt.v);
        expect(fusedSt.t).toBe(refSt.t);
      }
    }
  });

  it('catches a sum that overflows although every parameter is finite', () => {
    const p = Float64Array.from([1.5e308, 1.5e308]);
    const sum = applyUpdateKeep(p, new Float64Array(2), Uint8Array.from([1, 1]), createOptimizerState(2),
      { ...DEFAULT_OPTIMIZER, optimizer: 'sgd', l1: 0, l2: 0 }, new Float64Array(2));
    expect(Number.isFinite(p[0]!) && Number.isFinite(p[1]!)).toBe(true);
    expect(sum).toBe(Infinity);
  });
});
