/**
 * The one diverging colour scale of the playground: orange (class 0, negative) through
 * near-white (the midpoint) to blue (class 1, positive). Class colours, neuron outputs,
 * weight signs and biases all use it, so a learner reads one legend everywhere.
 */
import { color, interpolateLab, scaleLinear, type ScaleLinear } from 'd3';

export const ORANGE = '#ec8a2c';
export const NEAR_WHITE = '#f5f5f2';
export const BLUE = '#2a78c0';
/** Third class colour for 3-class data sets; violet stays apart from both ends of the scale. */
export const VIOLET = '#8b5cc4';
/** Shown for NaN / missing values: a calm grey, not a colour of the scale. */
export const MISSING_COLOR = '#b8bcc2';

/** Class k is drawn in CLASS_COLORS[k]; classes 0 and 1 are the two ends of the scale. */
export const CLASS_COLORS: readonly string[] = Object.freeze([ORANGE, BLUE, VIOLET]);

/** How far heatmap colours are blended toward white so data points stay readable on top. */
export const HEATMAP_LIGHTNESS = 0.35;

/** Scales for the last few domains; callers pass fresh tuples on every render. */
const scaleCache = new Map<string, ScaleLinear<string, string>>();

function scaleFor(domain: readonly [number, number]): ScaleLinear<string, string> {
  const key = `${domain[0]}|${domain[1]}`;
  let s = scaleCache.get(key);
  if (!s) {
    const [d0, d1] = domain;
    s = scaleLinear<string>()
      .domain([d0, (d0 + d1) / 2, d1])
      .range([ORANGE, NEAR_WHITE, BLUE])
      .interpolate(interpolateLab)
      .clamp(true);
    if (scaleCache.size > 32) scaleCache.clear(); // domains come from a handful of settings
    scaleCache.set(key, s);
  }
  return s;
}

/**
 * CSS colour for v: domain[0] -> orange, midpoint -> near-white, domain[1] -> blue, clamped
 * outside the domain. NaN gives MISSING_COLOR; a degenerate domain gives the midpoint.
 */
export function divergingColor(v: number, domain: [number, number]): string {
  if (Number.isNaN(v)) return MISSING_COLOR;
  if (domain[0] === domain[1]) return NEAR_WHITE;
  return scaleFor(domain)(v);
}

/**
 * LUT slot for v in a table of `steps` entries spanning `domain`: clamped to [0, steps-1],
 * -1 for NaN (the caller paints it as missing). A degenerate domain maps to the middle.
 */
export function lutIndex(v: number, domain: readonly [number, number], steps: number): number {
  if (v !== v) return -1;
  const span = domain[1] - domain[0];
  if (span === 0 || !Number.isFinite(span)) return (steps - 1) >> 1;
  const k = Math.round(((v - domain[0]) / span) * (steps - 1));
  return k < 0 ? 0 : k > steps - 1 ? steps - 1 : k;
}

export interface LUTOptions {
  /** 0 = full colour, 1 = white. Blends each entry toward white. */
  lightness?: number;
}

/**
 * RGBA lookup table, `steps` x 4 bytes, entry k the colour of
 * domain[0] + k / (steps - 1) * (domain[1] - domain[0]). Built once per domain so heatmaps
 * index bytes per pixel instead of parsing colour strings.
 */
export function buildColorLUT(domain: [number, number], steps = 256, options: LUTOptions = {}): Uint8ClampedArray {
  const n = Math.max(2, Math.floor(steps));
  const light = Math.min(1, Math.max(0, options.lightness ?? 0));
  const lut = new Uint8ClampedArray(n * 4);
  const [d0, d1] = domain;
  for (let k = 0; k < n; k++) {
    const v = d0 + ((d1 - d0) * k) / (n - 1);
    const c = color(divergingColor(v, domain))?.rgb();
    const r = c?.r ?? 128, g = c?.g ?? 128, b = c?.b ?? 128;
    lut[4 * k] = r + (255 - r) * light;
    lut[4 * k + 1] = g + (255 - g) * light;
    lut[4 * k + 2] = b + (255 - b) * light;
    lut[4 * k + 3] = 255;
  }
  return lut;
}

/** The lighter table for the big decision-boundary heatmap (points are drawn on top). */
export function buildHeatmapLUT(domain: [number, number], steps = 256): Uint8ClampedArray {
  return buildColorLUT(domain, steps, { lightness: HEATMAP_LIGHTNESS });
}
