/**
 * The `custom` dataset: points a learner placed by click or imported from a CSV file. It
 * travels inside the config (so the worker, the URL, the CLI and model files all carry the
 * same points) as plain number arrays.
 *
 * A custom set trains on every point and reports the same points as its test split, like the
 * truth tables: a learner who places six points expects all six to count.
 */
import { ConfigError } from './errors';

/** Classes a custom set may have (the plot has three class colours). */
export const MAX_CUSTOM_CLASSES = 3;
/** Most points a custom set may hold (as many as a generated set). */
export const MAX_CUSTOM_POINTS = 5000;
/**
 * Largest coordinate or regression target a custom set may hold. Beyond it the plot's axes,
 * the grid and every activation are meaningless (a tanh unit saturates long before), and near
 * 1e308 spans overflow to Infinity; bigger data is rescaled on import (rescaleToPlot).
 */
export const MAX_CUSTOM_ABS = 1e6;
/** The plane a custom set is drawn on at least: the generated sets' [-6, 6] square. */
export const CUSTOM_BASE_EXTENT = [-6, 6, -6, 6] as const;

export interface CustomData {
  /** Coordinates [n x 2] row-major: x1 of point i at 2i, x2 at 2i + 1. */
  readonly x: readonly number[];
  /** Labels [n]: class indices in [0, classes) or, when classes is 0, regression targets. */
  readonly y: readonly number[];
  /** 0 for regression, otherwise 2 or 3. */
  readonly classes: number;
}

/** Throws ConfigError('custom', ...) unless `d` is a well-formed custom set. */
export function validateCustom(d: unknown): asserts d is CustomData {
  const fail = (what: string, got: unknown = '(invalid)'): never => { throw new ConfigError('custom', what, got); };
  if (typeof d !== 'object' || d === null) fail('points given as {x, y, classes}');
  const { x, y, classes } = d as Record<string, unknown>;
  if (!Array.isArray(x) || !Array.isArray(y)) fail('points given as {x, y, classes}');
  const xs = x as unknown[], ys = y as unknown[];
  const n = ys.length;
  if (n < 1 || n > MAX_CUSTOM_POINTS) fail(`between 1 and ${MAX_CUSTOM_POINTS} points`, `${n} points`);
  if (xs.length !== 2 * n) fail('two coordinates per label', `${xs.length} coordinates for ${n} labels`);
  if (!xs.every((v) => typeof v === 'number' && Number.isFinite(v))) fail('finite coordinates');
  const far = xs.findIndex((v) => Math.abs(v as number) > MAX_CUSTOM_ABS);
  if (far >= 0) fail(`coordinates within ±${MAX_CUSTOM_ABS} (point ${Math.floor(far / 2) + 1})`, xs[far]);
  if (classes !== 0 && classes !== 2 && classes !== 3) fail(`0 (regression), 2 or ${MAX_CUSTOM_CLASSES} classes`, classes);
  const k = classes as number;
  for (const v of ys) {
    const ok = typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_CUSTOM_ABS && (k === 0 || (Number.isInteger(v) && v >= 0 && v < k));
    if (!ok) fail(k === 0 ? `finite regression targets within ±${MAX_CUSTOM_ABS}` : `class labels in 0..${k - 1}`, v);
  }
}

/**
 * The plane to draw a custom set on: the [-6, 6] square, grown (with a 10% margin) to hold
 * every point, and square so the plot is not distorted. [xMin, xMax, yMin, yMax].
 */
export function customExtent(d: CustomData): [number, number, number, number] {
  let lo = Math.min(CUSTOM_BASE_EXTENT[0], CUSTOM_BASE_EXTENT[2]);
  let hi = Math.max(CUSTOM_BASE_EXTENT[1], CUSTOM_BASE_EXTENT[3]);
  let pLo = Infinity, pHi = -Infinity;
  for (const v of d.x) { pLo = Math.min(pLo, v); pHi = Math.max(pHi, v); }
  if (pLo < lo || pHi > hi) {
    const pad = 0.1 * (Math.max(hi, pHi) - Math.min(lo, pLo));
    if (pLo < lo) lo = pLo - pad;
    if (pHi > hi) hi = pHi + pad;
  }
  return [lo, hi, lo, hi];
}

/**
 * Rescales coordinates linearly into [-5, 5] (the generated sets' range) keeping the aspect
 * ratio: both axes share one scale, centred on the bounding box. Returns the new points and
 * the scale factor applied (1 for a single repeated point). Any finite input works, up to
 * ±Number.MAX_VALUE: spans and centres are taken on halves, so nothing overflows, and each
 * point is divided by the half-span before the factor 5, so a tiny span cannot overflow either.
 */
export function rescaleToPlot(d: CustomData): { data: CustomData; scale: number } {
  const n = d.y.length;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, d.x[2 * i]!); x1 = Math.max(x1, d.x[2 * i]!);
    y0 = Math.min(y0, d.x[2 * i + 1]!); y1 = Math.max(y1, d.x[2 * i + 1]!);
  }
  const half = Math.max(x1 / 2 - x0 / 2, y1 / 2 - y0 / 2);
  if (!(half > 0)) {
    const x = d.x.map((v, k) => v - (k % 2 === 0 ? x0 : y0));
    return { data: { ...d, x }, scale: 1 };
  }
  const cx = x0 / 2 + x1 / 2, cy = y0 / 2 + y1 / 2;
  const x = d.x.map((v, k) => ((v - (k % 2 === 0 ? cx : cy)) / half) * 5);
  return { data: { ...d, x }, scale: 5 / half };
}

/** Links carry custom sets of at most this many points; bigger ones travel as files. */
export const LINK_MAX_POINTS = 200;

/**
 * The compact link form of a custom set: the class count, then one "x1,x2,label" per point,
 * joined by "_" ("2_0.5,1,0_-3,2.25,1"). Numbers are written in their shortest exact form,
 * so the points read back bit for bit. Returns null for sets too big for a link.
 */
export function encodeCustom(d: CustomData): string | null {
  const n = d.y.length;
  if (n > LINK_MAX_POINTS) return null;
  const parts = [String(d.classes)];
  for (let i = 0; i < n; i++) parts.push(`${d.x[2 * i]},${d.x[2 * i + 1]},${d.y[i]}`);
  return parts.join('_');
}

const NUM = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Why a link's points were refused, at which point (1-based; 0 for the whole value). */
export interface CustomLinkProblem {
  readonly problem: 'shape' | 'tooMany' | 'classes' | 'format' | 'range' | 'label';
  readonly point: number;
  /** The offending text: the class count, the point, the coordinate or the label. */
  readonly value: string;
  readonly classes: number;
}

/**
 * The first problem of a link's points (decodeCustom's form), or null when they are valid, so
 * a notice can name the point and what is wrong with it, as CSV import names the line.
 */
export function explainCustomLink(text: string): CustomLinkProblem | null {
  const parts = text.split('_');
  const classes = Number(parts[0]);
  const at = (problem: CustomLinkProblem['problem'], point: number, value: string): CustomLinkProblem => ({ problem, point, value, classes });
  if (parts.length < 2) return at('shape', 0, text);
  if (parts.length - 1 > LINK_MAX_POINTS) return at('tooMany', 0, String(parts.length - 1));
  if (!(classes === 0 || classes === 2 || classes === MAX_CUSTOM_CLASSES) || !NUM.test(parts[0]!)) return at('classes', 0, parts[0]!);
  for (let i = 1; i < parts.length; i++) {
    const v = parts[i]!.split(',');
    if (v.length !== 3 || !v.every((s) => NUM.test(s))) return at('format', i, parts[i]!);
    const far = v.slice(0, 2).find((s) => !(Math.abs(Number(s)) <= MAX_CUSTOM_ABS));
    if (far !== undefined) return at('range', i, far);
    const y = Number(v[2]);
    const ok = classes === 0 ? Math.abs(y) <= MAX_CUSTOM_ABS : Number.isInteger(y) && y >= 0 && y < classes;
    if (!ok) return at(classes === 0 ? 'range' : 'label', i, v[2]!);
  }
  return null;
}

/** Reads encodeCustom's form; null when the text is not a valid custom set. */
export function decodeCustom(text: string): CustomData | null {
  const parts = text.split('_');
  const classes = Number(parts[0]);
  if (parts.length < 2 || parts.length - 1 > LINK_MAX_POINTS) return null;
  const x: number[] = [], y: number[] = [];
  for (const p of parts.slice(1)) {
    const v = p.split(',');
    if (v.length !== 3 || !v.every((s) => NUM.test(s))) return null;
    x.push(Number(v[0]), Number(v[1]));
    y.push(Number(v[2]));
  }
  const d = { x, y, classes };
  try {
    validateCustom(d);
  } catch {
    return null;
  }
  return d;
}
