/**
 * The seed lesson's picture of one neuron: inputs on the left, one link per weight (colour =
 * sign, width = size), the summing node with its bias, the activation, and the output.
 */
import { t } from '../../i18n';
import { useId } from 'react';
import { BLUE, ORANGE, divergingColor } from '../../viz/colors';
import { short2 } from '../../viz/numbers';
import type { NeuronTerms } from './neuronMath';

/** Inputs drawn; a wider neuron shows the first ones and says how many more there are. */
export const MAX_DRAWN_INPUTS = 6;

/** Names short enough for the activation box. */
const FN_SHORT: Partial<Record<NeuronTerms['fn'], string>> = {
  sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU', linear: 'id', softmax: 'soft', 'leaky-relu': 'LReLU', elu: 'ELU',
};

const ROW = 30;
const W = 300;
const IN_X = 44, SUM_X = 168, F_X = 222, OUT_X = 276;

/**
 * Where a weight's number sits on its link: a quarter of the way from the input, where the
 * links are still ROW * 0.75 apart, so numbers of neighbouring inputs never overlap (at the
 * link midpoints they converged on the sum node and collided from 4 inputs on).
 */
export const WEIGHT_T = 0.25;
export function weightLabelAt(y: number, cy: number): { x: number; y: number } {
  const x0 = IN_X + 14, x1 = SUM_X - 20;
  return { x: x0 + WEIGHT_T * (x1 - x0) + 12, y: y + WEIGHT_T * (cy - y) - 4 };
}

/** The y of each drawn input row and the figure's height, for `rows` rows. */
export function neuronRows(rows: number): { H: number; y: number[] } {
  const H = Math.max(3, rows) * ROW + 22;
  return { H, y: Array.from({ length: rows }, (_, r) => (H - rows * ROW) / 2 + r * ROW + ROW / 2) };
}

export interface NeuronDiagramProps {
  terms: NeuronTerms;
  /** Colour range of the unit's output, and of its inputs (null: raw inputs, drawn white). */
  domain: [number, number];
  inputDomain: [number, number] | null;
}

export function NeuronDiagram({ terms, domain, inputDomain }: NeuronDiagramProps) {
  const arrow = `nc-arrow-${useId().replace(/[^\w-]/g, '')}`;
  const shown = terms.inputs.slice(0, MAX_DRAWN_INPUTS);
  const more = terms.inputs.length - shown.length;
  const rows = shown.length + (more > 0 ? 1 : 0);
  const { H, y: ys } = neuronRows(rows);
  const cy = H / 2;
  const maxW = Math.max(1e-9, ...terms.inputs.map((i) => Math.abs(i.w)));
  const rowY = (r: number) => ys[r] ?? (H - rows * ROW) / 2 + r * ROW + ROW / 2;
  return (
    <svg className="nc-diagram" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img"
      aria-label={t('neuron.diagram', { n: terms.inputs.length, z: short2(terms.z), a: short2(terms.a) })}>
      <defs>
        <marker id={arrow} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill="#59636e" />
        </marker>
      </defs>
      {shown.map((inp, r) => {
        const y = rowY(r);
        const width = 1 + 3.5 * (Math.abs(inp.w) / maxW);
        const w = weightLabelAt(y, cy);
        return (
          <g key={r} className="nc-input">
            <line x1={IN_X + 14} y1={y} x2={SUM_X - 20} y2={cy} stroke={inp.w >= 0 ? BLUE : ORANGE} strokeWidth={width} strokeOpacity={0.75} />
            <circle cx={IN_X} cy={y} r={13} fill={inputDomain ? divergingColor(inp.x, inputDomain) : '#fff'} stroke="#8c959f" />
            <text x={IN_X - 18} y={y + 4} textAnchor="end" className="nc-label">{inp.label}</text>
            <text x={IN_X} y={y + 4} textAnchor="middle" className="nc-val">{short2(inp.x)}</text>
            <text x={w.x} y={w.y} textAnchor="middle" className="nc-weight">{short2(inp.w)}</text>
          </g>
        );
      })}
      {more > 0 && (
        <text x={IN_X} y={rowY(shown.length) + 4} textAnchor="middle" className="nc-label">{t('neuron.plusMore', { n: more })}</text>
      )}
      <circle cx={SUM_X} cy={cy} r={20} fill="#fff" stroke="#3d444d" strokeWidth={1.5} />
      <text x={SUM_X} y={cy + 6} textAnchor="middle" className="nc-sigma">Σ</text>
      <text x={SUM_X} y={cy + 36} textAnchor="middle" className="nc-weight">b = {short2(terms.bias)}</text>
      <text x={SUM_X} y={cy - 26} textAnchor="middle" className="nc-label">z = {short2(terms.z)}</text>
      <line x1={SUM_X + 20} y1={cy} x2={F_X - 18} y2={cy} stroke="#59636e" strokeWidth={1.5} markerEnd={`url(#${arrow})`} />
      <rect x={F_X - 18} y={cy - 14} width={36} height={28} rx={5} fill="#f6f8fa" stroke="#3d444d" />
      <text x={F_X} y={cy + 5} textAnchor="middle" className="nc-f">{FN_SHORT[terms.fn] ?? 'f'}</text>
      <line x1={F_X + 18} y1={cy} x2={OUT_X - 16} y2={cy} stroke="#59636e" strokeWidth={1.5} markerEnd={`url(#${arrow})`} />
      <circle cx={OUT_X} cy={cy} r={15} fill={divergingColor(terms.a, domain)} stroke="#3d444d" />
      <text x={OUT_X} y={cy + 4} textAnchor="middle" className="nc-val">{short2(terms.a)}</text>
      <text x={OUT_X} y={cy - 21} textAnchor="middle" className="nc-label">a</text>
    </svg>
  );
}
