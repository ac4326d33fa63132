/**
 * A few points through the worker's network on the main thread: the 4 truth-table rows, the
 * one picked point of the neuron card. It reuses the core's own forward pass on a snapshot's
 * parameters. It is not training: the worker stays the only clock, and the result is exactly
 * what the worker's network computes (up to the float32 copy of the weights).
 */
import { createReferenceNetwork, ensureCapacity, forward, type Network } from '../core/mlp';
import { isPlainInputs, mapFeatures } from '../core/features';
import type { ModelInfo } from '../core/snapshotTypes';

/**
 * A network with the worker's spec (zero weights until forwardPoints copies some in), on the
 * TypeScript kernels: four rows need no SIMD, and the main thread's bundle then leaves the
 * WebAssembly binary to the worker (same bits either way).
 */
export function networkFor(info: ModelInfo): Network {
  return createReferenceNetwork(info.spec, 4);
}

/** Every layer's values for some points: acts[0] the input, acts[l+1] and zs[l] of layer l, each [rows x width]. */
export interface Pass {
  readonly rows: number;
  readonly acts: Float64Array[];
  readonly zs: Float64Array[];
}

/**
 * Runs the core forward pass with `params` for x [rows x inputs]; returns copies. A network on
 * input features (spec.features) takes the 2-D points [rows x 2] and maps them first.
 */
export function forwardPoints(net: Network, params: ArrayLike<number>, points: ArrayLike<number>, rows: number): Pass {
  const features = net.spec.features;
  const x = isPlainInputs(features) ? points : mapFeatures(features!, points, rows);
  if (params.length !== net.params.length) throw new RangeError(`expected ${net.params.length} parameters, got ${params.length}`);
  for (let k = 0; k < params.length; k++) net.params[k] = params[k]!;
  ensureCapacity(net, Math.max(1, rows));
  const k = net.layout.inputs;
  for (let q = 0; q < rows * k; q++) net.acts[0]![q] = x[q]!;
  forward(net, rows);
  const layers = net.layout.layers;
  return {
    rows,
    acts: net.acts.map((a, l) => a.slice(0, rows * (l === 0 ? k : layers[l - 1]!.fanOut))),
    zs: net.zs.map((z, l) => z.slice(0, rows * layers[l]!.fanOut)),
  };
}
