/**
 * The hidden-space picture: every training point at its activations (or their projection),
 * the input plane's grid lines as the layer bends them, and the next layer's lines. When the
 * next layer is the output, its value is shaded behind, as on the output plot.
 */
import { t } from '../../i18n';
import { useEffect, useId, useMemo, useRef } from 'react';
import { format, scaleLinear } from 'd3';
import type { LayerFn } from '../../core/activations';
import type { HiddenView } from '../../core/snapshotTypes';
import { buildHeatmapLUT } from '../../viz/colors';
import { drawHeatmap } from '../../viz/drawHeatmap';
import { useAxis } from '../../viz/useAxes';
import { useElementWidth } from '../../viz/useElementWidth';
import { clipLine } from '../../viz/clipLine';
import { CanvasPoints, HiddenPoints, SVG_POINTS } from './HiddenPoints';
import { HiddenGridCanvas } from './HiddenGridCanvas';
import { outputOverPlane, plotDomains, type Domain, type UnitLine } from './hiddenGeometry';

/** Short ticks at any scale: a collapsed sigmoid layer spans only ~1e-9. */
const TICK_FORMAT = format('.2~g');

export interface HiddenSpacePlotProps {
  view: HiddenView;
  /** Training labels [n] and the number of classes (0 = regression). */
  labels: ArrayLike<number>;
  classes: number;
  /** Training inputs [n x 2] when they are a truth table, to label the four points. */
  truthX: ArrayLike<number> | null;
  /** The layer's activation (fixes the plotted range when it is bounded). */
  fn: LayerFn;
  /** The next layer's lines (2-unit layers; empty for a projection). */
  lines: UnitLine[];
  /** Set when the next layer is the single output unit: its value is shaded behind. */
  decision: { fn: LayerFn; domain: Domain } | null;
  picked: number | null;
  onPick(index: number): void;
  axisLabels: [string, string];
  /** Plotted domains chosen by the caller (true scale for a collapsed layer); null = automatic. */
  domains?: [Domain, Domain] | null;
}

const M = { top: 8, right: 10, bottom: 34, left: 40 };
const HEAT_N = 64;

export function HiddenSpacePlot(props: HiddenSpacePlotProps) {
  const { view, lines, decision, axisLabels } = props;
  const clipId = `hs-clip-${useId().replace(/[^\w-]/g, '')}`;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  const width = useElementWidth(wrapRef, 300);
  const side = Math.round(Math.max(170, Math.min(330, width - M.left - M.right)));
  const oneD = view.units === 1;
  const plotH = oneD ? 90 : side;

  const [xd, yd] = useMemo(() => {
    if (props.domains) return props.domains;
    if (!oneD) return plotDomains(view.points, view.lines, props.fn, view.projection !== null);
    // One unit: x is the activation, y separates the classes into two rows.
    const pairs = new Float32Array(2 * view.points.length);
    view.points.forEach((v, i) => { pairs[2 * i] = v; });
    const [d] = plotDomains(pairs, null, props.fn, false);
    return [d, [-0.5, 1.5] as Domain];
  }, [view, props.fn, oneD, props.domains]);
  const [x0, x1] = xd, [y0, y1] = yd;
  const x = useMemo(() => scaleLinear().domain([x0, x1]).range([0, side]), [x0, x1, side]);
  const y = useMemo(() => scaleLinear().domain([y0, y1]).range([plotH, 0]), [y0, y1, plotH]);
  useAxis(xAxisRef, { orient: 'bottom', scale: x, ticks: 5, tickFormat: TICK_FORMAT });
  useAxis(yAxisRef, { orient: 'left', scale: y, ticks: oneD ? 0 : 5, tickFormat: TICK_FORMAT });

  const shade = decision && !oneD && lines[0] ? lines[0] : null;
  const lut = useMemo(() => (decision ? buildHeatmapLUT(decision.domain) : null), [decision]);
  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx || !shade || !decision || !lut) return;
    drawHeatmap(ctx, outputOverPlane(shade.w1, shade.w2, shade.b, decision.fn, [x0, x1], [y0, y1], HEAT_N), 0, HEAT_N, lut, decision.domain);
  }, [shade, decision, lut, x0, x1, y0, y1]);

  const extent = [x0, x1, y0, y1] as const;
  // Truth tables keep SVG points (labelled, focusable, four of them); any other set moves on
  // every snapshot and is painted on a canvas, clickable by hit-testing.
  const svgPoints = props.truthX !== null && props.labels.length <= SVG_POINTS;
  const W = side + M.left + M.right, H = plotH + M.top + M.bottom;
  return (
    <div className="hs-wrap" ref={wrapRef}>
      <div className="hs-stage" style={{ width: W, height: H }}>
        {shade && (
          <canvas ref={canvasRef} className="hs-heat" width={HEAT_N} height={HEAT_N} aria-hidden="true"
            style={{ left: M.left, top: M.top, width: side, height: plotH }} />
        )}
        {view.lines && <HiddenGridCanvas view={view} x={x} y={y} left={M.left} top={M.top} />}
        <svg width={W} height={H} className="hs-svg" role="group" aria-label={t('hidden.plotLabel', { n: view.layer + 1 })}>
          <defs>
            <clipPath id={clipId}><rect width={side} height={plotH} /></clipPath>
          </defs>
          <g transform={`translate(${M.left},${M.top})`}>
            <rect className="hs-frame" width={side} height={plotH} />
            <g ref={xAxisRef} className="hs-axis" transform={`translate(0,${plotH})`} />
            {!oneD && <g ref={yAxisRef} className="hs-axis" />}
            <text className="hs-axis-label" x={side / 2} y={plotH + 30} textAnchor="middle">{axisLabels[0]}</text>
            {!oneD && (
              <text className="hs-axis-label" transform={`translate(-30,${plotH / 2}) rotate(-90)`} textAnchor="middle">{axisLabels[1]}</text>
            )}
            <g clipPath={`url(#${clipId})`}>
              {lines.map((l) => {
                if (oneD) {
                  const h = l.w1 !== 0 ? (l.threshold - l.b) / l.w1 : NaN;
                  return Number.isFinite(h) ? <line key={l.unit} className={decision ? 'hs-line' : 'hs-line hs-line-unit'} x1={x(h)} x2={x(h)} y1={0} y2={plotH} /> : null;
                }
                const seg = clipLine(l.w1, l.w2, l.b - l.threshold, extent);
                return seg ? (
                  <line key={l.unit} className={decision ? 'hs-line' : 'hs-line hs-line-unit'} data-testid={decision ? 'hidden-decision-line' : undefined}
                    x1={x(seg[0][0])} y1={y(seg[0][1])} x2={x(seg[1][0])} y2={y(seg[1][1])} />
                ) : null;
              })}
            </g>
            {svgPoints && <HiddenPoints {...props} x={x} y={y} oneD={oneD} />}
          </g>
        </svg>
        {!svgPoints && <CanvasPoints {...props} x={x} y={y} oneD={oneD} left={M.left} top={M.top} />}
      </div>
    </div>
  );
}
