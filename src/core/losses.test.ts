/**
 * outputDelta's loss values and error signals against the textbook definitions, computed
 * here from the outputs a (not from the logits, as the core does).
 */
import { describe, expect, it } from 'vitest';
import { outputDelta } from './index';

const sig = (z: number): number => 1 / (1 + Math.exp(-z));

describe('outputDelta', () => {
  it('bce: sum of -t log a - (1 - t) log(1 - a), delta a - t; finite for huge logits', () => {
    const z = Float64Array.from([-2, 0.5, 3]);
    const a = z.map(sig);
    const t = Float64Array.from([0, 1, 1]);
    const d = new Float64Array(3);
    const L = outputDelta('bce', 'sigmoid', z, a, t, 3, 1, d);
    const want = [0, 1, 2].reduce((s, k) => s - t[k]! * Math.log(a[k]!) - (1 - t[k]!) * Math.log(1 - a[k]!), 0);
    expect(L).toBeCloseTo(want, 13);
    [0, 1, 2].forEach((k) => expect(d[k]).toBeCloseTo(a[k]! - t[k]!, 15));
    // A confident wrong answer: a = sigmoid(800) rounds to 1, yet the loss is 800, not Infinity.
    const big = Float64Array.from([800]);
    expect(outputDelta('bce', 'sigmoid', big, big.map(sig), Float64Array.from([0]), 1, 1, new Float64Array(1))).toBeCloseTo(800, 10);
  });

  it('ce: sum over rows of -log softmax(z)[class], delta softmax - onehot', () => {
    const z = Float64Array.from([1, 2, 0.5, -1, 0, 3]);
    const a = new Float64Array(6);
    for (const r of [0, 3]) {
      const e = [0, 1, 2].map((j) => Math.exp(z[r + j]!));
      const s = e[0]! + e[1]! + e[2]!;
      e.forEach((v, j) => { a[r + j] = v / s; });
    }
    const t = Float64Array.from([0, 0, 1, 1, 0, 0]);
    const d = new Float64Array(6);
    const L = outputDelta('ce', 'softmax', z, a, t, 2, 3, d);
    expect(L).toBeCloseTo(-Math.log(a[2]!) - Math.log(a[3]!), 13);
    for (let k = 0; k < 6; k++) expect(d[k]).toBeCloseTo(a[k]! - t[k]!, 15);
  });

  it('mse: sum of 1/2 (a - t)^2, delta (a - t) f\'(z) for linear, sigmoid and tanh outputs', () => {
    const z = Float64Array.from([0.3, -1.2]);
    const t = Float64Array.from([1, -0.5]);
    const cases = [
      ['linear', (v: number) => v, () => 1],
      ['sigmoid', sig, (v: number) => sig(v) * (1 - sig(v))],
      ['tanh', Math.tanh, (v: number) => 1 / Math.cosh(v) ** 2],
    ] as const;
    for (const [fn, f, df] of cases) {
      const a = z.map(f);
      const d = new Float64Array(2);
      const L = outputDelta('mse', fn, z, a, t, 2, 1, d);
      expect(L).toBeCloseTo(0.5 * (a[0]! - 1) ** 2 + 0.5 * (a[1]! + 0.5) ** 2, 14);
      [0, 1].forEach((k) => expect(d[k]).toBeCloseTo((a[k]! - t[k]!) * df(z[k]!), 14));
    }
  });
});
