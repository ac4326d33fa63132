/**
 * The config's field table: one row per TrainConfig key, and the only place its default,
 * bounds, accepted names, URL key and CLI flag are written. validateConfig, the URL hash,
 * the compare items, the controls' bounds and the `lab` flags and --help are all read from
 * it (see fieldSpec.ts for the shared text rules). To add a setting, add a row here, a field
 * to TrainConfig, and the one control that shows it.
 */
import { ACTIVATIONS, OUTPUTS } from './activations';
import type { TrainConfig } from './config';
import { DATASETS, isTruthTable } from './datasets';
import type { BoolSpec, EnumSpec, FieldSpec, ListSpec, NumberSpec } from './fieldSpec';
import { INITS } from './init';
import { LOSSES } from './losses';
import { OPTIMIZERS } from './optimizers';

/** The extra knowledge a config row carries beyond its value's shape. */
export interface ConfigRow {
  /** Changes take effect on the running network (no rebuild of data or weights). */
  readonly live?: boolean;
  /**
   * Why the field cannot change the result under this config, or null when it can. The CLI
   * refuses such a flag instead of silently ignoring it.
   */
  readonly noEffect?: (c: TrainConfig) => string | null;
}

type Row<S> = S & ConfigRow;

const SEED_MAX = 4294967295;

const tableOnly = (what: string) => (c: TrainConfig): string | null =>
  isTruthTable(c.dataset) ? `on the truth table ${c.dataset} (${what})` : null;

export const FIELDS = {
  dataset: {
    kind: 'enum', values: DATASETS, default: 'xor', url: 'dataset', flag: 'dataset',
    doc: 'the data: a truth table, a continuous classification set or a regression set',
  } satisfies Row<EnumSpec>,
  hidden: {
    kind: 'list', default: [4], maxLength: 64, item: { kind: 'int', min: 1, max: 128 }, itemName: 'widths', emptyText: '0',
    url: 'hidden', flag: 'hidden',
    doc: 'widths of the hidden layers; empty for a single neuron', unit: 'units per layer',
  } satisfies Row<ListSpec>,
  activation: {
    kind: 'enum', values: ACTIVATIONS, default: 'tanh', url: 'activation', flag: 'activation',
    doc: 'activation function of every hidden layer',
    noEffect: (c) => (c.hidden.length === 0 ? 'without hidden layers (--hidden "" is a single output neuron)' : null),
  } satisfies Row<EnumSpec>,
  output: {
    kind: 'enum', values: OUTPUTS, default: 'sigmoid', url: 'output', flag: 'output', defaultText: 'follows the dataset',
    doc: 'output function (softmax only for 3+ classes)',
  } satisfies Row<EnumSpec>,
  init: {
    kind: 'enum', values: INITS, default: 'glorot-uniform', url: 'init', flag: 'init',
    doc: 'weight initializer (biases start at 0)',
  } satisfies Row<EnumSpec>,
  loss: {
    kind: 'enum', values: LOSSES, default: 'bce', url: 'loss', flag: 'loss', defaultText: 'follows the output',
    doc: 'loss (bce needs sigmoid, ce needs softmax)',
  } satisfies Row<EnumSpec>,
  optimizer: {
    kind: 'enum', values: OPTIMIZERS, default: 'sgd', url: 'optimizer', flag: 'optimizer', live: true,
    doc: 'update rule',
  } satisfies Row<EnumSpec>,
  lr: {
    // Open at 0: a rate of 0 learns nothing. Above 100 every net here diverges in one step.
    kind: 'number', default: 0.3, min: 0, max: 100, openMin: true, url: 'lr', flag: 'lr', live: true,
    doc: 'learning rate (step size)', unit: 'per step',
  } satisfies Row<NumberSpec>,
  batch: {
    kind: 'int', default: 0, min: 0, max: 5000, url: 'batch', flag: 'batch', live: true,
    doc: 'minibatch size; 0 is the full batch', unit: 'points',
  } satisfies Row<NumberSpec>,
  seed: {
    kind: 'int', default: 1, min: 0, max: SEED_MAX, url: 'seed', flag: 'seed',
    doc: 'one seed for the data, the initial weights and the shuffling',
  } satisfies Row<NumberSpec>,
  noise: {
    kind: 'number', default: 0, min: 0, max: 1, url: 'noise', flag: 'noise',
    doc: 'Gaussian noise on the points', unit: "fraction of the set's scale",
    noEffect: tableOnly('its four points are exact'),
  } satisfies Row<NumberSpec>,
  points: {
    kind: 'int', default: 200, min: 4, max: 5000, url: 'points', flag: 'points',
    doc: 'number of points, train and test together', unit: 'points',
    noEffect: tableOnly('it always has four points'),
  } satisfies Row<NumberSpec>,
  split: {
    kind: 'number', default: 0.5, min: 0, max: 1, openMin: true, url: 'split', flag: 'split',
    doc: 'training fraction of the points', unit: 'fraction',
    noEffect: tableOnly('it trains and tests on the same four points'),
  } satisfies Row<NumberSpec>,
  l1: {
    kind: 'number', default: 0, min: 0, max: 10, url: 'l1', flag: 'l1', live: true,
    doc: 'L1 penalty strength on the weights (biases are not regularized)',
  } satisfies Row<NumberSpec>,
  l2: {
    kind: 'number', default: 0, min: 0, max: 10, url: 'l2', flag: 'l2', live: true,
    doc: 'L2 penalty strength on the weights (biases are not regularized)',
  } satisfies Row<NumberSpec>,
  initSeed: {
    kind: 'int', default: undefined, optional: true, min: 0, max: SEED_MAX, url: 'iseed', flag: 'init-seed', defaultText: 'from the seed',
    doc: 'seed of the initial weights alone; the data and the shuffling keep the seed',
    noEffect: (c) => (c.init === 'zeros' ? 'with --init zeros (every weight starts at 0)' : null),
  } satisfies Row<NumberSpec>,
  signed: {
    kind: 'bool', default: false, flag: 'signed', url: 'signed', urlWhenChanged: true,
    doc: 'truth tables with -1/+1 inputs instead of 0/1',
    noEffect: (c) => (isTruthTable(c.dataset) ? null : `on ${c.dataset}, which is not a truth table`),
  } satisfies Row<BoolSpec>,
  initScale: {
    kind: 'number', default: 1, min: 0, max: 100, flag: 'init-scale', url: 'iscale', urlWhenChanged: true,
    doc: 's of the uniform U[-s, s] and normal N(0, s²) initializers',
    noEffect: (c) => (c.init === 'uniform' || c.init === 'normal' ? null : `with --init ${c.init}, which sets its own scale (only uniform and normal use it)`),
  } satisfies Row<NumberSpec>,
  momentum: {
    kind: 'number', default: 0.9, min: 0, max: 0.9999, flag: 'momentum', url: 'momentum', urlWhenChanged: true, live: true,
    doc: "momentum coefficient μ for --optimizer momentum; Adam's β1 for --optimizer adam",
    noEffect: (c) => (c.optimizer === 'sgd' ? 'with --optimizer sgd (use momentum or adam)' : null),
  } satisfies Row<NumberSpec>,
  nesterov: {
    kind: 'bool', default: false, flag: 'nesterov', url: 'nesterov', urlWhenChanged: true, live: true,
    doc: 'Nesterov look-ahead for --optimizer momentum',
    noEffect: (c) => (c.optimizer === 'momentum' ? null : `with --optimizer ${c.optimizer} (only momentum has a Nesterov form)`),
  } satisfies Row<BoolSpec>,
} as const satisfies { [K in keyof TrainConfig]-?: Row<NumberSpec | EnumSpec | BoolSpec | ListSpec> };

export type ConfigKey = keyof typeof FIELDS;
export type ConfigField = FieldSpec & ConfigRow;

/** Every config key, in the table's order (the URL writes its keys in this order). */
export const CONFIG_KEYS = Object.keys(FIELDS) as ConfigKey[];

/** A row by key, typed as the common shape. */
export const fieldOf = (k: ConfigKey): ConfigField => FIELDS[k] as ConfigField;

/** Limits shared by every front end (URL, CLI, controls), read from the table. */
export const LIMITS = {
  maxLayers: FIELDS.hidden.maxLength, maxWidth: FIELDS.hidden.item.max,
  maxPoints: FIELDS.points.max, minPoints: FIELDS.points.min, maxLr: FIELDS.lr.max, maxBatch: FIELDS.batch.max,
} as const;
