/**
 * The perceptron's plane: the four patterns, the region where the unit fires (shaded blue;
 * orange where it stays silent), its line w.x + b = 0, and the pattern just presented.
 */
import { t } from '../../i18n';
import { CLASS_COLORS } from '../../viz/colors';
import { clipLine } from '../../viz/clipLine';
import { halfPlanePolygon } from './halfPlane';
import type { PerceptronFrame, PerceptronTrace } from './perceptronTrace';

const EXTENT = [-0.5, 1.5, -0.5, 1.5] as const;
const SIDE = 200, PAD = 26, TOP = 6;

const sx = (v: number) => PAD + ((v - EXTENT[0]) / (EXTENT[1] - EXTENT[0])) * SIDE;
const sy = (v: number) => TOP + (1 - (v - EXTENT[2]) / (EXTENT[3] - EXTENT[2])) * SIDE;

export function PerceptronPlot({ trace, frame }: { trace: PerceptronTrace; frame: PerceptronFrame }) {
  const [w1, w2] = frame.w;
  const fires = halfPlanePolygon(w1, w2, frame.b, EXTENT);
  const seg = clipLine(w1, w2, frame.b, EXTENT);
  const e = frame.event;
  const W = SIDE + PAD + TOP, H = SIDE + PAD + TOP;
  return (
    <svg className="pc-plot" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img"
      aria-label={t('neuron.perceptron.plot', { w1, w2, b: frame.b })}>
      <rect x={PAD} y={TOP} width={SIDE} height={SIDE} className="pc-silent" />
      {fires.length > 2 && <polygon points={fires.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' ')} className="pc-fires" />}
      <rect x={PAD} y={TOP} width={SIDE} height={SIDE} className="pc-frame" />
      {[0, 1].map((v) => (
        <g key={v} className="pc-tick">
          <text x={sx(v)} y={TOP + SIDE + 14} textAnchor="middle">{v}</text>
          <text x={PAD - 8} y={sy(v) + 4} textAnchor="end">{v}</text>
        </g>
      ))}
      <text x={PAD + SIDE / 2} y={H - 1} textAnchor="middle" className="pc-axis">x₁</text>
      <text x={7} y={TOP + SIDE / 2} textAnchor="middle" className="pc-axis">x₂</text>
      {seg && (
        <line data-testid="perceptron-line" className="pc-line"
          x1={sx(seg[0][0])} y1={sy(seg[0][1])} x2={sx(seg[1][0])} y2={sy(seg[1][1])} />
      )}
      {Array.from({ length: trace.labels.length }, (_, i) => {
        const cx = sx(trace.points[2 * i]!), cy = sy(trace.points[2 * i + 1]!);
        const current = e?.index === i;
        return (
          <g key={i}>
            {current && <circle cx={cx} cy={cy} r={17} className={e!.updated ? 'pc-ring pc-ring-miss' : 'pc-ring'} />}
            <circle cx={cx} cy={cy} r={10} fill={CLASS_COLORS[trace.labels[i]!]} stroke="#fff" strokeWidth={2} />
          </g>
        );
      })}
    </svg>
  );
}
