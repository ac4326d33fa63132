/**
 * The machine's scalar floating-point peak as V8 sees it: a tight Float64Array mat-vec,
 * y = W x with W 256 x 256 (512 KiB, L2-resident), 2 flops per multiply-add.
 * Two kernels, because a single running sum is bound by the add latency (one add every
 * ~4 cycles), not by throughput; four rows at once keep four independent sums in flight.
 * The peak is the faster of the two, measured at the start and at the end of the run.
 */
import { instantiate, kernels } from '../src/core/kernels/backend';
import { measure, type Timing } from './measure';

export const PEAK_N = 256;

export interface Peak {
  /** GFLOP/s of the faster kernel. */
  gflops: number;
  /** GFLOP/s of each kernel. */
  kernels: { dot: number; rows4: number };
}

function setup(n: number): { W: Float64Array; x: Float64Array; y: Float64Array } {
  const W = new Float64Array(n * n);
  for (let k = 0; k < W.length; k++) W[k] = ((k * 7919) % 1000) / 1000 - 0.5;
  const x = new Float64Array(n);
  for (let j = 0; j < n; j++) x[j] = (j % 17) / 17;
  return { W, x, y: new Float64Array(n) };
}

/** One running sum per row. */
function matvecDot(W: Float64Array, x: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const o = i * n;
    let s = 0;
    for (let j = 0; j < n; j++) s += W[o + j]! * x[j]!;
    y[i] = s;
  }
}

/** Four rows per pass: x[j] is loaded once for four independent sums (n divisible by 4). */
function matvecRows4(W: Float64Array, x: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i += 4) {
    const o0 = i * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let j = 0; j < n; j++) {
      const xj = x[j]!;
      s0 += W[o0 + j]! * xj;
      s1 += W[o1 + j]! * xj;
      s2 += W[o2 + j]! * xj;
      s3 += W[o3 + j]! * xj;
    }
    y[i] = s0; y[i + 1] = s1; y[i + 2] = s2; y[i + 3] = s3;
  }
}

interface Job { W: Float64Array; x: Float64Array; y: Float64Array; n: number }

function runDot(j: Job): number {
  matvecDot(j.W, j.x, j.y, j.n);
  return 2 * j.n * j.n;
}

function runRows4(j: Job): number {
  matvecRows4(j.W, j.x, j.y, j.n);
  return 2 * j.n * j.n;
}

/**
 * Best window of each kernel: interference from other processes only ever slows a window
 * down, so for a peak the fastest window is the estimate, not the median.
 */
export function measurePeak(timing?: Timing): Peak {
  const job: Job = { ...setup(PEAK_N), n: PEAK_N };
  const dot = Math.max(...measure(runDot, job, timing).reps) / 1e9;
  const rows4 = Math.max(...measure(runRows4, job, timing).reps) / 1e9;
  return { gflops: Math.max(dot, rows4), kernels: { dot, rows4 } };
}

/** The better of two measurements (taken at the start and the end of a run). */
export function bestPeak(a: Peak, b: Peak): Peak {
  const dot = Math.max(a.kernels.dot, b.kernels.dot);
  const rows4 = Math.max(a.kernels.rows4, b.kernels.rows4);
  return { gflops: Math.max(dot, rows4), kernels: { dot, rows4 } };
}

interface WasmJob { matvec: (pW: number, pX: number, pY: number, n: number) => void; pW: number; pX: number; pY: number; n: number }

function runWasm(j: WasmJob): number {
  j.matvec(j.pW, j.pX, j.pY, j.n);
  return 2 * j.n * j.n;
}

/**
 * The same 256 x 256 mat-vec in WebAssembly with f64x2 SIMD (src/core/kernels/wasm/peak.ts:
 * four rows at once, two columns per lane, eight sums in flight): the machine's limit for
 * float64 code on this engine. Best window, as above; null where the wasm kernels are unavailable.
 */
export function measureWasmPeak(timing?: Timing): number | null {
  const k = kernels();
  if (!k.module) return null;
  const n = PEAK_N;
  const { exports, memory } = instantiate(k.module, Math.ceil((8 * (n * n + 2 * n)) / 65536));
  const { W, x } = setup(n);
  const pW = 0, pX = 8 * n * n, pY = pX + 8 * n;
  new Float64Array(memory.buffer, pW, n * n).set(W);
  new Float64Array(memory.buffer, pX, n).set(x);
  return Math.max(...measure(runWasm, { matvec: exports.matvec, pW, pX, pY, n }, timing).reps) / 1e9;
}
