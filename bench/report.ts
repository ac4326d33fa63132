/** Targets, reference numbers and the two output forms (table or one JSON object). */
import type { Timing } from './measure';
import type { Peak } from './peak';

export type MetricId = 'W1' | 'W1-grid' | 'W2' | 'W2-grid';

/** Targets for the flat-buffer core on this machine class. */
export const TARGETS: Record<MetricId, number> = { W1: 1.7e6, 'W1-grid': 300, W2: 75e3, 'W2-grid': 15 };
/** The classic playground's object-per-neuron core on the same machine class. */
export const REFERENCE: Record<MetricId, number> = { W1: 556e3, 'W1-grid': 77, W2: 17.6e3, 'W2-grid': 3.1 };
export const PEAK_FRACTION_TARGET = 0.6;

export interface Metric {
  id: MetricId;
  unit: 'examples/s' | 'grids/s';
  /** Median over repetitions. */
  value: number;
  reps: number[];
  target: number;
  pass: boolean;
  reference: number;
  vsReference: number;
  /** TF.js CPU backend on the same workload (training metrics only). */
  tfjs: number | null;
  vsTfjs: number | null;
}

export interface BenchResult {
  date: string;
  machine: { nproc: number; cpu: string; node: string };
  data: string;
  timing: Timing;
  peak: Peak;
  /** W2 training flops per example: 6 * sum(fanIn * fanOut). */
  w2FlopsPerExample: number;
  w2Gflops: number;
  w2PeakFraction: number;
  w2PeakPass: boolean;
  metrics: Metric[];
  allPass: boolean;
}

export function metric(id: MetricId, value: number, reps: number[], tfjs: number | null = null): Metric {
  return {
    id, unit: id.endsWith('grid') ? 'grids/s' : 'examples/s', value, reps,
    target: TARGETS[id], pass: value >= TARGETS[id],
    reference: REFERENCE[id], vsReference: value / REFERENCE[id],
    tfjs, vsTfjs: tfjs === null ? null : value / tfjs,
  };
}

/** 1.23M / 456k / 78.9 style. */
export function si(x: number): string {
  if (x >= 1e6) return (x / 1e6).toFixed(2) + 'M';
  if (x >= 1e4) return (x / 1e3).toFixed(1) + 'k';
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

function pad(rows: string[][]): string {
  const w = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(w[c]!) : cell.padStart(w[c]!))).join('  ')).join('\n');
}

export function formatText(r: BenchResult): string {
  const rows = [['workload', 'median', 'unit', 'target', '', 'vs reference', 'tfjs', 'ours/tfjs', 'spread (min-max)']];
  for (const m of r.metrics) {
    rows.push([
      m.id, si(m.value), m.unit, '>= ' + si(m.target), m.pass ? 'PASS' : 'FAIL',
      `${m.vsReference.toFixed(2)}x of ${si(m.reference)}`,
      m.tfjs === null ? '-' : si(m.tfjs), m.vsTfjs === null ? '-' : m.vsTfjs.toFixed(1) + 'x',
      `${si(Math.min(...m.reps))}-${si(Math.max(...m.reps))}`,
    ]);
  }
  const pct = (x: number): string => (100 * x).toFixed(0) + '%';
  return [
    `core benchmark, ${r.date}; ${r.machine.cpu}, ${r.machine.nproc} CPUs, Node ${r.machine.node}`,
    `data: ${r.data}`,
    `timing: ${r.timing.warmupMs} ms warm-up, then the median of ${r.timing.reps} windows of ${r.timing.repMs} ms`,
    '',
    pad(rows),
    '',
    `scalar peak: ${r.peak.gflops.toFixed(2)} GFLOP/s (Float64Array 256x256 mat-vec, best window at start or end; one sum per row ${r.peak.kernels.dot.toFixed(2)}, four rows at once ${r.peak.kernels.rows4.toFixed(2)})`,
    `W2 flops/example = 6 * sum(fanIn*fanOut) = ${r.w2FlopsPerExample} (forward 2, backward 4 per multiply-add)`,
    `W2 achieved (median): ${r.w2Gflops.toFixed(2)} GFLOP/s = ${pct(r.w2PeakFraction)} of peak (target >= ${pct(PEAK_FRACTION_TARGET)}) ${r.w2PeakPass ? 'PASS' : 'FAIL'}`,
    '',
    r.allPass ? 'all targets met' : 'SOME TARGETS MISSED',
  ].join('\n');
}
