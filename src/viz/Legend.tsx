/**
 * A small horizontal legend for the diverging scale: gradient bar plus d3 ticks. It scales
 * with its container through the viewBox, so it needs no resize handling.
 */
import { useId, useMemo } from 'react';
import { format, scaleLinear } from 'd3';
import { divergingColor } from './colors';
import { useT } from '../i18n';

export interface LegendProps {
  domain: [number, number];
  label: string;
  /** Layout width in SVG units (the element itself stretches to 100%, capped at this). */
  width?: number;
  /** Approximate tick count passed to d3's ticks(). */
  ticks?: number;
}

const BAR_H = 10;
const LABEL_H = 16;
const TICK_H = 16;
const STOPS = 16;

export function Legend({ domain, label, width = 220, ticks = 5 }: LegendProps) {
  // useId can contain characters that break url(#...) references.
  const gradId = `legend-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [d0, d1] = domain;
  const pad = 10; // room for the outermost tick labels
  const { stops, tickMarks } = useMemo(() => {
    const x = scaleLinear().domain([d0, d1]).range([pad, width - pad]);
    const fmt = format('~g');
    const stops = Array.from({ length: STOPS + 1 }, (_, k) => ({
      offset: `${(100 * k) / STOPS}%`,
      color: divergingColor(d0 + ((d1 - d0) * k) / STOPS, [d0, d1]),
    }));
    const tickMarks = (d0 === d1 ? [d0] : x.ticks(ticks)).map((t) => ({ x: x(t), text: fmt(t) }));
    return { stops, tickMarks };
  }, [d0, d1, width, ticks]);
  const height = LABEL_H + BAR_H + TICK_H;
  const t = useT();

  return (
    <svg
      className="legend"
      role="img"
      aria-label={t('ux.legendAria', { label, lo: d0, mid: (d0 + d1) / 2, hi: d1 })}
      viewBox={`0 0 ${width} ${height}`}
      style={{ width: '100%', maxWidth: width, height: 'auto', display: 'block', overflow: 'visible' }}
    >
      <defs>
        <linearGradient id={gradId} x1="0" x2="1" y1="0" y2="0">
          {stops.map((s) => <stop key={s.offset} offset={s.offset} stopColor={s.color} />)}
        </linearGradient>
      </defs>
      <text x={pad} y={11} fontSize={11} fill="#59636e">{label}</text>
      <rect x={pad} y={LABEL_H} width={width - 2 * pad} height={BAR_H} rx={2} fill={`url(#${gradId})`} stroke="#d0d5db" strokeWidth={0.5} />
      {tickMarks.map((t) => (
        <g key={t.text} transform={`translate(${t.x},${LABEL_H + BAR_H})`}>
          <line y2={3} stroke="#8c959f" />
          <text y={13} fontSize={11} textAnchor="middle" fill="#59636e">{t.text}</text>
        </g>
      ))}
    </svg>
  );
}
