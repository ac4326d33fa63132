import { describe, expect, it } from 'vitest';
import { initParams, type InitName } from './init';
import type { ActivationName } from './activations';
import { backward, createNetwork, forward } from './mlp';
import { createRng } from './rng';
import {
  deepGradientFactor, gaussLegendre, meanSquare, normalExpectation, predictGradientFactors,
  SIGMOID_DERIVATIVE_BOUND, sigmoidDerivativeBound, squaredMoments,
} from './theory';

/** (2k - 1)!! = E[z^2k] for z ~ N(0, 1). */
const doubleFactorial = (k: number): number => { let r = 1; for (let i = 2 * k - 1; i > 1; i -= 2) r *= i; return r; };

/** Independent oracle: composite Simpson on [-14 sd, 14 sd], split at 0, of g(z)^2 times the normal density. */
function simpsonSquare(g: (z: number) => number, q: number): number {
  const sd = Math.sqrt(q), N = 4000, h = (14 * sd) / N;
  let s = 0;
  for (const side of [-1, 1]) {
    for (let i = 0; i <= N; i++) {
      // Evaluate just inside each half so a jump at 0 takes that half's value.
      const z = side * Math.max(i * h, 1e-300);
      const c = i === 0 || i === N ? 1 : i % 2 ? 4 : 2;
      s += ((c * h) / 3) * (Math.exp((-z * z) / (2 * q)) / Math.sqrt(2 * Math.PI * q)) * g(z) ** 2;
    }
  }
  return s;
}

describe('quadrature', () => {
  it('5-point Gauss-Legendre matches the tabulated rule (Abramowitz and Stegun 25.4)', () => {
    const { nodes, weights } = gaussLegendre(5);
    expect(Array.from(nodes)).toEqual([-0.906179845938664, -0.5384693101056831, 0, 0.5384693101056831, 0.906179845938664].map((v) => expect.closeTo(v, 14)));
    expect(Array.from(weights)).toEqual([0.2369268850561891, 0.4786286704993665, 128 / 225, 0.4786286704993665, 0.2369268850561891].map((v) => expect.closeTo(v, 14)));
  });

  it('n-point Gauss-Legendre integrates x^k exactly up to degree 2n - 1, and not beyond', () => {
    for (const n of [3, 8, 16]) {
      const { nodes, weights } = gaussLegendre(n);
      const rule = (k: number): number => nodes.reduce((s, x, i) => s + weights[i]! * x ** k, 0);
      for (let k = 0; k < 2 * n; k++) expect(rule(k)).toBeCloseTo(k % 2 ? 0 : 2 / (k + 1), 14);
      expect(Math.abs(rule(2 * n) - 2 / (2 * n + 1))).toBeGreaterThan(1e-12);
    }
  });

  it('normal expectations: E[z^2k] = (2k - 1)!! sd^2k, odd moments 0', () => {
    for (const q of [1, 0.3, 2.5]) {
      for (let k = 0; k <= 15; k++) {
        const want = doubleFactorial(k) * q ** k;
        expect(Math.abs(normalExpectation((z) => z ** (2 * k), q) / want - 1)).toBeLessThan(1e-12);
        expect(normalExpectation((z) => z ** (2 * k + 1), q)).toBeCloseTo(0, 12);
      }
    }
    expect(normalExpectation((z) => z * z + 3, 0)).toBe(3);
  });
});

describe('squared moments of the activations', () => {
  it('E[sigmoid\'(z)^2] = 1/16 at spread 0 and stays below it', () => {
    expect(SIGMOID_DERIVATIVE_BOUND).toBe(0.25);
    expect(sigmoidDerivativeBound(3)).toBe(1 / 64);
    expect(squaredMoments('sigmoid', 0).df2).toBe(1 / 16);
    expect(squaredMoments('sigmoid', 1e-12).df2).toBeCloseTo(1 / 16, 12);
    for (const q of [0.01, 0.1, 1, 10]) expect(squaredMoments('sigmoid', q).df2).toBeLessThan(1 / 16);
  });

  it('closed forms: linear (q, 1), ReLU (q/2, 1/2), leaky ReLU ((1 + a^2) q / 2, (1 + a^2) / 2)', () => {
    for (const q of [0.04, 1, 9]) {
      expect(squaredMoments('linear', q).f2).toBeCloseTo(q, 12);
      expect(squaredMoments('linear', q).df2).toBeCloseTo(1, 12);
      expect(squaredMoments('relu', q).f2).toBeCloseTo(q / 2, 12);
      expect(squaredMoments('relu', q).df2).toBeCloseTo(0.5, 12);
      const a2 = 0.01 ** 2;
      expect(squaredMoments('leaky-relu', q).f2).toBeCloseTo(((1 + a2) * q) / 2, 12);
      expect(squaredMoments('leaky-relu', q).df2).toBeCloseTo((1 + a2) / 2, 12);
    }
  });

  it('tanh, sigmoid, ELU and softsign agree with a Simpson integral of hand-written formulas', () => {
    const sig = (z: number): number => 1 / (1 + Math.exp(-z));
    const cases: [ActivationName, (z: number) => number, (z: number) => number][] = [
      ['tanh', Math.tanh, (z) => 1 - Math.tanh(z) ** 2],
      ['sigmoid', sig, (z) => sig(z) * (1 - sig(z))],
      ['elu', (z) => (z > 0 ? z : Math.exp(z) - 1), (z) => (z > 0 ? 1 : Math.exp(z))],
      ['softsign', (z) => z / (1 + Math.abs(z)), (z) => 1 / (1 + Math.abs(z)) ** 2],
    ];
    for (const [fn, f, df] of cases) {
      for (const q of [0.05, 1, 6]) {
        const m = squaredMoments(fn, q);
        expect(Math.abs(m.f2 / simpsonSquare(f, q) - 1)).toBeLessThan(1e-7);
        expect(Math.abs(m.df2 / simpsonSquare(df, q) - 1)).toBeLessThan(1e-7);
      }
    }
  });
});

describe('gradient factor per layer at width 100 (Glorot and Bengio 2010, He et al. 2015)', () => {
  // Literature values, as in the DESIGN.md table.
  it('sigmoid + glorot-uniform ~ 0.23', () => {
    expect(Math.abs(deepGradientFactor('sigmoid', 'glorot-uniform', 100) - 0.23)).toBeLessThan(0.01);
  });
  it('sigmoid + standard ~ 0.14', () => {
    expect(Math.abs(deepGradientFactor('sigmoid', 'standard', 100) - 0.14)).toBeLessThan(0.005);
  });
  it('tanh + standard -> sqrt(1/3) = 0.577: the variance shrinks to 0, where tanh\' = 1', () => {
    expect(deepGradientFactor('tanh', 'standard', 100)).toBeCloseTo(Math.sqrt(1 / 3), 8);
  });
  it('relu + he-normal = 1 and relu + glorot-uniform = sqrt(1/2)', () => {
    expect(deepGradientFactor('relu', 'he-normal', 100)).toBeCloseTo(1, 12);
    expect(deepGradientFactor('relu', 'glorot-uniform', 100)).toBeCloseTo(Math.SQRT1_2, 12);
  });
});

describe('predictGradientFactors', () => {
  it('hand-checked first layer, output boundary and cumulative products', () => {
    const t = predictGradientFactors({ inputs: 2, inputSecondMoment: 1, hidden: [100, 100, 100], activation: 'relu', init: 'glorot-uniform', initScale: 1 });
    // q1 = 2 inputs * 2 / (2 + 100) * E[x^2]; each ReLU layer then halves E[a^2] at gain 1.
    expect(t.preActVariance[0]).toBeCloseTo(4 / 102, 14);
    expect(t.preActVariance[1]).toBeCloseTo((100 * (2 / 200) * 4) / 102 / 2, 14);
    expect(t.factors.slice(0, 2)).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((v) => expect.closeTo(v, 12)));
    // Into one output: sqrt(1 * 2 / (100 + 1) * 1/2).
    expect(t.factors[2]).toBeCloseTo(Math.sqrt(1 / 101), 12);
    expect(t.cumulative).toHaveLength(4);
    expect(t.cumulative[3]).toBe(1);
    expect(t.cumulative[0]).toBeCloseTo(0.5 * Math.sqrt(1 / 101), 12);
  });

  it('zero weights pass no gradient; no hidden layer gives only the output', () => {
    const z = predictGradientFactors({ inputs: 2, inputSecondMoment: 3, hidden: [4, 4], activation: 'tanh', init: 'zeros', initScale: 1 });
    expect(z.factors).toEqual([0, 0]);
    const none = predictGradientFactors({ inputs: 2, inputSecondMoment: 1, hidden: [], activation: 'tanh', init: 'he-normal', initScale: 1 });
    expect(none).toEqual({ preActVariance: [], derivSquare: [], factors: [], cumulative: [1] });
  });

  it('deep layers of a long constant-width stack approach deepGradientFactor', () => {
    for (const [fn, init] of [['sigmoid', 'glorot-uniform'], ['tanh', 'standard']] as const) {
      const t = predictGradientFactors({ inputs: 2, inputSecondMoment: 1, hidden: new Array(30).fill(100), activation: fn, init, initScale: 1 });
      expect(t.factors[25]).toBeCloseTo(deepGradientFactor(fn, init, 100), 6);
    }
  });

  it('matches the measured RMS ratio of dL/dz in a real width-100 network within 5%', () => {
    const L = 10, W = 100, rows = 256;
    const pairs: [ActivationName, InitName][] = [
      ['sigmoid', 'glorot-uniform'], ['sigmoid', 'standard'], ['tanh', 'standard'], ['relu', 'he-normal'], ['relu', 'glorot-uniform'],
    ];
    for (const [fn, init] of pairs) {
      const net = createNetwork({ inputs: 2, hidden: Array.from({ length: L }, () => ({ units: W, fn })), outputs: 1, output: 'sigmoid' }, rows);
      const rng = createRng(2);
      initParams(net.params, net.layout, init, 1, rng);
      const x = net.acts[0]!;
      for (let k = 0; k < 2 * rows; k++) x[k] = rng.normal();
      forward(net, rows);
      for (let k = 0; k < rows; k++) net.deltas[L]![k] = rng.normal();
      backward(net, rows);
      const rms = (l: number): number => Math.sqrt(net.deltas[l]!.subarray(0, rows * W).reduce((s, v) => s + v * v, 0) / (rows * W));
      // Geometric mean of the ratios over the middle layers 2..8.
      const measured = (rms(2) / rms(9)) ** (1 / 7);
      const t = predictGradientFactors({ inputs: 2, inputSecondMoment: meanSquare(x.subarray(0, 2 * rows)), hidden: new Array(L).fill(W), activation: fn, init, initScale: 1 });
      const predicted = t.factors.slice(2, 9).reduce((p, f) => p * f, 1) ** (1 / 7);
      expect(Math.abs(measured / predicted - 1)).toBeLessThan(0.05);
    }
  });

  it('meanSquare is the mean of the squares', () => {
    expect(meanSquare([1, 2, 3])).toBeCloseTo(14 / 3, 14);
    expect(meanSquare([])).toBe(0);
  });
});
