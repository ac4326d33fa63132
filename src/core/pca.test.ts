import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pca2Job, pca2, type Pca } from './pca';
import { createRng } from './rng';

/** The 8 corners (+-3, +-2, +-1): mean 0, population covariance exactly diag(9, 4, 1). */
function box(): number[][] {
  const pts: number[][] = [];
  for (const a of [-3, 3]) for (const b of [-2, 2]) for (const c of [-1, 1]) pts.push([a, b, c]);
  return pts;
}

/** Householder reflection I - 2 h h^T / |h|^2 in 5-D: a fixed orthogonal matrix. */
const H = [1, 2, -1, 0.5, 3];
const HH = H.reduce((s, v) => s + v * v, 0);
const Q = (i: number, j: number): number => (i === j ? 1 : 0) - (2 * H[i]! * H[j]!) / HH;

const row = (a: Float64Array, k: number, d: number): number[] => Array.from(a.subarray(k * d, (k + 1) * d));
const dotv = (a: number[], b: number[]): number => a.reduce((s, v, j) => s + v * b[j]!, 0);

describe('pca2 on exact covariances', () => {
  it('diag(9, 4, 1): axes e1, e2, variances 9 and 4, explained 9/14 and 4/14', () => {
    const p = pca2(box().flat(), 8, 3);
    expect(p.variances[0]).toBeCloseTo(9, 10);
    expect(p.variances[1]).toBeCloseTo(4, 10);
    expect(p.totalVariance).toBeCloseTo(14, 12);
    expect(p.explained[0]).toBeCloseTo(9 / 14, 10);
    expect(p.explained[1]).toBeCloseTo(4 / 14, 10);
    // Sign convention: the largest entry is positive.
    expect(row(p.axes, 0, 3)).toEqual([1, 0, 0].map((v) => expect.closeTo(v, 8)));
    expect(row(p.axes, 1, 3)).toEqual([0, 1, 0].map((v) => expect.closeTo(v, 8)));
    // Projections are the first two coordinates.
    box().forEach(([a, b], i) => {
      expect(p.coords[2 * i]).toBeCloseTo(a!, 8);
      expect(p.coords[2 * i + 1]).toBeCloseTo(b!, 8);
    });
  });

  it('the same box rotated into 5-D and shifted: axes Q e1, Q e2, the shift as mean', () => {
    const shift = [10, -4, 0.5, 7, 2];
    const x = box().flatMap(([a, b, c]) => shift.map((s, i) => s + Q(i, 0) * a! + Q(i, 1) * b! + Q(i, 2) * c!));
    const p = pca2(x, 8, 5);
    expect(Array.from(p.mean)).toEqual(shift.map((v) => expect.closeTo(v, 10)));
    expect(p.variances[0]).toBeCloseTo(9, 9);
    expect(p.variances[1]).toBeCloseTo(4, 9);
    const q1 = [0, 1, 2, 3, 4].map((i) => Q(i, 0));
    const q2 = [0, 1, 2, 3, 4].map((i) => Q(i, 1));
    expect(Math.abs(dotv(row(p.axes, 0, 5), q1))).toBeCloseTo(1, 9);
    expect(Math.abs(dotv(row(p.axes, 1, 5), q2))).toBeCloseTo(1, 9);
    for (const k of [0, 1]) {
      const a = row(p.axes, k, 5);
      const big = a.reduce((m, v) => (Math.abs(v) > Math.abs(m) ? v : m), 0);
      expect(big).toBeGreaterThan(0);
    }
  });

  it('points on a 2-D plane in 5-D: explained variance 1, exact reconstruction', () => {
    const rng = createRng(3);
    const u = [1, 0, 2, -1, 0.5], v = [0, 3, -1, 1, 1], c = [1, 2, 3, 4, 5];
    const n = 60;
    const x: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = rng.normal(), b = rng.normal();
      for (let j = 0; j < 5; j++) x.push(c[j]! + a * u[j]! + b * v[j]!);
    }
    const p = pca2(x, n, 5);
    expect(p.explained[0] + p.explained[1]).toBeCloseTo(1, 10);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < 5; j++) {
        const back = p.mean[j]! + p.coords[2 * i]! * p.axes[j]! + p.coords[2 * i + 1]! * p.axes[5 + j]!;
        expect(back).toBeCloseTo(x[i * 5 + j]!, 9);
      }
    }
  });

  it('nearly tied top variances diag(4, 3.999, 1, 0.5) still give e1 and e2', () => {
    // Plain power iteration would need ~10^5 steps here (ratio 0.99975); the Ritz step unmixes the pair.
    const s = [2, Math.sqrt(3.999), 1, Math.sqrt(0.5)];
    const x: number[] = [];
    for (let v = 0; v < 16; v++) for (let j = 0; j < 4; j++) x.push((v >> j) & 1 ? s[j]! : -s[j]!);
    const p = pca2(x, 16, 4);
    expect(p.variances[0]).toBeCloseTo(4, 10);
    expect(p.variances[1]).toBeCloseTo(3.999, 10);
    expect(row(p.axes, 0, 4)).toEqual([1, 0, 0, 0].map((v) => expect.closeTo(v, 6)));
    expect(row(p.axes, 1, 4)).toEqual([0, 1, 0, 0].map((v) => expect.closeTo(v, 6)));
  });

  it('finds an axis orthogonal to (1, 1, ...): data along (1, -1), sign on the first entry at a tie', () => {
    const x = [-2, 2, -1, 1, 0, 0, 1, -1, 2, -2, 0.1, 0.1, -0.1, -0.1];
    const p = pca2(x, 7, 2);
    expect(row(p.axes, 0, 2)).toEqual([Math.SQRT1_2, -Math.SQRT1_2].map((v) => expect.closeTo(v, 9)));
    expect(row(p.axes, 1, 2)).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((v) => expect.closeTo(v, 9)));
  });
});

describe('pca2 against the closed-form 2 x 2 eigenproblem', () => {
  it('random 2-D sets: eigenvalues (a + c)/2 +- sqrt(((a - c)/2)^2 + b^2) and their eigenvectors', () => {
    // Millesimal coordinates: denormal-sized spreads would only test rounding of the oracle.
    const coord = fc.integer({ min: -10000, max: 10000 }).map((v) => v / 1000);
    const arb = fc.array(fc.tuple(coord, coord), { minLength: 2, maxLength: 30 });
    fc.assert(fc.property(arb, (pts) => {
      const n = pts.length;
      const mx = pts.reduce((s, p) => s + p[0], 0) / n, my = pts.reduce((s, p) => s + p[1], 0) / n;
      let a = 0, b = 0, c = 0;
      for (const [x, y] of pts) { a += (x - mx) ** 2 / n; b += ((x - mx) * (y - my)) / n; c += (y - my) ** 2 / n; }
      const r = Math.hypot((a - c) / 2, b);
      const l1 = (a + c) / 2 + r, l2 = (a + c) / 2 - r;
      const p = pca2(pts.flat(), n, 2);
      const scale = Math.max(a + c, 1e-300);
      expect(Math.abs(p.variances[0] - l1)).toBeLessThanOrEqual(1e-9 * scale);
      expect(Math.abs(p.variances[1] - Math.max(0, l2))).toBeLessThanOrEqual(1e-9 * scale);
      if (r > 1e-6 * scale) {
        // Eigenvector of l1: (b, l1 - a) or (l1 - c, b), whichever is better conditioned.
        const e = Math.abs(l1 - a) > Math.abs(l1 - c) ? [b, l1 - a] : [l1 - c, b];
        const len = Math.hypot(e[0]!, e[1]!);
        expect(Math.abs(dotv(row(p.axes, 0, 2), e)) / len).toBeCloseTo(1, 6);
      }
      // The two axes are orthonormal.
      expect(dotv(row(p.axes, 0, 2), row(p.axes, 1, 2))).toBeCloseTo(0, 9);
    }), { numRuns: 300 });
  });
});

describe('pca2 conventions', () => {
  const rng = createRng(9);
  const x = Array.from({ length: 40 * 6 }, (_, k) => rng.normal() * (1 + (k % 6)));

  it('is deterministic and its coordinates are uncorrelated with the stated variances', () => {
    const p = pca2(x, 40, 6), q = pca2(x, 40, 6);
    expect(q.axes).toEqual(p.axes);
    expect(q.coords).toEqual(p.coords);
    let s0 = 0, s1 = 0, s00 = 0, s11 = 0, s01 = 0;
    for (let i = 0; i < 40; i++) {
      const u = p.coords[2 * i]!, v = p.coords[2 * i + 1]!;
      s0 += u; s1 += v; s00 += u * u; s11 += v * v; s01 += u * v;
    }
    expect(s0 / 40).toBeCloseTo(0, 10);
    expect(s1 / 40).toBeCloseTo(0, 10);
    expect(s00 / 40).toBeCloseTo(p.variances[0], 8);
    expect(s11 / 40).toBeCloseTo(p.variances[1], 8);
    expect(s01 / 40).toBeCloseTo(0, 6);
  });

  it('the sign does not depend on row order or on negating the data', () => {
    const p = pca2(x, 40, 6);
    const reversed: number[] = [];
    for (let i = 39; i >= 0; i--) reversed.push(...x.slice(i * 6, i * 6 + 6));
    const r = pca2(reversed, 40, 6);
    const neg = pca2(x.map((v) => -v), 40, 6);
    for (const other of [r, neg]) {
      for (let k = 0; k < 12; k++) expect(other.axes[k]).toBeCloseTo(p.axes[k]!, 6);
    }
  });

  it('a reference fixes the sign (for animation) and gives the same axes up to sign', () => {
    const p = pca2(x, 40, 6);
    const flipped = Array.from(p.axes, (v, k) => (k < 6 ? -v : v));
    const q = pca2(x, 40, 6, { reference: flipped });
    for (let k = 0; k < 6; k++) expect(q.axes[k]).toBeCloseTo(-p.axes[k]!, 6);
    for (let k = 6; k < 12; k++) expect(q.axes[k]).toBeCloseTo(p.axes[k]!, 6);
  });

  it('degenerate inputs: constant points, one dimension, no points, NaN', () => {
    const flat = pca2([1, 2, 1, 2, 1, 2], 3, 2);
    expect(flat.explained).toEqual([0, 0]);
    expect(Array.from(flat.axes)).toEqual([1, 0, 0, 1]);
    const one = pca2([1, 3], 2, 1);
    expect(one.variances).toEqual([1, 0]);
    expect(Array.from(one.axes)).toEqual([1, 0]);
    expect(Array.from(one.coords)).toEqual([-1, 0, 1, 0]);
    expect(pca2([], 0, 3).coords.length).toBe(0);
    expect(() => pca2([0, NaN], 1, 2)).toThrow(RangeError);
  });
});

describe('Pca2Job: pca2 in pieces', () => {
  const same = (a: Pca, b: Pca): void => {
    for (const key of ['mean', 'axes', 'coords'] as const) {
      expect(a[key].length).toBe(b[key].length);
      a[key].forEach((v, k) => expect(Object.is(v, b[key][k])).toBe(true));
    }
    expect([...a.variances, ...a.explained, a.totalVariance]).toEqual([...b.variances, ...b.explained, b.totalVariance]);
  };

  it('stopping after every piece, or every few, gives pca2 bit for bit (random sizes, references, iteration caps)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 70 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5 }),
        fc.boolean(), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 1000 }),
        (n, d, every, withRef, maxIterations, seed) => {
          const rng = createRng(seed);
          // Low-rank plus noise, so the power method takes a varying number of steps.
          const x = Array.from({ length: n * d }, (_, q) => Math.sin(q % d) * rng.normal() + 0.1 * rng.normal());
          const reference = withRef ? Array.from({ length: 2 * d }, () => rng.uniform(-1, 1)) : undefined;
          const opts = { reference, maxIterations, coords: seed % 3 !== 0 };
          const whole = pca2(x, n, d, opts);
          const job = new Pca2Job(x, n, d, opts);
          let calls = 0, stops = 0, out: Pca | undefined;
          while (!(out = job.run(() => ++calls % every === 0 && ++stops > 0))) if (stops > 10_000) throw new Error('no progress');
          same(out, whole);
          expect(job.run(() => true)).toBe(out);
          if (!opts.coords) expect(out.coords.length).toBe(0);
        },
      ),
      { numRuns: 300, seed: 13 },
    );
  });

  it('stops within a bounded piece of work: 500 rows of 128 units take at least a piece per 4 rows, twice (means, covariance)', () => {
    const rng = createRng(4);
    const x = Array.from({ length: 500 * 128 }, () => rng.normal());
    const job = new Pca2Job(x, 500, 128);
    let pieces = 1;
    while (!job.run(() => true)) pieces++;
    expect(pieces).toBeGreaterThanOrEqual(2 * Math.ceil(500 / 4));
  });
});
