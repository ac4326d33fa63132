import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { linearSeparability, SEPARABILITY_EPS, simplexMinimize, type Separability } from './separability';

const X4 = [0, 0, 0, 1, 1, 0, 1, 1];

/** Checks that (w, b) puts every label-1 point strictly on the positive side, and the margin claim. */
function expectSeparates(r: Separability, x: ArrayLike<number>, labels: ArrayLike<number>, k: number): void {
  expect(r.separable).toBe(true);
  const w = r.w!, b = r.b!;
  const ones = Array.from(labels).filter((t) => t === 1).length;
  if (ones === 0 || ones === labels.length) {
    // One class: a constant classifier, no boundary.
    expect(w.every((v) => v === 0)).toBe(true);
    expect(b).toBe(ones === 0 ? -1 : 1);
    expect(r.margin).toBe(Infinity);
    return;
  }
  expect(Math.hypot(...w)).toBeCloseTo(1, 12);
  let nearest = Infinity;
  for (let i = 0; i < labels.length; i++) {
    let s = b;
    for (let j = 0; j < k; j++) s += w[j]! * x[i * k + j]!;
    const signed = labels[i] === 1 ? s : -s;
    expect(signed).toBeGreaterThan(0);
    nearest = Math.min(nearest, signed);
  }
  expect(r.margin).toBeCloseTo(nearest, 12);
}

/**
 * Brute-force 2-D oracle. Two finite sets are strictly separable iff some direction u puts
 * every label-0 projection below every label-1 projection. The projection order only changes
 * at directions perpendicular to a difference of two points, and the good directions form an
 * open set, so testing the midpoint of every arc between those critical angles is exact.
 */
function bruteSeparable2D(pts: [number, number][], labels: number[]): boolean {
  const crit: number[] = [];
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      const dx = pts[j]![0] - pts[i]![0], dy = pts[j]![1] - pts[i]![1];
      if (dx === 0 && dy === 0) continue;
      const a = Math.atan2(dy, dx) + Math.PI / 2;
      for (const t of [a, a + Math.PI]) crit.push(((t % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI));
    }
  }
  if (crit.length === 0) crit.push(0);
  crit.sort((p, q) => p - q);
  for (let c = 0; c < crit.length; c++) {
    const next = c + 1 < crit.length ? crit[c + 1]! : crit[0]! + 2 * Math.PI;
    const th = (crit[c]! + next) / 2;
    const ux = Math.cos(th), uy = Math.sin(th);
    let max0 = -Infinity, min1 = Infinity;
    pts.forEach(([x, y], i) => {
      const p = ux * x + uy * y;
      if (labels[i] === 1) min1 = Math.min(min1, p);
      else max0 = Math.max(max0, p);
    });
    if (max0 < min1) return true;
  }
  return false;
}

describe('simplexMinimize', () => {
  it('solves the Wyndor Glass LP (Hillier and Lieberman): 36 at (2, 6), shadow prices (0, 3/2, 1)', () => {
    // max 3x + 5y  s.t.  x <= 4, 2y <= 12, 3x + 2y <= 18, as a minimization with slacks.
    const A = [1, 0, 1, 0, 0, 0, 2, 0, 1, 0, 3, 2, 0, 0, 1];
    const s = simplexMinimize(A, [4, 12, 18], [-3, -5, 0, 0, 0], 3, 5, [2, 3, 4]);
    expect(s.value).toBeCloseTo(-36, 12);
    expect(Array.from(s.x)).toEqual([2, 6, 2, 0, 0].map((v) => expect.closeTo(v, 12)));
    expect(Array.from(s.duals)).toEqual([0, -1.5, -1].map((v) => expect.closeTo(v, 12)));
  });

  it('terminates on the LP on which the largest-coefficient rule cycles (Chvatal, Linear Programming, ch. 3)', () => {
    // max 10a - 57b - 9c - 24d  s.t. 0.5a - 5.5b - 2.5c + 9d <= 0, 0.5a - 1.5b - 0.5c + d <= 0, a <= 1.
    // Optimum 1 at (1, 0, 1, 0); the dual point (0, 18, 1) certifies it.
    const A = [0.5, -5.5, -2.5, 9, 1, 0, 0, 0.5, -1.5, -0.5, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1];
    const s = simplexMinimize(A, [0, 0, 1], [-10, 57, 9, 24, 0, 0, 0], 3, 7, [4, 5, 6]);
    expect(s.value).toBeCloseTo(-1, 12);
    expect(Array.from(s.x.subarray(0, 4))).toEqual([1, 0, 1, 0].map((v) => expect.closeTo(v, 9)));
    expect(Array.from(s.duals)).toEqual([0, -18, -1].map((v) => expect.closeTo(v, 9)));
  });

  it('reports an unbounded LP and rejects an infeasible start', () => {
    // min -x  s.t.  x - s = 1
    expect(simplexMinimize([1, -1], [1], [-1, 0], 1, 2, [0]).value).toBe(-Infinity);
    expect(() => simplexMinimize([1, -1], [1], [-1, 0], 1, 2, [1])).toThrow(RangeError);
  });
});

describe('linearSeparability: truth tables and hand cases', () => {
  it('XOR is not separable; AND and OR are, with a line that works', () => {
    expect(linearSeparability(X4, [0, 1, 1, 0], 2)).toEqual({ separable: false });
    for (const labels of [[0, 0, 0, 1], [0, 1, 1, 1], [1, 1, 1, 0], [1, 0, 0, 0]]) {
      expectSeparates(linearSeparability(X4, labels, 2), X4, labels, 2);
    }
  });

  it('touching hulls are not separable (strict separation)', () => {
    // A point of one class on a segment of the other class.
    expect(linearSeparability([0, 0, 2, 0, 1, 0], [0, 0, 1], 2).separable).toBe(false);
    expect(linearSeparability([1, 1, -1, -1, 0, 0], [1, 1, 0], 2).separable).toBe(false);
    // A point inside a triangle of the other class.
    expect(linearSeparability([1, 0, 0, 1, -1, -1, 0, 0], [1, 1, 1, 0], 2).separable).toBe(false);
    // Two segments crossing in one point.
    expect(linearSeparability([-1, 0, 1, 0, 0, -1, 0, 1], [0, 0, 1, 1], 2).separable).toBe(false);
  });

  it('a small gap is separable at any scale, with the margin half the gap', () => {
    for (const gap of [1e-3, 1e-6, 1e4]) {
      const x = [0, 0, gap, 0];
      const r = linearSeparability(x, [0, 1], 2);
      expectSeparates(r, x, [0, 1], 2);
      expect(r.margin! / gap).toBeCloseTo(0.5, 9);
    }
  });

  it('a gap below SEPARABILITY_EPS of the data extent counts as touching; a larger one does not', () => {
    // Extent 1 along x: a gap of 1e-12 rescales to a margin of 1e-12 < 1e-9, a gap of 1e-6 to 1e-6.
    expect(SEPARABILITY_EPS).toBe(1e-9);
    expect(linearSeparability([0, 0, 1e-12, 0, 1, 0], [0, 1, 1], 2).separable).toBe(false);
    const x = [0, 0, 1e-6, 0, 1, 0];
    expectSeparates(linearSeparability(x, [0, 1, 1], 2), x, [0, 1, 1], 2);
  });

  it('one class alone is separable by a constant; an empty set too', () => {
    expect(linearSeparability([1, 2, 3, 4], [1, 1], 2)).toEqual({ separable: true, w: [0, 0], b: 1, margin: Infinity });
    expect(linearSeparability([1, 2], [0], 2)).toEqual({ separable: true, w: [0, 0], b: -1, margin: Infinity });
    expect(linearSeparability([], [], 3).separable).toBe(true);
  });

  it('parity (XOR-like) sets of the 3- and 4-cube are not separable; 3-input AND is', () => {
    for (const k of [3, 4]) {
      const x: number[] = [], par: number[] = [], and: number[] = [];
      for (let v = 0; v < 1 << k; v++) {
        let ones = 0;
        for (let j = 0; j < k; j++) { const bit = (v >> j) & 1; x.push(bit); ones += bit; }
        par.push(ones % 2);
        and.push(ones === k ? 1 : 0);
      }
      expect(linearSeparability(x, par, k).separable).toBe(false);
      expectSeparates(linearSeparability(x, and, k), x, and, k);
    }
  });

  it('rejects malformed input', () => {
    expect(() => linearSeparability([0, 0, 1], [0, 1], 2)).toThrow(RangeError);
    expect(() => linearSeparability(X4, [0, 1, 2, 0], 2)).toThrow(RangeError);
    expect(() => linearSeparability([0, NaN, 1, 1], [0, 1], 2)).toThrow(RangeError);
    expect(() => linearSeparability(X4, [0, 1, 1, 0], 0)).toThrow(RangeError);
  });
});

describe('linearSeparability: properties', () => {
  it('points labelled by a random hyperplane (k = 1..8) are separable by the returned one', () => {
    const arb = fc.record({
      k: fc.integer({ min: 1, max: 8 }), n: fc.integer({ min: 2, max: 60 }), seed: fc.integer({ min: 0, max: 2 ** 31 }),
      scale: fc.constantFrom(0.01, 1, 100),
    });
    fc.assert(fc.property(arb, ({ k, n, seed, scale }) => {
      const rng = createRng(seed);
      const u = Array.from({ length: k }, () => rng.normal());
      const c = rng.normal();
      const x: number[] = [], labels: number[] = [];
      while (labels.length < n) {
        const p = Array.from({ length: k }, () => scale * rng.uniform(-3, 3));
        const s = u.reduce((acc, uj, j) => acc + uj * p[j]!, scale * c);
        if (Math.abs(s) < 1e-3 * scale) continue; // keep points off the generating plane
        x.push(...p);
        labels.push(s > 0 ? 1 : 0);
      }
      const r = linearSeparability(x, labels, k);
      expectSeparates(r, x, labels, k);
      // No separator can beat half the distance between the closest opposite pair.
      let closest = Infinity;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (labels[i] !== 1 || labels[j] !== 0) continue;
          let d2 = 0;
          for (let q = 0; q < k; q++) d2 += (x[i * k + q]! - x[j * k + q]!) ** 2;
          closest = Math.min(closest, Math.sqrt(d2));
        }
      }
      if (Number.isFinite(closest)) expect(r.margin!).toBeLessThanOrEqual(closest / 2 + 1e-9 * scale);
    }), { numRuns: 150 });
  });

  it('a point carrying both labels is never separable', () => {
    const arb = fc.record({
      k: fc.integer({ min: 1, max: 6 }),
      pts: fc.array(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 20 }),
      bits: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      dup: fc.nat(),
    });
    fc.assert(fc.property(arb, ({ k, pts, bits, dup }) => {
      const x = pts.flatMap((p) => p.slice(0, k));
      const labels: number[] = pts.map((_, i) => (bits[i] ? 1 : 0));
      const d = dup % pts.length;
      x.push(...pts[d]!.slice(0, k));
      labels.push(1 - labels[d]!);
      expect(linearSeparability(x, labels, k).separable).toBe(false);
    }), { numRuns: 150 });
  });

  it('agrees with the brute-force angle sweep on small integer sets in 2-D', () => {
    // Small integer grids make collinear, duplicate and touching configurations common.
    const arb = fc.array(
      fc.record({ x: fc.integer({ min: -3, max: 3 }), y: fc.integer({ min: -3, max: 3 }), label: fc.integer({ min: 0, max: 1 }) }),
      { minLength: 1, maxLength: 8 },
    );
    let separable = 0, total = 0;
    fc.assert(fc.property(arb, (pts) => {
      const xy = pts.map((p) => [p.x, p.y] as [number, number]);
      const labels = pts.map((p) => p.label);
      const r = linearSeparability(xy.flat(), labels, 2);
      const want = bruteSeparable2D(xy, labels);
      expect(r.separable).toBe(want);
      if (want) expectSeparates(r, xy.flat(), labels, 2);
      total++;
      if (want) separable++;
    }), { numRuns: 400 });
    // Both outcomes must actually be exercised for the comparison to mean anything.
    expect(separable).toBeGreaterThan(total / 10);
    expect(separable).toBeLessThan(total - total / 10);
  });

  it('500 points in 8-D: a planted hyperplane is found, random labels are not separable', () => {
    const rng = createRng(7);
    const k = 8, n = 500;
    const x = Array.from({ length: n * k }, () => rng.normal());
    const u = Array.from({ length: k }, () => rng.normal());
    const planted = Array.from({ length: n }, (_, i) => (u.reduce((s, uj, j) => s + uj * x[i * k + j]!, 0.3) > 0 ? 1 : 0));
    expectSeparates(linearSeparability(x, planted, k), x, planted, k);
    // Cover (1965): random labels on n >> 2(k + 1) points in general position are separable with
    // vanishing probability.
    const random = Array.from({ length: n }, () => rng.int(2));
    expect(linearSeparability(x, random, k).separable).toBe(false);
  });

  it('any labelling of k + 1 points in general position in k-D is separable (Cover 1965)', () => {
    const rng = createRng(11);
    for (const k of [2, 8, 32, 64]) {
      const x = Array.from({ length: (k + 1) * k }, () => rng.normal());
      const labels = Array.from({ length: k + 1 }, (_, i) => (i === 0 ? 0 : i === 1 ? 1 : rng.int(2)));
      expectSeparates(linearSeparability(x, labels, k), x, labels, k);
    }
  });
});
