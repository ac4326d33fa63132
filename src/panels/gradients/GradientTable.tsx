/**
 * The per-layer numbers behind the chart, as a real table for screen readers and tests.
 * Each row carries the exact values in data attributes (full precision); the cells show
 * them compactly. Refreshed a few times a second, not at snapshot rate.
 */
import { t } from '../../i18n';
import { memo } from 'react';
import type { LayerStats } from '../../core/stats';
import type { LayerFn } from '../../core/activations';
import { fmtSci } from '../../viz/format';
import { layerName } from './barGeometry';
import { useThrottled } from './useThrottled';

export interface GradientTableProps {
  stats: readonly LayerStats[];
  /** Per layer: its function and width. */
  layers: readonly { fn: LayerFn; fanOut: number }[];
  /** log10 of the theory's predicted dL/dz per layer, or null. */
  theory: readonly number[] | null;
  testId: string;
  caption: string;
}

const pct = (v: number): string => (Number.isFinite(v) ? `${Math.round(v * 100)}%` : '—');

export const GradientTable = memo(function GradientTable(props: GradientTableProps) {
  const { stats, layers, theory, testId, caption } = useThrottled(props, 200);
  return (
    <table className="gl-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('grad.table.layer')}</th>
          <th scope="col">{t('grad.table.units')}</th>
          <th scope="col" title={t('grad.table.rms')}>dL/dz</th>
          {theory && <th scope="col" title={t('grad.table.theory')}>{t('grad.theory')}</th>}
          <th scope="col" title={t('grad.table.bias')}>dL/db</th>
          <th scope="col" title={t('grad.table.weight')}>dL/dW</th>
          <th scope="col" title={t('grad.table.act')}>{t('grad.activation')}</th>
          <th scope="col" title={t('grad.table.sat')}>{t('grad.saturated')}</th>
        </tr>
      </thead>
      <tbody>
        {stats.map((s, i) => (
          <tr key={i} data-layer={i + 1} data-grad-z={String(s.gradZ)} data-grad-w={String(s.gradW)} data-grad-b={String(s.gradB)}>
            <th scope="row">{layerName(i, stats.length)}</th>
            <td>{layers[i] ? `${layers[i]!.fanOut} ${layers[i]!.fn}` : ''}</td>
            <td>{fmtSci(s.gradZ, 3)}</td>
            {theory && <td>{Number.isFinite(theory[i]) ? fmtSci(10 ** theory[i]!, 2) : '—'}</td>}
            <td>{fmtSci(s.gradB, 3)}</td>
            <td>{fmtSci(s.gradW, 3)}</td>
            <td>{`${fmtSci(s.actMean, 2)} ± ${fmtSci(s.actStd, 2)}`}</td>
            <td>{pct(s.saturated)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
