/** Datasets against their definitions: truth tables, geometry of the noise-free sets, splits, seeds. */
import { describe, expect, it } from 'vitest';
import { makeDataset, TRUTH_TABLES, type DatasetName, type Split } from './index';

const OPTS = { points: 400, noise: 0, split: 0.5 };

/** Both splits as one list of [x, y, label]. */
function allPoints(name: DatasetName, opts = OPTS, seed = 1): [number, number, number][] {
  const d = makeDataset(name, opts, seed);
  const rows = (s: Split): [number, number, number][] => Array.from({ length: s.n }, (_, i) => [s.x[2 * i]!, s.x[2 * i + 1]!, s.y[i]!]);
  return [...rows(d.train), ...rows(d.test)];
}

describe('truth tables', () => {
  const logic: Record<(typeof TRUTH_TABLES)[number], (a: boolean, b: boolean) => boolean> = {
    and: (a, b) => a && b, or: (a, b) => a || b, xor: (a, b) => a !== b,
    nand: (a, b) => !(a && b), nor: (a, b) => !(a || b), xnor: (a, b) => a === b,
  };

  it.each(TRUTH_TABLES)('%s: patterns (0,0),(0,1),(1,0),(1,1) in order, labels from the boolean function', (name) => {
    const d = makeDataset(name, OPTS, 1);
    expect(d.classes).toBe(2);
    expect(Array.from(d.train.x)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    const want = [[0, 0], [0, 1], [1, 0], [1, 1]].map(([a, b]) => (logic[name](a === 1, b === 1) ? 1 : 0));
    expect(Array.from(d.train.y)).toEqual(want);
    // No held-out points: the test split is the same four.
    expect(d.train.n).toBe(4);
    expect(Array.from(d.test.x)).toEqual(Array.from(d.train.x));
    expect(Array.from(d.test.y)).toEqual(want);
  });

  it('signed: inputs -1/+1, same labels; the seed and point count do not matter', () => {
    const d = makeDataset('xor', { ...OPTS, signed: true }, 1);
    expect(Array.from(d.train.x)).toEqual([-1, -1, -1, 1, 1, -1, 1, 1]);
    expect(Array.from(d.train.y)).toEqual([0, 1, 1, 0]);
    const e = makeDataset('xor', { points: 17, noise: 0.9, split: 0.3 }, 99);
    expect(Array.from(e.train.x)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
  });
});

describe('continuous sets', () => {
  it('xor-quadrants, noise 0: points in [-5,5]^2, label 1 exactly when x*y > 0', () => {
    const pts = allPoints('xor-quadrants');
    expect(pts.length).toBe(400);
    for (const [x, y, c] of pts) {
      expect(Math.abs(x)).toBeLessThanOrEqual(5);
      expect(Math.abs(y)).toBeLessThanOrEqual(5);
      expect(c).toBe(x * y > 0 ? 1 : 0);
    }
  });

  it('xor-quadrants with noise: labels keep the clean quadrant, so some points sit across the axes', () => {
    const pts = allPoints('xor-quadrants', { ...OPTS, noise: 0.5 });
    const wrongSide = pts.filter(([x, y, c]) => (x * y > 0 ? 1 : 0) !== c).length;
    expect(wrongSide).toBeGreaterThan(0);
    expect(wrongSide).toBeLessThan(pts.length / 2);
  });

  it.each(['circle', 'gaussians', 'spiral', 'moons'] as const)('%s: two classes, balanced', (name) => {
    const d = makeDataset(name, OPTS, 3);
    expect(d.classes).toBe(2);
    const pts = allPoints(name, OPTS, 3);
    const ones = pts.filter((p) => p[2] === 1).length;
    expect(pts.every((p) => p[2] === 0 || p[2] === 1)).toBe(true);
    expect(ones).toBe(200);
    // The train half is a random subset: 200 of 400 with 200 ones has sd ~7 ones.
    const trainOnes = Array.from(d.train.y).filter((v) => v === 1).length;
    expect(trainOnes / d.train.n).toBeGreaterThan(0.4);
    expect(trainOnes / d.train.n).toBeLessThan(0.6);
  });

  it('spiral3: three classes with labels 0, 1, 2 in equal thirds', () => {
    const d = makeDataset('spiral3', { ...OPTS, points: 300 }, 1);
    expect(d.classes).toBe(3);
    const pts = allPoints('spiral3', { ...OPTS, points: 300 });
    for (const c of [0, 1, 2]) expect(pts.filter((p) => p[2] === c).length).toBe(100);
    expect(pts.every((p) => [0, 1, 2].includes(p[2]))).toBe(true);
  });

  it('circle, noise 0: class 1 inside radius 2, class 0 in the ring 3.5..5', () => {
    for (const [x, y, c] of allPoints('circle')) {
      const r = Math.hypot(x, y);
      if (c === 1) expect(r).toBeLessThanOrEqual(2 + 1e-12);
      else { expect(r).toBeGreaterThanOrEqual(3.5 - 1e-12); expect(r).toBeLessThanOrEqual(5 + 1e-12); }
    }
  });

  it('gaussians: class means near (2,2) and (-2,-2)', () => {
    const pts = allPoints('gaussians', { ...OPTS, points: 2000 });
    for (const [c, m] of [[1, 2], [0, -2]] as const) {
      const cls = pts.filter((p) => p[2] === c);
      const mx = cls.reduce((s, p) => s + p[0], 0) / cls.length;
      const my = cls.reduce((s, p) => s + p[1], 0) / cls.length;
      // sd 0.8 over 1000 points: standard error 0.025.
      expect(Math.abs(mx - m)).toBeLessThan(0.15);
      expect(Math.abs(my - m)).toBeLessThan(0.15);
    }
  });

  it('spiral and moons, noise 0: every point inside the [-5,5] view', () => {
    for (const name of ['spiral', 'spiral3', 'moons'] as const) {
      for (const [x, y] of allPoints(name)) {
        expect(Math.abs(x)).toBeLessThanOrEqual(5);
        expect(Math.abs(y)).toBeLessThanOrEqual(5);
      }
    }
  });
});

describe('regression sets', () => {
  it('plane, noise 0: target (x + y) / 10, no classes', () => {
    const d = makeDataset('plane', OPTS, 1);
    expect(d.classes).toBe(0);
    for (const [x, y, t] of allPoints('plane')) expect(t).toBeCloseTo((x + y) / 10, 12);
  });

  it('bumps, noise 0: targets in [-1, 1], positive bump near (2,2)', () => {
    const pts = allPoints('bumps');
    for (const [, , t] of pts) expect(Math.abs(t)).toBeLessThanOrEqual(1);
    for (const [x, y, t] of pts) if (Math.hypot(x - 2, y - 2) < 0.5) expect(t).toBeGreaterThan(0.9);
  });
});

describe('splits and seeds', () => {
  it.each([0.1, 0.25, 0.5, 0.8, 1])('split %f: train gets round(n * split) points, test the rest, none lost', (split) => {
    const d = makeDataset('moons', { ...OPTS, points: 250, split }, 1);
    expect(d.train.n).toBe(Math.round(250 * split));
    expect(d.test.n).toBe(250 - d.train.n);
    expect(d.train.x.length).toBe(2 * d.train.n);
    expect(d.test.y.length).toBe(d.test.n);
    // The union is the full set (same multiset of points for every split).
    const key = (p: [number, number, number]): string => p.join(',');
    const all = allPoints('moons', { ...OPTS, points: 250, split }).map(key).sort();
    const ref = allPoints('moons', { ...OPTS, points: 250, split: 0.5 }).map(key).sort();
    expect(all).toEqual(ref);
  });

  it('same seed, same data; another seed, other data', () => {
    for (const name of ['xor-quadrants', 'circle', 'gaussians', 'spiral', 'moons', 'spiral3', 'plane', 'bumps'] as const) {
      const opts = { points: 100, noise: 0.2, split: 0.7 };
      expect(allPoints(name, opts, 5)).toEqual(allPoints(name, opts, 5));
      expect(allPoints(name, opts, 5)).not.toEqual(allPoints(name, opts, 6));
    }
  });
});
