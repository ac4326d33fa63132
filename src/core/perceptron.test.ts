import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPerceptron, NOT_SEPARABLE_MESSAGE, perceptronStep, runPerceptron, type PerceptronEvent } from './perceptron';

// Pattern order (0,0),(0,1),(1,0),(1,1).
const X = [0, 0, 0, 1, 1, 0, 1, 1];
const AND = [0, 0, 0, 1];
const OR = [0, 1, 1, 1];
const XOR = [0, 1, 1, 0];

function trace(labels: number[]): PerceptronEvent[] {
  const s = createPerceptron(X, labels);
  const out: PerceptronEvent[] = [];
  for (let e = perceptronStep(s); e; e = perceptronStep(s)) out.push(e);
  return out;
}

describe('perceptron rule on the truth tables (zero start, rate 1)', () => {
  it('AND: 10 updates to w = (2,1), b = -2', () => {
    // By hand, (w1, w2, b) after each mistake:
    // pass 1: (1,1) -> (1,1,1)
    // pass 2: (0,0) -> (1,1,0); (0,1) -> (1,0,-1); (1,1) -> (2,1,0)
    // pass 3: (0,1) -> (2,0,-1); (1,0) -> (1,0,-2); (1,1) -> (2,1,-1)
    // pass 4: (1,0) -> (1,1,-2); (1,1) -> (2,2,-1)
    // pass 5: (0,1) -> (2,1,-2), then (1,0),(1,1),(0,0),(0,1) are all right: 22 presentations.
    const r = runPerceptron(X, AND);
    expect(r.status).toBe('converged');
    expect(r.updates).toBe(10);
    expect(r.w).toEqual([2, 1]);
    expect(r.b).toBe(-2);
    expect(r.steps).toBe(22);
    const updates = trace(AND).filter((e) => e.updated).map((e) => [...e.w, e.b]);
    expect(updates).toEqual([
      [1, 1, 1], [1, 1, 0], [1, 0, -1], [2, 1, 0], [2, 0, -1],
      [1, 0, -2], [2, 1, -1], [1, 1, -2], [2, 2, -1], [2, 1, -2],
    ]);
  });

  it('OR: 4 updates to w = (1,1), b = 0', () => {
    // pass 1: (0,1) -> (0,1,1); pass 2: (0,0) -> (0,1,0); (1,0) -> (1,1,1);
    // pass 3: (0,0) -> (1,1,0), then four right answers: 13 presentations.
    const r = runPerceptron(X, OR);
    expect(r).toMatchObject({ status: 'converged', updates: 4, w: [1, 1], b: 0, steps: 13 });
  });

  it('XOR: the state (w, b, next index) recurs with period 4', () => {
    // After presentations 5 and 9 the state is w = (-1,0), b = 0, next pattern (0,1):
    // pass 2 (0,1) -> (-1,1,1), (1,0) -> (0,1,2), (1,1) -> (-1,0,1), pass 3 (0,0) -> (-1,0,0).
    const r = runPerceptron(X, XOR);
    expect(r.status).toBe('cycle');
    expect(r.period).toBe(4);
    expect(r.periodUpdates).toBe(4);
    expect(r.steps).toBe(9);
    expect(r.updates).toBe(6);
    expect(r.w).toEqual([-1, 0]);
    expect(r.b).toBe(0);
    expect(r.message).toBe(NOT_SEPARABLE_MESSAGE);
    expect(r.message).toBe('these points are not linearly separable, so no line can split them');
  });
});

describe('perceptron state machine', () => {
  it('reports each presentation for animation, then stops', () => {
    const s = createPerceptron(X, AND);
    expect(perceptronStep(s)).toEqual({ index: 0, output: 0, target: 0, updated: false, w: [0, 0], b: 0, status: 'running' });
    perceptronStep(s);
    perceptronStep(s);
    expect(perceptronStep(s)).toEqual({ index: 3, output: 0, target: 1, updated: true, w: [1, 1], b: 1, status: 'running' });
    expect(perceptronStep(s)!.index).toBe(0); // wraps round to the first pattern
    const events = [];
    for (let e = perceptronStep(s); e; e = perceptronStep(s)) events.push(e);
    expect(events.at(-1)!.status).toBe('converged');
    expect(perceptronStep(s)).toBeNull();
  });

  it('event weights are copies, not views of the state', () => {
    const s = createPerceptron(X, AND);
    for (let k = 0; k < 3; k++) perceptronStep(s);
    const e = perceptronStep(s)!;
    perceptronStep(s);
    expect(e.w).toEqual([1, 1]);
    expect(s.w).toEqual([1, 1]);
    expect(s.b).toBe(0);
  });

  it('a rate scales the weights but not the trajectory from a zero start', () => {
    // w and b are lr times the rate-1 values at every step, so the sign of w.x + b never differs.
    const r = runPerceptron(X, AND, { lr: 0.5 });
    expect(r).toMatchObject({ status: 'converged', updates: 10, w: [1, 0.5], b: -1 });
  });

  it('starting at a solution converges after one clean pass', () => {
    expect(runPerceptron(X, AND, { w: [2, 1], b: -2 })).toMatchObject({ status: 'converged', updates: 0, steps: 4 });
  });

  it('stops with "limit" after maxSteps presentations', () => {
    const r = runPerceptron(X, XOR, { maxSteps: 5 });
    expect(r.status).toBe('limit');
    expect(r.steps).toBe(5);
  });

  it('a point carrying both labels cycles', () => {
    const r = runPerceptron([1, 2, 1, 2, 3, 0], [0, 1, 1]);
    expect(r.status).toBe('cycle');
    expect(r.message).toBe(NOT_SEPARABLE_MESSAGE);
  });

  it('rejects bad input', () => {
    expect(() => createPerceptron([0, 0, 1], [0, 1])).toThrow(RangeError);
    expect(() => createPerceptron(X, [0, 1, 2, 0])).toThrow(RangeError);
    expect(() => createPerceptron(X, AND, { lr: 0 })).toThrow(RangeError);
    expect(() => createPerceptron([0, NaN, 1, 1, 0, 0, 1, 1], AND)).toThrow(RangeError);
  });

  it('an empty set is trivially converged', () => {
    expect(runPerceptron([], [])).toMatchObject({ status: 'converged', updates: 0, steps: 0 });
  });
});

describe('perceptron convergence theorem (Novikoff 1962)', () => {
  // Integer points labelled by a line a x + b y + c > 0 with c = k + 1/2, so no point lies on it.
  const separable = fc.record({
    pts: fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })), { minLength: 1, maxLength: 12 }),
    a: fc.integer({ min: -3, max: 3 }),
    b: fc.integer({ min: -3, max: 3 }),
    k: fc.integer({ min: -6, max: 5 }),
  });

  it('converges to a separating line within (R / gamma)^2 mistakes', () => {
    fc.assert(fc.property(separable, ({ pts, a, b, k }) => {
      const c = k + 0.5;
      const flat = pts.flat();
      const labels = pts.map(([x, y]) => (a * x + b * y + c > 0 ? 1 : 0));
      const r = runPerceptron(flat, labels);
      expect(r.status).toBe('converged');
      pts.forEach(([x, y], i) => expect(r.w[0] * x + r.w[1] * y + r.b > 0 ? 1 : 0).toBe(labels[i]));
      // Bound in the augmented space (x, y, 1) with the unit vector u = (a, b, c) / |(a, b, c)|.
      const norm = Math.hypot(a, b, c);
      const gamma = Math.min(...pts.map(([x, y]) => Math.abs(a * x + b * y + c) / norm));
      const R2 = Math.max(...pts.map(([x, y]) => x * x + y * y + 1));
      expect(r.updates).toBeLessThanOrEqual(R2 / (gamma * gamma) + 1e-9);
    }), { numRuns: 200 });
  });
});
