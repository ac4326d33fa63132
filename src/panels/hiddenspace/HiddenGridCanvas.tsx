/**
 * The input plane's grid lines as the layer bends them, painted on a canvas. They move on every
 * snapshot; as SVG paths they cost a few hundred attribute rewrites per frame (issue 13 §1),
 * on a canvas one clear and one stroke per family.
 */
import { useEffect, useRef } from 'react';
import type { ScaleLinear } from 'd3';
import type { HiddenView } from '../../core/snapshotTypes';
import { traceLine } from './hiddenGeometry';
import { hiDpiContext } from '../../viz/hiDpiCanvas';

/** The two families in two quiet tones, so the warp reads (as the old .hs-grid-v / -h). */
const GRID_COLORS = ['rgba(110,119,129,0.55)', 'rgba(164,117,201,0.55)'] as const;

export interface HiddenGridCanvasProps {
  view: HiddenView;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Offset of the plot area inside the stage, px. */
  left: number;
  top: number;
}

export function HiddenGridCanvas({ view, x, y, left, top }: HiddenGridCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const w = x.range()[1]!, h = y.range()[0]!;
  useEffect(() => {
    const ctx = hiDpiContext(ref.current, w, h);
    if (!ctx) return;
    const lines = view.lines;
    if (!lines) return;
    ctx.lineWidth = 0.9;
    const half = view.linesCount / 2;
    for (let family = 0; family < 2; family++) {
      ctx.beginPath();
      const from = family === 0 ? 0 : half, to = family === 0 ? half : view.linesCount;
      for (let i = from; i < to; i++) traceLine(ctx, lines, i, view.samples, x, y);
      ctx.strokeStyle = GRID_COLORS[family];
      ctx.stroke();
    }
  }, [view, x, y, w, h]);
  return (
    <canvas ref={ref} className="hs-grid-canvas" data-testid="hidden-grid" data-lines={view.lines ? view.linesCount : 0}
      style={{ left, top, width: w, height: h }} aria-hidden="true" />
  );
}
