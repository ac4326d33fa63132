/**
 * Backprop gradients against central finite differences of the loss, in float64.
 * The oracle is the loss itself: dL/dp ~ (L(p + h) - L(p - h)) / 2h, which shares no code
 * with backward() or mulDerivative().
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACTIVATIONS, activateScalar, applyUpdate, backward, createNetwork, createOptimizerState, DEFAULT_OPTIMIZER, derivativeScalar, forward, outputDelta,
  type ActivationName, type Network, type NetSpec,
} from './index';
import { HEADS, KINKED, type Head } from './testing/heads';

const KINK_MARGIN = 1e-4;
const H = 1e-6;
const REL_TOL = 1e-5;
/**
 * Absolute floor of the relative-error denominator, per unit of loss. With h = 1e-6 the
 * rounding noise of a central difference is about (ulps of L) / 2h; measured worst cases
 * reach ~2e-9 * |L| (softmax + ce). So a component smaller than ~1e-3 * |L| cannot be
 * resolved to 1e-5 relative; below the floor the check becomes absolute: |a - b| < 1e-8 * max(1, |L|).
 * Over ~200k random cases the worst error seen with this definition was 1.2e-6.
 */
const FLOOR = 1e-3;

interface Case {
  readonly spec: NetSpec;
  readonly head: Head;
  readonly params: number[];
  readonly rows: number;
  readonly x: number[];
  readonly t: number[];
}

function paramCount(spec: NetSpec): number {
  let n = 0;
  let fanIn = spec.inputs;
  for (const w of [...spec.hidden.map((l) => l.units), spec.outputs]) { n += w * (fanIn + 1); fanIn = w; }
  return n;
}

const targetArb = (head: Head, rows: number): fc.Arbitrary<number[]> => {
  switch (head.output) {
    case 'softmax':
      return fc.array(fc.integer({ min: 0, max: 2 }), { minLength: rows, maxLength: rows })
        .map((cls) => cls.flatMap((c) => [0, 1, 2].map((j) => (j === c ? 1 : 0))));
    case 'tanh':
      return fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: rows, maxLength: rows });
    case 'linear':
      return fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: rows, maxLength: rows });
    default: // sigmoid, with bce or mse: any target in [0, 1] (soft targets included)
      return fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: rows, maxLength: rows });
  }
};

/** A random case; `fns` draws each hidden layer's activation. */
function caseArb(heads: readonly Head[], fns: fc.Arbitrary<ActivationName>): fc.Arbitrary<Case> {
  const hiddenArb = fc.array(fc.record({ units: fc.integer({ min: 1, max: 5 }), fn: fns }), { minLength: 0, maxLength: 3 });
  return fc.tuple(hiddenArb, fc.constantFrom(...heads), fc.integer({ min: 1, max: 6 })).chain(([hidden, head, rows]) => {
    const spec: NetSpec = { inputs: 2, hidden, outputs: head.outputs, output: head.output };
    const p = paramCount(spec);
    return fc.record({
      spec: fc.constant(spec),
      head: fc.constant(head),
      params: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: p, maxLength: p }),
      rows: fc.constant(rows),
      x: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2 * rows, maxLength: 2 * rows }),
      t: targetArb(head, rows),
    });
  });
}

/** Mean loss over the rows at the network's current params (the quantity backward() differentiates). */
function meanLoss(net: Network, c: Case, T: Float64Array): number {
  net.acts[0]!.set(c.x);
  forward(net, c.rows);
  const L = net.layout.layers.length - 1;
  return outputDelta(c.head.loss, c.head.output, net.zs[L]!, net.acts[L + 1]!, T, c.rows, c.head.outputs, net.deltas[L]!) / c.rows;
}

/** Smallest |z| over hidden layers whose activation has a kink (Infinity if none). */
function kinkDistance(net: Network, c: Case): number {
  let m = Infinity;
  c.spec.hidden.forEach((l, i) => {
    if (!KINKED.has(l.fn)) return;
    const z = net.zs[i]!;
    for (let k = 0; k < c.rows * l.units; k++) m = Math.min(m, Math.abs(z[k]!));
  });
  return m;
}

/**
 * Checks every parameter's backprop gradient against a central difference; throws on the
 * first mismatch. `tamper` lets the harness test itself with a deliberately wrong gradient.
 */
function gradcheck(c: Case, tamper?: (g: Float64Array) => void): void {
  const net = createNetwork(c.spec, c.rows);
  expect(net.params.length).toBe(c.params.length);
  net.params.set(c.params);
  const T = Float64Array.from(c.t);
  const L0 = meanLoss(net, c, T);
  fc.pre(Number.isFinite(L0));
  fc.pre(kinkDistance(net, c) > KINK_MARGIN);
  backward(net, c.rows);
  const analytic = Float64Array.from(net.grads);
  tamper?.(analytic);
  const floor = FLOOR * Math.max(1, Math.abs(L0));
  for (let k = 0; k < c.params.length; k++) {
    const p = c.params[k]!;
    net.params[k] = p + H;
    const up = meanLoss(net, c, T);
    net.params[k] = p - H;
    const down = meanLoss(net, c, T);
    net.params[k] = p;
    const numeric = (up - down) / (2 * H);
    const a = analytic[k]!;
    const err = Math.abs(a - numeric) / Math.max(floor, Math.abs(a) + Math.abs(numeric));
    if (err > REL_TOL) {
      throw new Error(`param ${k}: backprop ${a}, finite difference ${numeric}, rel err ${err}`);
    }
  }
}

describe('backprop gradient vs central finite differences', () => {
  for (const head of HEADS) {
    describe(`${head.output} output + ${head.loss}`, () => {
      it.each(ACTIVATIONS)('hidden activation %s', (fn) => {
        fc.assert(fc.property(caseArb([head], fc.constant(fn)), (c) => { gradcheck(c); }), { numRuns: 25 });
      });
    });
  }

  it('mixed activations per layer, any head', () => {
    fc.assert(fc.property(caseArb(HEADS, fc.constantFrom(...ACTIVATIONS)), (c) => { gradcheck(c); }), { numRuns: 200 });
  });

  it('the harness rejects wrong gradients (it can fail)', () => {
    const spec: NetSpec = { inputs: 2, hidden: [{ units: 3, fn: 'tanh' }], outputs: 1, output: 'sigmoid' };
    const c: Case = {
      spec, head: HEADS[0]!, rows: 3, x: [0.5, -1, 2, 0.25, -1.5, 1], t: [1, 0, 1],
      params: [0.3, -0.7, 1.1, 0.2, -0.4, 0.9, 0.1, -0.2, 0.05, 0.8, -1.2, 0.6, 0.3],
    };
    expect(() => gradcheck(c)).not.toThrow();
    // Off by 0.01 % in one weight, a sum instead of a mean, two weights swapped.
    expect(() => gradcheck(c, (g) => { g[4] = g[4]! * 1.0001; })).toThrow(/param 4/);
    expect(() => gradcheck(c, (g) => { for (let k = 0; k < g.length; k++) g[k] = g[k]! * c.rows; })).toThrow();
    expect(() => gradcheck(c, (g) => { const t = g[0]!; g[0] = g[1]!; g[1] = t; })).toThrow();
  });
});

describe('activation derivatives', () => {
  // Kinks are at z = 0 only; the grid keeps |z| well above the step.
  const zs: number[] = [];
  for (let z = -8; z <= 8.0001; z += 0.137) if (Math.abs(z) > 1e-3) zs.push(z);
  zs.push(-30, -12.5, 12.5, 30, 1e-2, -1e-2);

  it.each(ACTIVATIONS)('%s: derivativeScalar vs central differences of activateScalar', (fn) => {
    for (const z of zs) {
      // A step relative to |z| keeps the rounding error of f(z +- h) small next to the slope.
      const h = 1e-6 * Math.max(1, Math.abs(z));
      const numeric = (activateScalar(fn, z + h) - activateScalar(fn, z - h)) / (2 * h);
      const analytic = derivativeScalar(fn, z);
      // Same error definition and floor as the network check (f is O(1) to O(|z|) here).
      const err = Math.abs(analytic - numeric) / Math.max(FLOOR, Math.abs(analytic) + Math.abs(numeric));
      expect(err, `${fn} at z=${z}: f'=${analytic}, fd=${numeric}`).toBeLessThan(REL_TOL);
    }
  });

  /** Textbook derivatives, written in forms that share no rounding path with the core's. */
  const s = (z: number): number => 0.5 * (1 + Math.tanh(z / 2));
  const GELU_C = Math.sqrt(2 / Math.PI);
  const CLOSED: Record<ActivationName, (z: number) => number> = {
    linear: () => 1,
    sigmoid: (z) => 1 / (2 + 2 * Math.cosh(z)),
    tanh: (z) => 1 / Math.cosh(z) ** 2,
    relu: (z) => (z > 0 ? 1 : 0),
    'leaky-relu': (z) => (z > 0 ? 1 : 0.01),
    elu: (z) => (z > 0 ? 1 : Math.exp(z)),
    softplus: s,
    softsign: (z) => 1 / (1 + Math.abs(z)) ** 2,
    swish: (z) => (1 + Math.exp(-z) + z * Math.exp(-z)) / (1 + Math.exp(-z)) ** 2,
    gelu: (z) => {
      const u = GELU_C * (z + 0.044715 * z ** 3);
      return 1 / (1 + Math.exp(-2 * u)) + (0.5 * z * GELU_C * (1 + 3 * 0.044715 * z * z)) / Math.cosh(u) ** 2;
    },
  };

  it.each(ACTIVATIONS)('%s: derivativeScalar vs its closed form, tails included', (fn) => {
    for (const z of zs) {
      const expected = CLOSED[fn](z);
      // 1e-14 absolute covers 1 - y^2 style cancellation in saturated tails (values < 1e-13).
      expect(Math.abs(derivativeScalar(fn, z) - expected), `${fn} at z=${z}`).toBeLessThan(1e-9 * Math.abs(expected) + 1e-14);
    }
  });

  it('activation values at textbook points', () => {
    expect(activateScalar('sigmoid', 0)).toBe(0.5);
    expect(activateScalar('sigmoid', Math.log(3))).toBeCloseTo(0.75, 15);
    expect(activateScalar('tanh', Math.atanh(0.5))).toBeCloseTo(0.5, 15);
    expect(activateScalar('relu', -2)).toBe(0);
    expect(activateScalar('leaky-relu', -2)).toBeCloseTo(-0.02, 15);
    expect(activateScalar('elu', -1)).toBeCloseTo(Math.exp(-1) - 1, 15);
    expect(activateScalar('softplus', 0)).toBeCloseTo(Math.LN2, 15);
    expect(activateScalar('softplus', -800)).toBeGreaterThanOrEqual(0);
    expect(activateScalar('softplus', 800)).toBe(800);
    expect(activateScalar('softsign', 3)).toBe(0.75);
    expect(activateScalar('swish', 1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 15);
    expect(activateScalar('gelu', 1)).toBeCloseTo(0.8411919906, 9); // tanh approximation
  });
});

describe('L1/L2 penalty gradient in applyUpdate', () => {
  it('sgd with lr 1 and zero data gradient moves weights by -(l2 w + l1 sign w), biases not at all', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: -3, max: 3, noNaN: true }).filter((w) => Math.abs(w) > 1e-3), { minLength: 13, maxLength: 13 }),
      fc.double({ min: 0, max: 2, noNaN: true }),
      fc.double({ min: 0, max: 2, noNaN: true }),
      (w, l1, l2) => {
        // 2-3-1 layout: W1 [6], b1 [3], W2 [3], b2 [1].
        const isWeight = Uint8Array.from([1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0]);
        const params = Float64Array.from(w);
        const grads = new Float64Array(13);
        applyUpdate(params, grads, isWeight, createOptimizerState(13), { ...DEFAULT_OPTIMIZER, optimizer: 'sgd', lr: 1, l1, l2 });
        // Oracle: central difference of the penalty 0.5 l2 ||W||^2 + l1 |W|, per weight.
        const penalty = (v: number): number => 0.5 * l2 * v * v + l1 * Math.abs(v);
        for (let k = 0; k < 13; k++) {
          const expected = isWeight[k] ? (penalty(w[k]! + 1e-6) - penalty(w[k]! - 1e-6)) / 2e-6 : 0;
          const change = w[k]! - params[k]!;
          expect(Math.abs(change - expected)).toBeLessThan(1e-7 * Math.max(1, Math.abs(expected)));
        }
      },
    ), { numRuns: 100 });
  });
});
