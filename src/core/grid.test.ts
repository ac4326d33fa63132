/**
 * evaluateGrid against an independent reference: a tiny MLP forward written here with plain
 * loops and Math functions, reading params through the documented layout
 * (per layer W row-major [fanOut x fanIn], then b).
 */
import { describe, expect, it } from 'vitest';
import { createNetwork, createRng, evaluateGrid, gridPoint, gridSize, type NetSpec, type Network } from './index';

type Fn = 'tanh' | 'relu' | 'sigmoid' | 'linear' | 'softmax';
const F: Record<Exclude<Fn, 'softmax'>, (z: number) => number> = {
  tanh: Math.tanh, relu: (z) => Math.max(0, z), sigmoid: (z) => 1 / (1 + Math.exp(-z)), linear: (z) => z,
};

/** Every layer's outputs at one input point, computed from scratch. */
function reference(spec: NetSpec, params: Float64Array, x: number, y: number): number[][] {
  let a = [x, y];
  let off = 0;
  const out: number[][] = [];
  for (const layer of [...spec.hidden, { units: spec.outputs, fn: spec.output }]) {
    const fanIn = a.length;
    const z: number[] = [];
    for (let i = 0; i < layer.units; i++) {
      let s = params[off + layer.units * fanIn + i]!; // bias after the whole W block
      for (let j = 0; j < fanIn; j++) s += params[off + i * fanIn + j]! * a[j]!;
      z.push(s);
    }
    off += layer.units * (fanIn + 1);
    if (layer.fn === 'softmax') {
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const sum = e.reduce((p, q) => p + q, 0);
      a = e.map((v) => v / sum);
    } else a = z.map(F[layer.fn as Exclude<Fn, 'softmax'>]);
    out.push(a);
  }
  return out;
}

function randomNet(spec: NetSpec, seed: number): Network {
  const net = createNetwork(spec);
  const r = createRng(seed);
  for (let k = 0; k < net.params.length; k++) net.params[k] = r.uniform(-1.5, 1.5);
  return net;
}

const SPEC: NetSpec = { inputs: 2, hidden: [{ units: 3, fn: 'tanh' }, { units: 2, fn: 'relu' }], outputs: 1, output: 'sigmoid' };
const EXTENT = [-6, 6, -5, 3] as const;
/** 20 x 20 = 400 points, more than one internal chunk of 256. */
const N = 20;
const PIXELS: [number, number][] = [[0, 0], [0, 19], [19, 0], [19, 19], [7, 13], [12, 15], [13, 2]];

describe('gridPoint', () => {
  it('pixel centres, row 0 at the top', () => {
    expect(gridPoint(4, [-6, 6, -6, 6], 0, 0)).toEqual([-4.5, 4.5]);
    expect(gridPoint(4, [-6, 6, -6, 6], 3, 3)).toEqual([4.5, -4.5]);
    expect(gridPoint(2, [0, 1, 10, 20], 1, 0)).toEqual([0.25, 12.5]);
  });
});

describe('evaluateGrid', () => {
  it('evaluates the net at gridPoint(n, extent, row, col): an identity net returns the coordinates', () => {
    const net = createNetwork({ inputs: 2, hidden: [], outputs: 1, output: 'linear' });
    const out = new Float32Array(N * N);
    for (const coord of [0, 1]) {
      net.params.set(coord === 0 ? [1, 0, 0] : [0, 1, 0]);
      evaluateGrid(net, N, EXTENT, out);
      for (let row = 0; row < N; row++) {
        for (let col = 0; col < N; col++) {
          expect(out[row * N + col]).toBeCloseTo(gridPoint(N, EXTENT, row, col)[coord]!, 5);
        }
      }
    }
  });

  it('output unit matches the reference forward pass; hidden units too, unit-major in layer order', () => {
    const net = randomNet(SPEC, 7);
    const units = 3 + 2 + 1;
    expect(gridSize(net, N)).toBe(units * N * N);
    const out = new Float32Array(gridSize(net, N));
    evaluateGrid(net, N, EXTENT, out);
    for (const [row, col] of PIXELS) {
      const [x, y] = gridPoint(N, EXTENT, row, col);
      const want = reference(SPEC, net.params, x, y).flat(); // h1 (3), h2 (2), output (1)
      for (let u = 0; u < units; u++) {
        // Float32 storage: 7 significant digits.
        expect(out[u * N * N + row * N + col]).toBeCloseTo(want[u]!, 6);
      }
    }
  });

  it('a chosen subset of layers: only those units, in the order given by the layer list', () => {
    const net = randomNet(SPEC, 11);
    const layers = [2, 0];
    const out = new Float32Array(gridSize(net, N, layers));
    expect(out.length).toBe((1 + 3) * N * N);
    evaluateGrid(net, N, EXTENT, out, layers);
    for (const [row, col] of PIXELS) {
      const [x, y] = gridPoint(N, EXTENT, row, col);
      const [h1, , o] = reference(SPEC, net.params, x, y);
      const want = [...o!, ...h1!];
      for (let u = 0; u < want.length; u++) expect(out[u * N * N + row * N + col]).toBeCloseTo(want[u]!, 6);
    }
  });

  it('softmax output units (3 classes) sum to 1 and match the reference', () => {
    const spec: NetSpec = { inputs: 2, hidden: [{ units: 4, fn: 'tanh' }], outputs: 3, output: 'softmax' };
    const net = randomNet(spec, 3);
    const out = new Float32Array(gridSize(net, N, [1]));
    evaluateGrid(net, N, EXTENT, out, [1]);
    for (const [row, col] of PIXELS) {
      const [x, y] = gridPoint(N, EXTENT, row, col);
      const probs = reference(spec, net.params, x, y)[1]!;
      let sum = 0;
      for (let u = 0; u < 3; u++) {
        const v = out[u * N * N + row * N + col]!;
        expect(v).toBeCloseTo(probs[u]!, 6);
        sum += v;
      }
      expect(sum).toBeCloseTo(1, 6);
    }
  });

  it('leaves the parameters untouched', () => {
    const net = randomNet(SPEC, 5);
    const before = Float64Array.from(net.params);
    evaluateGrid(net, N, EXTENT, new Float32Array(gridSize(net, N)));
    expect(Array.from(net.params)).toEqual(Array.from(before));
  });
});
