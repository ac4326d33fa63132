/**
 * The URL hash is the shareable state. Every key's parser, formatter and default live in one
 * table; a bad value falls back to its default and is named in a notice, never thrown.
 */
import {
  ACTIVATIONS, BASE_CONFIG, DATASETS, INITS, LIMITS, LOSSES, OPTIMIZERS, OUTPUTS, resolveConfig, defaultHead,
  type TrainConfig,
} from '../core';
import { commonWidth, DEFAULT_WIDTH, uniformHidden } from '../panels/depth/hiddenShape';
import { DEFAULT_MEASURE, MEASURES, type Measure } from '../panels/gradients/measures';
import { isLang, LANGS, type Lang } from '../i18n';
import { COMPARE_EXPECTED, parseCompareSpec, resolveCompare, type CompareSpec } from './labHash';

type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

interface KeySpec<T> {
  parse(raw: string): Parsed<T>;
  format(v: T): string;
}

const oneOf = <T extends string>(values: readonly T[]): KeySpec<T> => ({
  parse: (raw) => ((values as readonly string[]).includes(raw) ? { ok: true, value: raw as T } : { ok: false, expected: `one of ${values.join(', ')}` }),
  format: (v) => v,
});

const number = (lo: number, hi: number, int = false, openLo = false): KeySpec<number> => ({
  parse: (raw) => {
    const v = raw.trim() === '' ? NaN : Number(raw);
    const ok = Number.isFinite(v) && (openLo ? v > lo : v >= lo) && v <= hi && (!int || Number.isInteger(v));
    return ok ? { ok: true, value: v } : { ok: false, expected: `${int ? 'an integer' : 'a number'} in ${openLo ? '(' : '['}${lo}, ${hi}]` };
  },
  format: (v) => String(v),
});

const widths: KeySpec<number[]> = {
  parse: (raw) => {
    const expected = `up to ${LIMITS.maxLayers} comma-separated widths from 1 to ${LIMITS.maxWidth} (empty for none)`;
    if (raw.trim() === '' || raw.trim() === '0') return { ok: true, value: [] };
    const parts = raw.split(',');
    if (parts.length > LIMITS.maxLayers) return { ok: false, expected };
    const ws = parts.map((p) => (/^\s*\d+\s*$/.test(p) ? Number(p) : NaN));
    return ws.every((w) => Number.isInteger(w) && w >= 1 && w <= LIMITS.maxWidth) ? { ok: true, value: ws } : { ok: false, expected };
  },
  format: (v) => v.join(','),
};

/** The config keys of the hash (a contract: shared links depend on them). */
const CONFIG_KEYS = {
  dataset: oneOf(DATASETS),
  hidden: widths,
  activation: oneOf(ACTIVATIONS),
  output: oneOf(OUTPUTS),
  init: oneOf(INITS),
  loss: oneOf(LOSSES),
  optimizer: oneOf(OPTIMIZERS),
  lr: number(0, LIMITS.maxLr, false, true),
  batch: number(0, LIMITS.maxBatch, true),
  seed: number(0, 4294967295, true),
  noise: number(0, 1),
  points: number(LIMITS.minPoints, LIMITS.maxPoints, true),
  split: number(0, 1, false, true),
  l1: number(0, 10),
  l2: number(0, 10),
} satisfies { [K in keyof TrainConfig]?: KeySpec<TrainConfig[K] & {}> };

/**
 * The gradient lab's keys. depth and width set `hidden` when the link has no `hidden`
 * (which wins); compare is resolved against network A (see labHash.ts); measure is a view.
 */
const LAB_KEYS = {
  depth: number(0, LIMITS.maxLayers, true),
  width: number(1, LIMITS.maxWidth, true),
  compare: {
    parse: (raw: string): Parsed<CompareSpec> => {
      const spec = parseCompareSpec(raw);
      return spec ? { ok: true, value: spec } : { ok: false, expected: COMPARE_EXPECTED };
    },
    format: () => '', // written by labHashExtras from the resolved patch
  } satisfies KeySpec<CompareSpec>,
  measure: oneOf(MEASURES),
  // A view key: the page's language (written only when chosen, so a link keeps it).
  lang: { parse: (raw: string): Parsed<Lang> => (isLang(raw) ? { ok: true, value: raw } : { ok: false, expected: `one of ${LANGS.join(', ')}` }), format: (v: Lang) => v },
};

interface LabValues { depth?: number; width?: number; compare?: CompareSpec; measure?: Measure; lang?: Lang }

export type HashConfigKey = keyof typeof CONFIG_KEYS;
export const HASH_KEYS = Object.keys(CONFIG_KEYS) as HashConfigKey[];

export interface HashState {
  config: TrainConfig;
  /** One line per rejected key or value, for a visible notice. */
  notices: string[];
  /** Network B's patch in compare mode, or null. */
  compare: Partial<TrainConfig> | null;
  measure: Measure;
  /** The language named by the link, or null (keep the current one). */
  lang: Lang | null;
}

/** Keeps at most this many characters of a hostile value in a notice. */
const SHOW = 30;
const clip = (s: string): string => (s.length > SHOW ? `${s.slice(0, SHOW)}…` : s);

/**
 * Parses a location hash ("#dataset=xor&hidden=4,4"). Unknown keys and bad values are
 * reported in notices and fall back to defaults; the result always validates.
 */
export function parseHash(hash: string, base: TrainConfig = BASE_CONFIG): HashState {
  const lab: LabValues = {};
  const r = parseConfigHash(hash, base, lab);
  return { ...r, compare: lab.compare ? resolveCompare(lab.compare, r.config) : null, measure: lab.measure ?? DEFAULT_MEASURE, lang: lab.lang ?? null };
}

function parseConfigHash(hash: string, base: TrainConfig, lab: LabValues): Pick<HashState, 'config' | 'notices'> {
  const notices: string[] = [];
  const patch: Record<string, unknown> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { config: base, notices: ['The link could not be read; using the defaults.'] };
  }
  for (const [key, raw] of params) {
    // hasOwn, not `in`: a key such as "constructor" must not reach an Object.prototype member.
    if (Object.hasOwn(LAB_KEYS, key)) {
      const r = (LAB_KEYS[key as keyof LabValues] as KeySpec<unknown>).parse(raw);
      if (r.ok) (lab as Record<string, unknown>)[key] = r.value;
      else notices.push(`${key}="${clip(raw)}" is not valid (expected ${r.expected}); ${key === 'compare' ? 'compare mode stays off' : 'using the default'}.`);
      continue;
    }
    if (!Object.hasOwn(CONFIG_KEYS, key)) {
      if (!EXTRA_KEYS.has(key)) notices.push(`Unknown setting "${clip(key)}" was ignored.`);
      continue;
    }
    const r = (CONFIG_KEYS[key as HashConfigKey] as KeySpec<unknown>).parse(raw);
    if (r.ok) patch[key] = r.value;
    else notices.push(`${key}="${clip(raw)}" is not valid (expected ${r.expected}); using the default.`);
  }
  if (patch.hidden === undefined && (lab.depth !== undefined || lab.width !== undefined)) {
    patch.hidden = uniformHidden(lab.depth ?? base.hidden.length, lab.width ?? commonWidth(base.hidden) ?? DEFAULT_WIDTH);
  }
  // Output and loss follow the dataset unless the link names valid ones.
  const dataset = (patch.dataset as TrainConfig['dataset'] | undefined) ?? base.dataset;
  const merged: Partial<TrainConfig> = { ...base, ...defaultHead(dataset), ...patch };
  try {
    return { config: resolveConfig(merged), notices };
  } catch (e) {
    const head = defaultHead(dataset);
    notices.push(`${e instanceof Error ? e.message : 'invalid combination'}; using ${head.output} with ${head.loss}.`);
    try {
      return { config: resolveConfig({ ...merged, ...head }), notices };
    } catch {
      return { config: base, notices: [...notices, 'Using the default settings.'] };
    }
  }
}

/** Reserved keys that are not parsed yet, not errors (the lab's keys are in LAB_KEYS). */
const EXTRA_KEYS = new Set(['view', 'preset']);

/** Formats the config as a hash (without '#'), every contract key in a fixed order. */
export function formatHash(c: TrainConfig, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const k of HASH_KEYS) {
    const spec = CONFIG_KEYS[k] as KeySpec<unknown>;
    p.set(k, spec.format(c[k]));
  }
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  // URLSearchParams encodes ',' as %2C; keep widths readable in shared links.
  return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
