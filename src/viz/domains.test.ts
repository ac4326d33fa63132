import { describe, expect, it } from 'vitest';
import { activateScalar } from '../core/activations';
import { fnDomain, outputDomain } from './domains';

describe('colour domains', () => {
  it('squashing functions use their range; the rest centre 0 in [-1, 1]', () => {
    expect(fnDomain('sigmoid')).toEqual([0, 1]);
    expect(fnDomain('softmax')).toEqual([0, 1]);
    expect(fnDomain('tanh')).toEqual([-1, 1]);
    expect(fnDomain('softsign')).toEqual([-1, 1]);
    for (const fn of ['linear', 'relu', 'elu', 'gelu'] as const) expect(fnDomain(fn)).toEqual([-1, 1]);
  });

  it('every bounded domain holds the function at z = ±50', () => {
    for (const fn of ['sigmoid', 'tanh', 'softsign'] as const) {
      const [lo, hi] = fnDomain(fn);
      for (const z of [-50, 50]) {
        const a = activateScalar(fn, z);
        expect(a >= lo && a <= hi, `${fn}(${z})`).toBe(true);
      }
    }
  });

  it('output heads span their targets; a linear regression head spans -1..1', () => {
    expect(outputDomain('sigmoid', 2)).toEqual([0, 1]);
    expect(outputDomain('softmax', 3)).toEqual([0, 1]);
    expect(outputDomain('tanh', 2)).toEqual([-1, 1]);
    expect(outputDomain('linear', 2)).toEqual([0, 1]);
    expect(outputDomain('linear', 0)).toEqual([-1, 1]);
    expect(outputDomain('tanh', 0)).toEqual([-1, 1]);
  });
});
