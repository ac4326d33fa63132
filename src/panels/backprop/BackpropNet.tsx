/**
 * The step-through diagram for small nets: every unit as a box with the numbers of the
 * current phase, every weight as a link whose width is its share of what flows through it
 * (w·a forward, w·δ backward, δ·a as a gradient). Units and links carry their exact values
 * as data attributes; a tap on a link, a unit or an input picks it for the nudge.
 */
import { useMemo, type KeyboardEvent } from 'react';
import type { ExampleTrace, Phase } from '../../core/backprop';
import type { NudgeTarget } from '../../core/influence';
import { useT } from '../../i18n';
import { BACKWARD, flowColor, flowWidth, IDLE } from './bpColors';
import { sig3 } from './bpFormat';
import { BOX_H, BOX_W, LOSS_W, bpGeometry, placeLabels, unitRects, type LabelCandidate } from './bpGeometry';
import { linkView, unitView, type LinkView } from './phaseView';
import { sameTarget } from './targets';

export interface BackpropNetProps {
  trace: ExampleTrace;
  phase: Phase;
  /** Learning rate of the update phase. */
  lr: number;
  /** Available width in px (the drawing scrolls when it needs more). */
  width: number;
  target: NudgeTarget | null;
  onTarget(target: NudgeTarget): void;
}

const LINE_H = 15;

export function BackpropNet({ trace, phase, lr, width, target, onTarget }: BackpropNetProps) {
  const t = useT();
  const L = trace.delta.length;
  const geom = useMemo(() => bpGeometry(trace.layout, width), [trace.layout, width]);
  const links = geom.links.map((g) => ({ g, v: linkView(trace, phase, g.layer, g.from, g.to, lr) }));
  // Widths compare links of the same layer (deep δ would otherwise vanish from view).
  const maxByLayer = new Map<number, number>();
  for (const { g, v } of links) if (v.value !== null) maxByLayer.set(g.layer, Math.max(maxByLayer.get(g.layer) ?? 0, Math.abs(v.value)));
  const cands: LabelCandidate[] = links
    .map(({ g, v }, id) => ({ id, g, v }))
    .filter((c) => c.v.labelled && c.v.value !== null)
    .sort((p, q) => Math.abs(q.v.value!) - Math.abs(p.v.value!))
    .map((c) => ({ id: c.id, text: sig3(c.v.value!), link: c.g }));
  const labels = placeLabels(cands, unitRects(geom));
  const keyPick = (e: KeyboardEvent, pick: () => void) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); }
  };
  const colName = (c: number) => (c === 0 ? t('backprop.net.inputs') : c === L ? t('backprop.net.output') : c === L + 1 ? t('backprop.net.loss') : t('backprop.net.layer', { n: c }));
  const activeCol = phase.kind === 'gradients' || phase.kind === 'update' ? -1 : phase.layer;

  return (
    <svg className="bp-net" width={geom.width} height={geom.height} role="group" aria-label={t('backprop.net.aria')}>
      {geom.columns.map((x, c) => (
        <text key={c} className={c === activeCol ? 'bp-col bp-col-active' : 'bp-col'} x={x} y={14} textAnchor="middle">{colName(c)}</text>
      ))}
      {links.map(({ g, v }) => (
        <LinkEl
          key={g.param} g={g} v={v} w={trace.params[g.param]!} max={maxByLayer.get(g.layer) ?? 0}
          picked={target?.kind === 'weight' && target.layer === g.layer - 1 && target.i === g.to && target.j === g.from}
          label={t('backprop.net.weight', { layer: g.layer, to: g.to + 1, from: g.from + 1 })}
          onPick={() => onTarget({ kind: 'weight', layer: g.layer - 1, i: g.to, j: g.from })} onKey={keyPick}
        />
      ))}
      {labels.map((p) => {
        const v = links[p.id]!.v;
        return (
          <g key={`lab${p.id}`} className="bp-link-label" pointerEvents="none">
            <rect x={p.x - p.w / 2} y={p.y - 8} width={p.w} height={16} rx={3} />
            <text x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central" fill={v.flow === 'backward' ? BACKWARD : undefined}>{p.text}</text>
          </g>
        );
      })}
      {geom.units.map((u) => {
        const view = unitView(trace, phase, u.layer, u.index, lr);
        const isInput = u.layer === 0;
        const z = isInput ? trace.x[u.index]! : trace.z[u.layer - 1]![u.index]!;
        const a = trace.a[u.layer]![u.index]!;
        const b = isInput ? 0 : trace.params[trace.layout.layers[u.layer - 1]!.bOffset + u.index]!;
        const tgt: NudgeTarget = isInput ? { kind: 'input', j: u.index } : { kind: 'bias', layer: u.layer - 1, i: u.index };
        const picked = sameTarget(target, tgt);
        const top = u.y - BOX_H / 2;
        const firstLine = top + BOX_H / 2 - ((view.lines.length - 1) * LINE_H) / 2;
        return (
          // Inputs are identity units without a bias: z = a = x and b = 0, so every unit carries the same attributes.
          <g
            key={`${u.layer}-${u.index}`}
            className={`bp-unit${view.active ? ' bp-active' : ''}${picked ? ' bp-picked' : ''}`}
            data-layer={u.layer} data-unit={u.index + 1} data-b={b} data-z={z} data-a={a}
            data-delta={view.delta === null ? undefined : view.delta}
            tabIndex={0} role="button"
            aria-label={unitName(view.lines, isInput ? t('backprop.net.inputUnit', { n: u.index + 1 }) : t('backprop.net.unit', { layer: u.layer, n: u.index + 1 }))}
            onClick={() => onTarget(tgt)} onKeyDown={(e) => keyPick(e, () => onTarget(tgt))}
          >
            <rect x={u.x - BOX_W / 2} y={top} width={BOX_W} height={BOX_H} rx={6} />
            {view.lines.map((line, k) => (
              <text key={line.label} x={u.x - BOX_W / 2 + 7} y={firstLine + k * LINE_H} dominantBaseline="central" className={`bp-line bp-${line.flow}`}>
                {line.label} = {sig3(line.value)}
                {/* A trailing space keeps the lines separate words in the element's text ("0 a", not "0a"), which the accessible-name check reads. */}
                {' '}
              </text>
            ))}
            {/* The bound sits just above the box, in the gap between rows, so long numbers keep their room. */}
            {view.lines.some((l) => l.bound !== undefined) && (
              <text className="bp-bound" x={u.x + BOX_W / 2} y={top - 4} textAnchor="end">{`f′(z) ≤ ${view.lines.find((l) => l.bound !== undefined)!.bound}`}</text>
            )}
          </g>
        );
      })}
      {geom.units.filter((u) => u.layer === L).map((u) => (
        <line key={`to-loss${u.index}`} className="bp-to-loss" x1={u.x + BOX_W / 2} y1={u.y} x2={geom.loss.x - LOSS_W / 2} y2={geom.loss.y}
          stroke={phase.kind === 'loss' || phase.kind === 'backward' ? BACKWARD : IDLE} />
      ))}
      <LossBox trace={trace} phase={phase} x={geom.loss.x} y={geom.loss.y} />
    </svg>
  );
}

interface LinkElProps {
  g: ReturnType<typeof bpGeometry>['links'][number];
  v: LinkView;
  w: number;
  max: number;
  picked: boolean;
  label: string;
  onPick(): void;
  onKey(e: KeyboardEvent, pick: () => void): void;
}

function LinkEl({ g, v, w, max, picked, label, onPick, onKey }: LinkElProps) {
  const idle = v.value === null;
  const stroke = idle ? IDLE : flowColor(v.flow, v.value!, max > 0 ? Math.abs(v.value!) / max : 0);
  return (
    <g
      className={`bp-link${picked ? ' bp-picked' : ''}`} data-layer={g.layer} data-from={g.from + 1} data-to={g.to + 1} data-w={w}
      tabIndex={0} role="button" aria-label={label} onClick={onPick} onKeyDown={(e) => onKey(e, onPick)}
    >
      <line x1={g.x1} y1={g.y1} x2={g.x2} y2={g.y2} stroke={stroke} strokeWidth={idle ? 1 : flowWidth(v.value!, max)}
        strokeDasharray={v.flow === 'backward' && !idle && v.value! < 0 ? '6 3' : undefined} />
      <line className="bp-hit" x1={g.x1} y1={g.y1} x2={g.x2} y2={g.y2} />
    </g>
  );
}

function LossBox({ trace, phase, x, y }: { trace: ExampleTrace; phase: Phase; x: number; y: number }) {
  const shown = phase.kind !== 'forward';
  const lines = shown ? [`L = ${sig3(trace.lossValue)}`, `t = ${Array.from(trace.t, sig3).join(', ')}`] : ['L = ?'];
  return (
    <g className={`bp-loss${phase.kind === 'loss' ? ' bp-active' : ''}`}>
      <rect x={x - LOSS_W / 2} y={y - BOX_H / 2} width={LOSS_W} height={BOX_H} rx={BOX_H / 2} />
      {lines.map((s, k) => (
        <text key={k} x={x} y={y + (k - (lines.length - 1) / 2) * LINE_H} textAnchor="middle" dominantBaseline="central" className="bp-line">{s}</text>
      ))}
    </g>
  );
}

/** The unit's accessible name starts with the numbers it shows, so speech input can name it by what is visible (WCAG 2.5.3). */
function unitName(lines: readonly { label: string; value: number }[], purpose: string): string {
  return lines.length === 0 ? purpose : `${lines.map((l) => `${l.label} = ${sig3(l.value)}`).join(', ')}. ${purpose}`;
}
