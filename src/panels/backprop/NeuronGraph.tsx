/**
 * A single neuron as a computation graph: x and w meet in ×, the products and b meet in +,
 * then f, then the loss. Above each edge the value flowing forward; below it the influence
 * flowing back (∂L/∂ of that value), which is the local derivative times the one after it:
 * ∂(w·x)/∂w = x, ∂(w·x)/∂x = w, ∂(… + b)/∂b = 1, ∂a/∂z = f′(z). A tap on x, w or b nudges it.
 */
import type { ExampleTrace } from '../../core/backprop';
import type { NudgeTarget } from '../../core/influence';
import { useT } from '../../i18n';
import { BACKWARD } from './bpColors';
import { sig3 } from './bpFormat';
import { sameTarget } from './targets';

export interface NeuronGraphProps {
  trace: ExampleTrace;
  target: NudgeTarget | null;
  onTarget(t: NudgeTarget): void;
}

interface Node { id: string; label: string; x: number; y: number; target?: NudgeTarget; op?: boolean }
/** `at` is where along the edge its two labels sit (leaf edges nearer their leaf, clear of the neighbour's). */
interface Edge { from: string; to: string; fwd: string; bwd: string; at: number }

const W = 640;
/** Vertical room per input: x above, w below, SEP px apart, so the labels between them never meet. */
const PAIR = 140;
const SEP = 76;

/** Graph for a net with no hidden layer and one output (the caller checks). */
export function NeuronGraph({ trace, target, onTarget }: NeuronGraphProps) {
  const t = useT();
  const n = trace.x.length;
  const l = trace.layout.layers[0]!;
  const d = trace.delta[0]![0]!;
  const z = trace.z[0]![0]!, a = trace.a[1]![0]!;
  const yb = 24 + n * PAIR - 20;
  const height = yb + 40;
  const mid = (24 + yb) / 2;
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  for (let j = 0; j < n; j++) {
    const w = trace.params[l.wOffset + j]!, x = trace.x[j]!;
    const yx = 24 + j * PAIR, yw = yx + SEP;
    nodes.push({ id: `x${j}`, label: `x${j + 1}`, x: 36, y: yx, target: { kind: 'input', j } });
    nodes.push({ id: `w${j}`, label: `w${j + 1}`, x: 36, y: yw, target: { kind: 'weight', layer: 0, i: 0, j } });
    nodes.push({ id: `m${j}`, label: '×', x: 240, y: (yx + yw) / 2, op: true });
    edges.push({ from: `x${j}`, to: `m${j}`, fwd: sig3(x), bwd: `w·δ = ${sig3(w * d)}`, at: 0.3 });
    edges.push({ from: `w${j}`, to: `m${j}`, fwd: sig3(w), bwd: `x·δ = ${sig3(x * d)}`, at: 0.3 });
    edges.push({ from: `m${j}`, to: 'sum', fwd: sig3(w * x), bwd: sig3(d), at: 0.5 });
  }
  nodes.push({ id: 'b', label: 'b', x: 36, y: yb, target: { kind: 'bias', layer: 0, i: 0 } });
  edges.push({ from: 'b', to: 'sum', fwd: sig3(trace.params[l.bOffset]!), bwd: `1·δ = ${sig3(d)}`, at: 0.55 });
  nodes.push({ id: 'sum', label: '+', x: 400, y: mid, op: true });
  nodes.push({ id: 'f', label: 'f', x: 510, y: mid, op: true });
  nodes.push({ id: 'L', label: 'L', x: W - 24, y: mid, op: true });
  const fp = trace.fPrime[0]![0]!;
  edges.push({ from: 'sum', to: 'f', fwd: `z = ${sig3(z)}`, bwd: `δ = ${sig3(d)}`, at: 0.5 });
  edges.push({ from: 'f', to: 'L', fwd: `a = ${sig3(a)}`, bwd: `∂L/∂a = ${sig3(trace.dLdA[0]![0]!)}`, at: 0.5 });
  const at = new Map(nodes.map((p) => [p.id, p]));

  return (
    <figure className="bp-graph">
      <figcaption>{t('backprop.graph.caption')}</figcaption>
      <svg width={W} height={height} role="group" aria-label={t('backprop.graph.aria')}>
        {edges.map((e) => {
          const p = at.get(e.from)!, q = at.get(e.to)!;
          const mx = p.x + (q.x - p.x) * e.at, my = p.y + (q.y - p.y) * e.at;
          return (
            <g key={`${e.from}-${e.to}`} className="bp-graph-edge">
              <line x1={p.x + 16} y1={p.y} x2={q.x - 16} y2={q.y} />
              <text x={mx} y={my - 7} textAnchor="middle" className="bp-forward">{e.fwd}</text>
              <text x={mx} y={my + 15} textAnchor="middle" fill={BACKWARD}>{e.bwd}</text>
            </g>
          );
        })}
        {nodes.map((p) => {
          const picked = p.target !== undefined && sameTarget(target, p.target);
          const pick = p.target ? () => onTarget(p.target!) : undefined;
          return (
            <g
              key={p.id} className={`bp-graph-node${p.op ? ' bp-op' : ''}${picked ? ' bp-picked' : ''}`}
              tabIndex={pick ? 0 : undefined} role={pick ? 'button' : undefined}
              aria-label={pick ? t('backprop.graph.nudge', { name: p.label }) : undefined}
              onClick={pick} onKeyDown={pick ? (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } } : undefined}
            >
              <circle cx={p.x} cy={p.y} r={16} />
              <text x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central">{p.label}</text>
            </g>
          );
        })}
        <text className="bp-note-svg" x={510} y={mid + 36} textAnchor="middle">{`f′(z) = ${sig3(fp)}`}</text>
      </svg>
    </figure>
  );
}
