/**
 * Edit-data mode on the output plot: a transparent surface over the plot area. A click on a
 * point (within a few pixels) removes it; a click anywhere else adds a point there.
 */
import type { MouseEvent } from 'react';
import type { ScaleLinear } from 'd3';
import type { Split } from '../../core/datasets';

/** Pixels within which a click counts as on a point. */
const HIT_PX = 7;

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
  const onClick = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - r.left, py = e.clientY - r.top;
    const hit = hitPoint(sets, x, y, px, py);
    if (hit) onRemove(hit.which, hit.index);
    else onAdd(x.invert(px), y.invert(py));
  };
  return (
    <rect
      className="db-edit-surface" data-testid="data-edit-surface" width={side} height={side}
      fill="transparent" style={{ cursor: 'crosshair' }} aria-label={label} onClick={onClick}
    />
  );
}
