// The WebAssembly kernels against the TypeScript reference, bit for bit (Object.is on every
// element, so -0 and NaN count too), on thousands of random networks and batches for every
// activation; and the fallback to the TypeScript path.
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVATIONS, type LayerFn } from '../activations';
import { fdexp } from '../fdexp';
import { evaluateGrid, gridSize } from '../grid';
import { backward, createNetwork, ensureCapacity, forward, type Network } from '../mlp';
import { createRng, type Rng } from '../rng';
import { createTrainer, evaluate, trainEpoch } from '../trainer';
import type { NetSpec } from '../layout';
import { detectKernels, kernels, setKernelPath, type KernelPath } from './backend';

const wasmHere = detectKernels().path === 'wasm-simd';
const start = kernels().path;
afterEach(() => void setKernelPath(start));

function make(path: KernelPath, spec: NetSpec, rows: number): Network {
  setKernelPath(path);
  return createNetwork(spec, rows);
}

function sameBits(a: ArrayLike<number>, b: ArrayLike<number>, n: number, what: string): void {
  for (let k = 0; k < n; k++) {
    if (!Object.is(a[k], b[k])) expect.fail(`${what}[${k}]: wasm ${a[k]} vs ts ${b[k]}`);
  }
}

/** Mostly ordinary values, with exact zeros, -0, large and tiny magnitudes mixed in. */
function value(rng: Rng, scale: number): number {
  const u = rng.next();
  if (u < 0.03) return 0;
  if (u < 0.05) return -0;
  if (u < 0.07) return rng.uniform(-40, 40);
  if (u < 0.08) return rng.uniform(-1, 1) * 1e-200;
  return rng.uniform(-scale, scale);
}

function randomSpec(rng: Rng, fn: LayerFn, maxWidth: number, maxDepth: number): NetSpec {
  const hidden = Array.from({ length: rng.int(maxDepth + 1) }, () => ({ units: 1 + rng.int(maxWidth), fn }));
  const outputs = 1 + rng.int(4);
  const output: LayerFn = outputs > 1 && rng.next() < 0.5 ? 'softmax' : (['sigmoid', 'tanh', 'linear'] as const)[rng.int(3)]!;
  return { inputs: 1 + rng.int(5), hidden, outputs, output };
}

/** Same params, inputs and output deltas into both nets; compares every buffer after forward and backward. */
function compare(spec: NetSpec, rows: number, rng: Rng, label: string): void {
  const w = make('wasm-simd', spec, rows);
  const t = make('ts', spec, rows);
  expect(w.wasm).not.toBeNull();
  expect(t.wasm).toBeNull();
  for (let k = 0; k < t.params.length; k++) t.params[k] = w.params[k] = value(rng, 1.5);
  for (let k = 0; k < rows * spec.inputs; k++) t.acts[0]![k] = w.acts[0]![k] = value(rng, 2);
  forward(w, rows);
  forward(t, rows);
  const L = w.layout.layers.length;
  for (let l = 0; l < L; l++) {
    const n = rows * w.layout.layers[l]!.fanOut;
    sameBits(w.zs[l]!, t.zs[l]!, n, `${label} z${l}`);
    sameBits(w.acts[l + 1]!, t.acts[l + 1]!, n, `${label} a${l + 1}`);
  }
  const last = rows * spec.outputs;
  for (let k = 0; k < last; k++) t.deltas[L - 1]![k] = w.deltas[L - 1]![k] = value(rng, 1);
  backward(w, rows);
  backward(t, rows);
  sameBits(w.grads, t.grads, t.grads.length, `${label} grads`);
  for (let l = 1; l < L; l++) sameBits(w.deltas[l - 1]!, t.deltas[l - 1]!, rows * w.layout.layers[l - 1]!.fanOut, `${label} delta${l - 1}`);
}

describe.skipIf(!wasmHere)('WebAssembly kernels are bit-identical to the TypeScript reference', () => {
  it.each(ACTIVATIONS)('%s: 400 random small nets and batches', (fn) => {
    const rng = createRng(0x5eed + ACTIVATIONS.indexOf(fn));
    for (let trial = 0; trial < 400; trial++) {
      compare(randomSpec(rng, fn, 11, 4), 1 + rng.int(13), rng, `${fn} #${trial}`);
    }
  });

  it.each(ACTIVATIONS)('%s: wide layers and long batches (every blocking remainder)', (fn) => {
    const rng = createRng(0xb10c + ACTIVATIONS.indexOf(fn));
    for (let trial = 0; trial < 6; trial++) {
      compare(randomSpec(rng, fn, 131, 3), 1 + rng.int(70), rng, `${fn} wide #${trial}`);
    }
  }, 60_000);

  it('the wasm exp equals the TS fdexp, and both equal fdlibm (Node 20 Math.exp), on a million arguments', () => {
    const net = make('wasm-simd', { inputs: 1, hidden: [], outputs: 1, output: 'sigmoid' }, 1);
    const exp = net.wasm!.k.exp;
    const rng = createRng(7);
    for (let i = 0; i < 1e6; i++) {
      const x = i % 4 === 0 ? rng.uniform(-750, 750) : i % 4 === 1 ? rng.uniform(-2, 2) : i % 4 === 2 ? rng.uniform(-40, 40) : rng.uniform(-1, 1) * 2 ** -rng.int(60);
      if (!Object.is(exp(x), fdexp(x))) expect.fail(`exp(${x}): wasm ${exp(x)} vs fdexp ${fdexp(x)}`);
      // Node 20's V8 implements Math.exp as fdlibm: an independent oracle for the port.
      if (!Object.is(fdexp(x), Math.exp(x))) expect.fail(`exp(${x}): fdexp ${fdexp(x)} vs Math.exp ${Math.exp(x)}`);
    }
  }, 60_000);

  it('the two-lane exp equals Math.exp, including at its branch boundaries', () => {
    const n = 1 << 14;
    const net = make('wasm-simd', { inputs: 1, hidden: [], outputs: 1, output: 'sigmoid' }, 1);
    ensureCapacity(net, 2 * n); // room for n arguments and n results after params
    const { k, pActs } = net.wasm!;
    const x = net.acts[0]!.subarray(0, n);
    const y = net.acts[0]!.subarray(n, 2 * n);
    const rng = createRng(11);
    const view = new DataView(new ArrayBuffer(8));
    // fdlibm branches on the high word: near 0x3fd62e42 (ln2/2), 0x3ff0a2b2 (1.5 ln2), 0x3e300000 (2^-28), 0x40862e42 (709.78).
    const edges = [0x3fd62e42, 0x3fd62e43, 0x3ff0a2b1, 0x3ff0a2b2, 0x3e2fffff, 0x3e300000, 0x40862e42, 0x40861000];
    const special = [1, -1, NaN, Infinity, -Infinity, 0, -0, 707, -707, 708, -708, 709.78, -745.2];
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < n; i++) {
        if (round < 8) {
          view.setUint32(0, edges[i % edges.length]!);
          view.setUint32(4, rng.int(2 ** 32));
          x[i] = (i & 8 ? -1 : 1) * view.getFloat64(0);
        } else x[i] = i % 101 === 0 ? special[(i / 101) % special.length | 0]! : rng.uniform(-1, 1) * 2 ** rng.uniform(-30, 10);
      }
      k.expPairs(pActs[0]!, pActs[0]! + 8 * n, n);
      for (let i = 0; i < n; i++) {
        if (!Object.is(y[i], fdexp(x[i]!)) || !Object.is(y[i], Math.exp(x[i]!))) expect.fail(`exp(${x[i]}): wasm ${y[i]}, fdexp ${fdexp(x[i]!)}, Math.exp ${Math.exp(x[i]!)}`);
      }
    }
  }, 60_000);

  it('training runs give the same parameters, losses and grids on both paths', () => {
    for (const activation of ['sigmoid', 'tanh', 'relu', 'gelu'] as const) {
      const cfg = { dataset: 'spiral' as const, hidden: [7, 5], activation, seed: 3, batch: 7, optimizer: 'adam' as const };
      setKernelPath('wasm-simd');
      const a = createTrainer(cfg);
      setKernelPath('ts');
      const b = createTrainer(cfg);
      for (let e = 0; e < 5; e++) { trainEpoch(a); trainEpoch(b); }
      sameBits(a.net.params, b.net.params, b.net.params.length, `${activation} params`);
      expect(Object.is(evaluate(a, 'test').loss, evaluate(b, 'test').loss)).toBe(true);
      const ga = new Float32Array(gridSize(a.net, 20));
      const gb = new Float32Array(gridSize(b.net, 20));
      evaluateGrid(a.net, 20, a.data.extent, ga);
      evaluateGrid(b.net, 20, b.data.extent, gb);
      sameBits(ga, gb, gb.length, `${activation} grid`);
    }
  });

  it('grids over several chunks, for chosen layers, match on both paths', () => {
    const rng = createRng(5);
    for (const fn of ACTIVATIONS) {
      const spec = randomSpec(rng, fn, 17, 3);
      const w = make('wasm-simd', { ...spec, inputs: 2 }, 4);
      const t = make('ts', { ...spec, inputs: 2 }, 4);
      for (let k = 0; k < t.params.length; k++) t.params[k] = w.params[k] = value(rng, 2);
      const last = t.layout.layers.length - 1;
      for (const layers of [undefined, [last], [0, last]]) {
        const a = new Float32Array(gridSize(w, 23, layers));
        const b = new Float32Array(gridSize(t, 23, layers));
        evaluateGrid(w, 23, [-3, 2, -1, 4], a, layers);
        evaluateGrid(t, 23, [-3, 2, -1, 4], b, layers);
        sameBits(a, b, b.length, `${fn} grid ${String(layers)}`);
      }
    }
  });

  it('growing the scratch keeps the parameters and hands out fresh views', () => {
    const net = make('wasm-simd', { inputs: 2, hidden: [{ units: 64, fn: 'tanh' }], outputs: 1, output: 'sigmoid' }, 4);
    net.params.forEach((_, k) => { net.params[k] = k / 7; });
    const before = Float64Array.from(net.params);
    ensureCapacity(net, 5000);
    expect(net.acts[0]!.length).toBe(10000);
    sameBits(net.params, before, before.length, 'params after grow');
    net.acts[0]!.fill(0.5);
    forward(net, 5000);
    expect(Number.isFinite(net.acts[2]![4999])).toBe(true);
  });
});

describe('the TypeScript fallback', () => {
  it('is chosen without WebAssembly', () => {
    expect(detectKernels(null)).toMatchObject({ path: 'ts', reason: 'no WebAssembly' });
  });

  it('is chosen where WebAssembly has no SIMD', () => {
    const noSimd = { validate: () => false, Module: class {}, Instance: class {}, Memory: class {} };
    expect(detectKernels(noSimd as never)).toMatchObject({ path: 'ts', reason: 'no WebAssembly SIMD' });
  });

  it('is chosen where the compile throws (a main thread refusing big synchronous compiles)', () => {
    const refuses = { validate: () => true, Module: class { constructor() { throw new RangeError('too big'); } }, Instance: class {}, Memory: class {} };
    expect(detectKernels(refuses as never).path).toBe('ts');
  });

  it('runs plain Float64Arrays when forced', () => {
    setKernelPath('ts');
    expect(kernels().path).toBe('ts');
    const net = createNetwork({ inputs: 2, hidden: [{ units: 3, fn: 'relu' }], outputs: 1, output: 'sigmoid' }, 4);
    expect(net.kernel).toBe('ts');
    expect(net.wasm).toBeNull();
    expect(net.params.buffer.byteLength).toBe(net.params.byteLength);
  });

  it.skipIf(!wasmHere)('is not what Node uses by default here: the fast path is', () => {
    expect(start).toBe('wasm-simd');
  });
});
