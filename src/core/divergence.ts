/**
 * Divergence as a state with a named cause. A run diverges when its loss or parameters stop
 * being finite, or earlier, when it blows up: the parameter norm or the loss grows by orders
 * of magnitude and keeps growing epoch after epoch. The likely cause is read from the actual
 * settings, so the UI and the CLI can say what to change.
 *
 * Sources for the causes: with plain gradient descent and L2 penalty λ every step multiplies
 * each weight by (1 − lr·λ) before the gradient step (weight decay, Krogh and Hertz 1992), so
 * lr·λ ≥ 1 flips or blows up the weights on its own; heavy-ball momentum μ moves like a plain
 * step of lr / (1 − μ) once the velocity has built up (Polyak 1964; Sutskever et al. 2013).
 */
import type { OptimizerSettings } from './optimizers';

/** What made the run diverge, as far as the settings tell. */
export type DivergenceCause = 'lr' | 'l2' | 'momentum';

/** What was seen: a non-finite loss or parameter, or a sustained blow-up of the loss or the parameter norm. */
export type DivergenceSignal = 'non-finite' | 'loss' | 'norm';

/** A diverged run's explanation; front ends turn it into text. */
export interface Divergence {
  /** Completed epochs when it was detected (the failed step is not counted). */
  readonly epoch: number;
  readonly cause: DivergenceCause;
  readonly detail: {
    readonly signal: DivergenceSignal;
    readonly optimizer: OptimizerSettings['optimizer'];
    readonly lr: number;
    readonly l2: number;
    /** The momentum coefficient μ for the momentum optimizer, else null. */
    readonly momentum: number | null;
    /** 1 − lr·λ: the factor plain SGD applies to every weight per step (≤ 0 flips its sign). */
    readonly decay: number;
    /** lr / (1 − μ) with momentum, else lr: the size of a step once momentum has built up. */
    readonly effectiveLr: number;
    /** For a blow-up: how many times the norm or loss has grown over its reference (else null). */
    readonly growth: number | null;
  };
}

/** The parameter norm must reach this many times its reference (max(1, initial norm)). */
export const NORM_BLOWUP = 100;
/** The epoch-mean loss must reach this many times its reference (max(0.1, first batch loss)). */
export const LOSS_BLOWUP = 1000;
/** ...and have grown in each of this many consecutive epochs (a spike is not a blow-up). */
export const BLOWUP_EPOCHS = 3;

/** Per-run state of the blow-up test: references and the last few epochs' values. */
export interface DivergenceWatch {
  normRef: number;
  lossRef: number;
  /** Sum of batch losses times rows, and rows, in the current epoch. */
  lossSum: number;
  lossRows: number;
  /** The last BLOWUP_EPOCHS + 1 epoch values, oldest first. */
  readonly norms: number[];
  readonly losses: number[];
}

/** A watch for parameters `params` at initialization. */
export function createDivergenceWatch(params: Float64Array): DivergenceWatch {
  return { normRef: Math.max(1, l2Norm(params)), lossRef: NaN, lossSum: 0, lossRows: 0, norms: [], losses: [] };
}

/** Euclidean norm of a parameter vector. */
export function l2Norm(p: Float64Array): number {
  let s = 0;
  for (let k = 0; k < p.length; k++) s += p[k]! * p[k]!;
  return Math.sqrt(s);
}

/** Adds one step's mean batch loss over `rows` examples. */
export function watchStep(w: DivergenceWatch, meanLoss: number, rows: number): void {
  if (Number.isNaN(w.lossRef)) w.lossRef = Math.max(0.1, meanLoss);
  w.lossSum += meanLoss * rows;
  w.lossRows += rows;
}

/**
 * Closes an epoch with the parameters after it. Returns the signal when the norm or the loss
 * has blown up (grown NORM_BLOWUP or LOSS_BLOWUP times over its reference and grown in each of
 * the last BLOWUP_EPOCHS epochs), with the growth factor; else null.
 */
export function watchEpoch(w: DivergenceWatch, params: Float64Array): { signal: 'loss' | 'norm'; growth: number } | null {
  const loss = w.lossRows > 0 ? w.lossSum / w.lossRows : NaN;
  w.lossSum = 0;
  w.lossRows = 0;
  push(w.norms, l2Norm(params));
  push(w.losses, loss);
  const norm = w.norms[w.norms.length - 1]!;
  if (norm >= NORM_BLOWUP * w.normRef && rising(w.norms)) return { signal: 'norm', growth: norm / w.normRef };
  if (loss >= LOSS_BLOWUP * w.lossRef && rising(w.losses)) return { signal: 'loss', growth: loss / w.lossRef };
  return null;
}

function push(a: number[], v: number): void {
  a.push(v);
  if (a.length > BLOWUP_EPOCHS + 1) a.shift();
}

function rising(a: number[]): boolean {
  if (a.length < BLOWUP_EPOCHS + 1) return false;
  for (let i = 1; i < a.length; i++) if (!(a[i]! > a[i - 1]!)) return false;
  return true;
}

/**
 * The likely cause from the settings: L2 when plain or momentum SGD shrinks each weight by a
 * factor 1 − lr·λ ≤ 0 (every step flips the weights and the gradient step adds to them),
 * momentum when the momentum optimizer multiplies the step by 1 / (1 − μ), else the
 * learning rate. Adam normalizes the step, so with Adam it is always the learning rate.
 */
export function divergenceOf(epoch: number, s: OptimizerSettings, signal: DivergenceSignal, growth: number | null): Divergence {
  const decay = 1 - s.lr * s.l2;
  const momentum = s.optimizer === 'momentum' ? s.momentum : null;
  const effectiveLr = momentum !== null && momentum < 1 ? s.lr / (1 - momentum) : s.lr;
  const cause: DivergenceCause = s.optimizer !== 'adam' && s.l2 > 0 && decay <= 0 ? 'l2'
    : momentum !== null && momentum > 0 ? 'momentum' : 'lr';
  return { epoch, cause, detail: { signal, optimizer: s.optimizer, lr: s.lr, l2: s.l2, momentum, decay, effectiveLr, growth } };
}
