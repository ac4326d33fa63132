/**
 * `lab sweep`: the same training over several seeds; how often and how fast it converges.
 * A run converges when it meets its targets: training accuracy 1 (or --target-accuracy) on a
 * classification set, and training loss <= --target-loss when given (required on regression sets).
 */
import type { TrainConfig } from '../../core/config';
import { datasetClasses } from '../../core/datasets';
import { opt, type Parsed } from '../args';
import { fmt, printJson, table, type Out } from '../format';
import { goalOf, runTraining, type RunResult } from './train';

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function sweep(cfg: TrainConfig, p: Parsed, out: Out): void {
  const epochs = opt(p, 'epochs');
  const given = goalOf(p);
  const classification = datasetClasses(cfg.dataset) > 0;
  const goal = { accuracy: classification ? given.accuracy ?? 1 : null, loss: given.loss };
  const seeds = opt(p, 'seeds');
  const runs: { seed: number; r: RunResult }[] = [];
  for (let k = 0; k < seeds; k++) runs.push({ seed: cfg.seed + k, r: runTraining({ ...cfg, seed: cfg.seed + k }, epochs, goal) });
  const done = runs.map((x) => x.r.targetEpoch).filter((e): e is number => e !== null);
  const summary = {
    runs: runs.length,
    converged: done.length,
    convergenceRate: done.length / runs.length,
    medianEpochs: done.length ? median(done) : null,
  };
  if (p.opts.json) {
    printJson(out, summary);
    return;
  }
  const rows = runs.map(({ seed, r }) => [
    String(seed), r.targetEpoch === null ? (r.diverged ? 'diverged' : 'no') : String(r.targetEpoch),
    String(r.epochs), fmt(r.accuracy), fmt(r.loss),
  ]);
  out(table(['seed', 'converged at', 'epochs', 'accuracy', 'loss'], rows) + '\n');
  const arch = runs[0]!.r.arch;
  const target = [goal.accuracy !== null ? `accuracy ${fmt(goal.accuracy)}` : '', goal.loss !== null ? `loss <= ${fmt(goal.loss)}` : ''].filter(Boolean).join(' and ');
  out(`\n${arch}: ${summary.converged}/${summary.runs} runs reached ${target} within ${epochs} epochs; median ${fmt(summary.medianEpochs)} epochs\n`);
}
