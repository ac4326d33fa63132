/**
 * Pure geometry and text for the decision-boundary panel: plot layout, the single neuron's
 * line clipped to the view, and the labels shown on points.
 */
import { t } from '../../i18n';

export type Extent = readonly [number, number, number, number];

/** Space around the square plot for the axes. */
export const MARGIN = { top: 10, right: 12, bottom: 36, left: 40 } as const;

/** Side of the square plot area for a container `width` px wide. */
export function plotSide(width: number): number {
  const w = Number.isFinite(width) && width > 0 ? width : 360;
  return Math.round(Math.max(160, Math.min(520, w) - MARGIN.left - MARGIN.right));
}

/**
 * The segment of w1*x1 + w2*x2 + b = 0 inside the extent, or null if the line misses it
 * (or w is zero, when there is no line). Endpoints are in data coordinates.
 */
export function clipLine(w1: number, w2: number, b: number, extent: Extent): [[number, number], [number, number]] | null {
  if (![w1, w2, b].every(Number.isFinite) || (w1 === 0 && w2 === 0)) return null;
  const [x0, x1, y0, y1] = extent;
  const hits: [number, number][] = [];
  const eps = 1e-9 * Math.max(1, x1 - x0, y1 - y0);
  const add = (x: number, y: number) => {
    if (x < x0 - eps || x > x1 + eps || y < y0 - eps || y > y1 + eps) return;
    if (hits.some(([hx, hy]) => Math.abs(hx - x) < eps && Math.abs(hy - y) < eps)) return; // corner hit twice
    hits.push([x, y]);
  };
  if (w2 !== 0) {
    add(x0, -(w1 * x0 + b) / w2);
    add(x1, -(w1 * x1 + b) / w2);
  }
  if (w1 !== 0) {
    add(-(w2 * y0 + b) / w1, y0);
    add(-(w2 * y1 + b) / w1, y1);
  }
  if (hits.length < 2) return null;
  // More than two hits only happen at corners; the farthest pair spans the visible segment.
  let best: [[number, number], [number, number]] = [hits[0]!, hits[1]!];
  let bestD = -1;
  for (let i = 0; i < hits.length; i++) {
    for (let j = i + 1; j < hits.length; j++) {
      const d = (hits[i]![0] - hits[j]![0]) ** 2 + (hits[i]![1] - hits[j]![1]) ** 2;
      if (d > bestD) { bestD = d; best = [hits[i]!, hits[j]!]; }
    }
  }
  return bestD > eps * eps ? best : null;
}

/**
 * Below this, the single neuron's weights move its output by less than about 0.005 across the
 * whole view (sigmoid slope ≤ 1/4): there is no boundary worth drawing. XOR's best single
 * neuron under BCE ends exactly there, at w = 0 and output 0.5 everywhere.
 */
export const NO_LINE_SPAN = 0.02;

/** True when w1, w2 change the neuron's sum by less than NO_LINE_SPAN over the whole extent. */
export function isNoLine(w1: number, w2: number, extent: Extent): boolean {
  const [x0, x1, y0, y1] = extent;
  return Math.abs(w1) * (x1 - x0) + Math.abs(w2) * (y1 - y0) < NO_LINE_SPAN;
}

/** Short number for point labels: integers stay integers ("1", "-1"), others get 2 decimals. */
export function short(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

/** "(0,1) → 1": the truth-table row a big point stands for. */
export function truthLabel(x1: number, x2: number, target: number): string {
  return `(${short(x1)},${short(x2)}) → ${short(target)}`;
}

/** Hover text for a point: which split, where, and its label or target. */
export function pointTitle(which: 'train' | 'test', index: number, x1: number, x2: number, y: number, classes: number): string {
  const label = classes === 0 ? t('output.target', { v: y.toPrecision(3) }) : t('output.class', { k: y });
  return t(which === 'train' ? 'output.trainPoint' : 'output.testPoint', { n: index + 1, x1: x1.toFixed(2), x2: x2.toFixed(2), label });
}
