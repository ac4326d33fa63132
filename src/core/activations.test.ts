import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS, ACTIVATION_FACTS, HEAD_FACTS, OUTPUTS, activate, activateScalar, boundedRange, countSaturated,
  derivativeScalar, headFacts, predictClass, type LayerFn,
} from './activations';

const ALL: LayerFn[] = [...ACTIVATIONS, 'softmax'];
/** z from -30 to 30 in steps of 0.01. */
const Z = Array.from({ length: 6001 }, (_, k) => -30 + k * 0.01);

describe('activation records', () => {
  it('has a record for every function and head', () => {
    expect(Object.keys(ACTIVATION_FACTS).sort()).toEqual([...ALL].sort());
    expect(Object.keys(HEAD_FACTS).sort()).toEqual([...OUTPUTS].sort());
  });

  it.each(ACTIVATIONS)('%s stays inside its range, and a finite end is reached or approached', (fn) => {
    const [lo, hi] = ACTIVATION_FACTS[fn].range;
    const a = [...Z, -1e8, 1e8].map((z) => activateScalar(fn, z));
    const min = Math.min(...a), max = Math.max(...a);
    expect(min).toBeGreaterThanOrEqual(lo);
    expect(max).toBeLessThanOrEqual(hi);
    // Sampled every 0.01 in z and far out, every function comes within 1e-3 of a finite bound.
    if (Number.isFinite(lo)) expect(min - lo, `${fn} low end`).toBeLessThan(1e-3);
    if (Number.isFinite(hi)) expect(hi - max, `${fn} high end`).toBeLessThan(1e-3);
    if (!Number.isFinite(hi)) expect(max).toBeGreaterThan(10);
  });

  it('softmax rows lie in [0, 1] and sum to 1', () => {
    const z = Float64Array.from([-40, 0, 40, 3, 2, 1]);
    const a = new Float64Array(6);
    activate('softmax', z, a, 6, 3);
    expect(boundedRange('softmax')).toEqual([0, 1]);
    for (const v of a) expect(v >= 0 && v <= 1).toBe(true);
    expect(a[0]! + a[1]! + a[2]!).toBeCloseTo(1, 15);
  });

  it('bounded ranges are exactly the squashing functions', () => {
    const bounded = ALL.filter((fn) => boundedRange(fn) !== null).sort();
    expect(bounded).toEqual(['sigmoid', 'softmax', 'softsign', 'tanh']);
  });

  it.each(ACTIVATIONS)('%s is flat wherever it is called saturated (|f\'(z)| < 0.08)', (fn) => {
    const { saturated } = ACTIVATION_FACTS[fn];
    let hits = 0;
    for (const z of Z) {
      if (!saturated(z, activateScalar(fn, z))) continue;
      hits++;
      expect(Math.abs(derivativeScalar(fn, z)), `${fn} at z = ${z}`).toBeLessThan(0.08);
    }
    // Every function but the identity has a flat region inside [-30, 30].
    if (fn !== 'linear') expect(hits, fn).toBeGreaterThan(0);
  });

  it('the saturation record and the countSaturated kernel agree for every function', () => {
    const n = 2001;
    const z = new Float64Array(n), a = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      z[k] = -10 + (20 * k) / (n - 1);
      a[k] = -1.2 + (2.4 * k) / (n - 1); // arbitrary outputs cover every threshold
    }
    for (const fn of ALL) {
      let mine = 0;
      for (let k = 0; k < n; k++) if (ACTIVATION_FACTS[fn].saturated(z[k]!, a[k]!)) mine++;
      expect(mine, fn).toBe(countSaturated(fn, z, a, n));
    }
  });

  it('formulas use no words, so every language can show them', () => {
    for (const fn of ALL) {
      const f = ACTIVATION_FACTS[fn].formula;
      expect(f.length, fn).toBeGreaterThan(0);
      expect(f, fn).not.toMatch(/\b(if|else|over|the|units?|for|where)\b/i);
    }
  });
});

describe('output heads', () => {
  it.each(OUTPUTS.filter((h) => HEAD_FACTS[h].classRule === 'threshold'))(
    '%s decides halfway between its two targets, at z where f(z) is that value',
    (h) => {
      const { threshold, zThreshold, targets } = HEAD_FACTS[h];
      expect(threshold).toBe((targets[0] + targets[1]) / 2);
      expect(activateScalar(h as LayerFn as (typeof ACTIVATIONS)[number], zThreshold)).toBeCloseTo(threshold, 15);
    },
  );

  it('softmax decides by argmax, with one-hot targets', () => {
    expect(HEAD_FACTS.softmax.classRule).toBe('argmax');
    expect(HEAD_FACTS.softmax.targets).toEqual([0, 1]);
    expect(() => headFacts('relu')).toThrow(RangeError);
    expect(headFacts('tanh')).toBe(HEAD_FACTS.tanh);
  });

  it('predictClass thresholds one unit and takes the argmax of several', () => {
    expect(predictClass(HEAD_FACTS.sigmoid, [0.2, 0.51], 1, 1)).toBe(1);
    expect(predictClass(HEAD_FACTS.sigmoid, [0.5], 0, 1)).toBe(0); // strictly above
    expect(predictClass(HEAD_FACTS.tanh, [-0.1, 0.1], 0, 1)).toBe(0);
    expect(predictClass(HEAD_FACTS.tanh, [-0.1, 0.1], 1, 1)).toBe(1);
    expect(predictClass(HEAD_FACTS.sigmoid, [NaN], 0, 1)).toBe(0);
    // Rows of 3 classes: row 1's largest is class 2; ties keep the first.
    const out = [0.5, 0.3, 0.2, 0.1, 0.2, 0.7, 0.4, 0.4, 0.2];
    expect(predictClass(HEAD_FACTS.softmax, out, 0, 3)).toBe(0);
    expect(predictClass(HEAD_FACTS.softmax, out, 1, 3)).toBe(2);
    expect(predictClass(HEAD_FACTS.softmax, out, 2, 3)).toBe(0);
  });
});
