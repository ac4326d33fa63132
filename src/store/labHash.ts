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
  FIELDS, LIMITS, parseText, type ActivationName, type FieldSpec, type InitName, type NumberSpec, type OptimizerName,
  type TrainConfig,
} from '../core';
import { commonWidth, DEFAULT_WIDTH, uniformHidden } from '../model/hiddenShape';
import type { Measure } from '../model/measures';
import { t } from '../i18n';
import { accepts, clip } from './linkNotices';

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

/** The lab's `depth` and `width` (URL keys and compare items): rows in the config table's shape. */
export const DEPTH: NumberSpec = {
  kind: 'int', default: undefined, min: 0, max: LIMITS.maxLayers, url: 'depth',
  doc: 'the gradient lab\'s number of hidden layers (hidden wins when both are given)',
};
export const WIDTH: NumberSpec = {
  kind: 'int', default: undefined, min: 1, max: LIMITS.maxWidth, url: 'width',
  doc: 'the gradient lab\'s width of every hidden layer (hidden wins when both are given)',
};

/** One row per compare key: the config table's rows, so the bounds are the config keys'. */
const ITEMS: Record<keyof CompareSpec, FieldSpec> = {
  activation: FIELDS.activation, init: FIELDS.init, optimizer: FIELDS.optimizer, lr: FIELDS.lr,
  depth: DEPTH, width: WIDTH, hidden: FIELDS.hidden,
};
const ITEM_KEYS = Object.keys(ITEMS) as (keyof CompareSpec)[];

/** What a `compare` value accepts, in the reader's language. */
export const compareExpected = (): string => t('link.compareItems', { keys: ITEM_KEYS.join(', ') });

/** A compare value read, or the first item that is not valid, named with what it accepts. */
export type CompareRead = { ok: true; spec: CompareSpec } | { ok: false; problem: string };

/** Reads a `compare` value item by item. Never throws; keys are looked up as own properties. */
export function readCompare(raw: string): CompareRead {
  const spec: CompareSpec = {};
  if (raw.trim() === '') return { ok: true, spec };
  for (const part of raw.split(',')) {
    const i = part.indexOf(':');
    const key = (i < 0 ? part : part.slice(0, i)).trim();
    if (!Object.hasOwn(ITEMS, key)) return { ok: false, problem: t('link.compareUnknown', { key: clip(key), expected: compareExpected() }) };
    const k = key as keyof CompareSpec;
    if (i < 0) return { ok: false, problem: t('link.compareNoValue', { key }) };
    const r = parseText(ITEMS[k], part.slice(i + 1).trim(), '-');
    if (!r.ok) return { ok: false, problem: t('link.compareBadValue', { key, raw: clip(part.slice(i + 1)), expected: accepts(ITEMS[k], '-') }) };
    (spec as Record<string, unknown>)[k] = r.value;
  }
  return { ok: true, spec };
}

/** Parses a `compare` value; null when any item is malformed (readCompare names it). */
export function parseCompareSpec(raw: string): CompareSpec | null {
  const r = readCompare(raw);
  return r.ok ? r.spec : null;
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
