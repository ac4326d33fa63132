/**
 * Every neuron's output over an N x N grid of the input plane, for the decision-boundary
 * heatmap and the per-neuron thumbnails. Runs the ordinary batched forward pass over chunks
 * of grid points, so it allocates nothing once the scratch buffers are big enough.
 */
import { ensureCapacity, forward, type Network } from './mlp';

/** Grid points per forward pass: big enough to amortize loop overhead, small enough for cache. */
const CHUNK = 256;

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
 * from the top-left. `out` must hold gridSize(net, n, layers) floats.
 */
export function evaluateGrid(
  net: Network, n: number, extent: readonly [number, number, number, number], out: Float32Array, layers?: readonly number[],
): void {
  const ls = layers ?? net.layout.layers.map((_, i) => i);
  ensureCapacity(net, CHUNK);
  const total = n * n;
  const [x0, x1, y0, y1] = extent;
  const dx = (x1 - x0) / n;
  const dy = (y1 - y0) / n;
  const input = net.acts[0]!;
  for (let from = 0; from < total; from += CHUNK) {
    const rows = Math.min(CHUNK, total - from);
    for (let r = 0; r < rows; r++) {
      const p = from + r;
      const row = (p / n) | 0;
      input[2 * r] = x0 + (p - row * n + 0.5) * dx;
      input[2 * r + 1] = y1 - (row + 0.5) * dy;
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
        const buf = wn.memory.buffer;
        for (let u = 0; u < w; u++) out.set(new Float32Array(buf, pz + 4 * u * rows, rows), (unitBase + u) * total + from);
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
