/**
 * A small picture of one compared network's output over the input plane, so the panel of
 * each network shows what it has learned next to how its gradients flow.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { buildHeatmapLUT } from '../../viz/colors';
import { drawHeatmap } from '../../viz/drawHeatmap';

export interface OutputThumbProps {
  grid: Float32Array | null;
  n: number;
  /** Index of the first cell of the unit to draw (class 1 for softmax). */
  offset: number;
  domain: [number, number];
  label: string;
  size?: number;
}

export const OutputThumb = memo(function OutputThumb({ grid, n, offset, domain, label, size = 52 }: OutputThumbProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [d0, d1] = domain;
  const lut = useMemo(() => buildHeatmapLUT([d0, d1]), [d0, d1]);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !grid || n <= 0 || grid.length < offset + n * n) return;
    drawHeatmap(ctx, grid, offset, n, lut, [d0, d1]);
  }, [grid, n, offset, lut, d0, d1]);
  return (
    <canvas
      ref={ref} width={Math.max(1, n)} height={Math.max(1, n)} className="cmp-thumb"
      style={{ width: size, height: size }} role="img" aria-label={label}
    />
  );
});
