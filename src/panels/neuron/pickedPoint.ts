/** The data point a lesson card evaluates, resolved against the current data set. */
import { t } from '../../i18n';
import type { DataInfo, PointRef } from '../../core/snapshotTypes';
import { short } from '../../viz/numbers';

export interface PickedPoint {
  readonly which: 'train' | 'test';
  readonly index: number;
  readonly x1: number;
  readonly x2: number;
  /** Class label or regression target. */
  readonly y: number;
}

/**
 * The picked point, or the first training point when nothing (or a point that no longer
 * exists after a rebuild) is picked. Null only when there is no data.
 */
export function resolvePoint(data: DataInfo | null, picked: PointRef | null): PickedPoint | null {
  if (!data) return null;
  const exists = (r: PointRef) => r.index >= 0 && r.index < (r.which === 'train' ? data.trainY : data.testY).length;
  const { which, index } = picked && exists(picked) ? picked : { which: 'train' as const, index: 0 };
  const x = which === 'train' ? data.trainX : data.testX;
  const y = which === 'train' ? data.trainY : data.testY;
  if (y.length === 0) return null;
  return { which, index, x1: x[2 * index]!, x2: x[2 * index + 1]!, y: y[index]! };
}

/** "(0, 1) → class 1" or, for regression, "(0.52, −1.30) → target 0.314". */
export function pointText(p: PickedPoint, classes: number, truthTable: boolean): string {
  const at = `(${short(p.x1)}, ${short(p.x2)})`;
  if (truthTable) return t('neuron.pointTruth', { at, y: short(p.y) });
  const label = classes === 0 ? t('output.target', { v: p.y.toPrecision(3) }) : t('output.class', { k: p.y });
  return t(p.which === 'train' ? 'neuron.pointTrain' : 'neuron.pointTest', { n: p.index + 1, at, label });
}
