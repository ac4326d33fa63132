/**
 * The multilayer perceptron on flat buffers: forward and backward passes over a minibatch.
 * All scratch memory is allocated once per network (and grown only when a bigger batch
 * arrives), so the training loop allocates nothing.
 */
import { activate, mulDerivative, type ActivationName } from './activations';
import { buildLayout, type Layout, type NetSpec } from './layout';

export interface Network {
  readonly spec: NetSpec;
  readonly layout: Layout;
  /** All W and b, see Layout. */
  readonly params: Float64Array;
  /** Batch gradient of the mean loss, same layout as params. */
  readonly grads: Float64Array;
  /** Rows the scratch buffers hold. */
  capacity: number;
  /** acts[0] is the input [rows x inputs]; acts[l+1] the output of layer l [rows x fanOut]. */
  acts: Float64Array[];
  /** Pre-activations of layer l [rows x fanOut]. */
  zs: Float64Array[];
  /** dL_i/dz of layer l per example [rows x fanOut]. */
  deltas: Float64Array[];
  /** Scratch for dL/da of the layer below during backward [rows x maxWidth]. */
  back: Float64Array;
}

/** Creates a network with zeroed parameters and scratch for `capacity` rows. */
export function createNetwork(spec: NetSpec, capacity = 16): Network {
  const layout = buildLayout(spec);
  const net: Network = {
    spec, layout,
    params: new Float64Array(layout.paramCount),
    grads: new Float64Array(layout.paramCount),
    capacity: 0, acts: [], zs: [], deltas: [], back: new Float64Array(0),
  };
  ensureCapacity(net, capacity);
  return net;
}

/** Grows the scratch buffers to hold `rows` examples (no-op when they already do). */
export function ensureCapacity(net: Network, rows: number): void {
  if (rows <= net.capacity) return;
  const { layout } = net;
  net.capacity = rows;
  net.acts = [new Float64Array(rows * layout.inputs)];
  net.zs = [];
  net.deltas = [];
  for (const l of layout.layers) {
    net.acts.push(new Float64Array(rows * l.fanOut));
    net.zs.push(new Float64Array(rows * l.fanOut));
    net.deltas.push(new Float64Array(rows * l.fanOut));
  }
  net.back = new Float64Array(rows * layout.maxWidth);
}

/**
 * Forward pass for the `rows` examples already in net.acts[0].
 * Afterwards net.acts[L] holds the output [rows x outputs].
 */
export function forward(net: Network, rows: number): void {
  const layers = net.layout.layers;
  for (let l = 0; l < layers.length; l++) {
    const { fanIn, fanOut, wOffset, bOffset, fn } = layers[l]!;
    affine(net.params, wOffset, bOffset, fanIn, fanOut, net.acts[l]!, net.zs[l]!, rows);
    activate(fn, net.zs[l]!, net.acts[l + 1]!, rows * fanOut, fanOut);
  }
}

/**
 * z = W x + b for each row. Rows go four at a time so each weight is loaded once per four
 * examples; this doubles throughput in V8, which does not vectorize.
 */
function affine(P: Float64Array, wOffset: number, bOffset: number, fanIn: number, fanOut: number, x: Float64Array, z: Float64Array, rows: number): void {
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const x0 = r * fanIn, x1 = x0 + fanIn, x2 = x1 + fanIn, x3 = x2 + fanIn;
    const z0 = r * fanOut;
    for (let i = 0; i < fanOut; i++) {
      const wo = wOffset + i * fanIn;
      const b = P[bOffset + i]!;
      let s0 = b, s1 = b, s2 = b, s3 = b;
      for (let j = 0; j < fanIn; j++) {
        const w = P[wo + j]!;
        s0 += w * x[x0 + j]!;
        s1 += w * x[x1 + j]!;
        s2 += w * x[x2 + j]!;
        s3 += w * x[x3 + j]!;
      }
      z[z0 + i] = s0;
      z[z0 + fanOut + i] = s1;
      z[z0 + 2 * fanOut + i] = s2;
      z[z0 + 3 * fanOut + i] = s3;
    }
  }
  for (; r < rows; r++) {
    const xo = r * fanIn;
    const zo = r * fanOut;
    for (let i = 0; i < fanOut; i++) {
      const wo = wOffset + i * fanIn;
      let s = P[bOffset + i]!;
      for (let j = 0; j < fanIn; j++) s += P[wo + j]! * x[xo + j]!;
      z[zo + i] = s;
    }
  }
}

/**
 * Backward pass. Expects net.deltas[last] to hold dL_i/dz of the output for each row
 * (as written by outputDelta) and the activations of the matching forward pass.
 * Writes net.grads = (1/rows) * sum over rows of dL_i/dparams, and every layer's deltas.
 */
export function backward(net: Network, rows: number): void {
  const G = net.grads;
  G.fill(0);
  const layers = net.layout.layers;
  for (let l = layers.length - 1; l >= 0; l--) {
    const { fanIn, fanOut, wOffset, bOffset } = layers[l]!;
    const below = l > 0;
    // The first layer's dL/dx is never used, but computing it costs less than a second loop.
    const back = net.back;
    back.fill(0, 0, rows * fanIn);
    affineBack(net.params, G, wOffset, bOffset, fanIn, fanOut, net.acts[l]!, net.deltas[l]!, back, rows);
    if (below) {
      const prev = net.deltas[l - 1]!;
      const n = rows * fanIn;
      prev.set(back.subarray(0, n));
      // Hidden layers never use softmax (validated), so the derivative is elementwise.
      mulDerivative(layers[l - 1]!.fn as ActivationName, net.zs[l - 1]!, net.acts[l]!, prev, n);
    }
  }
}

/**
 * Accumulates G_W += (1/rows) d^T x, G_b += (1/rows) sum d, and back += d W, four rows at a
 * time for the same reason as affine().
 */
function affineBack(
  P: Float64Array, G: Float64Array, wOffset: number, bOffset: number, fanIn: number, fanOut: number,
  x: Float64Array, d: Float64Array, back: Float64Array, rows: number,
): void {
  const inv = 1 / rows;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const x0 = r * fanIn, x1 = x0 + fanIn, x2 = x1 + fanIn, x3 = x2 + fanIn;
    const dOff = r * fanOut;
    for (let i = 0; i < fanOut; i++) {
      const d0 = d[dOff + i]!, d1 = d[dOff + fanOut + i]!, d2 = d[dOff + 2 * fanOut + i]!, d3 = d[dOff + 3 * fanOut + i]!;
      const g0 = d0 * inv, g1 = d1 * inv, g2 = d2 * inv, g3 = d3 * inv;
      G[bOffset + i] = G[bOffset + i]! + g0 + g1 + g2 + g3;
      const wo = wOffset + i * fanIn;
      for (let j = 0; j < fanIn; j++) {
        const w = P[wo + j]!;
        G[wo + j] = G[wo + j]! + g0 * x[x0 + j]! + g1 * x[x1 + j]! + g2 * x[x2 + j]! + g3 * x[x3 + j]!;
        back[x0 + j] = back[x0 + j]! + w * d0;
        back[x1 + j] = back[x1 + j]! + w * d1;
        back[x2 + j] = back[x2 + j]! + w * d2;
        back[x3 + j] = back[x3 + j]! + w * d3;
      }
    }
  }
  for (; r < rows; r++) {
    const xo = r * fanIn;
    const dOff = r * fanOut;
    for (let i = 0; i < fanOut; i++) {
      const di = d[dOff + i]!;
      const gi = di * inv;
      G[bOffset + i] = G[bOffset + i]! + gi;
      const wo = wOffset + i * fanIn;
      for (let j = 0; j < fanIn; j++) {
        G[wo + j] = G[wo + j]! + gi * x[xo + j]!;
        back[xo + j] = back[xo + j]! + P[wo + j]! * di;
      }
    }
  }
}
