/**
 * The training configuration: one plain object that the CLI flags, the URL hash and the
 * worker all share. `resolveConfig` fills dataset-aware defaults and validates, throwing a
 * ConfigError that names the field and the accepted values.
 */
import type { ActivationName, OutputName } from './activations';
import { validateCustom, type CustomData } from './custom';
import { CUSTOM, datasetClasses, type DatasetName } from './datasets';
import { canonicalFeatures, isPlainInputs, type FeatureName } from './features';
import type { ScheduleName } from './schedule';
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
  /** Activation of every hidden layer that `activations` does not name. */
  readonly activation: ActivationName;
  /**
   * Per-hidden-layer activations: entry l sets layer l; layers beyond the list use
   * `activation`. [] (the default) gives every layer `activation`.
   */
  readonly activations: readonly ActivationName[];
  /** Input features the network sees, in FEATURES order (see features.ts); default x1, x2. */
  readonly features: readonly FeatureName[];
  readonly output: OutputName;
  readonly init: InitName;
  /** s for the 'uniform' and 'normal' initializers, in [0, 100]. */
  readonly initScale: number;
  readonly loss: LossName;
  readonly optimizer: OptimizerName;
  /** Base learning rate η, in (0, 100]; the schedule scales it per epoch (see schedule.ts). */
  readonly lr: number;
  /** Learning-rate schedule: constant, step, exponential or cosine. */
  readonly schedule: ScheduleName;
  /** γ in (0, 1]: the schedule's factor per `decayEpochs` epochs (step, exponential). */
  readonly decay: number;
  /** k, integer >= 1: epochs per factor γ (step, exponential) or to the floor (cosine). */
  readonly decayEpochs: number;
  /** α in [0, 1]: the cosine schedule's floor as a fraction of lr. */
  readonly lrMin: number;
  /** Momentum coefficient (Adam's beta1), in [0, 0.9999]. */
  readonly momentum: number;
  readonly nesterov: boolean;
  /** Minibatch size, integer in [0, 5000]; 0 means full batch. */
  readonly batch: number;
  /** L1 and L2 penalty strengths on the weights, in [0, 10]. */
  readonly l1: number;
  readonly l2: number;
  /** The points of the `custom` dataset; null for the generated sets. */
  readonly custom: CustomData | null;
}

/** The default config, read from the field table (output and loss are xor's natural head). */
export const BASE_CONFIG: TrainConfig = Object.fromEntries(
  CONFIG_KEYS.filter((k) => FIELDS[k].default !== undefined).map((k) => [k, FIELDS[k].default]),
) as unknown as TrainConfig;

/** The natural output and loss for a dataset: sigmoid+bce, softmax+ce, or linear+mse. */
export function defaultHead(dataset: DatasetName, custom?: CustomData | null): { output: OutputName; loss: LossName } {
  const c = datasetClasses(dataset, custom);
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
  const head = defaultHead(dataset, partial.custom);
  const output = partial.output ?? head.output;
  const loss = partial.loss ?? (partial.output ? naturalLoss(output) : head.loss);
  const cfg: TrainConfig = { ...BASE_CONFIG, ...stripUndefined(partial), dataset, output, loss };
  validateConfig(cfg);
  return canonical(cfg);
}

/**
 * Features in canonical order, so equal runs have equal configs (and links). Everything else
 * is kept as given, even when unused (activations beyond the hidden layers, points while a
 * generated set is chosen), so a link's valid values always survive a round trip.
 */
function canonical(c: TrainConfig): TrainConfig {
  const features = canonicalFeatures(c.features);
  return features.join() === c.features.join() ? c : { ...c, features };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Throws ConfigError for the first invalid field (in the table's order), then for a head the
 * dataset cannot use: softmax exactly for 3+ classes, and a loss that fits the output.
 */
export function validateConfig(c: TrainConfig): void {
  // The points first: their own check names what is wrong with them.
  if (c.custom != null) validateCustom(c.custom);
  for (const k of CONFIG_KEYS) {
    const v: unknown = c[k];
    if (!isValid(FIELDS[k], v)) throw new ConfigError(k, expected(FIELDS[k]), v);
  }
  if (c.dataset === CUSTOM) {
    if (!c.custom) throw new ConfigError('custom', 'points for the custom dataset', null);
    validateCustom(c.custom);
  }
  const classes = datasetClasses(c.dataset, c.custom);
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
  const classes = datasetClasses(c.dataset, c.custom);
  return {
    inputs: c.features.length,
    ...(isPlainInputs(c.features) ? {} : { features: c.features }),
    hidden: c.hidden.map((units, l) => ({ units, fn: c.activations[l] ?? c.activation })),
    outputs: classes > 2 ? classes : 1,
    output: c.output,
  };
}
