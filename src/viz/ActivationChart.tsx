/**
 * An activation f(z) and its derivative f'(z) on a shared z axis (f above, f' below), with
 * some pre-activations marked as dots on both curves and f'’s maximum drawn as a line, so the
 * sigmoid's ceiling of 0.25 is visible. Plain props, no store: the backprop walk-through and
 * the lesson both use it.
 */
import { scaleLinear } from 'd3';
import { sampleActivation } from '../core/influence';
import type { ActivationName } from '../core/activations';
import { useT } from '../i18n';

export interface ActivationChartProps {
  fn: ActivationName;
  /** Pre-activations to mark (e.g. one layer's z for the current example). */
  zs?: readonly number[];
  width?: number;
  /** Height of each of the two plots. */
  plotHeight?: number;
  /** Colour of the derivative curve and its dots. */
  derivColor?: string;
}

const M = { l: 34, r: 8, t: 16, gap: 26, b: 22 };

/** The z range: [-6, 6], widened to show every marked z up to |z| = 30. */
function zRange(zs: readonly number[]): [number, number] {
  let lo = -6, hi = 6;
  for (const z of zs) if (Number.isFinite(z)) { lo = Math.min(lo, Math.max(-30, z)); hi = Math.max(hi, Math.min(30, z)); }
  return [lo, hi];
}

const fmt = (v: number) => String(Number(v.toPrecision(2))).replace('-', '−');

export function ActivationChart({ fn, zs = [], width = 300, plotHeight = 86, derivColor = '#c2255c' }: ActivationChartProps) {
  const t = useT();
  const [z0, z1] = zRange(zs);
  const c = sampleActivation(fn, z0, z1, 161);
  const x = scaleLinear().domain([z0, z1]).range([M.l, width - M.r]);
  const fMin = Math.min(0, ...c.f), fMax = Math.max(1, ...c.f);
  const dMax = Math.max(...c.df);
  const yF = scaleLinear().domain([fMin, fMax]).nice(3).range([M.t + plotHeight, M.t]);
  const top2 = M.t + plotHeight + M.gap;
  const yD = scaleLinear().domain([Math.min(0, ...c.df), Math.max(dMax * 1.15, 0.3)]).range([top2 + plotHeight, top2]);
  const path = (ys: Float64Array, y: (v: number) => number) => Array.from(c.z, (z, k) => `${k ? 'L' : 'M'}${x(z).toFixed(1)},${y(ys[k]!).toFixed(1)}`).join('');
  const height = top2 + plotHeight + M.b;
  const marks = zs.filter((z) => Number.isFinite(z)).map((z) => Math.max(z0, Math.min(z1, z)));
  const fOf = (z: number) => sampleActivation(fn, z, z, 2);

  return (
    <svg className="act-chart" width={width} height={height} role="img" aria-label={t('backprop.chart.aria', { fn })}>
      {[{ y: yF, top: M.t, label: 'f(z)' }, { y: yD, top: top2, label: "f′(z)" }].map((p) => (
        <g key={p.label} className="act-axis">
          <line x1={M.l} x2={width - M.r} y1={p.y(0)} y2={p.y(0)} />
          <line x1={x(0)} x2={x(0)} y1={p.top} y2={p.top + plotHeight} />
          {p.y.ticks(3).map((v) => (
            <text key={v} x={M.l - 4} y={p.y(v)} textAnchor="end" dominantBaseline="central">{fmt(v)}</text>
          ))}
          <text className="act-title" x={M.l + 4} y={p.top - 4}>{p.label}</text>
        </g>
      ))}
      <path d={path(c.f, yF)} className="act-f" fill="none" />
      <path d={path(c.df, yD)} fill="none" stroke={derivColor} strokeWidth={2} />
      <line className="act-max" x1={M.l} x2={width - M.r} y1={yD(dMax)} y2={yD(dMax)} stroke={derivColor} />
      <text className="act-max-label" x={width - M.r} y={yD(dMax) - 5} textAnchor="end" fill={derivColor}>
        {t('backprop.chart.max', { v: fmt(dMax) })}
      </text>
      {marks.map((z, k) => {
        const s = fOf(z);
        return (
          <g key={k}>
            <circle cx={x(z)} cy={yF(s.f[0]!)} r={4} className="act-dot" />
            <circle cx={x(z)} cy={yD(s.df[0]!)} r={4} fill={derivColor} stroke="#fff" />
          </g>
        );
      })}
      {x.ticks(5).map((v) => (
        <text key={v} className="act-tick" x={x(v)} y={height - 6} textAnchor="middle">{fmt(v)}</text>
      ))}
      <text className="act-tick" x={width - M.r} y={yD(0) - 4} textAnchor="end">z</text>
    </svg>
  );
}
