/**
 * The training configuration: one plain object that the CLI flags, the URL hash and the
 * worker all share. `resolveConfig` fills dataset-aware defaults and validates, throwing a
 * ConfigError that names the field and the accepted values.
 */
import type { ActivationName, OutputName } from './activations';
import { datasetClasses, type DatasetName } from './datasets';
import { ConfigError } from './errors';
import { CONFIG_KEYS, FIELDS } from './fields';
import { expected, isValid } from './fieldSpec';
import type { InitName } from './init';
import type { NetSpec } from './layout';
import { LOSSES, LOSS_OUTPUTS, naturalLoss, type LossName } from './losses';
import { ADAM_CONSTANTS, type OptimizerName, type OptimizerSettings } from './optimizers';

export { LIMITS } from './fields';

/**
 * Every setting of one run. Bounds, defaults and docs are in the field table (fields.ts);
 * the ranges below repeat them for the reader.
 */
export interface TrainConfig {
  /** A truth table, a continuous classification set or a regression set. */
  readonly dataset: DatasetName;
  /** Points generated, train and test together: integer in [4, 5000]; truth tables have 4. */
  readonly points: number;
  /** Gaussian noise as a fraction of the set's scale, in [0, 1]. */
  readonly noise: number;
  /** Train fraction of the points, in (0, 1]. */
  readonly split: number;
  /** Truth tables with -1/+1 inputs. */
  readonly signed: boolean;
  /** One user seed, integer in [0, 2^32 - 1]: data, initial weights and shuffling get streams of it. */
  readonly seed: number;
  /**
   * Seed of the initial weights alone, integer in [0, 2^32 - 1]. Absent: the init stream derives
   * from `seed` (so every seeded result stays the same); present: it replaces `seed` for that
   * stream only, and `initSeed: n` gives the weights of `seed: n`.
   */
  readonly initSeed?: number;
  /** Widths of the hidden layers (integers in [1, 128], at most 64); [] is a single neuron. */
  readonly hidden: readonly number[];
  readonly activation: ActivationName;
  readonly output: OutputName;
  readonly init: InitName;
  /** s for the 'uniform' and 'normal' initializers, in [0, 100]. */
  readonly initScale: number;
  readonly loss: LossName;
  readonly optimizer: OptimizerName;
  /** Learning rate, in (0, 100]. */
  readonly lr: number;
  /** Momentum coefficient (Adam's beta1), in [0, 0.9999]. */
  readonly momentum: number;
  readonly nesterov: boolean;
  /** Minibatch size, integer in [0, 5000]; 0 means full batch. */
  readonly batch: number;
  /** L1 and L2 penalty strengths on the weights, in [0, 10]. */
  readonly l1: number;
  readonly l2: number;
}

/** The default config, read from the field table (output and loss are xor's natural head). */
export const BASE_CONFIG: TrainConfig = Object.fromEntries(
  CONFIG_KEYS.filter((k) => FIELDS[k].default !== undefined).map((k) => [k, FIELDS[k].default]),
) as unknown as TrainConfig;

/** The natural output and loss for a dataset: sigmoid+bce, softmax+ce, or linear+mse. */
export function defaultHead(dataset: DatasetName): { output: OutputName; loss: LossName } {
  const c = datasetClasses(dataset);
  const output: OutputName = c === 0 ? 'linear' : c > 2 ? 'softmax' : 'sigmoid';
  return { output, loss: naturalLoss(output) };
}

/**
 * Fills missing fields (output and loss follow the dataset, and loss follows the output
 * when only the output is given) and validates the result.
 */
export function resolveConfig(partial: Partial<TrainConfig>): TrainConfig {
  const dataset = partial.dataset ?? BASE_CONFIG.dataset;
  if (!isValid(FIELDS.dataset, dataset)) throw new ConfigError('dataset', expected(FIELDS.dataset), dataset);
  const head = defaultHead(dataset);
  const output = partial.output ?? head.output;
  const loss = partial.loss ?? (partial.output ? naturalLoss(output) : head.loss);
  const cfg: TrainConfig = { ...BASE_CONFIG, ...stripUndefined(partial), dataset, output, loss };
  validateConfig(cfg);
  return cfg;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Throws ConfigError for the first invalid field (in the table's order), then for a head the
 * dataset cannot use: softmax exactly for 3+ classes, and a loss that fits the output.
 */
export function validateConfig(c: TrainConfig): void {
  for (const k of CONFIG_KEYS) {
    const v: unknown = c[k];
    if (!isValid(FIELDS[k], v)) throw new ConfigError(k, expected(FIELDS[k]), v);
  }
  const classes = datasetClasses(c.dataset);
  if (c.output === 'softmax' && classes < 3) throw new ConfigError('output', `sigmoid, tanh or linear for a ${classes === 0 ? 'regression' : 'two-class'} dataset`, c.output);
  if (classes > 2 && c.output !== 'softmax') throw new ConfigError('output', `softmax for the ${classes}-class dataset ${c.dataset}`, c.output);
  if (!LOSS_OUTPUTS[c.loss].includes(c.output)) {
    const ok = LOSSES.filter((l) => LOSS_OUTPUTS[l].includes(c.output));
    throw new ConfigError('loss', `${ok.join(' or ')} with a ${c.output} output`, c.loss);
  }
}

/** Optimizer defaults: the table's defaults for the config fields, Adam's constants for the rest. */
export const DEFAULT_OPTIMIZER: OptimizerSettings = {
  ...ADAM_CONSTANTS,
  optimizer: BASE_CONFIG.optimizer, lr: BASE_CONFIG.lr, momentum: BASE_CONFIG.momentum, nesterov: BASE_CONFIG.nesterov,
  l1: BASE_CONFIG.l1, l2: BASE_CONFIG.l2,
};

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
