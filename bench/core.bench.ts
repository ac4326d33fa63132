/**
 * `npm run bench [-- --json]`: throughput of the neural core on fixed workloads, each on both
 * kernel paths (the fast path the core chose and the TypeScript reference) in alternating
 * windows, the same training on TF.js, and the JS and WebAssembly f64x2 mat-vec peaks, all in
 * one run so the ratios share the machine's state. A benchmark, not a test: it exits 0 even
 * when a target is missed. Progress goes to stderr; stdout holds the table or one JSON object.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeKernels, kernels } from '../src/core/kernels/backend';
import { DEFAULT_TIMING, measurePaired, type Paired, type Timing } from './measure';
import { bestPeak, measurePeak, measureWasmPeak } from './peak';
import { formatText, HISTORICAL, metric, PEAK_FRACTION_TARGET, type BenchResult, type Metric, type MetricId } from './report';
import { tfjsTrainRate } from './tfjs';
import { gridJob, gridOnce, stepOnce, trainerOn, trainFlopsPerExample, trainOnce, W1, W2, W3, TRAIN_POINTS, BATCH, LR, type Workload } from './workloads';
import type { Trainer } from '../src/core/trainer';

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch { /* not Linux */ }
  return cpus()[0]?.model ?? 'unknown CPU';
}

const QUICK_TIMING: Timing = { warmupMs: 200, repMs: 200, reps: 3 };

const progress = (msg: string): void => void process.stderr.write(`bench: ${msg}\n`);

interface Pair { train: Paired; grid: Paired; fast: Trainer }

/** Training and grid rates of one workload on the fast path (a) and the TS path (b). */
function pair(w: Workload, timing: Timing): Pair {
  const fastPath = kernels().path;
  progress(`${w.id} training (${fastPath} vs ts)`);
  const fast = trainerOn(fastPath, w);
  const ts = trainerOn('ts', w);
  const work = w.unit === 'epoch' ? trainOnce : stepOnce;
  const train = measurePaired(work, fast, work, ts, timing);
  progress(`${w.id} grid`);
  const grid = measurePaired(gridOnce, gridJob(fast, w.gridN), gridOnce, gridJob(ts, w.gridN), timing);
  return { train, grid, fast };
}

const toMetric = (id: MetricId, p: Paired, tfjs: number | null = null): Metric => metric(id, p.a, p.b, p.ratios, p.ratio, tfjs);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, quick: { type: 'boolean' } }, strict: true });
  // --quick: short windows for checking the harness, not for recording.
  const timing = values.quick ? QUICK_TIMING : DEFAULT_TIMING;
  const k = kernels();

  progress('JS and WebAssembly peaks');
  const jsStart = measurePeak(timing);
  const wasmStart = measureWasmPeak(timing);
  const p1 = pair(W1, timing);
  const p2 = pair(W2, timing);
  const p3 = pair(W3, timing);
  progress('TF.js W1 and W2 training');
  const tf1 = await tfjsTrainRate(p1.fast, timing);
  const tf2 = await tfjsTrainRate(p2.fast, timing);
  progress('peaks again');
  const jsPeak = bestPeak(jsStart, measurePeak(timing));
  const wasmEnd = measureWasmPeak(timing);
  const wasmPeakGflops = wasmStart === null || wasmEnd === null ? null : Math.max(wasmStart, wasmEnd);

  const w2Flops = trainFlopsPerExample(p2.fast.net.layout);
  const w3Flops = trainFlopsPerExample(p3.fast.net.layout);
  const w2Gflops = (p2.train.a.median * w2Flops) / 1e9;
  const metrics = [
    toMetric('W1', p1.train, tf1.median), toMetric('W1-grid', p1.grid),
    toMetric('W2', p2.train, tf2.median), toMetric('W2-grid', p2.grid),
    toMetric('W3', p3.train), toMetric('W3-grid', p3.grid),
  ];
  const w2PeakFraction = w2Gflops / (wasmPeakGflops ?? jsPeak.gflops);
  const w2PeakPass = w2PeakFraction >= PEAK_FRACTION_TARGET;
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { nproc: availableParallelism(), cpu: cpuModel(), node: process.version, loadavg: loadavg() },
    kernel: k.path, kernelDescription: describeKernels(k),
    data: `xor-quadrants, points ${TRAIN_POINTS} split 1 (all ${TRAIN_POINTS} train), batch ${BATCH}, sgd lr ${LR}, mse (1/2 squared error); grids ${W1.gridN}x${W1.gridN} (W1, W2) and ${W3.gridN}x${W3.gridN} (W3), every unit`,
    timing,
    jsPeak, wasmPeakGflops,
    w2FlopsPerExample: w2Flops, w2Gflops, w2PeakFraction, w2PeakPass,
    w3FlopsPerExample: w3Flops, w3Gflops: (p3.train.a.median * w3Flops) / 1e9,
    metrics,
    historical: HISTORICAL,
    allPass: metrics.every((m) => m.pass !== false && m.speedupPass !== false) && w2PeakPass,
  };
  process.stdout.write(values.json ? JSON.stringify(result) + '\n' : formatText(result) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
