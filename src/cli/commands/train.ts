/** `lab train`: train one network and report accuracy, loss and the last step's gradients. */
import type { TrainConfig } from '../../core/config';
import { createTrainer, evaluate, trainEpoch } from '../../core/trainer';
import { numberFlag, type Values } from '../args';
import { archName, fmt, layerReports, layerTable, printJson, type LayerReport } from '../format';

export const DEFAULT_EPOCHS = 1000;
export const MAX_EPOCHS = 1_000_000;

export interface RunResult {
  accuracy: number | null;
  loss: number;
  testAccuracy: number | null;
  testLoss: number;
  /** Completed epochs. */
  epochs: number;
  /** First completed-epoch count at which training accuracy was 1, or null. */
  convergedEpoch: number | null;
  /** First completed-epoch count at which training accuracy reached the target, or null. */
  targetEpoch: number | null;
  diverged: boolean;
  layers: LayerReport[];
  arch: string;
}

/**
 * Trains for up to `epochs` epochs, evaluating the training set after each one. Stops early
 * once accuracy >= `target` (when given) or when the run diverges.
 */
export function runTraining(cfg: Partial<TrainConfig>, epochs: number, target: number | null): RunResult {
  const tr = createTrainer(cfg);
  let convergedEpoch: number | null = null;
  let targetEpoch: number | null = null;
  let ev = evaluate(tr);
  while (tr.epoch < epochs) {
    const ok = trainEpoch(tr);
    ev = evaluate(tr);
    if (!ok) break;
    const acc = ev.accuracy;
    if (acc !== null && acc >= 1 && convergedEpoch === null) convergedEpoch = tr.epoch;
    if (target !== null && acc !== null && acc >= target) {
      targetEpoch = tr.epoch;
      break;
    }
  }
  const test = evaluate(tr, 'test');
  return {
    accuracy: ev.accuracy, loss: ev.loss, testAccuracy: test.accuracy, testLoss: test.loss,
    epochs: tr.epoch, convergedEpoch, targetEpoch, diverged: tr.diverged,
    layers: layerReports(tr.net, tr.stats), arch: archName(tr.net),
  };
}

/** --epochs and --target-accuracy, shared with sweep. */
export function trainingLimits(values: Values): { epochs: number; target: number | null } {
  const epochs = numberFlag(values, 'epochs', DEFAULT_EPOCHS, 1, MAX_EPOCHS);
  const target = values['target-accuracy'] === undefined ? null : numberFlag(values, 'target-accuracy', 1, 0, 1);
  return { epochs, target };
}

export function train(cfg: Partial<TrainConfig>, values: Values): void {
  const { epochs, target } = trainingLimits(values);
  const r = runTraining(cfg, epochs, target);
  if (values.json) {
    printJson({
      accuracy: r.accuracy, loss: r.loss, testAccuracy: r.testAccuracy, testLoss: r.testLoss, epochs: r.epochs,
      convergedEpoch: r.convergedEpoch, diverged: r.diverged, layers: r.layers,
    });
    return;
  }
  console.log(layerTable(r.layers));
  const conv = r.convergedEpoch === null ? 'not converged' : `converged at epoch ${r.convergedEpoch}`;
  const test = r.testAccuracy === null && Number.isNaN(r.testLoss) ? '' : `, test accuracy ${fmt(r.testAccuracy)} loss ${fmt(r.testLoss)}`;
  const div = r.diverged ? ' DIVERGED (parameters are the last finite ones)' : '';
  console.log(`\n${r.arch}: ${r.epochs} epochs, accuracy ${fmt(r.accuracy)} loss ${fmt(r.loss)}${test}; ${conv}${div}`);
}
