/**
 * The gradient lab's shared numbers for one or two models (A, and B in compare mode): the
 * theory anchored at each model's output, and one bar axis and one colour range for both, so
 * compared panels line up. Pure, so the container only wires the store to the panels.
 */
import { t } from '../../i18n';
import type { TrainConfig } from '../../core/config';
import type { LayerStats } from '../../core/stats';
import { commonWidth } from '../../model/hiddenShape';
import { historyLogRange, type GradHistory } from '../../model/gradHistory';
import type { Measure } from '../../model/measures';
import { logDomain, type LogDomain } from './barGeometry';
import { anchorTheory, type TheoryProfile, type TheoryShape } from './theoryProfile';

/** What the lab reads of one model. */
export interface GradModel {
  /** Per-layer statistics of the latest snapshot, hidden first, output last; null before one. */
  stats: readonly LayerStats[] | null;
  grads: GradHistory;
}

/** "sigmoid · standard init · 10 × 8" (translated). */
export function modelSummary(c: TrainConfig): string {
  const w = commonWidth(c.hidden);
  const shape = c.hidden.length === 0 ? t('grad.compare.noHidden') : w !== null ? `${c.hidden.length} × ${w}` : c.hidden.join('-');
  return t('grad.compare.summary', { activation: t(`app.hyper.activationLabel.${c.activation}`), init: t(`app.hyper.initLabel.${c.init}`), shape });
}

/** Each model's theory at initialization, anchored at its measured output gradZ (null without stats). */
export function anchoredTheories(models: readonly GradModel[], shapes: readonly (TheoryShape | null)[]): (TheoryProfile | null)[] {
  return models.map((m, i) => {
    const shape = shapes[i];
    return shape && m.stats && m.stats.length ? anchorTheory(shape, m.stats[m.stats.length - 1]!.gradZ) : null;
  });
}

const toLog = (v: number): number => (v > 0 ? Math.log10(v) : NaN);

/**
 * One log axis for every model's bars (and the gradZ theory, at least 3 decades) and one
 * colour range for every history (at least 2 decades).
 */
export function sharedDomains(models: readonly GradModel[], theories: readonly (TheoryProfile | null)[], measure: Measure): { bars: LogDomain; heat: LogDomain } {
  const bars: number[] = [];
  models.forEach((m, i) => {
    for (const s of m.stats ?? []) bars.push(toLog(s[measure]));
    if (measure === 'gradZ') bars.push(...(theories[i]?.predicted ?? []));
  });
  return { bars: logDomain(bars, 3), heat: logDomain(models.flatMap((m) => historyLogRange(m.grads, measure) ?? []), 2) };
}
