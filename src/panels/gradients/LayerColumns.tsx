/**
 * The per-layer views that share one column per layer: the gradient bars above and the
 * activation violins below, with one hover that highlights a layer in both and shows its
 * exact numbers.
 */
import { t } from '../../i18n';
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import type { LayerFn } from '../../core/activations';
import type { LayerStats } from '../../core/stats';
import { fmtSci } from '../../viz/format';
import type { ActHistogram } from '../../core/snapshotTypes';
import { layerAt, layerBand, layerName, type LogDomain } from './barGeometry';
import { BARS_MARGIN, GradientBars } from './GradientBars';
import { MEASURE_LABELS, type Measure } from '../../model/measures';
import { SaturationStrip } from './SaturationStrip';

export interface LayerColumnsProps {
  width: number;
  stats: readonly LayerStats[];
  layers: readonly { fn: LayerFn; fanOut: number }[];
  measure: Measure;
  domain: LogDomain;
  theory: readonly number[] | null;
  bound: readonly number[] | null;
  hist: ActHistogram | null;
  barsHeight?: number;
  stripHeight?: number;
}

const toLog = (v: number): number => (v > 0 ? Math.log10(v) : v === 0 ? -Infinity : NaN);

export function LayerColumns(props: LayerColumnsProps) {
  const { width, stats, layers, measure, domain, theory, bound, hist, barsHeight = 170, stripHeight = 52 } = props;
  const [hover, setHover] = useState<number | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const n = stats.length;
  const logs = useMemo(() => stats.map((s) => toLog(s[measure])), [stats, measure]);
  const plotW = Math.max(10, width - BARS_MARGIN.left - BARS_MARGIN.right);
  const x = useMemo(() => layerBand(n, plotW), [n, plotW]);
  const shown = hover !== null && hover < n ? hover : null;

  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const r = wrapRef.current!.getBoundingClientRect();
    const i = layerAt(x, e.clientX - r.left - BARS_MARGIN.left);
    if (i !== hover) setHover(i);
  };

  const label = t('grad.columnsLabel', { m: MEASURE_LABELS[measure], values: logs
    .map((v, i) => `${layerName(i, n)} ${Number.isFinite(v) ? fmtSci(10 ** v, 2) : String(10 ** v)}`)
    .join(', ') });

  return (
    <div className="gl-columns" ref={wrapRef} onPointerMove={onMove} onPointerLeave={() => setHover(null)}>
      <GradientBars width={width} height={barsHeight} logs={logs} domain={domain} theory={theory} bound={bound} hover={shown} label={n > 16 ? t('grad.columnsShort', { m: MEASURE_LABELS[measure], n }) : label} />
      <SaturationStrip width={width} height={stripHeight} layers={n} hist={hist} hover={shown} />
      {shown !== null && (
        <LayerTip
          bandLeft={BARS_MARGIN.left + x(shown)!} bandRight={BARS_MARGIN.left + x(shown)! + x.bandwidth()} width={width} index={shown} n={n}
          s={stats[shown]!} layer={layers[shown]} theory={theory?.[shown] ?? null} stuck={hist?.stuck[shown] ?? null}
        />
      )}
    </div>
  );
}

interface LayerTipProps {
  bandLeft: number;
  bandRight: number;
  width: number;
  index: number;
  n: number;
  s: LayerStats;
  layer: { fn: LayerFn; fanOut: number } | undefined;
  theory: number | null;
  stuck: number | null;
}

const TIP_W = 210;

function LayerTip({ bandLeft, bandRight, width, index, n, s, layer, theory, stuck }: LayerTipProps) {
  const name = index === n - 1 ? t('grad.outputLayer') : t('grad.layerN', { n: index + 1 });
  // Beside the hovered bar, never over it: to its right in the left half, else to its left.
  const right = bandRight + 8 + TIP_W <= width;
  const left = right ? bandRight + 8 : Math.max(0, bandLeft - 8 - TIP_W);
  return (
    <div className="gl-tip" style={{ left }} role="status">
      <strong>{name}</strong>
      {layer && <span className="gl-tip-sub"> · {layer.fanOut} {layer.fn}</span>}
      <dl>
        <dt>dL/dz</dt><dd>{fmtSci(s.gradZ, 3)}</dd>
        {theory !== null && Number.isFinite(theory) && (<><dt>{t('grad.theory')}</dt><dd>{fmtSci(10 ** theory, 2)}</dd></>)}
        <dt>dL/db</dt><dd>{fmtSci(s.gradB, 3)}</dd>
        <dt>dL/dW</dt><dd>{fmtSci(s.gradW, 3)}</dd>
        <dt>{t('grad.activation')}</dt><dd>{fmtSci(s.actMean, 2)} ± {fmtSci(s.actStd, 2)}</dd>
        <dt>{t('grad.saturated')}</dt><dd>{Math.round(s.saturated * 100)}%{stuck !== null && stuck > 0 ? t('grad.alwaysStuck', { pct: Math.round(stuck * 100) }) : ''}</dd>
      </dl>
    </div>
  );
}
