/**
 * The multilayer perceptron on flat buffers: forward and backward passes over a minibatch.
 * All scratch memory is allocated once per network (and grown only when a bigger batch
 * arrives), so the training loop allocates nothing.
 */
import { activate, mulDerivative, type ActivationName } from './activations';
import { kernels, type KernelPath } from './kernels/backend';
import { createWasmNet, growWasmNet, SMALL_ROWS, type WasmNet } from './kernels/wasmNet';
import { buildLayout, type Layout, type NetSpec } from './layout';

/**
 * A multilayer perceptron as flat buffers: parameters and gradients in one layout table, and
 * per-layer scratch for a minibatch of up to `capacity` rows (row-major [rows x width]).
 *
 * The scratch arrays (acts, zs, deltas) belong to the network: forward and backward overwrite
 * them, and ensureCapacity REPLACES them with new, bigger arrays when a larger batch arrives.
 * Never keep a reference to one across a call that may grow the network; read through `net`.
 * On the TypeScript path params and grads are allocated once. On the WebAssembly path every
 * buffer here, params and grads included, is a view of the network's wasm memory, and growing
 * that memory detaches them all, so ensureCapacity replaces params and grads too (same values).
 */
export interface Network {
  /** The architecture this network was built from. */
  readonly spec: NetSpec;
  /** Where every layer's W [fanOut x fanIn] and b [fanOut] live in params (see core/layout). */
  readonly layout: Layout;
  /** Which kernels this network runs, fixed at creation (see kernels/backend.ts). */
  readonly kernel: KernelPath;
  /** All W and b, [layout.paramCount]. */
  readonly params: Float64Array;
  /** Batch gradient of the mean loss dL/dθ, same layout as params. */
  readonly grads: Float64Array;
  /** Rows the scratch buffers hold; grows only (see ensureCapacity). */
  capacity: number;
  /** acts[0] is the input [rows x inputs]; acts[l+1] the output a = f(z) of layer l [rows x fanOut]. */
  acts: Float64Array[];
  /** Pre-activations z = W a + b of layer l [rows x fanOut]. */
  zs: Float64Array[];
  /** δ = dL_i/dz of layer l per example i [rows x fanOut] (the mean's 1/rows is applied in the gradients). */
  deltas: Float64Array[];
  /** The wasm instance and byte offsets of the buffers above; null on the TS path. */
  readonly wasm: WasmNet | null;
}

/** Creates a network with zeroed parameters and scratch for `capacity` rows. */
export function createNetwork(spec: NetSpec, capacity = 16): Network {
  const k = kernels();
  if (k.module) {
    const layout = buildLayout(spec);
    const { wn, views } = createWasmNet(layout, capacity, k.module);
    return { spec, layout, kernel: k.path, ...views, capacity, wasm: wn };
  }
  return createReferenceNetwork(spec, capacity);
}

/**
 * A network on the TypeScript reference kernels whatever the engine supports; same shapes
 * and, per kernels.test.ts, the same bits as createNetwork's. For a thread that runs a few
 * points and should neither compile nor ship the WebAssembly kernels: the page's main thread
 * (truth table, neuron card) imports only this, so its bundle leaves the binary out.
 */
export function createReferenceNetwork(spec: NetSpec, capacity = 16): Network {
  const layout = buildLayout(spec);
  const net: Network = {
    spec, layout, kernel: 'ts',
    params: new Float64Array(layout.paramCount),
    grads: new Float64Array(layout.paramCount),
    capacity: 0, acts: [], zs: [], deltas: [], wasm: null,
  };
  ensureCapacity(net, capacity);
  return net;
}

/**
 * Grows the scratch buffers to hold `rows` examples (no-op when they already do). Growing
 * replaces net.acts, net.zs and net.deltas with new zeroed arrays: earlier references to
 * them go stale and their contents are lost. params and grads are untouched.
 */
export function ensureCapacity(net: Network, rows: number): void {
  if (rows <= net.capacity) return;
  const { layout } = net;
  net.capacity = rows;
  if (net.wasm) {
    // Growing wasm memory detaches every view, params and grads included: replace them all.
    Object.assign(net, growWasmNet(net.wasm, layout, rows));
    return;
  }
  net.acts = [new Float64Array(rows * layout.inputs)];
  net.zs = [];
  net.deltas = [];
  for (const l of layout.layers) {
    net.acts.push(new Float64Array(rows * l.fanOut));
    net.zs.push(new Float64Array(rows * l.fanOut));
    net.deltas.push(new Float64Array(rows * l.fanOut));
  }
}

/**
 * Forward pass for the `rows` examples already in net.acts[0].
 * Afterwards net.acts[L] holds the output [rows x outputs].
 */
export function forward(net: Network, rows: number): void {
  forwardRows(net, 0, rows);
}

/**
 * `arr` from element `offset` on: the array itself at 0 (so a whole batch allocates nothing),
 * else a view (one small object; only a batch done in row ranges asks for one).
 */
function from(arr: Float64Array, offset: number): Float64Array {
  return offset === 0 ? arr : arr.subarray(offset);
}

/**
 * Forward pass for rows [first, first + rows) of the scratch, whose inputs are already in
 * net.acts[0] at those rows; writes zs and acts of those rows only. Every row's values are
 * the same bits whatever range it is computed in: each z is its own sum in the order b,
 * j = 0, 1, ... on both kernel paths, whichever row blocking (or affineSmall) a row count picks.
 */
export function forwardRows(net: Network, first: number, rows: number): void {
  const layers = net.layout.layers;
  const wn = net.wasm;
  for (let l = 0; l < layers.length; l++) {
    const { fanIn, fanOut, wOffset, bOffset, fn } = layers[l]!;
    const o = first * fanOut;
    if (wn) {
      const k = wn.k, pz = wn.pZs[l]! + 8 * o, pa = wn.pActs[l + 1]! + 8 * o;
      (rows <= SMALL_ROWS ? k.affineSmall : k.affine)(wn.pParams + 8 * wOffset, wn.pParams + 8 * bOffset, fanIn, fanOut, wn.pActs[l]! + 8 * first * fanIn, pz, rows, wn.pT);
      if (fn === 'sigmoid') k.sigmoid(pz, pa, rows * fanOut);
      else if (fn === 'relu') k.relu(pz, pa, rows * fanOut);
      else activate(fn, from(net.zs[l]!, o), from(net.acts[l + 1]!, o), rows * fanOut, fanOut);
      continue;
    }
    affine(net.params, wOffset, bOffset, fanIn, fanOut, from(net.acts[l]!, first * fanIn), from(net.zs[l]!, o), rows);
    activate(fn, from(net.zs[l]!, o), from(net.acts[l + 1]!, o), rows * fanOut, fanOut);
  }
}

/**
 * z = W x + b for each row. V8 does not vectorize, so speed comes from register blocking:
 * four rows by two units keep eight independent sums in flight, each weight load serving four
 * examples and each input load two units; leftover rows go two, then one, at a time. Every z
 * is still summed in the order b, j = 0, 1, ..., so the blocking never changes a bit.
 */
function affine(P: Float64Array, wOffset: number, bOffset: number, fanIn: number, fanOut: number, x: Float64Array, z: Float64Array, rows: number): void {
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const x0 = r * fanIn, x1 = x0 + fanIn, x2 = x1 + fanIn, x3 = x2 + fanIn;
    const z0 = r * fanOut;
    let i = 0;
    for (; i + 2 <= fanOut; i += 2) {
      const wo = wOffset + i * fanIn, wp = wo + fanIn;
      const b = P[bOffset + i]!, c = P[bOffset + i + 1]!;
      let s0 = b, s1 = b, s2 = b, s3 = b, t0 = c, t1 = c, t2 = c, t3 = c;
      for (let j = 0; j < fanIn; j++) {
        const w = P[wo + j]!, v = P[wp + j]!;
        const a0 = x[x0 + j]!, a1 = x[x1 + j]!, a2 = x[x2 + j]!, a3 = x[x3 + j]!;
        s0 += w * a0; s1 += w * a1; s2 += w * a2; s3 += w * a3;
        t0 += v * a0; t1 += v * a1; t2 += v * a2; t3 += v * a3;
      }
      z[z0 + i] = s0; z[z0 + fanOut + i] = s1; z[z0 + 2 * fanOut + i] = s2; z[z0 + 3 * fanOut + i] = s3;
      z[z0 + i + 1] = t0; z[z0 + fanOut + i + 1] = t1; z[z0 + 2 * fanOut + i + 1] = t2; z[z0 + 3 * fanOut + i + 1] = t3;
    }
    for (; i < fanOut; i++) {
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
  if (r + 2 <= rows) {
    const x0 = r * fanIn, x1 = x0 + fanIn;
    const z0 = r * fanOut;
    for (let i = 0; i < fanOut; i++) {
      const wo = wOffset + i * fanIn;
      let s0 = P[bOffset + i]!, s1 = s0;
      for (let j = 0; j < fanIn; j++) {
        const w = P[wo + j]!;
        s0 += w * x[x0 + j]!;
        s1 += w * x[x1 + j]!;
      }
      z[z0 + i] = s0;
      z[z0 + fanOut + i] = s1;
    }
    r += 2;
  }
  if (r < rows) {
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
 *
 * Each gradient entry is a sum kept in a register and stored once, rather than read and
 * written back per row; the sums run over rows (and over units for dL/dx) in ascending order.
 */
export function backward(net: Network, rows: number): void {
  backwardRows(net, 0, rows, rows);
}

/**
 * backward for rows [first, first + rows) of a batch of `batchRows` rows, whose forward pass
 * (forwardRows) and output deltas are in the scratch at those rows. Each gradient entry is
 * one running sum over the batch's rows in ascending order, each term scaled by
 * 1 / batchRows: the range starting at row 0 starts the sums from +0 and every later range
 * continues them from the values net.grads holds. So doing a batch as ranges 0..a, a..b, ...,
 * in that order, with nothing else writing net.grads between them, gives the bits of one
 * backward(net, batchRows) in grads and in every row's deltas (dL/dx and the activation
 * derivative are per row).
 */
export function backwardRows(net: Network, first: number, rows: number, batchRows: number): void {
  const G = net.grads;
  const layers = net.layout.layers;
  const inv = 1 / batchRows;
  const acc = first > 0;
  const wn = net.wasm;
  for (let l = layers.length - 1; l >= 0; l--) {
    const { fanIn, fanOut, wOffset, bOffset } = layers[l]!;
    const o = first * fanOut, oIn = first * fanIn;
    if (wn) {
      const k = wn.k, pd = wn.pDeltas[l]! + 8 * o, pa = wn.pActs[l]! + 8 * oIn;
      // The scratch is free during backward; it holds the scaled deltas when they fit (same
      // products, so the same bits either way).
      if (rows * fanOut <= wn.scratchDoubles) k.weightGradScaled(wn.pGrads + 8 * wOffset, wn.pGrads + 8 * bOffset, fanIn, fanOut, pa, pd, rows, inv, wn.pT, +acc);
      else k.weightGrad(wn.pGrads + 8 * wOffset, wn.pGrads + 8 * bOffset, fanIn, fanOut, pa, pd, rows, inv, +acc);
      if (l === 0) continue;
      const pPrev = wn.pDeltas[l - 1]! + 8 * oIn;
      k.inputGrad(wn.pParams + 8 * wOffset, fanIn, fanOut, pd, pPrev, rows);
      const fn = layers[l - 1]!.fn as ActivationName;
      if (fn === 'sigmoid') k.sigmoidBack(pa, pPrev, rows * fanIn);
      else if (fn === 'relu') k.reluBack(wn.pZs[l - 1]! + 8 * oIn, pPrev, rows * fanIn);
      else mulDerivative(fn, from(net.zs[l - 1]!, oIn), from(net.acts[l]!, oIn), from(net.deltas[l - 1]!, oIn), rows * fanIn);
      continue;
    }
    const d = from(net.deltas[l]!, o);
    // Every entry of G belongs to exactly one layer's W or b, so these write all of it.
    biasGrad(G, bOffset, fanOut, d, rows, inv, acc);
    weightGrad(G, wOffset, fanIn, fanOut, from(net.acts[l]!, oIn), d, rows, inv, acc);
    if (l > 0) {
      // The first layer's dL/dx would be dL/d(input), which nothing uses.
      const prev = from(net.deltas[l - 1]!, oIn);
      inputGrad(net.params, wOffset, fanIn, fanOut, d, prev, rows);
      // Hidden layers never use softmax (validated), so the derivative is elementwise.
      mulDerivative(layers[l - 1]!.fn as ActivationName, from(net.zs[l - 1]!, oIn), from(net.acts[l]!, oIn), prev, rows * fanIn);
    }
  }
}

/** G_b[i] = sum over rows of d[r, i] / rows, from 0 or (acc) from the partial sum G holds. */
function biasGrad(G: Float64Array, bOffset: number, fanOut: number, d: Float64Array, rows: number, inv: number, acc: boolean): void {
  for (let i = 0; i < fanOut; i++) {
    let s = acc ? G[bOffset + i]! : 0;
    for (let r = 0; r < rows; r++) s += d[r * fanOut + i]! * inv;
    G[bOffset + i] = s;
  }
}

/**
 * G_W[i, j] = sum over rows of (d[r, i] / rows) x[r, j], for two units i and four columns j
 * at a time: eight independent sums, each x load serving two of them and each d load four.
 * Sums start from 0, or with `acc` from the partial sums G holds (see backwardRows).
 */
function weightGrad(G: Float64Array, wOffset: number, fanIn: number, fanOut: number, x: Float64Array, d: Float64Array, rows: number, inv: number, acc: boolean): void {
  const j4 = fanIn - (fanIn % 4);
  let i = 0;
  for (; i + 2 <= fanOut; i += 2) {
    const wo = wOffset + i * fanIn;
    const wp = wo + fanIn;
    for (let j = 0; j < j4; j += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
      if (acc) {
        s0 = G[wo + j]!; s1 = G[wo + j + 1]!; s2 = G[wo + j + 2]!; s3 = G[wo + j + 3]!;
        t0 = G[wp + j]!; t1 = G[wp + j + 1]!; t2 = G[wp + j + 2]!; t3 = G[wp + j + 3]!;
      }
      for (let r = 0; r < rows; r++) {
        const dOff = r * fanOut + i;
        const g = d[dOff]! * inv;
        const h = d[dOff + 1]! * inv;
        const xo = r * fanIn + j;
        const x0 = x[xo]!, x1 = x[xo + 1]!, x2 = x[xo + 2]!, x3 = x[xo + 3]!;
        s0 += g * x0; s1 += g * x1; s2 += g * x2; s3 += g * x3;
        t0 += h * x0; t1 += h * x1; t2 += h * x2; t3 += h * x3;
      }
      G[wo + j] = s0; G[wo + j + 1] = s1; G[wo + j + 2] = s2; G[wo + j + 3] = s3;
      G[wp + j] = t0; G[wp + j + 1] = t1; G[wp + j + 2] = t2; G[wp + j + 3] = t3;
    }
    for (let j = j4; j < fanIn; j++) {
      let s = acc ? G[wo + j]! : 0, t = acc ? G[wp + j]! : 0;
      for (let r = 0; r < rows; r++) {
        const xr = x[r * fanIn + j]!;
        s += d[r * fanOut + i]! * inv * xr;
        t += d[r * fanOut + i + 1]! * inv * xr;
      }
      G[wo + j] = s; G[wp + j] = t;
    }
  }
  for (; i < fanOut; i++) {
    const wo = wOffset + i * fanIn;
    for (let j = 0; j < fanIn; j++) {
      let s = acc ? G[wo + j]! : 0;
      for (let r = 0; r < rows; r++) s += d[r * fanOut + i]! * inv * x[r * fanIn + j]!;
      G[wo + j] = s;
    }
  }
}

/**
 * out[r, j] = sum over units i of W[i, j] d[r, i] (dL/dx), for two rows and four columns j
 * at a time: each weight load serves two sums and each d load four.
 */
function inputGrad(P: Float64Array, wOffset: number, fanIn: number, fanOut: number, d: Float64Array, out: Float64Array, rows: number): void {
  const j4 = fanIn - (fanIn % 4);
  let r = 0;
  for (; r + 2 <= rows; r += 2) {
    const dOff = r * fanOut, eOff = dOff + fanOut;
    const oOff = r * fanIn, pOff = oOff + fanIn;
    for (let j = 0; j < j4; j += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
      for (let i = 0; i < fanOut; i++) {
        const di = d[dOff + i]!, ei = d[eOff + i]!;
        const wo = wOffset + i * fanIn + j;
        const w0 = P[wo]!, w1 = P[wo + 1]!, w2 = P[wo + 2]!, w3 = P[wo + 3]!;
        s0 += w0 * di; s1 += w1 * di; s2 += w2 * di; s3 += w3 * di;
        t0 += w0 * ei; t1 += w1 * ei; t2 += w2 * ei; t3 += w3 * ei;
      }
      out[oOff + j] = s0; out[oOff + j + 1] = s1; out[oOff + j + 2] = s2; out[oOff + j + 3] = s3;
      out[pOff + j] = t0; out[pOff + j + 1] = t1; out[pOff + j + 2] = t2; out[pOff + j + 3] = t3;
    }
    for (let j = j4; j < fanIn; j++) {
      let s = 0, t = 0;
      for (let i = 0; i < fanOut; i++) {
        const w = P[wOffset + i * fanIn + j]!;
        s += w * d[dOff + i]!;
        t += w * d[eOff + i]!;
      }
      out[oOff + j] = s; out[pOff + j] = t;
    }
  }
  for (; r < rows; r++) {
    const dOff = r * fanOut;
    const oOff = r * fanIn;
    for (let j = 0; j < fanIn; j++) {
      let s = 0;
      for (let i = 0; i < fanOut; i++) s += P[wOffset + i * fanIn + j]! * d[dOff + i]!;
      out[oOff + j] = s;
    }
  }
}
