/**
 * Both networks' training loss on one pair of axes (log y), so "B learns, A does not" needs
 * no comparing of two charts. Scales come from the loss chart's own helper, fed with the
 * points of both histories.
 */
import { t } from '../../i18n';
import { useMemo, useRef } from 'react';
import { line } from 'd3';
import { chartScales } from '../../viz/chartScales';
import { historyPoints, type LossHistory, type LossPoint } from '../../model/lossHistory';
import { fmtInt, fmtLoss, fmtSci } from '../../viz/format';
import { useAxis } from '../../viz/useAxes';
import { useElementWidth } from '../../viz/useElementWidth';
import './compare.css';

export interface CompareLossProps {
  a: LossHistory;
  b: LossHistory;
  height?: number;
}

const M = { top: 6, right: 10, bottom: 30, left: 42 } as const;

export function CompareLoss({ a, b, height = 150 }: CompareLossProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const xRef = useRef<SVGGElement>(null);
  const yRef = useRef<SVGGElement>(null);
  const width = Math.max(180, useElementWidth(wrapRef, 260));
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const pa = useMemo(() => historyPoints(a), [a]);
  const pb = useMemo(() => historyPoints(b), [b]);
  const s = useMemo(() => chartScales([...pa, ...pb].sort((p, q) => p.epoch - q.epoch), w, h, true), [pa, pb, w, h]);
  const path = (pts: LossPoint[]) =>
    line<LossPoint>().defined((p) => Number.isFinite(p.train) && (!s.log || p.train > 0)).x((p) => s.x(p.epoch)).y((p) => s.y(p.train))(pts) ?? '';
  const xFormat = useMemo(() => (d: number | { valueOf(): number }) => fmtInt(+d), []);
  const yFormat = useMemo(() => (d: number | { valueOf(): number }) => fmtSci(+d, 2), []);
  useAxis(xRef, { orient: 'bottom', scale: s.x, tickValues: s.xTicks, tickFormat: xFormat });
  useAxis(yRef, { orient: 'left', scale: s.y, tickValues: s.yTicks, tickFormat: yFormat, tickSize: -w });
  const lastA = pa[pa.length - 1];
  const lastB = pb[pb.length - 1];

  return (
    <figure className="cmp-loss" data-testid="compare-loss">
      <figcaption>
        <span>{t('grad.compare.trainingLoss')}</span>
        <span className="cmp-loss-key cmp-loss-key-A" data-testid="compare-loss-a">A {fmtLoss(lastA?.train)}</span>
        <span className="cmp-loss-key cmp-loss-key-B" data-testid="compare-loss-b">B {fmtLoss(lastB?.train)}</span>
      </figcaption>
      <div ref={wrapRef}>
        <svg width={width} height={height} role="img" aria-label={t('grad.compare.lossLabel', { a: fmtLoss(lastA?.train), b: fmtLoss(lastB?.train) })}>
          <g transform={`translate(${M.left},${M.top})`}>
            <g ref={yRef} className="cmp-axis cmp-axis-y" />
            <g ref={xRef} className="cmp-axis" transform={`translate(0,${h})`} />
            <path className="cmp-line cmp-line-A" d={path(pa)} />
            <path className="cmp-line cmp-line-B" d={path(pb)} />
            <text className="cmp-axis-label" x={w / 2} y={h + 27} textAnchor="middle">{t('output.epoch')}</text>
          </g>
        </svg>
      </div>
    </figure>
  );
}
