/**
 * The data points over the heatmap. Memoized: points change with the data, not with every
 * training snapshot, so a new grid does not re-render thousands of circles.
 */
import { memo, type KeyboardEvent } from 'react';
import type { ScaleLinear } from 'd3';
import type { Split } from '../../core/datasets';
import { CLASS_COLORS, divergingColor, MISSING_COLOR } from '../../viz/colors';
import { pointTitle, truthLabel } from './boundaryGeometry';

export interface BoundaryPointsProps {
  split: Split;
  which: 'train' | 'test';
  classes: number;
  /** Colour domain for regression targets. */
  domain: [number, number];
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  truthTable: boolean;
  onPickPoint?(which: 'train' | 'test', index: number): void;
}

const TRUTH_R = 14;
const R = 4;

function colorOf(v: number, classes: number, domain: [number, number]): string {
  return classes === 0 ? divergingColor(v, domain) : (CLASS_COLORS[v] ?? MISSING_COLOR);
}

export const BoundaryPoints = memo(function BoundaryPoints(props: BoundaryPointsProps) {
  const { split, which, classes, domain, x, y, truthTable, onPickPoint } = props;
  const solid = which === 'train';
  const r = truthTable ? TRUTH_R : solid ? R : R + 0.5;
  const yMid = (y.range()[0]! + y.range()[1]!) / 2;
  const items = [];
  for (let i = 0; i < split.n; i++) {
    const px = split.x[2 * i]!, py = split.x[2 * i + 1]!, v = split.y[i]!;
    const c = colorOf(v, classes, domain);
    const cx = x(px), cy = y(py);
    const title = pointTitle(which, i, px, py, v, classes);
    // Big truth-table points are few, so they get keyboard access too.
    const keys = truthTable && onPickPoint
      ? {
          tabIndex: 0, role: 'button', 'aria-label': title,
          onKeyDown: (e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPickPoint(which, i); } },
        }
      : {};
    // Labels sit outside the square of points: above the top row, below the bottom row.
    const labelBelow = cy > yMid;
    items.push(
      <g key={i} className="db-point" data-which={which} data-index={i}>
        <circle
          cx={cx} cy={cy} r={r}
          fill={solid ? c : 'none'}
          stroke={solid ? (classes === 0 ? '#3d444d' : '#fff') : c}
          strokeWidth={solid ? (truthTable ? 2.5 : classes === 0 ? 0.75 : 1) : 2}
          style={onPickPoint ? { cursor: 'pointer' } : undefined}
          onClick={onPickPoint ? () => onPickPoint(which, i) : undefined}
          {...keys}
        >
          <title>{title}</title>
        </circle>
        {truthTable && (
          <text className="db-truth-label" x={cx} y={labelBelow ? cy + r + 16 : cy - r - 8} textAnchor="middle">
            {truthLabel(px, py, v)}
          </text>
        )}
      </g>,
    );
  }
  return <g className={`db-points db-points-${which}`}>{items}</g>;
});
