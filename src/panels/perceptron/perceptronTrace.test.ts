import { describe, expect, it } from 'vitest';
import { NOT_SEPARABLE_MESSAGE } from '../../core/perceptron';
import { halfPlanePolygon } from './halfPlane';
import { frameAt, tracePerceptron } from './perceptronTrace';

describe('tracePerceptron (the textbook setting)', () => {
  it('AND converges after 10 updates to w = (2, 1), b = -2', () => {
    const t = tracePerceptron('and');
    expect(t.result.status).toBe('converged');
    expect(t.result.updates).toBe(10);
    expect(t.result.w).toEqual([2, 1]);
    expect(t.result.b).toBe(-2);
    // The last four presentations are a clean pass.
    expect(t.events.slice(-4).every((e) => !e.updated)).toBe(true);
  });

  it('OR converges after 4 updates to w = (1, 1), b = 0', () => {
    const t = tracePerceptron('or');
    expect([t.result.status, t.result.updates, t.result.w, t.result.b]).toEqual(['converged', 4, [1, 1], 0]);
  });

  it('XOR revisits a state, and says so in plain words', () => {
    const t = tracePerceptron('xor');
    expect(t.result.status).toBe('cycle');
    expect(t.result.message).toBe(NOT_SEPARABLE_MESSAGE);
    expect(t.result.period).toBeGreaterThan(0);
  });
});

describe('frameAt', () => {
  it('starts at zero and counts updates as it goes', () => {
    const t = tracePerceptron('and');
    expect(frameAt(t, 0)).toMatchObject({ shown: 0, event: null, w: [0, 0], b: 0, updates: 0, done: false });
    const end = frameAt(t, t.events.length);
    expect(end).toMatchObject({ done: true, updates: 10, w: [2, 1], b: -2 });
    // A converged run stays at its end.
    expect(frameAt(t, t.events.length + 5).w).toEqual([2, 1]);
  });

  it('keeps a cycling run going round its loop: state k equals state k - period', () => {
    const t = tracePerceptron('xor');
    const n = t.events.length, p = t.result.period;
    for (let k = n; k < n + 3 * p; k++) {
      const a = frameAt(t, k + 1), b = frameAt(t, k + 1 - p);
      expect([a.w, a.b, a.event!.index]).toEqual([b.w, b.b, b.event!.index]);
      expect(a.updates - b.updates).toBe(t.result.periodUpdates);
    }
  });
});

describe('halfPlanePolygon', () => {
  const box = [-0.5, 1.5, -0.5, 1.5] as const;
  const area = (pts: readonly (readonly [number, number])[]) =>
    Math.abs(pts.reduce((s, p, i) => { const q = pts[(i + 1) % pts.length]!; return s + p[0] * q[1] - q[0] * p[1]; }, 0)) / 2;

  it('is empty where the unit never fires (zero weights: w.x + b > 0 is false everywhere)', () => {
    expect(halfPlanePolygon(0, 0, 0, box)).toEqual([]);
  });

  it('is the whole box when the unit always fires, and half of it for a line through the centre', () => {
    expect(area(halfPlanePolygon(0, 0, 1, box))).toBeCloseTo(4, 12);
    expect(area(halfPlanePolygon(1, 1, -1, box))).toBeCloseTo(2, 12);
  });

  it('cuts the AND solution 2x1 + x2 - 2 > 0 so that only (1, 1) lies inside', () => {
    const poly = halfPlanePolygon(2, 1, -2, box);
    for (const p of poly) expect(2 * p[0] + p[1] - 2).toBeGreaterThanOrEqual(-1e-12);
    // Corner (1.5, 1.5) fires and (-0.5, -0.5) does not.
    expect(poly).toContainEqual([1.5, 1.5]);
    expect(poly).not.toContainEqual([-0.5, -0.5]);
  });
});
