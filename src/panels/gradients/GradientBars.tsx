/**
 * Per-layer gradient bars on a log axis, layer 1 on the left and the output on the right,
 * with the theory's predicted profile (dashed, anchored at the output) and, for sigmoid, the
 * 1/4-per-layer bound (dotted). All bars are one path, so a redraw per snapshot is cheap.
 */
import { memo, useId, useMemo, useRef } from 'react';
import { useAxis } from '../../viz/useAxes';
import { barsPath, decadeTicks, labelledLayers, layerBand, layerName, logY, markerPath, profilePath, type LogDomain } from './barGeometry';
import { decadeLabel } from './decadeLabel';

export const BARS_MARGIN = { top: 8, right: 8, bottom: 20, left: 44 } as const;

export interface GradientBarsProps {
  /** Whole figure width in px (the plot is narrower by the margins). */
  width: number;
  height: number;
  /** log10 of the measure per weighted layer (hidden first, output last). */
  logs: readonly number[];
  domain: LogDomain;
  /** log10 of the predicted values per layer, or null. */
  theory: readonly number[] | null;
  bound: readonly number[] | null;
  hover: number | null;
  label: string;
}

export const GradientBars = memo(function GradientBars({ width, height, logs, domain, theory, bound, hover, label }: GradientBarsProps) {
  const yRef = useRef<SVGGElement>(null);
  const w = Math.max(10, width - BARS_MARGIN.left - BARS_MARGIN.right);
  const h = Math.max(10, height - BARS_MARGIN.top - BARS_MARGIN.bottom);
  const n = logs.length;
  const x = useMemo(() => layerBand(n, w), [n, w]);
  const y = useMemo(() => logY(domain, h), [domain, h]);
  const ticks = useMemo(() => decadeTicks(domain, Math.max(3, Math.floor(h / 22))), [domain, h]);
  useAxis(yRef, { orient: 'left', scale: y, tickValues: ticks, tickFormat: decadeLabel, tickSize: -w });

  const bars = useMemo(() => barsPath(logs, x, y), [logs, x, y]);
  const theoryLine = useMemo(() => (theory ? profilePath(theory, x, y) : ''), [theory, x, y]);
  const theoryMarks = useMemo(() => (theory ? markerPath(theory, x, y) : ''), [theory, x, y]);
  const boundLine = useMemo(() => (bound ? profilePath(bound, x, y) : ''), [bound, x, y]);
  const labels = useMemo(() => labelledLayers(n, w), [n, w]);
  const clipId = `gl-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  return (
    <svg className="gl-bars" width={width} height={height} role="img" aria-label={label} data-testid="gradient-chart">
      <defs>
        <clipPath id={clipId}><rect width={w} height={h} /></clipPath>
      </defs>
      <g transform={`translate(${BARS_MARGIN.left},${BARS_MARGIN.top})`}>
        <g ref={yRef} className="gl-axis gl-axis-y" />
        {hover !== null && hover < n && (
          <rect className="gl-hover-band" x={x(hover)! - (x.step() - x.bandwidth()) / 2} width={x.step()} height={h} />
        )}
        <path className="gl-bar" d={bars} />
        <g clipPath={`url(#${clipId})`}>
          {boundLine && <path className="gl-bound" d={boundLine} />}
          {theoryLine && <path className="gl-theory" d={theoryLine} />}
          {theoryMarks && <path className="gl-theory-mark" d={theoryMarks} />}
        </g>
        <g className="gl-axis gl-axis-x" transform={`translate(0,${h})`}>
          {labels.map((i) => (
            <text key={i} x={x(i)! + x.bandwidth() / 2} y={14} textAnchor="middle">{layerName(i, n)}</text>
          ))}
        </g>
      </g>
    </svg>
  );
});
