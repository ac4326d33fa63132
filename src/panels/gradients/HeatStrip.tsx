/**
 * Layer x time heat strip for deep nets: one row per weighted layer (the output on top,
 * layer 1 at the bottom, the direction the gradient travels), one column per history
 * column, colour = log10 of the measure. Drawn as ImageData at history resolution and
 * stretched by CSS, so a redraw is a few thousand byte writes.
 */
import { t } from '../../i18n';
import { memo, useEffect, useRef } from 'react';
import { logAt, tickColumns, type GradHistory } from '../../model/gradHistory';
import { fillHeat } from './heatColors';
import { BARS_MARGIN } from './GradientBars';
import type { Measure } from '../../model/measures';

export interface HeatStripProps {
  width: number;
  height: number;
  history: GradHistory;
  measure: Measure;
  /** log10 range mapped to the colour scale. */
  domain: readonly [number, number];
}

export const HeatStrip = memo(function HeatStrip({ width, height, history, measure, domain }: HeatStripProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const w = Math.max(10, width - BARS_MARGIN.left - BARS_MARGIN.right);
  const cols = history.columns.length;
  const rows = history.layers;

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || cols === 0 || rows === 0) return;
    if (canvas.width !== cols) canvas.width = cols;
    if (canvas.height !== rows) canvas.height = rows;
    const img = ctx.createImageData(cols, rows);
    const c = history.columns;
    fillHeat(img.data, cols, rows, (col, row) => logAt(c[col]!, rows, measure, rows - 1 - row), domain[0], domain[1]);
    ctx.putImageData(img, 0, 0);
  }, [history, measure, domain, cols, rows]);

  const ticks = tickColumns(cols, Math.max(2, Math.floor(w / 90)));
  return (
    <div className="gl-heat" data-testid="gradient-heat">
      <div className="gl-heat-row" style={{ height }}>
        <span className="gl-heat-ylabels" style={{ width: BARS_MARGIN.left }} aria-hidden="true">
          <span>{t('grad.out')}</span>
          <span>{t('grad.layer1')}</span>
        </span>
        {cols > 0
          ? <canvas ref={ref} className="gl-heat-canvas" style={{ width: w, height }} role="img" aria-label={t('grad.heatLabel', { rows, cols })} />
          : <span className="gl-empty" style={{ width: w }}>{t('grad.pressPlay')}</span>}
      </div>
      <div className="gl-heat-x" style={{ marginLeft: BARS_MARGIN.left, width: w }} aria-hidden="true">
        {cols === 1
          ? <span style={{ left: '50%' }}>{t('grad.epochPlay', { n: history.columns[0]!.epoch })}</span>
          : ticks.map((i) => (
            <span key={i} style={{ left: `${(100 * (i + 0.5)) / cols}%` }}>{history.columns[i]!.epoch}</span>
          ))}
      </div>
    </div>
  );
});
