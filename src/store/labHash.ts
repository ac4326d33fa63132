/**
 * The gradient lab's part of the URL hash: the `compare` value and the extra keys written
 * after the config.
 *
 * `compare` lists what network B changes, as comma-separated `key:value` items:
 *   compare=activation:relu,init:he-normal
 *   compare=depth:12            (B has 12 hidden layers of A's width)
 *   compare=depth:3,width:16
 *   compare=hidden:8-8-4        (explicit widths, '-' separated)
 *   compare=optimizer:adam,lr:0.003
 *   compare=                    (compare mode on, B identical to A so far)
 * The keys are activation, init, optimizer, lr, depth, width and hidden; `hidden` wins over
 * depth and width. Depth and width are resolved against A's config when the hash is read.
 */
import {
  ACTIVATIONS, INITS, LIMITS, OPTIMIZERS, type ActivationName, type InitName, type OptimizerName, type TrainConfig,
} from '../core';
import { commonWidth, DEFAULT_WIDTH, uniformHidden } from '../model/hiddenShape';
import type { Measure } from '../model/measures';

/** What a `compare` value says, before it is resolved against network A. */
export interface CompareSpec {
  activation?: ActivationName;
  init?: InitName;
  optimizer?: OptimizerName;
  lr?: number;
  depth?: number;
  width?: number;
  hidden?: number[];
}

type Item = { ok: true; value: unknown } | { ok: false };

const intIn = (lo: number, hi: number) => (raw: string): Item => {
  const v = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return v >= lo && v <= hi ? { ok: true, value: v } : { ok: false };
};
const nameIn = (values: readonly string[]) => (raw: string): Item => (values.includes(raw) ? { ok: true, value: raw } : { ok: false });

/** One parser per compare key: the same bounds as the config keys. */
const ITEMS: Record<keyof CompareSpec, (raw: string) => Item> = {
  activation: nameIn(ACTIVATIONS),
  init: nameIn(INITS),
  optimizer: nameIn(OPTIMIZERS),
  lr: (raw) => {
    const v = raw.trim() === '' ? NaN : Number(raw);
    return v > 0 && v <= LIMITS.maxLr ? { ok: true, value: v } : { ok: false };
  },
  depth: intIn(0, LIMITS.maxLayers),
  width: intIn(1, LIMITS.maxWidth),
  hidden: (raw) => {
    if (raw === '' || raw === '0') return { ok: true, value: [] };
    const ws = raw.split('-').map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
    const ok = ws.length <= LIMITS.maxLayers && ws.every((w) => w >= 1 && w <= LIMITS.maxWidth);
    return ok ? { ok: true, value: ws } : { ok: false };
  },
};

export const COMPARE_EXPECTED =
  'comma-separated key:value items with keys activation, init, optimizer, lr, depth, width or hidden (e.g. activation:relu,init:he-normal)';

/** Parses a `compare` value; null when any item is malformed (the caller names it). */
export function parseCompareSpec(raw: string): CompareSpec | null {
  const spec: Record<string, unknown> = {};
  if (raw.trim() === '') return {};
  for (const part of raw.split(',')) {
    const i = part.indexOf(':');
    const key = part.slice(0, i).trim();
    if (i < 0 || !(key in ITEMS)) return null;
    const r = ITEMS[key as keyof CompareSpec](part.slice(i + 1).trim());
    if (!r.ok) return null;
    spec[key] = r.value;
  }
  return spec as CompareSpec;
}

/** Network B's patch: depth and width become a hidden list built on A's. */
export function resolveCompare(spec: CompareSpec, a: TrainConfig): Partial<TrainConfig> {
  const { depth, width, hidden, ...rest } = spec;
  if (hidden) return { ...rest, hidden };
  if (depth === undefined && width === undefined) return rest;
  const w = width ?? commonWidth(a.hidden) ?? a.hidden[a.hidden.length - 1] ?? DEFAULT_WIDTH;
  return { ...rest, hidden: uniformHidden(depth ?? a.hidden.length, w) };
}

/** The `compare` value for a patch (inverse of parse + resolve). Keys in a fixed order. */
export function formatCompare(patch: Partial<TrainConfig>): string {
  const items: string[] = [];
  if (patch.activation) items.push(`activation:${patch.activation}`);
  if (patch.init) items.push(`init:${patch.init}`);
  if (patch.hidden) {
    const w = commonWidth(patch.hidden);
    if (patch.hidden.length === 0) items.push('depth:0');
    else if (w !== null) items.push(`depth:${patch.hidden.length}`, `width:${w}`);
    else items.push(`hidden:${patch.hidden.join('-')}`);
  }
  if (patch.optimizer) items.push(`optimizer:${patch.optimizer}`);
  if (patch.lr !== undefined) items.push(`lr:${patch.lr}`);
  return items.join(',');
}

/** The lab's keys written after the config keys: measure always, compare when it is on. */
export function labHashExtras(s: { compare: Partial<TrainConfig> | null; measure: Measure }): Record<string, string> {
  return s.compare ? { measure: s.measure, compare: formatCompare(s.compare) } : { measure: s.measure };
}
