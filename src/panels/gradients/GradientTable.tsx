/**
 * The per-layer numbers behind the chart, as a real table for screen readers and tests.
 * Each row carries the exact values in data attributes (full precision); the cells show
 * them compactly. Refreshed a few times a second, not at snapshot rate.
 */
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
          <th scope="col">Layer</th>
          <th scope="col">Units</th>
          <th scope="col" title="RMS of dL/dz">dL/dz</th>
          {theory && <th scope="col" title="Theory at initialization, anchored at the output">theory</th>}
          <th scope="col" title="Norm of the bias gradient">dL/db</th>
          <th scope="col" title="Norm of the weight gradient">dL/dW</th>
          <th scope="col" title="Activation mean ± standard deviation">activation</th>
          <th scope="col" title="Share of (example, unit) pairs in a flat region">saturated</th>
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
