/** Same seed, same bits: the generator, the seed streams and whole training runs. */
import { describe, expect, it } from 'vitest';
import { createRng, createTrainer, deriveSeed, makeDataset, shuffle, trainStep, type TrainConfig } from './index';

const RUN: Partial<TrainConfig> = {
  dataset: 'spiral', points: 120, noise: 0.1, hidden: [6, 5], activation: 'tanh',
  optimizer: 'adam', lr: 0.01, momentum: 0.9, batch: 16, l2: 0.001, seed: 42,
};

function run(cfg: Partial<TrainConfig>, steps: number): Float64Array {
  const tr = createTrainer(cfg);
  for (let i = 0; i < steps; i++) expect(trainStep(tr)).toBe(true);
  return tr.net.params;
}

/** Bitwise equality, so -0 vs 0 or a last-ulp difference both count as different. */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const ub = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  return ua.every((v, i) => v === ub[i]);
}

describe('training runs', () => {
  it('same seed and config give bit-identical params after 100 minibatch steps (several epochs)', () => {
    const a = run(RUN, 100);
    const b = run(RUN, 100);
    expect(sameBits(a, b)).toBe(true);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('different seeds give different params, at init and after training', () => {
    expect(sameBits(run(RUN, 0), run({ ...RUN, seed: 43 }, 0))).toBe(false);
    expect(sameBits(run(RUN, 100), run({ ...RUN, seed: 43 }, 100))).toBe(false);
  });

  it('data does not depend on the architecture, optimizer or init', () => {
    const a = createTrainer(RUN);
    const b = createTrainer({ ...RUN, hidden: [3, 3, 3], activation: 'relu', init: 'he-normal', optimizer: 'sgd', batch: 0 });
    expect(sameBits(a.data.train.x, b.data.train.x)).toBe(true);
    expect(sameBits(a.data.train.y, b.data.train.y)).toBe(true);
    expect(sameBits(a.data.test.x, b.data.test.x)).toBe(true);
    // ... and comes from the seed's own data stream.
    const d = makeDataset('spiral', { points: 120, noise: 0.1, split: 0.5 }, deriveSeed(42, 'data'));
    expect(sameBits(a.data.train.x, d.train.x)).toBe(true);
    const other = createTrainer({ ...RUN, seed: 7 });
    expect(sameBits(a.data.train.x, other.data.train.x)).toBe(false);
  });

  it('initial weights do not depend on the data options', () => {
    const a = createTrainer(RUN);
    const b = createTrainer({ ...RUN, points: 300, noise: 0.5, split: 0.8 });
    expect(sameBits(a.net.params, b.net.params)).toBe(true);
  });

  it('the three streams of a seed differ from each other and from neighbouring seeds', () => {
    const seeds = new Set<number>();
    for (const s of [0, 1, 2, 42, 4294967295]) {
      for (const stream of ['data', 'init', 'shuffle'] as const) seeds.add(deriveSeed(s, stream));
    }
    expect(seeds.size).toBe(15);
  });
});

describe('rng', () => {
  it('createRng(seed) repeats its sequence; other seeds (including 0) do not', () => {
    const draw = (seed: number): number[] => { const r = createRng(seed); return Array.from({ length: 50 }, () => r.next()); };
    expect(draw(123)).toEqual(draw(123));
    expect(draw(123)).not.toEqual(draw(124));
    const zero = draw(0);
    expect(new Set(zero).size).toBe(50);
    expect(zero.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('state() restores the exact continuation, including the cached normal draw', () => {
    const r = createRng(99);
    for (let i = 0; i < 17; i++) r.next();
    r.normal(); // leaves the second Box-Muller value cached
    const saved = r.state();
    const expected = [r.normal(), r.next(), r.uniform(-3, 3), r.int(10), r.normal(), r.normal()];
    const resumed = createRng(0, saved);
    expect([resumed.normal(), resumed.next(), resumed.uniform(-3, 3), resumed.int(10), resumed.normal(), resumed.normal()]).toEqual(expected);
  });

  it('has the moments of U[0,1) and N(0,1) (200k draws, ~5 standard errors)', () => {
    const r = createRng(2024);
    const n = 200_000;
    let s = 0, s2 = 0, g = 0, g2 = 0, g4 = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next(); s += u; s2 += u * u;
      const z = r.normal(); g += z; g2 += z * z; g4 += z ** 4;
    }
    // Standard errors: mean of U 0.29/sqrt(n) = 6.5e-4; mean of N 2.2e-3; var of N sqrt(2/n) = 3.2e-3.
    expect(Math.abs(s / n - 0.5)).toBeLessThan(3.3e-3);
    expect(Math.abs(s2 / n - (s / n) ** 2 - 1 / 12)).toBeLessThan(2e-3);
    expect(Math.abs(g / n)).toBeLessThan(0.011);
    expect(Math.abs(g2 / n - 1)).toBeLessThan(0.016);
    expect(Math.abs(g4 / n - 3)).toBeLessThan(0.1); // kurtosis of a normal is 3 (sd of the estimate ~0.022)
  });

  it('int(n) is uniform over [0, n) (chi-square, 9 degrees of freedom)', () => {
    const r = createRng(5);
    const counts = new Array<number>(10).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) counts[r.int(10)]!++;
    const e = n / 10;
    const chi2 = counts.reduce((acc, c) => acc + (c - e) ** 2 / e, 0);
    expect(chi2).toBeLessThan(27.9); // p = 0.001 critical value for 9 dof
  });

  it('shuffle is a seeded permutation', () => {
    const a = new Uint32Array(20).map((_, i) => i);
    const b = new Uint32Array(20).map((_, i) => i);
    shuffle(a, 20, createRng(3));
    shuffle(b, 20, createRng(3));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
