/**
 * `lab sweep`: the same training over several seeds; how often and how fast it converges.
 * Each run stops at convergence (training accuracy 1, or --target-accuracy).
 */
import type { TrainConfig } from '../../core/config';
import { numberFlag, type Values } from '../args';
import { fmt, printJson, table } from '../format';
import { runTraining, trainingLimits, type RunResult } from './train';

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function sweep(cfg: Partial<TrainConfig>, values: Values): void {
  const { epochs, target } = trainingLimits(values);
  const goal = target ?? 1;
  const seeds = numberFlag(values, 'seeds', 10, 1, 10_000);
  const first = cfg.seed ?? 1;
  const runs: { seed: number; r: RunResult }[] = [];
  for (let k = 0; k < seeds; k++) runs.push({ seed: first + k, r: runTraining({ ...cfg, seed: first + k }, epochs, goal) });
  const done = runs.map((x) => x.r.targetEpoch).filter((e): e is number => e !== null);
  const summary = {
    runs: runs.length,
    converged: done.length,
    convergenceRate: done.length / runs.length,
    medianEpochs: done.length ? median(done) : null,
  };
  if (values.json) {
    printJson(summary);
    return;
  }
  const rows = runs.map(({ seed, r }) => [
    String(seed), r.targetEpoch === null ? (r.diverged ? 'diverged' : 'no') : String(r.targetEpoch),
    String(r.epochs), fmt(r.accuracy), fmt(r.loss),
  ]);
  console.log(table(['seed', 'converged at', 'epochs', 'accuracy', 'loss'], rows));
  const arch = runs[0]!.r.arch;
  console.log(`\n${arch}: ${summary.converged}/${summary.runs} runs reached accuracy ${fmt(goal)} within ${epochs} epochs; median ${fmt(summary.medianEpochs)} epochs`);
}
