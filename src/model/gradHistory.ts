/**
 * A bounded, immutable history of every layer's gradient sizes over training, for the heat
 * strip and the per-layer lines.
 *
 * Each column holds log10 of gradZ, gradB and gradW for every layer (log10 because deep
 * sigmoid nets reach 1e-50, below float32's range, and because merging columns should take
 * geometric means: the panel is about orders of magnitude). A column stands for `stride`
 * snapshots; when the columns exceed the capacity, neighbours are merged pairwise and the
 * stride doubles. Columns stay evenly spaced in snapshots, so the start of training keeps
 * its share of the strip however long the run.
 *
 * Every push returns a new object; columns are never mutated once published.
 */
import type { LayerStats } from '../core/stats';
import { MEASURES, measureIndex, type Measure } from './measures';

export interface GradColumn {
  /** Epoch and step of the newest snapshot in the column. */
  readonly epoch: number;
  readonly step: number;
  /** Snapshots merged into it. */
  readonly count: number;
  /** log10 of [gradZ x layers, gradB x layers, gradW x layers]; -Infinity for an exact 0. */
  readonly logs: Float32Array;
}

export interface GradHistory {
  readonly layers: number;
  /** Most columns kept (even, at least 4). */
  readonly capacity: number;
  /** Snapshots per full column. */
  readonly stride: number;
  readonly columns: readonly GradColumn[];
}

export function createGradHistory(layers: number, capacity = 256): GradHistory {
  return { layers, capacity: Math.max(4, 2 * Math.ceil(capacity / 2)), stride: 1, columns: [] };
}

/** log10 with NaN kept (a diverged step) and exact zeros at -Infinity. */
function log10(v: number): number {
  return v > 0 ? Math.log10(v) : v === 0 ? -Infinity : NaN;
}

function columnOf(stats: readonly LayerStats[], layers: number, epoch: number, step: number): GradColumn {
  const logs = new Float32Array(MEASURES.length * layers);
  MEASURES.forEach((m, i) => {
    for (let l = 0; l < layers; l++) logs[i * layers + l] = log10(stats[l]?.[m] ?? NaN);
  });
  return { epoch, step, count: 1, logs };
}

/** The count-weighted mean of two columns (a geometric mean of the gradients). */
function merge(a: GradColumn, b: GradColumn): GradColumn {
  const n = a.count + b.count;
  const logs = new Float32Array(a.logs.length);
  for (let k = 0; k < logs.length; k++) {
    const x = a.logs[k]!, y = b.logs[k]!;
    // -Infinity * 0 would be NaN: an exact zero anywhere in the bucket keeps the bucket at 0.
    logs[k] = x === -Infinity || y === -Infinity ? -Infinity : (x * a.count + y * b.count) / n;
  }
  return { epoch: b.epoch, step: b.step, count: n, logs };
}

/**
 * Adds one snapshot's statistics. A step at or before the last one means the run was reset
 * (or the same state was sent again): the former starts afresh, the latter is ignored.
 */
export function pushGrads(h: GradHistory, epoch: number, step: number, stats: readonly LayerStats[]): GradHistory {
  const cols = h.columns;
  const last = cols[cols.length - 1];
  if (last && step === last.step) return h;
  if (last && step < last.step) return pushGrads(createGradHistory(h.layers, h.capacity), epoch, step, stats);
  const col = columnOf(stats, h.layers, epoch, step);
  let next: GradColumn[];
  if (last && last.count < h.stride) next = [...cols.slice(0, -1), merge(last, col)];
  else next = [...cols, col];
  let stride = h.stride;
  if (next.length > h.capacity) {
    const halved: GradColumn[] = [];
    for (let i = 0; i + 1 < next.length; i += 2) halved.push(merge(next[i]!, next[i + 1]!));
    if (next.length % 2 === 1) halved.push(next[next.length - 1]!);
    next = halved;
    stride *= 2;
  }
  return { layers: h.layers, capacity: h.capacity, stride, columns: next };
}

/** log10 of one layer's measure in one column. */
export function logAt(c: GradColumn, layers: number, m: Measure, layer: number): number {
  return c.logs[measureIndex(m) * layers + layer]!;
}

/** [min, max] of the finite log10 values of a measure over the whole history, or null. */
export function historyLogRange(h: GradHistory, m: Measure): [number, number] | null {
  const off = measureIndex(m) * h.layers;
  let lo = Infinity, hi = -Infinity;
  for (const c of h.columns) {
    for (let l = 0; l < h.layers; l++) {
      const v = c.logs[off + l]!;
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Up to `max` evenly spread column indices for epoch labels, always the first and last. */
export function tickColumns(count: number, max: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [0];
  const n = Math.max(2, Math.min(max, count));
  const out = new Set<number>();
  for (let i = 0; i < n; i++) out.add(Math.round((i * (count - 1)) / (n - 1)));
  return [...out];
}
