/**
 * The step-through view for deep or wide nets: one block per layer (its units as cells) and,
 * under them, the size of the backward signal per layer (RMS |δ|) on a log scale, with the
 * factor each layer multiplied it by. Walking back through a deep sigmoid net, the dots step
 * down a decade every layer or two; with ReLU and He initialization they stay level.
 */
import { scaleLog } from 'd3';
import type { ExampleTrace, Phase } from '../../core/backprop';
import type { LayerSignal, NudgeTarget } from '../../core/influence';
import { useT } from '../../i18n';
import { divergingColor } from '../../viz/colors';
import { BACKWARD } from './bpColors';
import { sig3, times } from './bpFormat';
import { deltaKnown } from './phaseView';

export interface BackpropLayersProps {
  trace: ExampleTrace;
  phase: Phase;
  signals: LayerSignal[];
  width: number;
  /** A tap on a cell nudges that unit's bias (or that input). */
  onTarget?(target: NudgeTarget): void;
}

/** Left margin holds the log axis labels ("1e−10"). */
const LEFT = 46;
const RIGHT = 6;
const MIN_STEP = 40;
const BLOCK_W = 22;
const BLOCKS_H = 150;
const TOP = 22;
const CHART_TOP = TOP + BLOCKS_H + 30;
const CHART_H = 130;

/** Decades spanned by the known RMS values, at least 1e-1 .. 1e1 around them. */
function decades(values: number[]): [number, number] {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length === 0) return [1e-2, 1];
  const lo = Math.floor(Math.log10(Math.min(...pos)));
  const hi = Math.ceil(Math.log10(Math.max(...pos)));
  return [10 ** Math.min(lo, hi - 1), 10 ** Math.max(hi, lo + 1)];
}

export function BackpropLayers({ trace, phase, signals, width, onTarget }: BackpropLayersProps) {
  const t = useT();
  const L = trace.delta.length;
  const step = Math.max(MIN_STEP, (width - LEFT - RIGHT) / (L + 1));
  const w = Math.ceil(LEFT + RIGHT + step * (L + 1));
  const h = CHART_TOP + CHART_H + 40;
  const xOf = (c: number) => LEFT + step * (c + 0.5);
  const known = signals.filter((s) => deltaKnown(phase, s.layer));
  const [d0, d1] = decades(known.map((s) => s.deltaRms));
  const y = scaleLog().domain([d0, d1]).range([CHART_TOP + CHART_H, CHART_TOP]).clamp(true);
  const ticks = [] as number[];
  for (let e = Math.round(Math.log10(d0)); e <= Math.round(Math.log10(d1)); e += Math.max(1, Math.ceil((Math.log10(d1) - Math.log10(d0)) / 5))) ticks.push(10 ** e);
  const activeLayer = phase.kind === 'gradients' || phase.kind === 'update' ? -1 : phase.layer;

  return (
    <svg className="bp-layers" width={w} height={h} role="group" aria-label={t('backprop.layers.aria')}>
      {Array.from({ length: L + 1 }, (_, c) => {
        const units = c === 0 ? trace.layout.inputs : trace.layout.layers[c - 1]!.fanOut;
        const cellH = Math.min(16, BLOCKS_H / units);
        const top = TOP + (BLOCKS_H - cellH * units) / 2;
        const sig = c === 0 ? null : signals[c - 1]!;
        const showDelta = c > 0 && deltaKnown(phase, c);
        const a = trace.a[c]!;
        const dl = c === 0 ? null : trace.delta[c - 1]!;
        const maxA = Math.max(1e-12, ...Array.from(a, Math.abs));
        const maxD = dl ? Math.max(1e-300, ...Array.from(dl, Math.abs)) : 1;
        const reached = c === 0 || phase.kind !== 'forward' || c <= phase.layer;
        return (
          <g
            key={c} className={`bp-block${c === activeLayer ? ' bp-active' : ''}`} data-layer={c}
            data-delta-rms={showDelta ? sig!.deltaRms : undefined}
            // The output is where the signal starts: its factor is 1 by definition.
            data-factor={showDelta ? (c === L ? 1 : sig!.ratio) : undefined}
          >
            {Array.from({ length: units }, (_, i) => {
              const isIn = c === 0;
              const z = isIn ? trace.x[i]! : trace.z[c - 1]![i]!;
              const d = dl ? dl[i]! : NaN;
              const fill = !reached ? '#eef0f3'
                : showDelta ? BACKWARD : divergingColor(a[i]! / maxA, [-1, 1]);
              const opacity = showDelta ? 0.15 + 0.85 * Math.sqrt(Math.abs(d) / maxD) : 1;
              return (
                <rect
                  key={i} className="bp-cell" x={xOf(c) - BLOCK_W / 2} y={top + i * cellH} width={BLOCK_W} height={Math.max(1, cellH - 1)}
                  fill={fill} fillOpacity={opacity}
                  data-layer={c} data-unit={i + 1} data-b={isIn ? 0 : trace.params[trace.layout.layers[c - 1]!.bOffset + i]!}
                  data-z={z} data-a={a[i]!} data-delta={showDelta ? d : undefined}
                  onClick={onTarget ? () => onTarget(isIn ? { kind: 'input', j: i } : { kind: 'bias', layer: c - 1, i }) : undefined}
                >
                  <title>{isIn ? `x = ${sig3(a[i]!)}` : `z = ${sig3(z)}, a = ${sig3(a[i]!)}${showDelta ? `, δ = ${sig3(d)}` : ''}`}</title>
                </rect>
              );
            })}
            <text className={`bp-col${c === activeLayer ? ' bp-col-active' : ''}`} x={xOf(c)} y={14} textAnchor="middle">
              {c === 0 ? t('backprop.layers.in') : c === L ? t('backprop.layers.out') : c}
            </text>
          </g>
        );
      })}
      <text className="bp-axis-title" x={4} y={CHART_TOP - 12}>{t('backprop.layers.rms')}</text>
      {ticks.map((v) => (
        <g key={v} className="bp-tick">
          <line x1={LEFT - 4} x2={w - RIGHT} y1={y(v)} y2={y(v)} />
          <text x={LEFT - 6} y={y(v)} textAnchor="end" dominantBaseline="central">{`1e${Math.round(Math.log10(v))}`.replace('-', '−')}</text>
        </g>
      ))}
      {known.length > 1 && (
        <polyline className="bp-rms-line" fill="none" stroke={BACKWARD}
          points={known.filter((s) => s.deltaRms > 0).map((s) => `${xOf(s.layer)},${y(s.deltaRms)}`).join(' ')} />
      )}
      {known.map((s) => (
        <g key={s.layer}>
          {s.deltaRms > 0 && <circle cx={xOf(s.layer)} cy={y(s.deltaRms)} r={s.layer === activeLayer ? 6 : 4} fill={BACKWARD} />}
          {s.layer < L && Number.isFinite(s.ratio) && (
            <text className={`bp-factor${s.layer === activeLayer ? ' bp-col-active' : ''}`} x={xOf(s.layer)} y={CHART_TOP + CHART_H + 18} textAnchor="middle">
              {times(s.ratio)}
            </text>
          )}
          {s.layer === activeLayer && <title>{`RMS |δ| = ${sig3(s.deltaRms)}`}</title>}
        </g>
      ))}
    </svg>
  );
}
