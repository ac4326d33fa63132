/**
 * Pure geometry and text for the decision-boundary panel: plot layout and the labels shown on
 * points. The line clipping shared with other panels is in viz/clipLine.
 */
import { t } from '../../i18n';

import type { Extent } from '../../viz/clipLine';
import { short } from '../../viz/numbers';

/** Space around the square plot for the axes. */
export const MARGIN = { top: 10, right: 12, bottom: 36, left: 40 } as const;

/** Side of the square plot area for a container `width` px wide. */
export function plotSide(width: number): number {
  const w = Number.isFinite(width) && width > 0 ? width : 360;
  return Math.round(Math.max(160, Math.min(520, w) - MARGIN.left - MARGIN.right));
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

/** "(0,1) → 1": the truth-table row a big point stands for. */
export function truthLabel(x1: number, x2: number, target: number): string {
  return `(${short(x1)},${short(x2)}) → ${short(target)}`;
}

/** Hover text for a point: which split, where, and its label or target. */
export function pointTitle(which: 'train' | 'test', index: number, x1: number, x2: number, y: number, classes: number): string {
  const label = classes === 0 ? t('output.target', { v: y.toPrecision(3) }) : t('output.class', { k: y });
  return t(which === 'train' ? 'output.trainPoint' : 'output.testPoint', { n: index + 1, x1: x1.toFixed(2), x2: x2.toFixed(2), label });
}
