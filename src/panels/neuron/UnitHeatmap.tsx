/** One unit's output over the input plane (its N x N thumbnail from the worker), drawn large. */
import { t } from '../../i18n';
import { useEffect, useMemo, useRef } from 'react';
import { buildColorLUT } from '../../viz/colors';
import { drawHeatmap } from '../../viz/drawHeatmap';

export interface UnitHeatmapProps {
  /** Unit-major images; this unit's starts at `offset`. */
  grid: Float32Array | null;
  offset: number;
  n: number;
  domain: [number, number];
  /** CSS side in px. */
  size: number;
  /** A picked input point, in the plane's [x0, x1, y0, y1], marked with a ring. */
  mark?: { x: number; y: number; extent: readonly [number, number, number, number] } | null;
}

export function UnitHeatmap({ grid, offset, n, domain, size, mark }: UnitHeatmapProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [d0, d1] = domain;
  const lut = useMemo(() => buildColorLUT([d0, d1]), [d0, d1]);
  const has = grid !== null && n > 0 && offset >= 0 && offset + n * n <= grid.length;
  useEffect(() => {
    const ctx = has ? ref.current?.getContext('2d') : null;
    if (ctx && grid) drawHeatmap(ctx, grid, offset, n, lut, [d0, d1]);
  }, [grid, offset, n, lut, d0, d1, has]);
  if (!has) return <div className="nc-heat nc-heat-empty" style={{ width: size, height: size }}>{t('neuron.noPicture')}</div>;
  const m = mark ? {
    left: ((mark.x - mark.extent[0]) / (mark.extent[1] - mark.extent[0])) * size,
    top: (1 - (mark.y - mark.extent[2]) / (mark.extent[3] - mark.extent[2])) * size,
  } : null;
  return (
    <div className="nc-heat" style={{ width: size, height: size }}>
      <canvas ref={ref} width={n} height={n} style={{ width: size, height: size }} aria-hidden="true" />
      {m && <span className="nc-heat-mark" style={m} />}
    </div>
  );
}
