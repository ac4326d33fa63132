/**
 * Helpers for the hidden-space view: where a layer sends the data points, how it warps the
 * input plane's grid, and the next layer's decision line in that space. Everything runs the
 * ordinary batched forward pass in chunks, so no work is done per point outside it.
 *
 * Like evaluateGrid, these overwrite the network's scratch buffers (acts, zs); call them
 * between training steps, not during one.
 */
import { isPlainInputs, mapFeatures } from './features';
import { ensureCapacity, forward, type Network } from './mlp';

/** Points per forward pass, as in grid.ts. */
const CHUNK = 256;

/**
 * Activations of weighted layer `layer` (0 = first hidden layer, layers.length - 1 = output)
 * for n input points. `x` is [n x inputs] row-major (inputs = 2 in the playground); returns
 * (or fills `out`) [n x fanOut] row-major. Throws RangeError for a bad layer or short buffers.
 */
export function layerActivations(net: Network, x: ArrayLike<number>, n: number, layer: number, out?: Float64Array): Float64Array {
  const layers = net.layout.layers;
  if (!Number.isInteger(layer) || layer < 0 || layer >= layers.length) {
    throw new RangeError(`layer must be an integer in [0, ${layers.length - 1}], got ${layer}`);
  }
  const k = net.layout.inputs;
  const width = layers[layer]!.fanOut;
  if (x.length < n * k) throw new RangeError(`x must hold n * ${k} = ${n * k} numbers, got ${x.length}`);
  const result = out ?? new Float64Array(n * width);
  if (result.length < n * width) throw new RangeError(`out must hold n * ${width} = ${n * width} numbers, got ${result.length}`);
  ensureCapacity(net, CHUNK);
  for (let from = 0; from < n; from += CHUNK) {
    const rows = Math.min(CHUNK, n - from);
    // acts[0] is re-read each chunk because ensureCapacity may have replaced the buffers.
    const input = net.acts[0]!;
    for (let q = 0; q < rows * k; q++) input[q] = x[from * k + q]!;
    forward(net, rows);
    result.set(net.acts[layer + 1]!.subarray(0, rows * width), from * width);
  }
  return result;
}

/**
 * The input plane's grid lines carried into layer `layer`'s activation space.
 * extent is [x0, x1, y0, y1] in input units; `lines` (>= 2) lines per direction at evenly
 * spaced positions including both edges, each sampled at `samples` (>= 2) evenly spaced
 * points including both ends. Layout [line][sample][dim], dim = the layer's fanOut:
 * lines 0 .. lines-1 are vertical (x fixed, y from y0 to y1), lines .. 2*lines-1 horizontal
 * (y fixed, x from x0 to x1). For a 2-unit layer each line is a polyline in (h1, h2).
 * Total length 2 * lines * samples * fanOut. The samples are points of the 2-D plane: a network
 * on input features (spec.features) sees their feature map.
 */
export function warpedGridLines(
  net: Network, extent: readonly [number, number, number, number], lines: number, samples: number, layer: number,
): Float64Array {
  const x = gridLineInputs(net, extent, lines, samples);
  return layerActivations(net, x, 2 * lines * samples, layer);
}

/**
 * The network inputs of warpedGridLines' samples, [2 * lines * samples x inputs] in its order
 * (feature-mapped for a network on features): layerActivations of any range of these rows
 * gives those rows of warpedGridLines, so a caller can spread the work over several calls.
 */
export function gridLineInputs(net: Network, extent: readonly [number, number, number, number], lines: number, samples: number): Float64Array {
  const features = net.spec.features;
  if (isPlainInputs(features) && net.layout.inputs !== 2) throw new RangeError(`warpedGridLines needs 2 inputs, the network has ${net.layout.inputs}`);
  if (!Number.isInteger(lines) || lines < 2 || !Number.isInteger(samples) || samples < 2) {
    throw new RangeError(`lines and samples must be integers >= 2, got ${lines} and ${samples}`);
  }
  const [x0, x1, y0, y1] = extent;
  const pts = new Float64Array(2 * lines * samples * 2);
  let p = 0;
  for (let dir = 0; dir < 2; dir++) {
    for (let i = 0; i < lines; i++) {
      const fixed = i / (lines - 1);
      for (let s = 0; s < samples; s++) {
        const run = s / (samples - 1);
        // Vertical lines fix x and run along y; horizontal lines the reverse.
        const u = dir === 0 ? fixed : run, v = dir === 0 ? run : fixed;
        pts[p++] = x0 + u * (x1 - x0);
        pts[p++] = y0 + v * (y1 - y0);
      }
    }
  }
  const m = 2 * lines * samples;
  return isPlainInputs(features) ? pts : mapFeatures(features!, pts, m);
}

/** A line w1 h1 + w2 h2 + b = 0 in a 2-unit layer's activation space. */
export interface HiddenLine {
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
}

/**
 * For a 2-unit layer `layer` (or -1 for the 2-D input), the zero line of unit 0 of the layer
 * above: its weights from the two units and its bias, read from net.params. Above the last
 * hidden layer this is the output unit, whose line is the decision boundary for a sigmoid
 * (at 0.5) or tanh (at 0) output; with a softmax output it is only unit 0's pre-activation.
 */
export function nextLayerLine(net: Network, layer: number): HiddenLine {
  const layers = net.layout.layers;
  if (!Number.isInteger(layer) || layer < -1 || layer >= layers.length - 1) {
    throw new RangeError(`layer must be an integer in [-1, ${layers.length - 2}], got ${layer}`);
  }
  const above = layers[layer + 1]!;
  if (above.fanIn !== 2) throw new RangeError(`layer ${layer} has ${above.fanIn} units; a line needs exactly 2`);
  const P = net.params;
  return { w1: P[above.wOffset]!, w2: P[above.wOffset + 1]!, b: P[above.bOffset]! };
}
