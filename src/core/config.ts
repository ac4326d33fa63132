/**
 * The training configuration: one plain object that the CLI flags, the URL hash and the
 * worker all share. `resolveConfig` fills dataset-aware defaults and validates, throwing a
 * ConfigError that names the field and the accepted values.
 */
import { ACTIVATIONS, OUTPUTS, type ActivationName, type OutputName } from './activations';
import { DATASETS, datasetClasses, type DatasetName } from './datasets';
import { ConfigError } from './errors';
import { INITS, type InitName } from './init';
import type { NetSpec } from './layout';
import { LOSSES, LOSS_OUTPUTS, type LossName } from './losses';
import { OPTIMIZERS, type OptimizerName } from './optimizers';

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
  readonly activation: ActivationName;
  readonly output: OutputName;
  readonly init: InitName;
  /** s for the 'uniform' and 'normal' initializers. */
  readonly initScale: number;
  readonly loss: LossName;
  readonly optimizer: OptimizerName;
  readonly lr: number;
  readonly momentum: number;
  readonly nesterov: boolean;
  /** Minibatch size; 0 means full batch. */
  readonly batch: number;
  readonly l1: number;
  readonly l2: number;
}

/** Limits shared by every front end (URL, CLI, controls). */
export const LIMITS = {
  maxLayers: 64, maxWidth: 128, maxPoints: 5000, minPoints: 4, maxLr: 100, maxBatch: 5000,
} as const;

export const BASE_CONFIG: TrainConfig = {
  dataset: 'xor', points: 200, noise: 0, split: 0.5, signed: false, seed: 1,
  hidden: [4], activation: 'tanh', output: 'sigmoid', init: 'glorot-uniform', initScale: 1,
  loss: 'bce', optimizer: 'sgd', lr: 0.3, momentum: 0.9, nesterov: false, batch: 0, l1: 0, l2: 0,
};

/** The natural output and loss for a dataset: sigmoid+bce, softmax+ce, or linear+mse. */
export function defaultHead(dataset: DatasetName): { output: OutputName; loss: LossName } {
  const c = datasetClasses(dataset);
  return c === 0 ? { output: 'linear', loss: 'mse' } : c > 2 ? { output: 'softmax', loss: 'ce' } : { output: 'sigmoid', loss: 'bce' };
}

/**
 * Fills missing fields (output and loss follow the dataset, and loss follows the output
 * when only the output is given) and validates the result.
 */
export function resolveConfig(partial: Partial<TrainConfig>): TrainConfig {
  const dataset = partial.dataset ?? BASE_CONFIG.dataset;
  check('dataset', DATASETS, dataset);
  const head = defaultHead(dataset);
  const output = partial.output ?? head.output;
  const loss = partial.loss ?? (partial.output ? lossFor(output) : head.loss);
  const cfg: TrainConfig = { ...BASE_CONFIG, ...stripUndefined(partial), dataset, output, loss };
  validateConfig(cfg);
  return cfg;
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
  check('dataset', DATASETS, c.dataset);
  check('activation', ACTIVATIONS, c.activation);
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
  const classes = datasetClasses(c.dataset);
  if (c.output === 'softmax' && classes < 3) throw new ConfigError('output', `sigmoid, tanh or linear for a ${classes === 0 ? 'regression' : 'two-class'} dataset`, c.output);
  if (classes > 2 && c.output !== 'softmax') throw new ConfigError('output', `softmax for the ${classes}-class dataset ${c.dataset}`, c.output);
  if (!LOSS_OUTPUTS[c.loss].includes(c.output)) {
    const ok = LOSSES.filter((l) => LOSS_OUTPUTS[l].includes(c.output));
    throw new ConfigError('loss', `${ok.join(' or ')} with a ${c.output} output`, c.loss);
  }
}

/** The network architecture a config describes. */
export function specOf(c: TrainConfig): NetSpec {
  const classes = datasetClasses(c.dataset);
  return {
    inputs: 2,
    hidden: c.hidden.map((units) => ({ units, fn: c.activation })),
    outputs: classes > 2 ? classes : 1,
    output: c.output,
  };
}
