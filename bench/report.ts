/** Targets, historical figures and the two output forms (table or one JSON object). */
import type { KernelPath } from '../src/core/kernels/backend';
import type { Timing } from './measure';
import type { Peak } from './peak';

export type MetricId = 'W1' | 'W1-grid' | 'W2' | 'W2-grid' | 'W3' | 'W3-grid';

/** Absolute targets for the fast path on this machine class (issue 4; none for W3). */
export const TARGETS: Record<MetricId, number | null> = { W1: 1.7e6, 'W1-grid': 300, W2: 75e3, 'W2-grid': 15, W3: null, 'W3-grid': null };
/** Fast path over the TypeScript path in the same run (issue 13): W1 must not be slower. */
export const SPEEDUP_TARGETS: Record<MetricId, number | null> = { W1: 1, 'W1-grid': null, W2: 2.5, 'W2-grid': 2.5, W3: 3, 'W3-grid': null };
export const PEAK_FRACTION_TARGET = 0.6;

/**
 * The classic playground's object-per-neuron nn.ts on the same workloads, run on 2026-11-27 on
 * this machine class by the same harness (median of 5 windows), in a separate process and on a
 * different day from any run of this bench. Historical only: the project cannot ship that code,
 * and dividing today's rates by these overstates the lead (the same-process, interleaved
 * pairing of 2026-11-30 measured W1 2.05x, W1-grid 2.78x, W2 4.47x, W2-grid 5.04x).
 */
export const HISTORICAL = {
  what: 'classic playground nn.ts (object per neuron), same workloads and harness',
  measured: '2026-11-27, separate process, median of 5 windows of 600 ms; not re-measured by this bench',
  values: { W1: 556e3, 'W1-grid': 77, W2: 17.6e3, 'W2-grid': 3.1 } as Partial<Record<MetricId, number>>,
  pairedRatios2026_11_30: { W1: 2.05, 'W1-grid': 2.78, W2: 4.47, 'W2-grid': 5.04 } as Partial<Record<MetricId, number>>,
};

export interface Metric {
  id: MetricId;
  unit: 'examples/s' | 'grids/s';
  /** Fast path (the kernels in use), median over windows. */
  value: number;
  reps: number[];
  /** TypeScript reference kernels, same workload, windows alternating with the fast path's. */
  tsValue: number;
  tsReps: number[];
  /** Median over rounds of value / tsValue, each round one window of each. */
  speedupVsTs: number;
  speedupRounds: number[];
  speedupTarget: number | null;
  speedupPass: boolean | null;
  target: number | null;
  pass: boolean | null;
  /** The classic playground's dated figure (see HISTORICAL), not a same-run ratio. */
  historical: number | null;
  /** TF.js CPU backend on the same workload (W1 and W2 training only). */
  tfjs: number | null;
  vsTfjs: number | null;
}

export interface BenchResult {
  date: string;
  machine: { nproc: number; cpu: string; node: string; loadavg: number[] };
  /** The kernels the core chose here ('wasm-simd' or 'ts') and why. */
  kernel: KernelPath;
  kernelDescription: string;
  data: string;
  timing: Timing;
  /** JavaScript Float64Array mat-vec peak (two kernels, best window). */
  jsPeak: Peak;
  /** WebAssembly f64x2 mat-vec peak, GFLOP/s (null without the wasm kernels). */
  wasmPeakGflops: number | null;
  /** W2 training flops per example: 6 * sum(fanIn * fanOut). */
  w2FlopsPerExample: number;
  w2Gflops: number;
  /** W2's fast-path flop rate over the wasm f64x2 peak (over the JS peak without wasm). */
  w2PeakFraction: number;
  w2PeakPass: boolean;
  w3FlopsPerExample: number;
  w3Gflops: number;
  metrics: Metric[];
  historical: typeof HISTORICAL;
  allPass: boolean;
}

export function metric(
  id: MetricId, fast: { median: number; reps: number[] }, ts: { median: number; reps: number[] },
  rounds: number[], speedup: number, tfjs: number | null = null,
): Metric {
  const target = TARGETS[id];
  const st = SPEEDUP_TARGETS[id];
  const hist = HISTORICAL.values[id] ?? null;
  return {
    id, unit: id.endsWith('grid') ? 'grids/s' : 'examples/s',
    value: fast.median, reps: fast.reps, tsValue: ts.median, tsReps: ts.reps,
    speedupVsTs: speedup, speedupRounds: rounds,
    speedupTarget: st, speedupPass: st === null ? null : speedup >= st,
    target, pass: target === null ? null : fast.median >= target,
    historical: hist,
    tfjs, vsTfjs: tfjs === null ? null : fast.median / tfjs,
  };
}

/** 1.23M / 456k / 78.9 style. */
export function si(x: number): string {
  if (x >= 1e6) return (x / 1e6).toFixed(2) + 'M';
  if (x >= 1e4) return (x / 1e3).toFixed(1) + 'k';
  return x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2);
}

function pad(rows: string[][]): string {
  const w = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(w[c]!) : cell.padStart(w[c]!))).join('  ')).join('\n');
}

const spread = (xs: number[]): string => `${si(Math.min(...xs))}-${si(Math.max(...xs))}`;
const verdict = (p: boolean | null): string => (p === null ? '' : p ? 'PASS' : 'FAIL');

export function formatText(r: BenchResult): string {
  const rows = [['workload', 'fast', 'unit', 'spread', 'ts', 'spread', 'fast/ts', 'rounds', 'target', '', 'abs target', '', 'tfjs', 'fast/tfjs']];
  for (const m of r.metrics) {
    rows.push([
      m.id, si(m.value), m.unit, spread(m.reps), si(m.tsValue), spread(m.tsReps),
      m.speedupVsTs.toFixed(2) + 'x', `${Math.min(...m.speedupRounds).toFixed(2)}-${Math.max(...m.speedupRounds).toFixed(2)}`,
      m.speedupTarget === null ? '-' : '>= ' + m.speedupTarget + 'x', verdict(m.speedupPass),
      m.target === null ? '-' : '>= ' + si(m.target), verdict(m.pass),
      m.tfjs === null ? '-' : si(m.tfjs), m.vsTfjs === null ? '-' : m.vsTfjs.toFixed(1) + 'x',
    ]);
  }
  const pct = (x: number): string => (100 * x).toFixed(0) + '%';
  const hist = r.metrics.filter((m) => m.historical !== null).map((m) => `${m.id} ${si(m.historical!)}`).join(', ');
  return [
    `core benchmark, ${r.date}; ${r.machine.cpu}, ${r.machine.nproc} CPUs, Node ${r.machine.node}, load average ${r.machine.loadavg.map((x) => x.toFixed(2)).join(' ')}`,
    `kernels in use (fast path): ${r.kernelDescription}; compared with the TypeScript reference kernels in alternating windows`,
    `data: ${r.data}`,
    `timing: ${r.timing.warmupMs} ms warm-up per path, then ${r.timing.reps} rounds of one ${r.timing.repMs} ms window per path; medians, and fast/ts as the median of the rounds' ratios`,
    '',
    pad(rows),
    '',
    `JS peak: ${r.jsPeak.gflops.toFixed(2)} GFLOP/s (Float64Array 256x256 mat-vec; one sum per row ${r.jsPeak.kernels.dot.toFixed(2)}, four rows at once ${r.jsPeak.kernels.rows4.toFixed(2)}; best window at start or end)`,
    `WebAssembly f64x2 peak: ${r.wasmPeakGflops === null ? 'unavailable' : r.wasmPeakGflops.toFixed(2) + ' GFLOP/s'} (same mat-vec, four rows by two lanes)`,
    `W2 flops/example = 6 * sum(fanIn*fanOut) = ${r.w2FlopsPerExample}; W2 fast path ${r.w2Gflops.toFixed(2)} GFLOP/s = ${pct(r.w2PeakFraction)} of the ${r.wasmPeakGflops === null ? 'JS' : 'f64x2'} peak (target >= ${pct(PEAK_FRACTION_TARGET)}) ${r.w2PeakPass ? 'PASS' : 'FAIL'}`,
    `W3 flops/example = ${r.w3FlopsPerExample}; W3 fast path ${r.w3Gflops.toFixed(2)} GFLOP/s`,
    `historical, not this run: ${HISTORICAL.what}, ${HISTORICAL.measured}: ${hist}`,
    '',
    r.allPass ? 'all targets met' : 'SOME TARGETS MISSED',
  ].join('\n');
}
