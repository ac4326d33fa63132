/**
 * The lab's plain-words summary: how much of the output layer's gradient reaches layer 1,
 * from the live numbers, with the measured and the predicted factor per layer.
 */
import { t } from '../../i18n';
import type { LayerStats } from '../../core/stats';
import { fmtSci } from '../../viz/format';

export interface GradientRatio {
  /** gradZ of layer 1 / gradZ of the output layer. */
  ratio: number;
  /** Geometric mean factor per hidden layer: ratio^(1 / hidden layers); NaN with none. */
  perLayer: number;
  /** Hidden layers the gradient crosses. */
  hidden: number;
}

export function gradientRatio(stats: readonly LayerStats[]): GradientRatio | null {
  if (stats.length === 0) return null;
  const out = stats[stats.length - 1]!.gradZ;
  const first = stats[0]!.gradZ;
  const hidden = stats.length - 1;
  const ratio = first / out;
  return { ratio, perLayer: hidden > 0 && ratio >= 0 ? ratio ** (1 / hidden) : NaN, hidden };
}

/** "3.2×10⁻⁷", "45%", "12×": the share in the form that reads best at its size. */
export function formatShare(ratio: number): string {
  if (ratio >= 1.995) return `${fmtSci(ratio, 2, { unicode: true })}×`;
  if (ratio >= 0.1) return `${Math.round(ratio * 100)}%`;
  return fmtSci(ratio, 2, { unicode: true });
}

const factor = (f: number): string => `×${fmtSci(f, 2)}`;

/**
 * The sentence under the gradient bars. `predictedPerLayer` is the theory's factor per
 * layer at initialization (NaN or null when there is none).
 */
export function ratioSentence(stats: readonly LayerStats[], predictedPerLayer: number | null): string {
  const r = gradientRatio(stats);
  if (!r) return '';
  if (r.hidden === 0) return t('grad.ratio.noHidden');
  const out = stats[stats.length - 1]!.gradZ;
  if (!Number.isFinite(r.ratio) || !(out > 0)) {
    return t(out === 0 ? 'grad.ratio.flat' : 'grad.ratio.diverged');
  }
  if (r.ratio === 0) return t('grad.ratio.zero');
  const lead = t(r.ratio >= 1.995 ? 'grad.ratio.grows' : 'grad.ratio.share', { share: formatShare(r.ratio) });
  const layers = t('network.hiddenLayers', { count: r.hidden });
  const theory = predictedPerLayer !== null && Number.isFinite(predictedPerLayer) && predictedPerLayer > 0
    ? t('grad.ratio.theory', { factor: factor(predictedPerLayer) })
    : '';
  return t('grad.ratio.across', { lead, layers, factor: factor(r.perLayer), theory });
}
