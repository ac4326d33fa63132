/**
 * `npm run bench [-- --json]`: throughput of the neural core on fixed workloads, the same
 * training on TF.js, and the machine's scalar peak, all measured in one run so the ratios
 * share the machine's state. A benchmark, not a test: it exits 0 even when a target is missed.
 * Progress goes to stderr; stdout holds the table or exactly one JSON object.
 */
import { availableParallelism, cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_TIMING } from './measure';
import { bestPeak, measurePeak } from './peak';
import { formatText, metric, PEAK_FRACTION_TARGET, type BenchResult } from './report';
import { tfjsTrainRate } from './tfjs';
import { gridRate, trainFlopsPerExample, trainRate, W1, W2, TRAIN_POINTS, BATCH, LR } from './workloads';

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch { /* not Linux */ }
  return cpus()[0]?.model ?? 'unknown CPU';
}

const progress = (msg: string): void => void process.stderr.write(`bench: ${msg}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' } }, strict: true });

  progress('scalar peak');
  const peakStart = measurePeak();
  progress('W1 training');
  const w1 = trainRate(W1);
  progress('W1 grid');
  const w1Grid = gridRate(w1.trainer);
  progress('W2 training');
  const w2 = trainRate(W2);
  progress('W2 grid');
  const w2Grid = gridRate(w2.trainer);
  progress('TF.js W1 and W2 training');
  const tf1 = await tfjsTrainRate(w1.trainer);
  const tf2 = await tfjsTrainRate(w2.trainer);
  progress('scalar peak again');
  const peak = bestPeak(peakStart, measurePeak());

  const w2Flops = trainFlopsPerExample(w2.trainer.net.layout);
  const w2Gflops = (w2.rate.median * w2Flops) / 1e9;
  const metrics = [
    metric('W1', w1.rate.median, w1.rate.reps, tf1.median),
    metric('W1-grid', w1Grid.median, w1Grid.reps),
    metric('W2', w2.rate.median, w2.rate.reps, tf2.median),
    metric('W2-grid', w2Grid.median, w2Grid.reps),
  ];
  const w2PeakFraction = w2Gflops / peak.gflops;
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { nproc: availableParallelism(), cpu: cpuModel(), node: process.version },
    data: `xor-quadrants, points ${TRAIN_POINTS} split 1 (all ${TRAIN_POINTS} train), batch ${BATCH}, sgd lr ${LR}, mse (1/2 squared error)`,
    timing: DEFAULT_TIMING,
    peak, w2FlopsPerExample: w2Flops, w2Gflops, w2PeakFraction,
    w2PeakPass: w2PeakFraction >= PEAK_FRACTION_TARGET,
    metrics,
    allPass: metrics.every((m) => m.pass) && w2PeakFraction >= PEAK_FRACTION_TARGET,
  };
  process.stdout.write(values.json ? JSON.stringify(result) + '\n' : formatText(result) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
