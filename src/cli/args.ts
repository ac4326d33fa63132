/**
 * Command-line flags, read from the config's field table (core/fields.ts) plus the commands'
 * own rows in the same shape. Every mistake becomes a UsageError whose message is one line
 * naming the flag and what it accepts, or why it has no effect in the combination given.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../core/errors';
import { CONFIG_KEYS, fieldOf, LIMITS, type ConfigKey } from '../core/fields';
import { expected, parseText, type FieldSpec, type NumberSpec } from '../core/fieldSpec';
import type { TrainConfig } from '../core/config';

/** A bad command line; the message is printed after "lab: " and the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const COMMANDS = ['train', 'grads', 'sweep', 'help'] as const;
export type Command = (typeof COMMANDS)[number];
export type RunCommand = Exclude<Command, 'help'>;

export interface FlagRow {
  readonly spec: FieldSpec;
  /** The TrainConfig field the flag sets, if any. */
  readonly field?: ConfigKey;
  readonly commands: readonly RunCommand[];
}

const ALL: readonly RunCommand[] = ['train', 'grads', 'sweep'];
const TRAINING: readonly RunCommand[] = ['train', 'sweep'];

const SEED_MAX = 4294967295;

/** Config flags: live fields are training settings (train and sweep); the rest shape data and net. */
const CONFIG_FLAGS: Record<string, FlagRow> = Object.fromEntries(CONFIG_KEYS.flatMap((k) => {
  const f = fieldOf(k);
  return f.flag ? [[f.flag, { spec: f, field: k, commands: f.live ? TRAINING : ALL }]] : [];
}));

const int = (min: number, max: number, def: number | undefined, doc: string): NumberSpec => ({ kind: 'int', min, max, default: def, doc });

/** The commands' own flags (not config fields), as rows of the same shape. */
const COMMAND_FLAGS: Record<string, FlagRow> = {
  epochs: { spec: int(1, 1_000_000, 1000, 'epochs to train at most'), commands: TRAINING },
  'target-accuracy': {
    spec: { kind: 'number', min: 0, max: 1, default: undefined, doc: 'stop once training accuracy >= X; sweep counts such a run as converged (default 1 on classification sets)' },
    commands: TRAINING,
  },
  'target-loss': {
    spec: { kind: 'number', min: 0, max: 1e6, default: undefined, doc: 'stop once the training loss (no penalty term) <= X; sweep counts such a run as converged (required by sweep on regression sets)' },
    commands: TRAINING,
  },
  depth: { spec: int(0, LIMITS.maxLayers, 1, 'N hidden layers of --width units (--hidden instead sets them one by one)'), commands: ['grads'] },
  width: { spec: int(1, LIMITS.maxWidth, 4, 'units in each of the --depth hidden layers'), commands: ['grads'] },
  trials: { spec: int(1, 10_000, 1, 'mean over seeds seed, seed+1, ...'), commands: ['grads'] },
  seeds: { spec: int(1, 10_000, 10, 'runs with seeds seed, seed+1, ...'), commands: ['sweep'] },
  json: { spec: { kind: 'bool', default: false, doc: 'print one JSON object instead of a table' }, commands: ALL },
  help: { spec: { kind: 'bool', default: false, doc: 'this text' }, commands: ALL },
};

export const FLAGS: Readonly<Record<string, FlagRow>> = { ...CONFIG_FLAGS, ...COMMAND_FLAGS };

/** Flags a command accepts, in the table's order. */
export function flagsOf(command: RunCommand): string[] {
  return Object.keys(FLAGS).filter((f) => FLAGS[f]!.commands.includes(command));
}

/** A command line read: config fields, the commands' own values, and which flags were given (in order). */
export interface Parsed {
  readonly command: RunCommand;
  readonly config: Partial<TrainConfig>;
  readonly opts: Readonly<Record<string, number | boolean | undefined>>;
  readonly given: readonly string[];
  /** What the user typed for each flag, for messages. */
  readonly raw: Readonly<Record<string, string | boolean>>;
}

/** A command-only number: the value given or the row's default. */
export function opt(p: Parsed, flag: string): number {
  const v = Object.hasOwn(p.opts, flag) ? p.opts[flag] : undefined;
  return typeof v === 'number' ? v : (FLAGS[flag]!.spec.default as number);
}

/** Strings of options that look like negative numbers, so `--seed -1` is a value, not a flag. */
const NEGATIVE = /^-(\d|\.\d)/;

/**
 * Reads argv (after the command). Strict: unknown flags, missing values, values on boolean
 * flags, stray arguments and values outside a row's bounds are UsageErrors.
 */
export function parseFlags(command: RunCommand, argv: readonly string[]): Parsed {
  const allowed = flagsOf(command);
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = Object.create(null);
  for (const f of allowed) options[f] = FLAGS[f]!.spec.kind === 'bool' ? { type: 'boolean' } : { type: 'string' };
  options.help = { type: 'boolean', short: 'h' };
  // parseArgs rejects "--seed -1" as ambiguous; joining it to "--seed=-1" lets the range
  // check report the real problem.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.slice(2) : '';
    if (Object.hasOwn(options, name) && options[name]!.type === 'string' && i + 1 < argv.length && NEGATIVE.test(argv[i + 1]!)) {
      args.push(`${a}=${argv[++i]}`);
    } else args.push(a);
  }
  let tokens: { kind: string; name?: string; value?: string }[];
  try {
    tokens = parseArgs({ args, options, strict: true, allowPositionals: false, tokens: true }).tokens;
  } catch (e) {
    throw parseError(e, command, allowed);
  }
  const config: Record<string, unknown> = {};
  const opts: Record<string, number | boolean | undefined> = {};
  const raw: Record<string, string | boolean> = {};
  const given: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option' || !t.name) continue;
    const row = FLAGS[t.name]!;
    const text = t.value;
    let value: unknown = true;
    if (row.spec.kind !== 'bool') {
      const r = parseText(row.spec, text ?? '');
      if (!r.ok) throw new UsageError(`--${t.name}: got ${JSON.stringify(text)}; expected ${r.expected}`);
      value = r.value;
    }
    // A flag given twice is a mistake in a script, not a choice: say so instead of keeping one.
    if (given.includes(t.name)) throw new UsageError(`--${t.name}: given more than once; give it once`);
    given.push(t.name);
    raw[t.name] = text ?? true;
    if (row.field) config[row.field] = value;
    else opts[t.name] = value as number | boolean | undefined;
  }
  return { command, config: config as Partial<TrainConfig>, opts, given, raw };
}

function parseError(e: unknown, command: string, allowed: readonly string[]): Error {
  const err = e as { code?: string; message?: string };
  const msg = String(err.message ?? e);
  const flag = /'(-{1,2}[^' <]+)/.exec(msg)?.[1] ?? '';
  const name = flag.replace(/^-+/, '');
  const row = Object.hasOwn(FLAGS, name) ? FLAGS[name] : undefined;
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`${flag}: unknown flag for ${command}; expected one of ${allowed.map((f) => '--' + f).join(', ')}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (row?.spec.kind === 'bool') return new UsageError(`${flag}: takes no value`);
      return new UsageError(`${flag}: missing value; expected ${row ? expected(row.spec) : 'a value'}`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /'([^']*)'/.exec(msg)?.[1] ?? '';
      return new UsageError(`unexpected argument ${JSON.stringify(arg)}; flags take the form --name value`);
    }
    default:
      return new UsageError(msg.split('\n')[0]!);
  }
}

/** Rewrites a core ConfigError (a head the dataset cannot use) in terms of the flag that set the field. */
export function configUsageError(e: ConfigError, p: Parsed): UsageError {
  const flag = Object.keys(FLAGS).find((f) => FLAGS[f]!.field === e.field);
  const typed = flag !== undefined && Object.hasOwn(p.raw, flag) ? p.raw[flag] : undefined;
  const got = typeof typed === 'string' ? JSON.stringify(typed) : (/: got (.*); expected /s.exec(e.message)?.[1] ?? '?');
  return new UsageError(`${flag ? '--' + flag : e.field}: got ${got}; expected ${e.accepted}`);
}

/**
 * Refuses flags that cannot change the result (issue 14 §5): each config row's `noEffect`
 * on the resolved config, then the commands' own combinations. Flags are checked in the order
 * given, so the message names the first one.
 */
export function checkEffects(p: Parsed, cfg: TrainConfig, classes: number): void {
  const isGiven = (f: string): boolean => p.given.includes(f);
  for (const flag of p.given) {
    const row = FLAGS[flag]!;
    const why = row.field ? fieldOf(row.field).noEffect?.(cfg) ?? null : commandNoEffect(flag, p, cfg, classes, isGiven);
    if (why) throw new UsageError(`--${flag}: has no effect ${why}`);
  }
  const runs = p.command === 'grads' ? 'trials' : p.command === 'sweep' ? 'seeds' : null;
  if (runs) {
    const n = opt(p, runs);
    if (cfg.seed + n - 1 > SEED_MAX) {
      const fit = SEED_MAX - cfg.seed + 1;
      throw new UsageError(`--${runs}: got ${n}; expected at most ${fit} with --seed ${cfg.seed} (the runs use seeds seed to seed+${runs}-1, which must stay <= ${SEED_MAX})`);
    }
  }
  if (p.command === 'sweep' && classes === 0 && !isGiven('target-loss')) {
    throw new UsageError(`--target-loss: required by sweep on the regression set ${cfg.dataset} (a run converges when its training loss reaches it)`);
  }
}

function commandNoEffect(flag: string, p: Parsed, cfg: TrainConfig, classes: number, isGiven: (f: string) => boolean): string | null {
  switch (flag) {
    case 'target-accuracy':
      return classes === 0 ? `on the regression set ${cfg.dataset}, which has no accuracy (use --target-loss)` : null;
    case 'depth': case 'width':
      if (isGiven('hidden')) return 'with --hidden, which sets every hidden layer itself';
      return flag === 'width' && opt(p, 'depth') === 0 ? 'with --depth 0 (no hidden layers)' : null;
    default:
      return null;
  }
}
