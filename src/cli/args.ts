/**
 * Command-line flags -> a partial TrainConfig plus the command's own numbers.
 * Every mistake becomes a UsageError whose message is one line naming the flag and what it
 * accepts; range checks on config fields are left to the core's resolveConfig so the CLI,
 * the URL and the controls share one set of limits.
 */
import { parseArgs } from 'node:util';
import { ACTIVATIONS, OUTPUTS } from '../core/activations';
import { ConfigError } from '../core/errors';
import { DATASETS } from '../core/datasets';
import { INITS } from '../core/init';
import { LOSSES } from '../core/losses';
import { OPTIMIZERS } from '../core/optimizers';
import type { TrainConfig } from '../core/config';

/** A bad command line; the message is printed after "lab: " and the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const COMMANDS = ['train', 'grads', 'sweep', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

type Kind = 'number' | 'integer' | 'choice' | 'widths' | 'boolean';

interface FlagSpec {
  readonly kind: Kind;
  /** The TrainConfig field the flag sets, if any. */
  readonly field?: keyof TrainConfig;
  readonly choices?: readonly string[];
}

export const FLAGS = {
  dataset: { kind: 'choice', field: 'dataset', choices: DATASETS },
  points: { kind: 'integer', field: 'points' },
  noise: { kind: 'number', field: 'noise' },
  split: { kind: 'number', field: 'split' },
  signed: { kind: 'boolean', field: 'signed' },
  seed: { kind: 'integer', field: 'seed' },
  hidden: { kind: 'widths', field: 'hidden' },
  activation: { kind: 'choice', field: 'activation', choices: ACTIVATIONS },
  output: { kind: 'choice', field: 'output', choices: OUTPUTS },
  init: { kind: 'choice', field: 'init', choices: INITS },
  'init-scale': { kind: 'number', field: 'initScale' },
  loss: { kind: 'choice', field: 'loss', choices: LOSSES },
  optimizer: { kind: 'choice', field: 'optimizer', choices: OPTIMIZERS },
  lr: { kind: 'number', field: 'lr' },
  momentum: { kind: 'number', field: 'momentum' },
  nesterov: { kind: 'boolean', field: 'nesterov' },
  batch: { kind: 'integer', field: 'batch' },
  l1: { kind: 'number', field: 'l1' },
  l2: { kind: 'number', field: 'l2' },
  epochs: { kind: 'integer' },
  'target-accuracy': { kind: 'number' },
  depth: { kind: 'integer' },
  width: { kind: 'integer' },
  trials: { kind: 'integer' },
  seeds: { kind: 'integer' },
  json: { kind: 'boolean' },
  help: { kind: 'boolean' },
} as const satisfies Record<string, FlagSpec>;
export type Flag = keyof typeof FLAGS;

const NETWORK: Flag[] = ['dataset', 'points', 'noise', 'split', 'signed', 'seed', 'hidden', 'activation', 'output', 'init', 'init-scale', 'loss', 'json', 'help'];
const TRAINING: Flag[] = ['optimizer', 'lr', 'momentum', 'nesterov', 'batch', 'l1', 'l2', 'epochs', 'target-accuracy'];

/** Which flags each command accepts. */
export const COMMAND_FLAGS: Record<Exclude<Command, 'help'>, readonly Flag[]> = {
  train: [...NETWORK, ...TRAINING],
  grads: [...NETWORK, 'depth', 'width', 'trials'],
  sweep: [...NETWORK, ...TRAINING, 'seeds'],
};

/** Parsed flag values, still as the strings the user typed (booleans as true). */
export type Values = Partial<Record<Flag, string | boolean>>;

/** What a flag accepts, for error messages. */
export function expects(flag: Flag): string {
  const spec: FlagSpec = FLAGS[flag];
  switch (spec.kind) {
    case 'choice': return `one of ${spec.choices!.join(', ')}`;
    case 'widths': return 'comma-separated layer widths like "4,4" ("" or 0 for none)';
    case 'integer': return 'an integer';
    case 'number': return 'a number';
    case 'boolean': return 'no value';
  }
}

/** Strings of options that look like negative numbers, so `--seed -1` is a value, not a flag. */
const NEGATIVE = /^-(\d|\.\d)/;

/**
 * Splits argv (after the command) into flag values. Strict: unknown flags, missing values,
 * values on boolean flags and stray positional arguments are UsageErrors.
 */
export function parseFlags(command: Exclude<Command, 'help'>, argv: readonly string[]): Values {
  const allowed = COMMAND_FLAGS[command];
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const f of allowed) options[f] = FLAGS[f].kind === 'boolean' ? { type: 'boolean' } : { type: 'string' };
  options.help = { type: 'boolean', short: 'h' };
  // parseArgs rejects "--seed -1" as ambiguous; joining it to "--seed=-1" lets the range
  // check report the real problem.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.slice(2) : '';
    if (options[name]?.type === 'string' && i + 1 < argv.length && NEGATIVE.test(argv[i + 1]!)) {
      args.push(`${a}=${argv[++i]}`);
    } else args.push(a);
  }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Values;
  } catch (e) {
    throw parseError(e, command, allowed);
  }
}

function parseError(e: unknown, command: string, allowed: readonly Flag[]): Error {
  const err = e as { code?: string; message?: string };
  const msg = String(err.message ?? e);
  const flag = /'(-{1,2}[^' <]+)/.exec(msg)?.[1] ?? '';
  const name = flag.replace(/^-+/, '') as Flag;
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`${flag}: unknown flag for ${command}; expected one of ${allowed.map((f) => '--' + f).join(', ')}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (name in FLAGS && FLAGS[name].kind === 'boolean') return new UsageError(`${flag}: takes no value`);
      return new UsageError(`${flag}: missing value; expected ${name in FLAGS ? expects(name) : 'a value'}`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /'([^']*)'/.exec(msg)?.[1] ?? '';
      return new UsageError(`unexpected argument ${JSON.stringify(arg)}; flags take the form --name value`);
    }
    default:
      return new UsageError(msg.split('\n')[0]!);
  }
}

/** A decimal number, strictly: no hex, no empty string, no trailing garbage. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a flag's text spells, or NaN (which the range checks then reject). */
export function toNumber(text: string): number {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : NaN;
}

/** `""` or `"0"` is no hidden layer; otherwise comma-separated widths (NaN for garbage). */
export function toWidths(text: string): number[] {
  const t = text.trim();
  if (t === '' || t === '0') return [];
  return t.split(',').map(toNumber);
}

/** The TrainConfig fields set on the command line; ranges are the core's job. */
export function toConfig(values: Values): Partial<TrainConfig> {
  const cfg: Record<string, unknown> = {};
  for (const [flag, raw] of Object.entries(values) as [Flag, string | boolean][]) {
    const spec: FlagSpec = FLAGS[flag];
    if (!spec.field) continue;
    cfg[spec.field] = spec.kind === 'boolean' ? raw
      : spec.kind === 'widths' ? toWidths(raw as string)
      : spec.kind === 'number' || spec.kind === 'integer' ? toNumber(raw as string)
      : raw;
  }
  return cfg as Partial<TrainConfig>;
}

/** A command-only number flag (not a config field), checked against [lo, hi]. */
export function numberFlag(values: Values, flag: Flag, fallback: number, lo: number, hi: number): number {
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const v = toNumber(String(raw));
  const int = FLAGS[flag].kind === 'integer';
  if (!Number.isFinite(v) || v < lo || v > hi || (int && !Number.isInteger(v))) {
    throw new UsageError(`--${flag}: got ${JSON.stringify(raw)}; expected ${int ? 'an integer' : 'a number'} in [${lo}, ${hi}]`);
  }
  return v;
}

/**
 * Rewrites a core ConfigError in terms of the flag that set the field, quoting what the
 * user typed when the flag was given.
 */
export function configUsageError(e: ConfigError, values: Values): UsageError {
  const flag = (Object.keys(FLAGS) as Flag[]).find((f) => (FLAGS[f] as FlagSpec).field === e.field);
  const raw = flag ? values[flag] : undefined;
  const got = typeof raw === 'string' ? JSON.stringify(raw) : (/: got (.*); expected /s.exec(e.message)?.[1] ?? '?');
  return new UsageError(`${flag ? '--' + flag : e.field}: got ${got}; expected ${e.accepted}`);
}
