/**
 * The model file: everything needed to resume a run exactly. A versioned JSON object with the
 * full config (which names the data: a generated set is rebuilt from its seed, a custom set's
 * points are inside the config), the parameters, the optimizer state, the position in the
 * epoch's shuffled order and the shuffle generator's state. Loading and training on gives
 * the bits the saved run would have given: JSON writes every finite double so it reads back
 * exactly (ECMA-262 Number::toString gives the shortest round-tripping decimal).
 */
import { resolveConfig, type TrainConfig } from './config';
import { createRng } from './rng';
import { createTrainer, type Trainer } from './trainer';

export const MODEL_FORMAT = 'backprop-playground-model';
export const MODEL_VERSION = 1;

export interface ModelFile {
  readonly format: typeof MODEL_FORMAT;
  readonly version: number;
  readonly config: TrainConfig;
  /** Completed epochs and steps, and the position inside the current epoch. */
  readonly epoch: number;
  readonly step: number;
  readonly cursor: number;
  /** All W and b in the layout order of specOf(config). */
  readonly params: number[];
  readonly optimizer: { readonly m: number[]; readonly v: number[]; readonly t: number };
  /** The current epoch's shuffled order of the training points. */
  readonly order: number[];
  /** The shuffle generator's state (sfc32 words and the cached normal draw, null for none). */
  readonly rng: (number | null)[];
  readonly diverged: boolean;
}

/** A model file that cannot be loaded; the message says what is wrong. */
export class ModelFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}

/** The model file of a trainer's current state. */
export function saveModel(tr: Trainer): ModelFile {
  return {
    format: MODEL_FORMAT, version: MODEL_VERSION, config: tr.config,
    epoch: tr.epoch, step: tr.step, cursor: tr.cursor,
    params: Array.from(tr.net.params),
    optimizer: { m: Array.from(tr.opt.m), v: Array.from(tr.opt.v), t: tr.opt.t },
    order: Array.from(tr.order),
    rng: tr.rng.state().map((v) => (Number.isNaN(v) ? null : v)),
    diverged: tr.diverged,
  };
}

/**
 * Checks a parsed model file against its own config and builds the trainer it describes.
 * Throws ModelFileError (or the config's ConfigError) naming the first problem; nothing
 * outside is touched, so a refused file changes nothing.
 */
export function loadModel(json: unknown): Trainer {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ModelFileError('not a model file: expected a JSON object');
  const f = json as Record<string, unknown>;
  if (f.format !== MODEL_FORMAT) throw new ModelFileError(`not a model file: "format" must be "${MODEL_FORMAT}"`);
  if (f.version !== MODEL_VERSION) throw new ModelFileError(`model file version ${String(f.version)} is not supported (this playground reads version ${MODEL_VERSION})`);
  let config: TrainConfig;
  try {
    config = resolveConfig(f.config as Partial<TrainConfig>);
  } catch (e) {
    throw new ModelFileError(`the model's config is invalid: ${e instanceof Error ? e.message : String(e)}`);
  }
  const tr = createTrainer(config);
  const P = tr.net.params.length;
  const n = tr.data.train.n;
  const count = (name: string, v: unknown, len: number): number[] => {
    if (!Array.isArray(v) || v.length !== len) {
      throw new ModelFileError(`${name}: expected ${len} numbers for this config, got ${Array.isArray(v) ? v.length : typeof v}`);
    }
    const bad = v.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
    if (bad >= 0) throw new ModelFileError(`${name}[${bad}] is not a finite number`);
    return v as number[];
  };
  const int = (name: string, v: unknown, lo: number, hi: number): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new ModelFileError(`${name}: expected an integer in [${lo}, ${hi}], got ${String(v)}`);
    return v;
  };
  const params = count('params', f.params, P);
  const opt = f.optimizer as Record<string, unknown> | undefined;
  if (typeof opt !== 'object' || opt === null) throw new ModelFileError('optimizer: missing');
  const m = count('optimizer.m', opt.m, P);
  const v = count('optimizer.v', opt.v, P);
  const t = int('optimizer.t', opt.t, 0, Number.MAX_SAFE_INTEGER);
  const epoch = int('epoch', f.epoch, 0, Number.MAX_SAFE_INTEGER);
  const step = int('step', f.step, 0, Number.MAX_SAFE_INTEGER);
  const cursor = int('cursor', f.cursor, 0, n - 1);
  const order = count('order', f.order, n);
  const seen = new Uint8Array(n);
  for (const i of order) {
    if (!Number.isInteger(i) || i < 0 || i >= n || seen[i]) throw new ModelFileError(`order: expected a permutation of 0..${n - 1}`);
    seen[i] = 1;
  }
  const rs = f.rng;
  if (!Array.isArray(rs) || rs.length !== 5 || !rs.slice(0, 4).every((w) => Number.isInteger(w) && w >= -0x80000000 && w <= 0xffffffff)
    || !(rs[4] === null || (typeof rs[4] === 'number' && Number.isFinite(rs[4])))) {
    throw new ModelFileError('rng: expected four 32-bit words and a number or null');
  }
  if (typeof f.diverged !== 'boolean') throw new ModelFileError('diverged: expected true or false');

  tr.net.params.set(params);
  tr.lastGood.set(params);
  tr.opt.m.set(m);
  tr.opt.v.set(v);
  tr.opt.t = t;
  tr.order.set(order);
  tr.epoch = epoch;
  tr.step = step;
  tr.cursor = cursor;
  tr.diverged = f.diverged;
  const state = [...(rs.slice(0, 4) as number[]), rs[4] === null ? NaN : (rs[4] as number)];
  (tr as { rng: Trainer['rng'] }).rng = createRng(0, state);
  return tr;
}

/** The model file as JSON text (what the Save button and `lab train --save-model` write). */
export function modelToJson(tr: Trainer): string {
  return JSON.stringify(saveModel(tr));
}

/** Parses model-file text and builds its trainer; throws ModelFileError with a clear message. */
export function modelFromJson(text: string): Trainer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ModelFileError('not a model file: the text is not valid JSON');
  }
  return loadModel(json);
}
