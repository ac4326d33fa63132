/** `lab train`: train one network and report accuracy, loss and the last step's gradients. */
import type { TrainConfig } from '../../core/config';
import { createTrainer, evaluate, trainEpoch } from '../../core/trainer';
import type { Divergence } from '../../core/divergence';
import { opt, type Parsed } from '../args';
import { archName, fmt, layerReports, layerTable, printJson, type LayerReport, type Out } from '../format';

export interface RunResult {
  accuracy: number | null;
  loss: number;
  testAccuracy: number | null;
  testLoss: number;
  /** Completed epochs. */
  epochs: number;
  /**
   * First completed-epoch count at which training accuracy was 1 (classification) or the
   * training loss reached the loss target (regression with a target), or null.
   */
  convergedEpoch: number | null;
  /** First completed-epoch count at which every target given was met, or null. */
  targetEpoch: number | null;
  diverged: boolean;
  /** When and why the run diverged (core/divergence), or null. */
  divergence: Divergence | null;
  layers: LayerReport[];
  arch: string;
}

/** When a run counts as done: training accuracy >= accuracy and training loss <= loss (each when given). */
export interface Goal {
  accuracy: number | null;
  loss: number | null;
}

/**
 * Trains for up to `epochs` epochs, evaluating the training set after each one. Stops early
 * once every target in `goal` is met (when it has one) or when the run diverges.
 */
export function runTraining(cfg: Partial<TrainConfig>, epochs: number, goal: Goal): RunResult {
  const tr = createTrainer(cfg);
  let convergedEpoch: number | null = null;
  let targetEpoch: number | null = null;
  const hasGoal = goal.accuracy !== null || goal.loss !== null;
  let ev = evaluate(tr);
  while (tr.epoch < epochs) {
    const ok = trainEpoch(tr);
    ev = evaluate(tr);
    if (!ok) break;
    const acc = ev.accuracy;
    const lossMet = goal.loss !== null && ev.loss <= goal.loss;
    if (convergedEpoch === null && (acc !== null ? acc >= 1 : lossMet)) convergedEpoch = tr.epoch;
    const met = (goal.accuracy === null || (acc !== null && acc >= goal.accuracy)) && (goal.loss === null || lossMet);
    if (hasGoal && met) {
      targetEpoch = tr.epoch;
      break;
    }
  }
  const test = evaluate(tr, 'test');
  return {
    accuracy: ev.accuracy, loss: ev.loss, testAccuracy: test.accuracy, testLoss: test.loss,
    epochs: tr.epoch, convergedEpoch, targetEpoch, diverged: tr.diverged, divergence: tr.divergence,
    layers: layerReports(tr.net, tr.stats), arch: archName(tr.net),
  };
}

/** --target-accuracy and --target-loss as given (null when absent). */
export function goalOf(p: Parsed): Goal {
  const get = (f: string): number | null => (typeof p.opts[f] === 'number' ? (p.opts[f] as number) : null);
  return { accuracy: get('target-accuracy'), loss: get('target-loss') };
}

export function train(cfg: TrainConfig, p: Parsed, out: Out): void {
  const r = runTraining(cfg, opt(p, 'epochs'), goalOf(p));
  if (p.opts.json) {
    printJson(out, {
      accuracy: r.accuracy, loss: r.loss, testAccuracy: r.testAccuracy, testLoss: r.testLoss, epochs: r.epochs,
      convergedEpoch: r.convergedEpoch, diverged: r.diverged, divergence: r.divergence, layers: r.layers,
    });
    return;
  }
  out(layerTable(r.layers) + '\n');
  const conv = r.convergedEpoch === null ? 'not converged' : `converged at epoch ${r.convergedEpoch}`;
  const test = r.testAccuracy === null && Number.isNaN(r.testLoss) ? '' : `, test accuracy ${fmt(r.testAccuracy)} loss ${fmt(r.testLoss)}`;
  const div = r.divergence ? ` DIVERGED at epoch ${r.divergence.epoch}: ${divergenceCause(r.divergence)} (parameters are from before the failed step)` : '';
  out(`\n${r.arch}: ${r.epochs} epochs, accuracy ${fmt(r.accuracy)} loss ${fmt(r.loss)}${test}; ${conv}${div}\n`);
}

/** The likely cause in one clause, from the structured report ("lr x L2 = 3: each step multiplies the weights by -2"). */
export function divergenceCause(d: Divergence): string {
  const x = d.detail;
  const seen = x.signal === 'non-finite' ? 'loss or weights became non-finite' : `${x.signal === 'norm' ? 'weight norm' : 'loss'} grew ${fmt(x.growth)}x`;
  const cause = d.cause === 'l2' ? `lr x L2 = ${fmt(x.lr * x.l2)} >= 1, so each step multiplies every weight by 1 - lr*L2 = ${fmt(x.decay)}; lower --l2 or --lr`
    : d.cause === 'momentum' ? `--lr ${fmt(x.lr)} with --momentum ${fmt(x.momentum)} steps like lr / (1 - momentum) = ${fmt(x.effectiveLr)}; lower either`
    : `--lr ${fmt(x.lr)} is probably too large; lower it`;
  return `${seen}; ${cause}`;
}
