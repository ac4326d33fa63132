/**
 * Edit-data mode on the output plot: a transparent surface over the plot area. A click on a
 * point (within a few pixels) removes it; a click anywhere else adds a point there. From the
 * keyboard, the focused surface shows a cursor that the arrow keys move (Shift: finer steps)
 * and Enter or Space adds or removes at the cursor, so editing needs no mouse (WCAG 2.1.1).
 */
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ScaleLinear } from 'd3';
import type { Split } from '../../core/datasets';

/** Pixels within which a click counts as on a point. */
const HIT_PX = 7;
/** Keyboard cursor steps as a share of the plot's side (Shift for the fine one). */
const STEP = 1 / 20, FINE_STEP = 1 / 100;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The keyboard cursor after an arrow key, in pixels, kept inside [0, side]. */
export function moveCursor(c: { px: number; py: number }, key: string, fine: boolean, side: number): { px: number; py: number } | null {
  const d = ARROWS[key];
  if (!d) return null;
  const step = (fine ? FINE_STEP : STEP) * side;
  const clamp = (v: number) => Math.min(side, Math.max(0, v));
  return { px: clamp(c.px + d[0] * step), py: clamp(c.py + d[1] * step) };
}

export interface EditSurfaceProps {
  side: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Point sets to hit-test, in order (the first hit wins). */
  sets: readonly { which: 'train' | 'test'; split: Split }[];
  label: string;
  onAdd(x1: number, x2: number): void;
  onRemove(which: 'train' | 'test', index: number): void;
}

/** The nearest point within HIT_PX of pixel (px, py), or null. */
export function hitPoint(sets: EditSurfaceProps['sets'], x: EditSurfaceProps['x'], y: EditSurfaceProps['y'], px: number, py: number) {
  let best: { which: 'train' | 'test'; index: number } | null = null;
  let bestD = HIT_PX * HIT_PX;
  for (const { which, split } of sets) {
    for (let i = 0; i < split.n; i++) {
      const dx = x(split.x[2 * i]!) - px, dy = y(split.x[2 * i + 1]!) - py;
      const d = dx * dx + dy * dy;
      if (d <= bestD) { bestD = d; best = { which, index: i }; }
    }
  }
  return best;
}

export function EditSurface({ side, x, y, sets, label, onAdd, onRemove }: EditSurfaceProps) {
  const [cursor, setCursor] = useState<{ px: number; py: number } | null>(null);
  const editAt = (px: number, py: number) => {
    const hit = hitPoint(sets, x, y, px, py);
    if (hit) onRemove(hit.which, hit.index);
    else onAdd(x.invert(px), y.invert(py));
  };
  const onClick = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    editAt(e.clientX - r.left, e.clientY - r.top);
  };
  const onKeyDown = (e: KeyboardEvent<SVGRectElement>) => {
    const c = cursor ?? { px: side / 2, py: side / 2 };
    const moved = moveCursor(c, e.key, e.shiftKey, side);
    if (moved) { e.preventDefault(); setCursor(moved); return; }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      // Space would also play/pause; the edit owns it while the surface has focus.
      e.stopPropagation();
      editAt(c.px, c.py);
    }
  };
  return (
    <>
      <rect
        className="db-edit-surface" data-testid="data-edit-surface" width={side} height={side}
        fill="transparent" style={{ cursor: 'crosshair' }} role="button" tabIndex={0} aria-label={label}
        onClick={onClick} onKeyDown={onKeyDown}
        onFocus={() => setCursor((c) => c ?? { px: side / 2, py: side / 2 })} onBlur={() => setCursor(null)}
      />
      {cursor && (
        <g className="db-edit-cursor" data-testid="data-edit-cursor" data-x1={x.invert(cursor.px)} data-x2={y.invert(cursor.py)} pointerEvents="none">
          <circle cx={cursor.px} cy={cursor.py} r={HIT_PX} />
          <line x1={cursor.px - 2 * HIT_PX} x2={cursor.px + 2 * HIT_PX} y1={cursor.py} y2={cursor.py} />
          <line x1={cursor.px} x2={cursor.px} y1={cursor.py - 2 * HIT_PX} y2={cursor.py + 2 * HIT_PX} />
        </g>
      )}
    </>
  );
}
