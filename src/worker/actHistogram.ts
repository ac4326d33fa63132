/**
 * Per-layer activation histograms for the gradient lab's saturation strip. They reuse the
 * activations the last forward pass left in the network's scratch buffers, so they cost one
 * read of those buffers and no extra forward pass.
 */
import { ACTIVATION_FACTS, boundedRange, type Network } from '../core';
import type { ActHistogram } from './protocol';

/** Bins per layer: enough to show a pile-up at 0, 1 or +-1, small enough to draw per frame. */
export const HIST_BINS = 16;
/** At most this many (example, unit) entries are read per layer; beyond it rows are strided. */
const MAX_ENTRIES = 8192;

/** Rows of the last chunk a chunked pass over n examples leaves in a buffer of `capacity` rows. */
export function lastChunkRows(n: number, capacity: number): number {
  if (n <= 0 || capacity <= 0) return 0;
  return n - Math.floor((n - 1) / capacity) * capacity;
}

/**
 * Histograms of every weighted layer's activations over the first `rows` examples held in
 * net.acts (hidden layers first, the output last). NaN entries are skipped.
 */
export function activationHistogram(net: Network, rows: number): ActHistogram {
  const strides = histogramStrides(net.layout.layers, rows);
  return histogramOf(net.layout.layers, rows, (l) => ({ a: net.acts[l + 1]!, z: net.zs[l]!, step: strides[l]!, count: Math.ceil(rows / strides[l]!) }));
}

/** Rows read per layer: every `stride`-th of the first `rows`, so at most MAX_ENTRIES entries. */
export function histogramStrides(layers: readonly { fanOut: number }[], rows: number): number[] {
  return layers.map(({ fanOut }) => Math.max(1, Math.ceil((rows * fanOut) / MAX_ENTRIES)));
}

/**
 * Where layer l's entries are: rows 0, step, 2 step, ... (count of them) of a [* x fanOut] and
 * z. A sliced evaluation passes only the rows it kept (step 1), which gives the same histogram.
 */
export type HistogramRows = (l: number) => { a: Float64Array; z: Float64Array; step: number; count: number };

export function histogramOf(layers: Network['layout']['layers'], rows: number, rowsOf: HistogramRows): ActHistogram {
  const L = layers.length;
  const bins = HIST_BINS;
  const out: ActHistogram = {
    bins, rows,
    range: new Float32Array(2 * L),
    freq: new Float32Array(L * bins),
    satFreq: new Float32Array(L * bins),
    stuck: new Float32Array(L),
  };
  for (let l = 0; l < L; l++) {
    const { fanOut, fn } = layers[l]!;
    const { a, z, step, count: read } = rowsOf(l);
    const saturated = ACTIVATION_FACTS[fn].saturated;
    let [lo, hi] = boundedRange(fn) ?? dataRange(a, read, fanOut, step);
    if (!(hi > lo)) hi = lo + 1;
    out.range[2 * l] = lo;
    out.range[2 * l + 1] = hi;
    countLayer(out, l, a, z, read, step, fanOut, lo, hi, saturated);
  }
  return out;
}

/**
 * Layer l's bins and stuck fraction into `out`. A function of its own, called once per layer,
 * so the engine optimizes it after a few layers rather than running a 64-layer net's half a
 * million entries unoptimized in one call (the first big-net histogram took 50 ms, later ones 9).
 */
function countLayer(
  out: ActHistogram, l: number, a: Float64Array, z: Float64Array, read: number, step: number, fanOut: number,
  lo: number, hi: number, saturated: (z: number, a: number) => boolean,
): void {
  const bins = out.bins;
  // A unit is stuck when it is saturated on every example read.
  const stuck = new Uint8Array(fanOut).fill(1);
  const scale = bins / (hi - lo);
  let count = 0;
  for (let i = 0; i < read; i++) {
    const r = i * step;
    for (let j = 0; j < fanOut; j++) {
      const k = r * fanOut + j;
      const v = a[k]!;
      if (v !== v) continue;
      const b = Math.min(bins - 1, Math.max(0, Math.floor((v - lo) * scale)));
      count++;
      out.freq[l * bins + b] += 1;
      if (saturated(z[k]!, v)) out.satFreq[l * bins + b] += 1;
      else stuck[j] = 0;
    }
  }
  if (count > 0) {
    for (let b = 0; b < bins; b++) {
      out.freq[l * bins + b] = out.freq[l * bins + b]! / count;
      out.satFreq[l * bins + b] = out.satFreq[l * bins + b]! / count;
    }
    let s = 0;
    for (let j = 0; j < fanOut; j++) s += stuck[j]!;
    out.stuck[l] = s / fanOut;
  }
}

/** [min(0, min a), max a] over the entries read: rectifiers keep 0 at the bottom. */
function dataRange(a: Float64Array, read: number, fanOut: number, step: number): [number, number] {
  let lo = 0, hi = -Infinity;
  for (let i = 0; i < read; i++) {
    const r = i * step;
    for (let j = 0; j < fanOut; j++) {
      const v = a[r * fanOut + j]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [Number.isFinite(lo) ? lo : 0, Number.isFinite(hi) ? hi : 1];
}
