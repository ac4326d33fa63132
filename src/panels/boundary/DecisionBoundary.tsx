/**
 * The network's output over the input plane: a grid-resolution canvas heatmap scaled by CSS,
 * d3 axes in an SVG overlay, the data points on top and, for a single neuron, its line.
 */
import { useT } from '../../i18n';
import { useCallback, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { EditSurface } from './EditSurface';
import { format, scaleLinear } from 'd3';
import type { Split } from '../../core/datasets';
import { buildHeatmapLUT, CLASS_COLORS } from '../../viz/colors';
import { drawHeatmap } from '../../viz/drawHeatmap';
import { Legend } from '../../viz/Legend';
import { useAxis } from '../../viz/useAxes';
import { useElementWidth } from '../../viz/useElementWidth';
import { BoundaryPoints } from './BoundaryPoints';
import { clipLine } from '../../viz/clipLine';
import { isNoLine, MARGIN, plotSide } from './boundaryGeometry';
import './boundary.css';

export interface NeuronLine {
  w1: number;
  w2: number;
  b: number;
}

export interface DecisionBoundaryProps {
  /** Unit-major grid images; the one drawn starts at `offset` and holds gridN * gridN values. */
  grid: Float32Array | null;
  offset: number;
  gridN: number;
  /** [x0, x1, y0, y1] of the plane the grid covers. */
  extent: readonly [number, number, number, number];
  /** Output values mapped to orange .. white .. blue. */
  domain: [number, number];
  train: Split;
  test: Split;
  /** 0 for regression. */
  classes: number;
  truthTable: boolean;
  discretize: boolean;
  onToggleDiscretize(v: boolean): void;
  /** A single neuron's boundary w1*x1 + w2*x2 + b = 0. */
  line?: NeuronLine | null;
  onPickPoint?(which: 'train' | 'test', index: number): void;
  title?: string;
  /** Set while the heatmap shows a hidden unit instead of the output, e.g. "layer 1, unit 3". */
  highlightUnitLabel?: string;
  /**
   * A colour table to use instead of the diverging scale, with `grid` already folded to index
   * it over `domain` (several classes: see viz/classMap). The legend then names the classes.
   */
  lut?: Uint8ClampedArray;
  /** Edit-data mode: clicks add and remove points instead of picking them. */
  edit?: { label: string; onAdd(x1: number, x2: number): void; onRemove(which: 'train' | 'test', index: number): void } | null;
  /** Extra controls in the header (edit toggle, export) and under the plot (edit tools). */
  headExtra?: ReactNode;
  footExtra?: ReactNode;
}

export function DecisionBoundary(props: DecisionBoundaryProps) {
  const t = useT();
  const { grid, offset, gridN, extent, train, test, classes, truthTable, discretize, onToggleDiscretize, line, onPickPoint } = props;
  const [d0, d1] = props.domain;
  const [ex0, ex1, ey0, ey1] = extent;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  const toggleId = useId();

  const side = plotSide(useElementWidth(wrapRef, 360));
  // Tuples and scales are rebuilt only when their numbers change, so memoized points hold.
  const domain = useMemo<[number, number]>(() => [d0, d1], [d0, d1]);
  const x = useMemo(() => scaleLinear().domain([ex0, ex1]).range([0, side]), [ex0, ex1, side]);
  const y = useMemo(() => scaleLinear().domain([ey0, ey1]).range([side, 0]), [ey0, ey1, side]);
  const defaultLut = useMemo(() => buildHeatmapLUT(domain), [domain]);
  const lut = props.lut ?? defaultLut;
  const ticks = side < 260 ? 4 : 6;
  // Imported data may span up to ±1e6: big ticks in SI form ("500k", "1M") keep their width.
  const big = Math.max(Math.abs(ex0), Math.abs(ex1), Math.abs(ey0), Math.abs(ey1)) >= 1e4;
  const tickFormat = useMemo(() => (big ? format('~s') : undefined), [big]);
  useAxis(xAxisRef, { orient: 'bottom', scale: x, ticks, tickFormat });
  useAxis(yAxisRef, { orient: 'left', scale: y, ticks, tickFormat });

  // The latest callback behind a stable identity keeps BoundaryPoints memoized.
  const pickRef = useRef(onPickPoint);
  useEffect(() => {
    pickRef.current = onPickPoint;
  });
  const pick = useCallback((which: 'train' | 'test', i: number) => pickRef.current?.(which, i), []);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return; // no 2D context (tests, exhausted GPU): the points still show
    if (!grid || grid.length < offset + gridN * gridN) {
      ctx.clearRect(0, 0, gridN, gridN);
      return;
    }
    // A custom table (class map) arrives already discretized by its caller.
    drawHeatmap(ctx, grid, offset, gridN, lut, domain, discretize && !props.lut);
  }, [grid, offset, gridN, lut, domain, discretize, props.lut]);

  const noLine = line ? isNoLine(line.w1, line.w2, extent) : false;
  const seg = line && !noLine ? clipLine(line.w1, line.w2, line.b, extent) : null;
  // Truth tables reuse the training points as the test split; draw them once.
  const showTest = test !== train && test.n > 0;
  const W = side + MARGIN.left + MARGIN.right;
  const H = side + MARGIN.top + MARGIN.bottom;

  return (
    <figure className="db" data-testid="decision-boundary" data-export-root="" aria-label={props.title ?? t('output.title')}>
      <div className="db-head">
        <h3 className="db-title">{props.title ?? t('output.title')}</h3>
        <label className="db-toggle" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={discretize} onChange={(e) => onToggleDiscretize(e.target.checked)} data-testid="ctl-discretize" />
          {t('output.discretize')}
        </label>
        {props.headExtra}
      </div>
      <div className="db-wrap" ref={wrapRef}>
        <div className="db-stage" style={{ width: W, height: H }}>
          <canvas
            ref={canvasRef} className="db-canvas" width={gridN} height={gridN} aria-hidden="true"
            style={{ left: MARGIN.left, top: MARGIN.top, width: side, height: side }}
          />
          <svg className="db-svg" width={W} height={H} role="group" aria-label={t(truthTable ? 'output.pointsOverTruth' : 'output.pointsOver')}>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <rect className="db-frame" width={side} height={side} />
              <g ref={xAxisRef} className="db-axis" transform={`translate(0,${side})`} />
              <g ref={yAxisRef} className="db-axis" />
              <text className="db-axis-label" x={side / 2} y={side + 32} textAnchor="middle">x₁</text>
              <text className="db-axis-label" transform={`translate(${-30},${side / 2}) rotate(-90)`} textAnchor="middle">x₂</text>
              {seg && (
                <line
                  className="db-line" data-testid="neuron-line"
                  x1={x(seg[0][0])} y1={y(seg[0][1])} x2={x(seg[1][0])} y2={y(seg[1][1])}
                >
                  <title>{`${line!.w1.toFixed(2)}·x₁ + ${line!.w2.toFixed(2)}·x₂ + ${line!.b.toFixed(2)} = 0`}</title>
                </line>
              )}
              {showTest && (
                <BoundaryPoints split={test} which="test" classes={classes} domain={domain} x={x} y={y} truthTable={false} onPickPoint={onPickPoint ? pick : undefined} />
              )}
              <BoundaryPoints split={train} which="train" classes={classes} domain={domain} x={x} y={y} truthTable={truthTable} onPickPoint={onPickPoint ? pick : undefined} />
              {props.edit && (
                <EditSurface
                  side={side} x={x} y={y} label={props.edit.label}
                  sets={showTest ? [{ which: 'train', split: train }, { which: 'test', split: test }] : [{ which: 'train', split: train }]}
                  onAdd={props.edit.onAdd} onRemove={props.edit.onRemove}
                />
              )}
            </g>
          </svg>
          {props.highlightUnitLabel && (
            <div className="db-badge" style={{ left: MARGIN.left + 6, top: MARGIN.top + 6 }}>{t('output.showing', { what: props.highlightUnitLabel })}</div>
          )}
        </div>
      </div>
      {props.footExtra}
      <figcaption className="db-foot">
        {noLine && <p className="db-no-line" data-testid="no-line" role="status">{t('output.noLine')}</p>}
        {props.lut ? (
          <p className="db-class-note">{t('output.classNote')}</p>
        ) : (
          <Legend domain={domain} label={props.highlightUnitLabel ? t('ux.legendUnit', { what: props.highlightUnitLabel }) : t(classes === 0 ? 'output.predicted' : 'output.networkOutput')} width={Math.min(260, W)} />
        )}
        <ul className="db-key" aria-label={t('output.pointKey')}>
          {classes > 0 && Array.from({ length: Math.max(2, classes) }, (_, k) => (
            <li key={k}><span className="db-swatch" style={{ background: CLASS_COLORS[k] }} />{t('output.class', { k })}</li>
          ))}
          <li><span className="db-swatch db-swatch-train" />{t('output.train')}</li>
          {showTest && <li><span className="db-swatch db-swatch-test" />{t('output.test')}</li>}
        </ul>
      </figcaption>
    </figure>
  );
}
