/**
 * A compact violin per layer, in the same columns as the gradient bars: the histogram of the
 * layer's activations from low (bottom) to high (top), each bin as wide as its share. The
 * part of a bin that sits in a flat region of the function (sigmoid near 0 or 1, tanh near
 * +-1, ReLU at 0) is orange, so saturation is where the orange is.
 */
import { t } from '../../i18n';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { ActHistogram } from '../../core/snapshotTypes';
import { layerBand } from './barGeometry';
import { BARS_MARGIN } from './GradientBars';

export interface SaturationStripProps {
  width: number;
  height: number;
  layers: number;
  hist: ActHistogram | null;
  hover: number | null;
}

const ACTIVE = '#8fa9cc';
const SATURATED = '#ec8a2c';
const HOVER = 'rgba(47, 111, 223, 0.08)';

export const SaturationStrip = memo(function SaturationStrip({ width, height, layers, hist, hover }: SaturationStripProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const w = Math.max(10, width - BARS_MARGIN.left - BARS_MARGIN.right);
  const x = useMemo(() => layerBand(layers, w), [layers, w]);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(height * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, height);
    if (hover !== null && hover < layers) {
      ctx.fillStyle = HOVER;
      ctx.fillRect(x(hover)! - (x.step() - x.bandwidth()) / 2, 0, x.step(), height);
    }
    if (!hist || hist.freq.length !== layers * hist.bins) return;
    const { bins, freq, satFreq } = hist;
    const binH = height / bins;
    const bw = x.bandwidth();
    for (let l = 0; l < layers; l++) {
      let peak = 0;
      for (let b = 0; b < bins; b++) peak = Math.max(peak, freq[l * bins + b]!);
      if (!(peak > 0)) continue;
      const cx = x(l)! + bw / 2;
      for (let b = 0; b < bins; b++) {
        const f = freq[l * bins + b]!;
        if (!(f > 0)) continue;
        // At least a sliver, so a rare value is still visible.
        const total = Math.max(1, (f / peak) * bw);
        const sat = (satFreq[l * bins + b]! / f) * total;
        const top = height - (b + 1) * binH;
        ctx.fillStyle = ACTIVE;
        ctx.fillRect(cx - total / 2, top + 0.5, total, binH - 1);
        if (sat > 0) {
          ctx.fillStyle = SATURATED;
          ctx.fillRect(cx - sat / 2, top + 0.5, Math.max(1, sat), binH - 1);
        }
      }
    }
  }, [hist, x, w, height, layers, hover]);

  return (
    <div className="gl-strip" style={{ paddingLeft: BARS_MARGIN.left, height }}>
      <span className="gl-strip-label" style={{ width: BARS_MARGIN.left }} aria-hidden="true">
        <span>{t('grad.high')}</span>
        <span>{t('grad.low')}</span>
      </span>
      <canvas ref={ref} style={{ width: w, height }} aria-hidden="true" />
    </div>
  );
});
