/**
 * Every neuron's output over an N x N grid of the input plane, for the decision-boundary
 * heatmap and the per-neuron thumbnails. Runs the ordinary batched forward pass over chunks
 * of grid points, so it allocates nothing once the scratch buffers are big enough.
 */
import { isPlainInputs, writeFeatures } from './features';
import { ensureCapacity, forward, type Network } from './mlp';
import { unitViews } from './kernels/wasmNet';

/**
 * Grid points per forward pass: big enough to amortize loop overhead, small enough for cache.
 * The network grows to hold this many rows.
 */
export const GRID_CHUNK = 256;
const CHUNK = GRID_CHUNK;

/**
 * Pixel (row, col) of an N x N grid sits at x = xMin + (col + 0.5) * (xMax - xMin) / N and
 * y = yMax - (row + 0.5) * (yMax - yMin) / N, so row 0 is the top of the picture.
 */
export function gridPoint(n: number, extent: readonly [number, number, number, number], row: number, col: number): [number, number] {
  const [x0, x1, y0, y1] = extent;
  return [x0 + ((col + 0.5) * (x1 - x0)) / n, y1 - ((row + 0.5) * (y1 - y0)) / n];
}

/** Number of floats evaluateGrid writes for the chosen layers. */
export function gridSize(net: Network, n: number, layers?: readonly number[]): number {
  const ls = layers ?? net.layout.layers.map((_, i) => i);
  let units = 0;
  for (const l of ls) units += net.layout.layers[l]!.fanOut;
  return units * n * n;
}

/**
 * Writes the outputs of the chosen layers' units (default: every hidden and output unit, in
 * layer order) into `out`, unit-major: unit u's N x N image starts at u * N * N, row-major
 * from the top-left. `out` must hold gridSize(net, n, layers) floats. `start` and `end` limit
 * the pass to pixels [start, end) (row-major), leaving the others as they are: a big net's
 * grid can be filled over several calls, with the same values, since every pixel is its own
 * forward pass.
 */
export function evaluateGrid(
  net: Network, n: number, extent: readonly [number, number, number, number], out: Float32Array, layers?: readonly number[],
  start = 0, end = n * n,
): void {
  const ls = layers ?? net.layout.layers.map((_, i) => i);
  ensureCapacity(net, CHUNK);
  const total = n * n;
  end = Math.min(end, total);
  const [x0, x1, y0, y1] = extent;
  const dx = (x1 - x0) / n;
  const dy = (y1 - y0) / n;
  const input = net.acts[0]!;
  const mapped = isPlainInputs(net.spec.features) ? null : gridFeatures(net, n, extent);
  const f = net.layout.inputs;
  for (let from = Math.max(0, start); from < end; from += CHUNK) {
    const rows = Math.min(CHUNK, end - from);
    if (mapped) input.set(mapped.subarray(from * f, (from + rows) * f));
    else {
      for (let r = 0; r < rows; r++) {
        const p = from + r;
        const row = (p / n) | 0;
        input[2 * r] = x0 + (p - row * n + 0.5) * dx;
        input[2 * r + 1] = y1 - (row + 0.5) * dy;
      }
    }
    forward(net, rows);
    let unitBase = 0;
    const wn = net.wasm;
    for (const l of ls) {
      const w = net.layout.layers[l]!.fanOut;
      if (wn) {
        // Transposed and rounded to float32 in wasm, into the layer's spent z buffer; then one
        // contiguous copy per unit.
        const pz = wn.pZs[l]!;
        wn.k.toUnitMajorF32(wn.pActs[l + 1]!, w, rows, pz);
        const views = unitViews(wn, pz, w, rows);
        for (let u = 0; u < w; u++) out.set(views[u]!, (unitBase + u) * total + from);
        unitBase += w;
        continue;
      }
      const a = net.acts[l + 1]!;
      for (let u = 0; u < w; u++) {
        const base = (unitBase + u) * total + from;
        for (let r = 0; r < rows; r++) out[base + r] = a[r * w + u]!;
      }
      unitBase += w;
    }
  }
}

/** Feature maps of the grids each network evaluated, by size and plane. */
const featureGrids = new WeakMap<Network, Map<string, Float64Array>>();

/**
 * Features of every grid point, [N*N x inputs] in evaluateGrid's pixel order. Cached per
 * network, so a heatmap redrawn every frame maps its points once, not per frame.
 */
export function gridFeatures(net: Network, n: number, extent: readonly [number, number, number, number]): Float64Array {
  const key = `${n}|${extent.join()}`;
  let cache = featureGrids.get(net);
  if (!cache) featureGrids.set(net, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  // A boundary and a thumbnail size are in use at once; a third size means the plane moved.
  if (cache.size >= 2) cache.clear();
  const features = net.spec.features ?? ['x1', 'x2'];
  const f = features.length;
  const data = new Float64Array(n * n * f);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      const [a, b] = gridPoint(n, extent, row, col);
      writeFeatures(features, a, b, data, (row * n + col) * f);
    }
  }
  cache.set(key, data);
  return data;
}
