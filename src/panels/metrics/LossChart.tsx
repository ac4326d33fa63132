/**
 * Train and test loss against epoch: d3 computes the scales and the path strings, React
 * renders them, and useAxis draws the axes. The y axis can be logarithmic, which shows the
 * slow late phase of training that a linear axis flattens into the floor. The learning rate,
 * when it changes over the run (a schedule, or a live edit), is drawn on a right-hand axis.
 */
import { useT } from '../../i18n';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { line, scaleLinear } from 'd3';
import { fmtInt, fmtSci } from '../../viz/format';
import { useAxis } from '../../viz/useAxes';
import { useElementWidth } from '../../viz/useElementWidth';
import { chartScales } from '../../viz/chartScales';
import { historyPoints, type LossHistory, type LossPoint } from '../../model/lossHistory';
import { lrView } from './lrView';
import './metrics.css';

export interface LossChartProps {
  history: LossHistory;
  /** Start with a log-scale y axis (the learner can switch). Default true. */
  initialLog?: boolean;
  height?: number;
  /** Events to mark on the epoch axis (the hidden layer became separable, 100% reached). */
  marks?: readonly LossMark[];
  /** Draw the learning rate even while it has not changed (a schedule is set). */
  lrAlways?: boolean;
  /** Buttons at the right of the header (exports). */
  tools?: ReactNode;
}

export interface LossMark {
  epoch: number;
  label: string;
  testId: string;
}

const M = { top: 8, right: 14, bottom: 36, left: 48 } as const;
/** Right margin when the rate's axis is drawn. */
const RIGHT_LR = 46;
const NO_LR_SCALE = scaleLinear();

export function LossChart({ history, initialLog = true, height = 180, marks = [], lrAlways = false, tools }: LossChartProps) {
  const t = useT();
  const [wantLog, setWantLog] = useState(initialLog);
  const wrapRef = useRef<HTMLDivElement>(null);
  const xRef = useRef<SVGGElement>(null);
  const yRef = useRef<SVGGElement>(null);
  const lrRef = useRef<SVGGElement>(null);
  const logId = useId();
  const width = Math.max(200, useElementWidth(wrapRef, 360));
  const h = height - M.top - M.bottom;

  const points = useMemo(() => historyPoints(history), [history]);
  // Whether the rate is drawn decides the right margin, so it is asked with a width-free x first.
  const lrShown = useMemo(() => lrView(points, () => 0, h, lrAlways) !== null, [points, h, lrAlways]);
  const w = width - M.left - (lrShown ? RIGHT_LR : M.right);
  const s = useMemo(() => chartScales(points, w, h, wantLog), [points, w, h, wantLog]);
  const lr = useMemo(() => (lrShown ? lrView(points, s.x, h, lrAlways) : null), [lrShown, points, s, h, lrAlways]);
  const paths = useMemo(() => {
    const make = (key: 'train' | 'test') =>
      line<LossPoint>()
        .defined((p) => Number.isFinite(p[key]) && (!s.log || p[key] > 0))
        .x((p) => s.x(p.epoch))
        .y((p) => s.y(p[key]))(points) ?? '';
    return { train: make('train'), test: make('test') };
  }, [points, s]);

  const xFormat = useMemo(() => (d: number | { valueOf(): number }) => fmtInt(+d), []);
  const yFormat = useMemo(() => (d: number | { valueOf(): number }) => fmtSci(+d, 2), []);
  useAxis(xRef, { orient: 'bottom', scale: s.x, tickValues: s.xTicks, tickFormat: xFormat });
  useAxis(yRef, { orient: 'left', scale: s.y, tickValues: s.yTicks, tickFormat: yFormat, tickSize: -w });
  useAxis(lrRef, { orient: 'right', scale: lr?.y ?? NO_LR_SCALE, tickValues: lr?.ticks ?? [], tickFormat: yFormat, tickSize: 4 });

  const hasTest = points.some((p) => Number.isFinite(p.test));
  const last = points[points.length - 1];
  return (
    <figure className="loss-chart" data-testid="loss-chart" data-export-root="" data-lr-shown={lr ? 'true' : 'false'}>
      <div className="loss-chart-head">
        <h3 className="loss-chart-title">{t('output.loss')}</h3>
        <ul className="loss-chart-key">
          <li><span className="loss-swatch loss-swatch-train" />{t('output.train')}</li>
          {hasTest && <li><span className="loss-swatch loss-swatch-test" />{t('output.test')}</li>}
          {lr && <li data-testid="loss-key-lr"><span className="loss-swatch loss-swatch-lr" />{t('byod.schedule.rateKey')}</li>}
        </ul>
        <label className="loss-chart-toggle" htmlFor={logId}>
          <input id={logId} type="checkbox" checked={wantLog} onChange={(e) => setWantLog(e.target.checked)} data-testid="ctl-loss-log" />
          {t('output.logScale')}
        </label>
        {tools && <span className="loss-chart-tools">{tools}</span>}
      </div>
      <div ref={wrapRef} className="loss-chart-wrap">
        <svg width={width} height={height} role="img" aria-label={last ? t('output.lossOver', { n: fmtInt(last.epoch) }) : t('output.lossEmpty')}>
          <g transform={`translate(${M.left},${M.top})`}>
            <g ref={yRef} className="loss-axis loss-axis-y" />
            <g ref={xRef} className="loss-axis" transform={`translate(0,${h})`} />
            <g ref={lrRef} className="loss-axis loss-axis-lr" transform={`translate(${w},0)`} visibility={lr ? undefined : 'hidden'} />
            {lr && points.length > 0 && (
              <path
                className="loss-line loss-line-lr" d={lr.path} data-testid="loss-line-lr"
                data-lr-first={lr.first} data-lr-last={lr.last} data-lr-last-epoch={lr.lastEpoch}
              />
            )}
            {points.length > 0 ? (
              <>
                <path className="loss-line loss-line-test" d={paths.test} data-testid="loss-line-test" />
                <path className="loss-line loss-line-train" d={paths.train} data-testid="loss-line-train" />
              </>
            ) : (
              <text className="loss-empty" x={w / 2} y={h / 2} textAnchor="middle">{t('output.pressPlay')}</text>
            )}
            {points.length > 0 && marks.map((mk, i) => {
              const [e0, e1] = s.x.domain() as [number, number];
              const mx = s.x(Math.min(e1, Math.max(e0, mk.epoch)));
              // The label runs left of its line when it would cross the right edge (or the rate's
              // axis) and there is more room on the left.
              const tw = labelWidth(mk.label), room = w - mx - 3;
              const left = tw > room && (mx - 3 >= tw || mx - 3 > room);
              return (
                <g key={mk.testId} className="loss-mark" data-testid={mk.testId} data-epoch={mk.epoch}>
                  <line x1={mx} x2={mx} y1={0} y2={h} />
                  <text x={mx + (left ? -3 : 3)} y={10 + 11 * i} textAnchor={left ? 'end' : 'start'}>{mk.label}</text>
                  <title>{mk.label}</title>
                </g>
              );
            })}
            <text className="loss-axis-label" x={w / 2} y={h + 33} textAnchor="middle">{t('output.epoch')}</text>
          </g>
        </svg>
      </div>
    </figure>
  );
}

/** About how wide a mark's label is at its 10 px bold font: Hangul and CJK take a full em, Latin about 0.6. */
function labelWidth(text: string): number {
  let px = 0;
  for (const ch of text) px += ch.codePointAt(0)! >= 0x1100 ? 10 : 6.2;
  return px;
}
