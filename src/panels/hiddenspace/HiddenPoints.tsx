/**
 * The training points of the hidden-space plot. They move on every snapshot, so they are
 * painted on a canvas (clicks hit-tested) instead of rewriting an SVG node per point; the
 * four points of a truth table stay SVG, so each is labelled with its input and focusable.
 */
import { t } from '../../i18n';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { ScaleLinear } from 'd3';
import { CLASS_COLORS, MISSING_COLOR, divergingColor } from '../../viz/colors';
import { short } from '../../viz/numbers';
import type { HiddenView } from '../../core/snapshotTypes';
import { hiDpiContext } from '../../viz/hiDpiCanvas';

/** Truth tables above this many points go to the canvas too. */
export const SVG_POINTS = 300;

export interface HiddenPointsProps {
  view: HiddenView;
  labels: ArrayLike<number>;
  classes: number;
  truthX: ArrayLike<number> | null;
  picked: number | null;
  onPick(index: number): void;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  oneD: boolean;
}

function colorOf(v: number, classes: number): string {
  return classes === 0 ? divergingColor(v, [-1, 1]) : (CLASS_COLORS[v] ?? MISSING_COLOR);
}

/** Plot position of point i: (h1, h2), or (h1, its class row with a little spread) in 1-D. */
export function pointAt(view: HiddenView, labels: ArrayLike<number>, i: number, oneD: boolean): [number, number] {
  if (!oneD) return [view.points[2 * i]!, view.points[2 * i + 1]!];
  const spread = labels.length > 8 ? (((i * 0.618034) % 1) - 0.5) * 0.5 : 0;
  return [view.points[i]!, (labels[i] === 1 ? 1 : 0) + spread];
}

/** SVG points (small sets): clickable, labelled for truth tables. */
export function HiddenPoints(props: HiddenPointsProps) {
  const { view, labels, classes, truthX, picked, onPick, x, y, oneD } = props;
  const n = labels.length;
  const truth = truthX !== null;
  const r = truth ? 8 : 4.5;
  const labelsAt = truth ? mergedLabels(view, labels, truthX, oneD, x, y) : null;
  // The picked point goes last so its ring is drawn over any point it coincides with.
  const order = Array.from({ length: n }, (_, i) => i);
  if (picked !== null && picked < n) order.push(...order.splice(picked, 1));
  const items = [];
  for (const i of order) {
    const [u, v] = pointAt(view, labels, i, oneD);
    if (!Number.isFinite(u) || !Number.isFinite(v)) continue;
    const cx = x(u), cy = y(v);
    const label = labelsAt ? labelsAt[i]! : null;
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(i); }
    };
    items.push(
      <g key={i} className="hs-point" data-index={i}>
        <circle cx={cx} cy={cy} r={r} fill={colorOf(labels[i]!, classes)} stroke={picked === i ? '#1f2328' : '#fff'} strokeWidth={picked === i ? 2.5 : 1.2}
          onClick={() => onPick(i)} onKeyDown={truth ? key : undefined} tabIndex={truth ? 0 : undefined} role={truth ? 'button' : undefined}>
          <title>{`${label ? label.own : t('hidden.point', { n: i + 1 })}: h = (${oneD ? u.toFixed(3) : `${u.toFixed(3)}, ${v.toFixed(3)}`})`}</title>
        </circle>
        {label && label.text && <text className="hs-point-label" x={cx} y={cy - r - 4} textAnchor="middle">{label.text}</text>}
      </g>,
    );
  }
  return <g className="hs-points">{items}</g>;
}

/**
 * Truth-table labels: "(0,1)" per point, but points that land on the same spot (a layer often
 * sends two inputs to one corner) share one label, "(0,0) (1,1)", on the first of them.
 */
function mergedLabels(view: HiddenView, labels: ArrayLike<number>, truthX: ArrayLike<number>, oneD: boolean,
  x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): { own: string; text: string }[] {
  const n = labels.length;
  const out = Array.from({ length: n }, (_, i) => ({ own: `(${short(truthX[2 * i]!)},${short(truthX[2 * i + 1]!)})`, text: '' }));
  const owner = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const [u, v] = pointAt(view, labels, i, oneD);
    for (let j = 0; j < i && owner[i] < 0; j++) {
      if (owner[j] >= 0) continue;
      const [p, q] = pointAt(view, labels, j, oneD);
      if (Math.hypot(x(u) - x(p), y(v) - y(q)) < 14) owner[i] = j;
    }
  }
  for (let i = 0; i < n; i++) {
    const o = owner[i]! < 0 ? i : owner[i]!;
    out[o]!.text = out[o]!.text ? `${out[o]!.text} ${out[i]!.own}` : out[i]!.own;
  }
  return out;
}

export interface CanvasPointsProps extends Pick<HiddenPointsProps, 'view' | 'labels' | 'classes' | 'x' | 'y' | 'oneD' | 'picked' | 'onPick'> {
  /** Offset of the plot area inside the stage, px. */
  left: number;
  top: number;
}

/** Radius of a canvas point and how far from its centre a click still picks it, px. */
const DOT_R = 3;
const HIT_R = 7;

/**
 * Index of the point nearest to (px, py) in plot pixels, within `radius`; -1 if none.
 * Later points are drawn on top, so on a tie the later one wins, as the eye sees it.
 */
export function hitPoint(view: HiddenView, labels: ArrayLike<number>, oneD: boolean, sx: (v: number) => number, sy: (v: number) => number,
  px: number, py: number, radius: number): number {
  let best = -1, bestD = radius * radius;
  for (let i = 0; i < labels.length; i++) {
    const [u, v] = pointAt(view, labels, i, oneD);
    if (!Number.isFinite(u) || !Number.isFinite(v)) continue;
    const dx = sx(u) - px, dy = sy(v) - py, d = dx * dx + dy * dy;
    if (d <= bestD) { best = i; bestD = d; }
  }
  return best;
}

/** Canvas points (every set but truth tables), laid over the SVG plot area; a click picks the nearest point. */
export function CanvasPoints({ view, labels, classes, x, y, oneD, left, top, picked, onPick }: CanvasPointsProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const w = x.range()[1]!, h = y.range()[0]!;
  useEffect(() => {
    const ctx = hiDpiContext(ref.current, w, h);
    if (!ctx) return;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineWidth = 0.8;
    for (let i = 0; i < labels.length; i++) {
      const [u, v] = pointAt(view, labels, i, oneD);
      if (!Number.isFinite(u) || !Number.isFinite(v)) continue;
      ctx.beginPath();
      ctx.arc(x(u), y(v), DOT_R, 0, 2 * Math.PI);
      ctx.fillStyle = colorOf(labels[i]!, classes);
      ctx.fill();
      ctx.stroke();
    }
    // The picked point last, ringed, so nothing hides it.
    if (picked !== null && picked < labels.length) {
      const [u, v] = pointAt(view, labels, picked, oneD);
      if (Number.isFinite(u) && Number.isFinite(v)) {
        ctx.beginPath();
        ctx.arc(x(u), y(v), DOT_R + 1.5, 0, 2 * Math.PI);
        ctx.fillStyle = colorOf(labels[picked]!, classes);
        ctx.fill();
        ctx.strokeStyle = '#1f2328';
        ctx.lineWidth = 2;
        ctx.stroke();
      }
    }
  }, [view, labels, classes, x, y, oneD, w, h, picked]);
  const click = (e: MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const i = hitPoint(view, labels, oneD, x, y, e.clientX - r.left, e.clientY - r.top, HIT_R);
    if (i >= 0) onPick(i);
  };
  return (
    <canvas ref={ref} className="hs-points-canvas" data-testid="hidden-points" data-count={labels.length}
      style={{ left, top, width: w, height: h }} onClick={click} aria-hidden="true" />
  );
}
