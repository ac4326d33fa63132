/**
 * Pure geometry and text for the decision-boundary panel: plot layout and the labels shown on
 * points. The line clipping shared with other panels is in viz/clipLine.
 */
import { t } from '../../i18n';

import { short } from '../../viz/numbers';

/** Space around the square plot for the axes. */
export const MARGIN = { top: 10, right: 12, bottom: 36, left: 40 } as const;

/** Side of the square plot area for a container `width` px wide. */
export function plotSide(width: number): number {
  const w = Number.isFinite(width) && width > 0 ? width : 360;
  return Math.round(Math.max(160, Math.min(520, w) - MARGIN.left - MARGIN.right));
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
