/** Per-layer statistics of one forward/backward pass: gradient sizes and activation health. */
import { countSaturated } from './activations';
import type { Network } from './mlp';
import { wasmWeightGradSquares } from './kernels/wasmUpdate';

/** One weighted layer's numbers (hidden layers first, the output layer last). */
export interface LayerStats {
  /** RMS over examples and units of the per-example dL/dz (z = pre-activation). */
  gradZ: number;
  /** L2 norm of the batch gradient of the layer's W. */
  gradW: number;
  /** L2 norm of the batch gradient of the layer's b. */
  gradB: number;
  /** Mean and standard deviation of the layer's activations over the batch. */
  actMean: number;
  actStd: number;
  /** Fraction of (example, unit) pairs in a flat region of the activation (dead ReLU, sigmoid near 0 or 1). */
  saturated: number;
}

export function emptyStats(layers: number): LayerStats[] {
  return Array.from({ length: layers }, () => ({ gradZ: 0, gradW: 0, gradB: 0, actMean: 0, actStd: 0, saturated: 0 }));
}

/**
 * Fills `out` (one entry per layer) from the buffers of the last forward and backward pass
 * over `rows` examples. Reuses the objects so a training step allocates nothing.
 */
export function computeStats(net: Network, rows: number, out: LayerStats[]): void {
  const layers = net.layout.layers;
  const G = net.grads;
  // On the wasm path the weight-gradient sums (the bulk of the work on wide nets) come from
  // one kernel that runs layers side by side, each summed in the same order as below.
  let gws: Float64Array | null = null;
  if (net.wasm) wasmWeightGradSquares(net, (gws = new Float64Array(layers.length)));
  for (let l = 0; l < layers.length; l++) {
    const { fanIn, fanOut, wOffset, bOffset, fn } = layers[l]!;
    const n = rows * fanOut;
    const d = net.deltas[l]!;
    const a = net.acts[l + 1]!;
    const z = net.zs[l]!;
    let dz2 = 0, s = 0, s2 = 0;
    for (let k = 0; k < n; k++) {
      const dk = d[k]!;
      const ak = a[k]!;
      dz2 += dk * dk;
      s += ak;
      s2 += ak * ak;
    }
    const sat = countSaturated(fn, z, a, n);
    let gw = 0;
    if (gws) gw = gws[l]!;
    else {
      const wEnd = wOffset + fanIn * fanOut;
      for (let k = wOffset; k < wEnd; k++) gw += G[k]! * G[k]!;
    }
    let gb = 0;
    for (let k = bOffset; k < bOffset + fanOut; k++) gb += G[k]! * G[k]!;
    const mean = s / n;
    const o = out[l]!;
    o.gradZ = Math.sqrt(dz2 / n);
    o.gradW = Math.sqrt(gw);
    o.gradB = Math.sqrt(gb);
    o.actMean = mean;
    o.actStd = Math.sqrt(Math.max(0, s2 / n - mean * mean));
    o.saturated = sat / n;
  }
}
