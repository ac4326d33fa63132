/**
 * One line per layer over training, for shallow nets (a heat strip of three rows says less
 * than three lines). x is the history column (evenly spaced in snapshots, labelled with
 * epochs); y is the measure on a log axis; each line is labelled at its right end.
 */
import { t } from '../../i18n';
import { memo, useMemo, useRef } from 'react';
import { interpolateBlues, line, scaleLinear, ticks as niceTicks } from 'd3';
import { fmtInt } from '../../viz/format';
import { useAxis } from '../../viz/useAxes';
import { decadeTicks, layerName, logY, type LogDomain } from './barGeometry';
import { decadeLabel } from './decadeLabel';
import { logAt, type GradHistory } from '../../model/gradHistory';
import { BARS_MARGIN } from './GradientBars';
import type { Measure } from '../../model/measures';

export interface HistoryLinesProps {
  width: number;
  height: number;
  history: GradHistory;
  measure: Measure;
  domain: LogDomain;
}

const RIGHT = 30; // room for the end labels
// 11 px labels need 12 px between baselines, or neighbouring layer names touch.
const LABEL_GAP = 12;

/** Layer 1 light, the last hidden layer dark blue, the output near-black: the net's order as a ramp. */
export function lineColor(i: number, layers: number): string {
  if (i === layers - 1) return '#1f2328';
  return interpolateBlues(layers > 2 ? 0.4 + (0.55 * i) / (layers - 2) : 0.7);
}

/** End-label positions pushed apart to at least LABEL_GAP px, kept inside [0, h]. */
export function spreadLabels(ys: readonly number[], h: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).filter((p) => Number.isFinite(p.y)).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + LABEL_GAP);
  const over = order.length ? order[order.length - 1]!.y - h : 0;
  if (over > 0) for (const p of order) p.y -= over;
  for (let k = order.length - 2; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - LABEL_GAP);
  const out = ys.map(() => NaN);
  for (const p of order) out[p.i] = p.y;
  return out;
}

/**
 * x ticks at round epochs (0, 5,000, 10,000 rather than 0, 6849, 13109): the columns are evenly
 * spaced in snapshots, so each round epoch is placed by interpolating between the two columns
 * around it. `epochs` must not decrease. Returns fractional column positions.
 */
export function epochTicks(epochs: readonly number[], count: number): { col: number; epoch: number }[] {
  const n = epochs.length;
  if (n < 2 || !(epochs[n - 1]! > epochs[0]!)) return n ? [{ col: 0, epoch: epochs[0]! }] : [];
  const out: { col: number; epoch: number }[] = [];
  let k = 0;
  for (const v of niceTicks(epochs[0]!, epochs[n - 1]!, count)) {
    while (k < n - 2 && epochs[k + 1]! < v) k++;
    const a = epochs[k]!, b = epochs[k + 1]!;
    const col = b > a ? k + Math.min(1, Math.max(0, (v - a) / (b - a))) : k;
    if (Number.isInteger(v)) out.push({ col, epoch: v });
  }
  return out;
}

export const HistoryLines = memo(function HistoryLines({ width, height, history, measure, domain }: HistoryLinesProps) {
  const yRef = useRef<SVGGElement>(null);
  const w = Math.max(10, width - BARS_MARGIN.left - RIGHT);
  const h = Math.max(10, height - BARS_MARGIN.top - BARS_MARGIN.bottom);
  const cols = history.columns.length;
  const L = history.layers;
  const x = useMemo(() => scaleLinear().domain([0, Math.max(1, cols - 1)]).range([0, w]), [cols, w]);
  const y = useMemo(() => logY(domain, h), [domain, h]);
  const ticks = useMemo(() => decadeTicks(domain, Math.max(3, Math.floor(h / 22))), [domain, h]);
  useAxis(yRef, { orient: 'left', scale: y, tickValues: ticks, tickFormat: decadeLabel, tickSize: -w });

  const paths = useMemo(() => {
    const c = history.columns;
    return Array.from({ length: L }, (_, l) =>
      line<number>()
        .defined((i) => Number.isFinite(logAt(c[i]!, L, measure, l)))
        .x((i) => x(i))
        .y((i) => y(logAt(c[i]!, L, measure, l)))(Array.from({ length: c.length }, (_, i) => i)) ?? '');
  }, [history, L, measure, x, y]);

  const last = history.columns[cols - 1];
  const labelY = last ? spreadLabels(Array.from({ length: L }, (_, l) => {
    const v = logAt(last, L, measure, l);
    return Number.isFinite(v) ? y(v) : NaN;
  }), h) : [];
  return (
    // Before training there is nothing to read off the axes: the hint is HTML so it wraps in any
    // language instead of running over the tick labels, and the empty axis is hidden under it.
    <div className={`gl-lines-wrap${cols <= 1 ? ' gl-lines-empty' : ''}`}>
    {cols <= 1 && <p className="gl-empty-text" data-testid="gradient-lines-empty">{t('grad.pressPlay')}</p>}
    <svg className="gl-lines" width={width} height={height} role="img" aria-label={t('grad.historyLabel', { n: L })} data-testid="gradient-lines">
      <g transform={`translate(${BARS_MARGIN.left},${BARS_MARGIN.top})`}>
        <g ref={yRef} className="gl-axis gl-axis-y" />
        {paths.map((d, l) => <path key={l} className="gl-line" d={d} stroke={lineColor(l, L)} />)}
        {labelY.map((ly, l) => (Number.isFinite(ly) ? (
          <text key={l} className="gl-line-label" x={w + 4} y={ly + 3} fill={lineColor(l, L)}>{layerName(l, L)}</text>
        ) : null))}
        <g className="gl-axis gl-axis-x" transform={`translate(0,${h})`}>
          {epochTicks(history.columns.map((c) => c.epoch), Math.max(2, Math.floor(w / 90))).map((tk) => (
            <text key={tk.epoch} x={x(tk.col)} y={14} textAnchor="middle">{fmtInt(tk.epoch)}</text>
          ))}
        </g>
      </g>
    </svg>
    </div>
  );
});
