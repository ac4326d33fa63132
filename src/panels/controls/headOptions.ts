/**
 * Which output functions and losses the controls may offer, so a learner can never pick a
 * pair the core rejects (the same rules as validateConfig in core/config).
 */
import { OUTPUTS, type OutputName } from '../../core/activations';
import { datasetClasses, type DatasetName } from '../../core/datasets';
import { FIELDS } from '../../core/fields';
import { parseDecimal, type NumberSpec } from '../../core/fieldSpec';
import { LOSS_OUTPUTS, LOSSES, naturalLoss, type LossName } from '../../core/losses';
import { t } from '../../i18n';

/** Output functions valid for a dataset: softmax for 3+ classes and only there. */
export function validOutputs(dataset: DatasetName): OutputName[] {
  const classes = datasetClasses(dataset);
  return classes > 2 ? ['softmax'] : OUTPUTS.filter((o) => o !== 'softmax');
}

/** Losses valid after an output function (bce needs sigmoid, ce needs softmax). */
export function validLosses(output: OutputName): LossName[] {
  return LOSSES.filter((l) => LOSS_OUTPUTS[l].includes(output));
}

/** The loss to keep when the output changes: the current one if still valid, else the natural one. */
export function lossAfterOutput(output: OutputName, current: LossName): LossName {
  return validLosses(output).includes(current) ? current : naturalLoss(output);
}

/** Learning rates offered in the menu; any other in (0, maxLr] can be typed. */
export const LR_PRESETS = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

/** Batch sizes offered; 0 is the full batch. */
export const BATCH_PRESETS = [0, 1, 2, 4, 8, 16, 32, 64, 128, 256] as const;

export interface Bounds {
  min: number;
  max: number;
  /** Exclude min itself (a learning rate of 0 learns nothing). */
  openMin?: boolean;
  /** Whole numbers only (an 'int' field: epochs, counts). */
  integer?: boolean;
}

/** A control's bounds: the config field table's row for its field. */
export const boundsOf = (f: NumberSpec): Bounds => ({ min: f.min, max: f.max, openMin: f.openMin, ...(f.kind === 'int' ? { integer: true } : {}) });

export const LR_BOUNDS: Bounds = boundsOf(FIELDS.lr);
export const L1_BOUNDS: Bounds = boundsOf(FIELDS.l1);
export const REG_BOUNDS: Bounds = boundsOf(FIELDS.l2);
export const MOMENTUM_BOUNDS: Bounds = boundsOf(FIELDS.momentum);
export const DECAY_BOUNDS: Bounds = boundsOf(FIELDS.decay);
export const DECAY_EPOCHS_BOUNDS: Bounds = boundsOf(FIELDS.decayEpochs);
export const LR_MIN_BOUNDS: Bounds = boundsOf(FIELDS.lrMin);

/** Parses typed text (the URL's and CLI's decimal rule); returns the number or a message saying what is accepted. */
export function parseBounded(text: string, b: Bounds): { value: number } | { error: string } {
  const v = parseDecimal(text);
  const ok = Number.isFinite(v) && (b.openMin ? v > b.min : v >= b.min) && v <= b.max && (!b.integer || Number.isInteger(v));
  if (ok) return { value: v };
  const key = b.integer ? 'app.hyper.rangeInt' : b.openMin ? 'app.hyper.rangeOpen' : 'app.hyper.rangeClosed';
  return { error: t(key, { min: b.min, max: b.max }) };
}
