/**
 * Step 3's picture: the sigmoid S(z) = 1/(1+e^-z) and its slope S'(z) = e^-z/(1+e^-z)^2,
 * whose maximum 0.25 at z = 0 bounds the factor each sigmoid layer can pass back, next to
 * the factor per layer actually measured. A minimal chart: the step-through issue's shared
 * activation chart was not in main when this was written.
 */
import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { sampleActivation } from '../../core/influence';
import { useT } from '../../i18n';

const W = 230, H = 116, M = { l: 30, r: 8, t: 8, b: 20 };
const Z = 6;

export interface SigmoidChartProps {
  /** Measured factor per layer (layer 1 / output)^(1/hidden), or NaN. */
  perLayer: number;
  perLayerText: string;
}

export function SigmoidChart({ perLayer, perLayerText }: SigmoidChartProps) {
  const t = useT();
  const curve = useMemo(() => sampleActivation('sigmoid', -Z, Z, 97), []);
  const x = scaleLinear().domain([-Z, Z]).range([M.l, W - M.r]);
  const y = scaleLinear().domain([0, 1]).range([H - M.b, M.t]);
  const idx = Array.from(curve.z, (_, i) => i);
  const f = line<number>().x((i) => x(curve.z[i]!)).y((i) => y(curve.f[i]!))(idx) ?? '';
  const df = line<number>().x((i) => x(curve.z[i]!)).y((i) => y(curve.df[i]!))(idx) ?? '';
  return (
    <figure className="lr-chart" data-testid="sigmoid-chart">
      <svg width={W} height={H} role="img" aria-label={t('lesson.s3.chartLabel')}>
        <line x1={M.l} x2={W - M.r} y1={y(0)} y2={y(0)} stroke="#d8dee4" />
        <line x1={x(0)} x2={x(0)} y1={M.t} y2={H - M.b} stroke="#d8dee4" />
        <line x1={M.l} x2={W - M.r} y1={y(0.25)} y2={y(0.25)} stroke="#cf222e" strokeDasharray="3 3" />
        <path d={f} fill="none" stroke="#2f6fdf" strokeWidth={2} />
        <path d={df} fill="none" stroke="#e8730c" strokeWidth={2} />
        {Number.isFinite(perLayer) && perLayer > 0 && perLayer <= 1 && (
          <line x1={M.l} x2={W - M.r} y1={y(perLayer)} y2={y(perLayer)} stroke="#1a7f37" strokeWidth={1.5} data-testid="per-layer-factor" />
        )}
        <text x={W - M.r} y={y(1) + 12} textAnchor="end">S(z)</text>
        <text x={x(0) + 4} y={y(0.25) - 4}>S′(z) · {t('lesson.s3.chartMax')}</text>
        <text x={M.l - 4} y={y(1) + 4} textAnchor="end">1</text>
        <text x={M.l - 4} y={y(0.25) + 4} textAnchor="end">.25</text>
        <text x={M.l - 4} y={y(0) + 4} textAnchor="end">0</text>
        <text x={x(-Z)} y={H - 4}>−{Z}</text>
        <text x={x(0)} y={H - 4} textAnchor="middle">z</text>
        <text x={x(Z)} y={H - 4} textAnchor="end">{Z}</text>
      </svg>
      <figcaption>
        <strong>{t('lesson.s3.chartTitle')}</strong>
        <br />
        <span data-testid="per-layer-text">{perLayerText}</span>
        <br />
        <span className="lr-muted">{t('lesson.s3.perLayerNote')}</span>
      </figcaption>
    </figure>
  );
}
