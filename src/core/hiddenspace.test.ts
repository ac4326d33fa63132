import { describe, expect, it } from 'vitest';
import type { ActivationName } from './activations';
import { layerActivations, nextLayerLine, warpedGridLines } from './hiddenspace';
import { biasIndex, weightIndex } from './layout';
import { createNetwork, type Network } from './mlp';
import { createRng } from './rng';
import { linearSeparability } from './separability';

/** 2-2-1 net with W1 = [[1, 2], [3, -1]], b1 = [0.5, -1], W2 = [[2, -3]], b2 = 0.25. */
function tiny(fn: ActivationName): Network {
  const net = createNetwork({ inputs: 2, hidden: [{ units: 2, fn }], outputs: 1, output: 'sigmoid' }, 4);
  const set = (l: number, i: number, j: number, v: number): void => { net.params[weightIndex(net.layout, l, i, j)] = v; };
  set(0, 0, 0, 1); set(0, 0, 1, 2); set(0, 1, 0, 3); set(0, 1, 1, -1);
  net.params[biasIndex(net.layout, 0, 0)] = 0.5;
  net.params[biasIndex(net.layout, 0, 1)] = -1;
  set(1, 0, 0, 2); set(1, 0, 1, -3);
  net.params[biasIndex(net.layout, 1, 0)] = 0.25;
  return net;
}

describe('layerActivations', () => {
  it('hand-computed hidden and output values of the tiny net', () => {
    const net = tiny('linear');
    // (1,1) -> (1 + 2 + 0.5, 3 - 1 - 1); (0,0) -> (0.5, -1); (-1,2) -> (-1 + 4 + 0.5, -3 - 2 - 1).
    expect(Array.from(layerActivations(net, [1, 1, 0, 0, -1, 2], 3, 0))).toEqual([3.5, 1, 0.5, -1, 3.5, -6]);
    // Output: sigmoid(2 * 3.5 - 3 * 1 + 0.25) for (1,1).
    expect(layerActivations(net, [1, 1], 1, 1)[0]).toBeCloseTo(1 / (1 + Math.exp(-4.25)), 15);
    const relu = tiny('relu');
    expect(Array.from(layerActivations(relu, [1, 1, 0, 0, -1, 2], 3, 0))).toEqual([3.5, 1, 0.5, 0, 3.5, 0]);
  });

  it('many points across several chunks match a per-point hand evaluation (2-3-2-1 tanh net)', () => {
    const net = createNetwork({ inputs: 2, hidden: [{ units: 3, fn: 'tanh' }, { units: 2, fn: 'tanh' }], outputs: 1, output: 'sigmoid' }, 8);
    const rng = createRng(4);
    for (let k = 0; k < net.params.length; k++) net.params[k] = rng.uniform(-1.5, 1.5);
    const P = net.params, [L0, L1] = net.layout.layers;
    const n = 1001; // not a multiple of the chunk or of the 4-row unrolling
    const x = Float64Array.from({ length: 2 * n }, () => rng.uniform(-3, 3));
    const h = layerActivations(net, x, n, 1);
    expect(h.length).toBe(2 * n);
    for (let i = 0; i < n; i++) {
      const a = [0, 1, 2].map((u) => Math.tanh(P[L0!.wOffset + 2 * u]! * x[2 * i]! + P[L0!.wOffset + 2 * u + 1]! * x[2 * i + 1]! + P[L0!.bOffset + u]!));
      for (let u = 0; u < 2; u++) {
        const z = P[L1!.wOffset + 3 * u]! * a[0]! + P[L1!.wOffset + 3 * u + 1]! * a[1]! + P[L1!.wOffset + 3 * u + 2]! * a[2]! + P[L1!.bOffset + u]!;
        expect(h[2 * i + u]).toBeCloseTo(Math.tanh(z), 13);
      }
    }
    // Filling a caller's buffer gives the same numbers.
    const out = new Float64Array(2 * n);
    expect(layerActivations(net, x, n, 1, out)).toBe(out);
    expect(out).toEqual(h);
  });

  it('rejects a bad layer or short buffers', () => {
    const net = tiny('linear');
    expect(() => layerActivations(net, [0, 0], 1, 2)).toThrow(RangeError);
    expect(() => layerActivations(net, [0, 0], 1, -1)).toThrow(RangeError);
    expect(() => layerActivations(net, [0], 1, 0)).toThrow(RangeError);
    expect(() => layerActivations(net, [0, 0], 1, 0, new Float64Array(1))).toThrow(RangeError);
  });
});

describe('warpedGridLines', () => {
  it('a linear layer maps the grid affinely: hand-computed end points, layout [line][sample][dim]', () => {
    // Image of (x, y) is (x + 2y + 0.5, 3x - y - 1); 3 lines per direction, 2 samples each.
    const g = warpedGridLines(tiny('linear'), [-1, 1, -2, 2], 3, 2, 0);
    expect(Array.from(g)).toEqual([
      -4.5, -2, 3.5, -6, // x = -1: (-1,-2) to (-1,2)
      -3.5, 1, 4.5, -3, //  x = 0
      -2.5, 4, 5.5, 0, //   x = 1
      -4.5, -2, -2.5, 4, // y = -2: (-1,-2) to (1,-2)
      -0.5, -4, 1.5, 2, //  y = 0
      3.5, -6, 5.5, 0, //   y = 2
    ]);
  });

  it('samples lie evenly along each line before the warp, and ReLU folds them', () => {
    // h1 = relu(x + 2y + 0.5), h2 = relu(3x - y - 1) at 5 samples per line.
    const g = warpedGridLines(tiny('relu'), [-1, 1, -2, 2], 2, 5, 0);
    expect(Array.from(g)).toEqual([
      0, 0, 0, 0, 0, 0, 1.5, 0, 3.5, 0, //   x = -1, y = -2 .. 2: h1 = relu(2y - 0.5), h2 = relu(-4 - y)
      0, 4, 0, 3, 1.5, 2, 3.5, 1, 5.5, 0, // x = 1: h1 = relu(2y + 1.5), h2 = relu(2 - y)
      0, 0, 0, 0, 0, 1, 0, 2.5, 0, 4, //   y = -2, x = -1 .. 1: h1 = relu(x - 3.5), h2 = relu(3x + 1)
      3.5, 0, 4, 0, 4.5, 0, 5, 0, 5.5, 0, // y = 2: h1 = relu(x + 4.5), h2 = relu(3x - 3)
    ]);
  });

  it('rejects too few lines or samples', () => {
    expect(() => warpedGridLines(tiny('linear'), [0, 1, 0, 1], 1, 5, 0)).toThrow(RangeError);
    expect(() => warpedGridLines(tiny('linear'), [0, 1, 0, 1], 3, 1, 0)).toThrow(RangeError);
  });
});

describe('nextLayerLine', () => {
  it('reads unit 0 of the layer above', () => {
    const net = tiny('tanh');
    expect(nextLayerLine(net, 0)).toEqual({ w1: 2, w2: -3, b: 0.25 });
    expect(nextLayerLine(net, -1)).toEqual({ w1: 1, w2: 2, b: 0.5 });
    expect(() => nextLayerLine(net, 1)).toThrow(RangeError);
    const wide = createNetwork({ inputs: 2, hidden: [{ units: 3, fn: 'tanh' }], outputs: 1, output: 'sigmoid' });
    expect(() => nextLayerLine(wide, 0)).toThrow(RangeError);
  });

  it('XOR becomes separable in the hidden space of the classic ReLU solution', () => {
    // h1 = relu(x1 + x2), h2 = relu(x1 + x2 - 1), out = h1 - 2 h2 - 0.5.
    const net = createNetwork({ inputs: 2, hidden: [{ units: 2, fn: 'relu' }], outputs: 1, output: 'sigmoid' });
    net.params.set([1, 1, 1, 1, 0, -1, 1, -2, -0.5]);
    const x = [0, 0, 0, 1, 1, 0, 1, 1], xor = [0, 1, 1, 0];
    const h = layerActivations(net, x, 4, 0);
    expect(Array.from(h)).toEqual([0, 0, 1, 0, 1, 0, 2, 1]);
    const line = nextLayerLine(net, 0);
    expect(line).toEqual({ w1: 1, w2: -2, b: -0.5 });
    for (let i = 0; i < 4; i++) expect(line.w1 * h[2 * i]! + line.w2 * h[2 * i + 1]! + line.b > 0 ? 1 : 0).toBe(xor[i]);
    expect(linearSeparability(x, xor, 2).separable).toBe(false);
    expect(linearSeparability(h, xor, 2).separable).toBe(true);
  });
});
