// The WebAssembly optimizer step and gradient norms against their TypeScript references
// (optimizers.ts applyUpdateKeep, stats.ts computeStats), bit for bit (Object.is, so -0 and NaN
// count): random networks, parameters, gradients and moments, including zeros of both signs,
// values whose index-order sum overflows, and non-finite ones; every optimizer, with and
// without L1/L2; then whole training runs, divergence included, on both kernel paths.
import { afterEach, describe, expect, it } from 'vitest';
import { applyUpdateKeep, createOptimizerState, type OptimizerName, type OptimizerSettings } from '../optimizers';
import { DEFAULT_OPTIMIZER } from '../config';
import { createNetwork, ensureCapacity, type Network } from '../mlp';
import { createRng, type Rng } from '../rng';
import { computeStats, emptyStats } from '../stats';
import { createTrainer, trainEpoch, trainStep, type Trainer } from '../trainer';
import { LIMITS } from '../fields';
import type { LayerFn } from '../activations';
import type { NetSpec } from '../layout';
import { detectKernels, kernels, setKernelPath } from './backend';
import { wasmOptimizerState, wasmUpdateKeep } from './wasmUpdate';

const wasmHere = detectKernels().path === 'wasm-simd';
const start = kernels().path;
afterEach(() => void setKernelPath(start));

function sameBits(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  expect(a.length, `${what} length`).toBe(b.length);
  for (let k = 0; k < b.length; k++) if (!Object.is(a[k], b[k])) expect.fail(`${what}[${k}]: wasm ${a[k]} vs ts ${b[k]}`);
}

function value(rng: Rng, wild: boolean): number {
  const r = rng.next();
  if (r < 0.04) return 0;
  if (r < 0.08) return -0;
  if (wild && r < 0.1) return (rng.next() < 0.5 ? -1 : 1) * 1e307 * (1 + rng.next()); // sums overflow
  if (wild && r < 0.101) return [NaN, Infinity, -Infinity][rng.int(3)]!;
  if (wild && r < 0.11) return (rng.next() < 0.5 ? -1 : 1) * 2 ** (950 + rng.int(20)); // around the kernels' 2^960 bound
  return rng.normal() * Math.pow(10, rng.int(7) - 3);
}

function randomSpec(rng: Rng): NetSpec {
  const fns: LayerFn[] = ['tanh', 'relu', 'sigmoid'];
  const hidden = Array.from({ length: rng.int(4) }, () => ({ units: 1 + rng.int(12), fn: fns[rng.int(3)]! }));
  return { inputs: 1 + rng.int(4), hidden, outputs: 1 + rng.int(3), output: 'linear' };
}

const CASES: [string, OptimizerName, boolean, number, number][] = [];
for (const optimizer of ['sgd', 'momentum', 'adam'] as const) {
  for (const nesterov of optimizer === 'momentum' ? [false, true] : [false]) {
    for (const [l1, l2] of [[0, 0], [0.01, 0], [0, 0.003], [0.002, 0.05]] as const) {
      CASES.push([`${optimizer}${nesterov ? ' nesterov' : ''} l1 ${l1} l2 ${l2}`, optimizer, nesterov, l1, l2]);
    }
  }
}

describe.skipIf(!wasmHere)('the wasm optimizer step equals applyUpdateKeep, bit for bit', () => {
  it.each(CASES)('%s: 150 random nets, 3 steps each', (_, optimizer, nesterov, l1, l2) => {
    const rng = createRng(0x0b7 + CASES.findIndex((c) => c[1] === optimizer && c[2] === nesterov && c[3] === l1 && c[4] === l2));
    for (let trial = 0; trial < 150; trial++) {
      setKernelPath('wasm-simd');
      const net: Network = createNetwork(randomSpec(rng), 2);
      const n = net.layout.paramCount;
      const wild = trial % 3 === 0;
      const isWeight = new Uint8Array(n);
      for (const l of net.layout.layers) isWeight.fill(1, l.wOffset, l.wOffset + l.fanIn * l.fanOut);
      const st = wasmOptimizerState(net.wasm!);
      const ref = createOptimizerState(n);
      for (let k = 0; k < n; k++) {
        net.params[k] = value(rng, wild);
        st.m[k] = ref.m[k] = value(rng, false);
        st.v[k] = ref.v[k] = Math.abs(value(rng, false));
      }
      const p = Float64Array.from(net.params);
      const before = new Float64Array(n);
      for (let step = 0; step < 3; step++) {
        for (let k = 0; k < n; k++) net.grads[k] = value(rng, wild);
        const g = Float64Array.from(net.grads);
        const o: OptimizerSettings = { ...DEFAULT_OPTIMIZER, optimizer, nesterov, l1, l2, lr: 0.5 * rng.next() + 1e-3, momentum: 0.99 * rng.next() };
        const finite = wasmUpdateKeep(net, st, o);
        const sum = applyUpdateKeep(p, g, isWeight, ref, o, before);
        const label = `${optimizer} #${trial} step ${step}`;
        sameBits(net.params, p, `${label} params`);
        sameBits(net.grads, g, `${label} grads`);
        sameBits(net.wasm!.lastGood, before, `${label} lastGood`);
        sameBits(st.m, ref.m, `${label} m`);
        sameBits(st.v, ref.v, `${label} v`);
        expect(st.t).toBe(ref.t);
        expect(finite, `${label} finite (sum ${sum})`).toBe(Number.isFinite(sum));
      }
    }
  }, 60_000);

  it('gradient norms equal computeStats on the TypeScript path, for nets with many equal layers', () => {
    const rng = createRng(0x57a7);
    for (let trial = 0; trial < 60; trial++) {
      const width = 1 + rng.int(20);
      const spec: NetSpec = {
        inputs: 1 + rng.int(3), outputs: 1 + rng.int(2), output: 'tanh',
        hidden: Array.from({ length: rng.int(20) }, () => ({ units: rng.next() < 0.7 ? width : 1 + rng.int(20), fn: 'tanh' as const })),
      };
      const rows = 1 + rng.int(5);
      setKernelPath('wasm-simd');
      const w = createNetwork(spec, rows);
      setKernelPath('ts');
      const t = createNetwork(spec, rows);
      for (let k = 0; k < t.grads.length; k++) t.grads[k] = w.grads[k] = value(rng, trial % 4 === 0);
      for (let l = 0; l < t.layout.layers.length; l++) {
        for (const key of ['acts', 'zs', 'deltas'] as const) {
          const src = key === 'acts' ? l + 1 : l;
          for (let k = 0; k < rows * t.layout.layers[l]!.fanOut; k++) t[key][src]![k] = w[key][src]![k] = value(rng, false);
        }
      }
      const a = emptyStats(spec.hidden.length + 1);
      const b = emptyStats(spec.hidden.length + 1);
      computeStats(w, rows, a);
      computeStats(t, rows, b);
      for (let l = 0; l < a.length; l++) {
        for (const key of ['gradZ', 'gradW', 'gradB', 'actMean', 'actStd', 'saturated'] as const) {
          if (!Object.is(a[l]![key], b[l]![key])) expect.fail(`#${trial} layer ${l} ${key}: wasm ${a[l]![key]} vs ts ${b[l]![key]}`);
        }
      }
    }
  });
});

function pairOf(cfg: Parameters<typeof createTrainer>[0]): [Trainer, Trainer] {
  setKernelPath('wasm-simd');
  const a = createTrainer(cfg);
  setKernelPath('ts');
  const b = createTrainer(cfg);
  return [a, b];
}

describe.skipIf(!wasmHere)('training on both kernel paths', () => {
  it('gives the same params, moments, lastGood and statistics for every optimizer with L1/L2', () => {
    for (const [optimizer, nesterov] of [['sgd', false], ['momentum', false], ['momentum', true], ['adam', false]] as const) {
      const [a, b] = pairOf({ dataset: 'circle', hidden: [6, 5], activation: 'tanh', seed: 9, batch: 9, optimizer, nesterov, l1: 0.001, l2: 0.002, lr: 0.05 });
      for (let e = 0; e < 4; e++) { trainEpoch(a); trainEpoch(b); }
      sameBits(a.net.params, b.net.params, `${optimizer} params`);
      sameBits(a.lastGood, b.lastGood, `${optimizer} lastGood`);
      sameBits(a.opt.m, b.opt.m, `${optimizer} m`);
      sameBits(a.opt.v, b.opt.v, `${optimizer} v`);
      expect(a.stats).toEqual(b.stats);
    }
  });

  it.each([
    ['deep linear net, huge init', { dataset: 'bumps', hidden: [8, 8, 8], activation: 'linear', init: 'normal', initScale: 100, lr: 1 }],
    ['momentum at lr max', { dataset: 'plane', hidden: [3], activation: 'tanh', optimizer: 'momentum', batch: 10, lr: LIMITS.maxLr }],
    ['adam with l2, linear head', { dataset: 'plane', hidden: [6], activation: 'relu', optimizer: 'adam', l2: 0.01, lr: LIMITS.maxLr }],
  ] as const)('%s: diverges at the same step with the same restored parameters', (_, cfg) => {
    const [a, b] = pairOf({ ...cfg, seed: 4 });
    for (let s = 0; s < 20_000 && !a.diverged; s++) expect(trainStep(a)).toBe(trainStep(b));
    expect(a.diverged).toBe(true);
    expect(b.diverged).toBe(true);
    expect(a.step).toBe(b.step);
    expect(a.divergence).toEqual(b.divergence);
    sameBits(a.net.params, b.net.params, 'params');
    sameBits(a.lastGood, b.lastGood, 'lastGood');
  }, 60_000);

  it('lastGood and the moments stay readable after the network memory grows', () => {
    const [a, b] = pairOf({ dataset: 'xor', hidden: [4], seed: 2, batch: 4, optimizer: 'adam' });
    trainEpoch(a);
    trainEpoch(b);
    const oldBuffer = a.net.wasm!.memory.buffer;
    ensureCapacity(a.net, 100_000);
    expect(a.net.wasm!.memory.buffer).not.toBe(oldBuffer);
    sameBits(a.opt.m, b.opt.m, 'm after grow');
    sameBits(a.lastGood, b.lastGood, 'lastGood after grow');
    trainEpoch(a);
    trainEpoch(b);
    sameBits(a.net.params, b.net.params, 'params after grow and an epoch');
    sameBits(a.opt.v, b.opt.v, 'v after grow and an epoch');
  });
});
