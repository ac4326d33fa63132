/** Nudge targets: equality, the default choice, and their names ("w₁₂ of layer 2"). */
import type { ExampleTrace } from '../../core/backprop';
import type { NudgeTarget } from '../../core/influence';

export function sameTarget(a: NudgeTarget | null, b: NudgeTarget | null): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'input') return a.j === (b as typeof a).j;
  if (a.kind === 'bias') return a.layer === (b as typeof a).layer && a.i === (b as typeof a).i;
  const c = b as typeof a;
  return a.layer === c.layer && a.i === c.i && a.j === c.j;
}

/** True when the target exists in the traced net (a rebuild can remove it). */
export function targetFits(tr: ExampleTrace, t: NudgeTarget): boolean {
  if (t.kind === 'input') return t.j >= 0 && t.j < tr.x.length;
  const L = tr.layout.layers[t.layer];
  if (!L || t.i < 0 || t.i >= L.fanOut) return false;
  return t.kind === 'bias' || (t.j >= 0 && t.j < L.fanIn);
}

/**
 * The weight with the largest |dL/dw| in the output layer: its nudge shows the clearest
 * change of the loss. Falls back to the first output bias when every weight gradient is 0.
 */
export function defaultTarget(tr: ExampleTrace): NudgeTarget {
  const layer = tr.layout.layers.length - 1;
  const l = tr.layout.layers[layer]!;
  let best = { i: 0, j: 0, g: -1 };
  for (let i = 0; i < l.fanOut; i++) {
    for (let j = 0; j < l.fanIn; j++) {
      const g = Math.abs(tr.grads[l.wOffset + i * l.fanIn + j]!);
      if (g > best.g) best = { i, j, g };
    }
  }
  // All zero (an input of 0 everywhere, say): the bias still moves the loss.
  if (best.g === 0) return { kind: 'bias', layer, i: 0 };
  return { kind: 'weight', layer, i: best.i, j: best.j };
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => String(n).split('').map((c) => SUB[Number(c)] ?? c).join('');

/** Symbol of a target: "x₂", "b₁", "w₁₂" (to unit 1 from unit 2); the layer is said separately. */
export function targetSymbol(t: NudgeTarget): string {
  if (t.kind === 'input') return `x${sub(t.j + 1)}`;
  if (t.kind === 'bias') return `b${sub(t.i + 1)}`;
  return `w${sub(t.i + 1)}${t.i + 1 > 9 || t.j + 1 > 9 ? ',' : ''}${sub(t.j + 1)}`;
}
