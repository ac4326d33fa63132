/**
 * The training configuration: one plain object that the CLI flags, the URL hash and the
 * worker all share. `resolveConfig` fills dataset-aware defaults and validates, throwing a
 * ConfigError that names the field and the accepted values.
 */
import { ACTIVATIONS, OUTPUTS, type ActivationName, type OutputName } from './activations';
import { validateCustom, type CustomData } from './custom';
import { CUSTOM, DATASET_NAMES, datasetClasses, type DatasetName } from './datasets';
import { ConfigError } from './errors';
import { canonicalFeatures, DEFAULT_FEATURES, FEATURES, isPlainInputs, type FeatureName } from './features';
import { INITS, type InitName } from './init';
import type { NetSpec } from './layout';
import { LOSSES, LOSS_OUTPUTS, type LossName } from './losses';
import { OPTIMIZERS, type OptimizerName } from './optimizers';
import { SCHEDULE_DEFAULTS, SCHEDULES, type ScheduleName } from './schedule';

export interface TrainConfig {
  readonly dataset: DatasetName;
  readonly points: number;
  readonly noise: number;
  /** Train fraction of the points. */
  readonly split: number;
  /** Truth tables with -1/+1 inputs. */
  readonly signed: boolean;
  readonly seed: number;
  /** Widths of the hidden layers; [] is a single neuron (no hidden layer). */
  readonly hidden: readonly number[];
  /** Activation of every hidden layer that `activations` does not name. */
  readonly activation: ActivationName;
  /**
   * Per-hidden-layer activations: entry l sets layer l; layers beyond the list use
   * `activation`. [] (the default) gives every layer `activation`.
   */
  readonly activations: readonly ActivationName[];
  /** Input features the network sees, in FEATURES order (see features.ts). */
  readonly features: readonly FeatureName[];
  readonly output: OutputName;
  readonly init: InitName;
  /** s for the 'uniform' and 'normal' initializers. */
  readonly initScale: number;
  readonly loss: LossName;
  readonly optimizer: OptimizerName;
  /** Base learning rate η; the schedule scales it per epoch (see schedule.ts). */
  readonly lr: number;
  readonly schedule: ScheduleName;
  /** γ: the schedule's factor per `decayEpochs` epochs (step, exponential). */
  readonly decay: number;
  /** k: epochs per factor γ (step, exponential) or to the floor (cosine). */
  readonly decayEpochs: number;
  /** α: the cosine schedule's floor as a fraction of lr. */
  readonly lrMin: number;
  readonly momentum: number;
  readonly nesterov: boolean;
  /** Minibatch size; 0 means full batch. */
  readonly batch: number;
  readonly l1: number;
  readonly l2: number;
  /** The points of the `custom` dataset; null for the generated sets. */
  readonly custom: CustomData | null;
}

/** Limits shared by every front end (URL, CLI, controls). */
export const LIMITS = {
  maxLayers: 64, maxWidth: 128, maxPoints: 5000, minPoints: 4, maxLr: 100, maxBatch: 5000,
} as const;

export const BASE_CONFIG: TrainConfig = {
  dataset: 'xor', points: 200, noise: 0, split: 0.5, signed: false, seed: 1,
  hidden: [4], activation: 'tanh', activations: [], features: DEFAULT_FEATURES, output: 'sigmoid', init: 'glorot-uniform', initScale: 1,
  loss: 'bce', optimizer: 'sgd', lr: 0.3, momentum: 0.9, nesterov: false, batch: 0, l1: 0, l2: 0,
  ...SCHEDULE_DEFAULTS, custom: null,
};

/** The natural output and loss for a dataset: sigmoid+bce, softmax+ce, or linear+mse. */
export function defaultHead(dataset: DatasetName, custom?: CustomData | null): { output: OutputName; loss: LossName } {
  const c = datasetClasses(dataset, custom);
  return c === 0 ? { output: 'linear', loss: 'mse' } : c > 2 ? { output: 'softmax', loss: 'ce' } : { output: 'sigmoid', loss: 'bce' };
}

/**
 * Fills missing fields (output and loss follow the dataset, and loss follows the output
 * when only the output is given) and validates the result.
 */
export function resolveConfig(partial: Partial<TrainConfig>): TrainConfig {
  const dataset = partial.dataset ?? BASE_CONFIG.dataset;
  check('dataset', DATASET_NAMES, dataset);
  const head = defaultHead(dataset, partial.custom);
  const output = partial.output ?? head.output;
  const loss = partial.loss ?? (partial.output ? lossFor(output) : head.loss);
  const cfg: TrainConfig = { ...BASE_CONFIG, ...stripUndefined(partial), dataset, output, loss };
  validateConfig(cfg);
  return canonical(cfg);
}

/**
 * One spelling per meaning, so equal runs have equal configs (and links): features in
 * canonical order; per-layer activations trimmed of trailing entries equal to `activation`;
 * no custom points unless the dataset is custom.
 */
function canonical(c: TrainConfig): TrainConfig {
  const features = canonicalFeatures(c.features);
  const acts = [...c.activations];
  while (acts.length > 0 && acts[acts.length - 1] === c.activation) acts.pop();
  const custom = c.dataset === CUSTOM ? c.custom : null;
  const same = features.join() === c.features.join() && acts.length === c.activations.length && custom === c.custom;
  return same ? c : { ...c, features, activations: acts, custom };
}

function lossFor(output: OutputName): LossName {
  return output === 'softmax' ? 'ce' : output === 'sigmoid' ? 'bce' : 'mse';
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function check(field: string, allowed: readonly string[], v: unknown): void {
  if (typeof v !== 'string' || !allowed.includes(v)) throw new ConfigError(field, `one of ${allowed.join(', ')}`, v);
}

function num(field: string, v: unknown, lo: number, hi: number, opts: { int?: boolean; openLo?: boolean } = {}): void {
  const ok = typeof v === 'number' && Number.isFinite(v) && (opts.openLo ? v > lo : v >= lo) && v <= hi && (!opts.int || Number.isInteger(v));
  if (!ok) throw new ConfigError(field, `${opts.int ? 'an integer' : 'a number'} in ${opts.openLo ? '(' : '['}${lo}, ${hi}]`, v);
}

/** Throws ConfigError for the first invalid field. */
export function validateConfig(c: TrainConfig): void {
  check('dataset', DATASET_NAMES, c.dataset);
  check('activation', ACTIVATIONS, c.activation);
  if (!Array.isArray(c.activations) || c.activations.length > c.hidden.length) {
    throw new ConfigError('activations', `at most ${c.hidden.length} comma-separated activations (one per hidden layer) from ${ACTIVATIONS.join(', ')}`, c.activations);
  }
  for (const a of c.activations) check('activations', ACTIVATIONS, a);
  if (!Array.isArray(c.features) || c.features.length === 0 || c.features.some((f) => !(FEATURES as readonly string[]).includes(f))) {
    throw new ConfigError('features', `a non-empty comma-separated list from ${FEATURES.join(', ')}`, c.features);
  }
  check('schedule', SCHEDULES, c.schedule);
  num('decay', c.decay, 0, 1, { openLo: true });
  num('decayEpochs', c.decayEpochs, 1, 1e6, { int: true });
  num('lrMin', c.lrMin, 0, 1);
  if (c.dataset === CUSTOM) {
    if (!c.custom) throw new ConfigError('custom', 'points for the custom dataset', null);
    validateCustom(c.custom);
  }
  check('output', OUTPUTS, c.output);
  check('init', INITS, c.init);
  check('loss', LOSSES, c.loss);
  check('optimizer', OPTIMIZERS, c.optimizer);
  if (!Array.isArray(c.hidden) || c.hidden.length > LIMITS.maxLayers) {
    throw new ConfigError('hidden', `at most ${LIMITS.maxLayers} comma-separated widths`, c.hidden);
  }
  for (const w of c.hidden) {
    if (!Number.isInteger(w) || w < 1 || w > LIMITS.maxWidth) throw new ConfigError('hidden', `widths that are integers in [1, ${LIMITS.maxWidth}]`, c.hidden);
  }
  num('points', c.points, LIMITS.minPoints, LIMITS.maxPoints, { int: true });
  num('noise', c.noise, 0, 1);
  num('split', c.split, 0, 1, { openLo: true });
  num('seed', c.seed, 0, 4294967295, { int: true });
  num('initScale', c.initScale, 0, 100);
  num('lr', c.lr, 0, LIMITS.maxLr, { openLo: true });
  num('momentum', c.momentum, 0, 0.9999);
  num('batch', c.batch, 0, LIMITS.maxBatch, { int: true });
  num('l1', c.l1, 0, 10);
  num('l2', c.l2, 0, 10);
  const classes = datasetClasses(c.dataset, c.custom);
  if (c.output === 'softmax' && classes < 3) throw new ConfigError('output', `sigmoid, tanh or linear for a ${classes === 0 ? 'regression' : 'two-class'} dataset`, c.output);
  if (classes > 2 && c.output !== 'softmax') throw new ConfigError('output', `softmax for the ${classes}-class dataset ${c.dataset}`, c.output);
  if (!LOSS_OUTPUTS[c.loss].includes(c.output)) {
    const ok = LOSSES.filter((l) => LOSS_OUTPUTS[l].includes(c.output));
    throw new ConfigError('loss', `${ok.join(' or ')} with a ${c.output} output`, c.loss);
  }
}

/** The network architecture a config describes. */
export function specOf(c: TrainConfig): NetSpec {
  const classes = datasetClasses(c.dataset, c.custom);
  return {
    inputs: c.features.length,
    ...(isPlainInputs(c.features) ? {} : { features: c.features }),
    hidden: c.hidden.map((units, l) => ({ units, fn: c.activations[l] ?? c.activation })),
    outputs: classes > 2 ? classes : 1,
    output: c.output,
  };
}
