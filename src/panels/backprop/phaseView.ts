/**
 * What each unit and link shows in each phase of the walk-through, as plain data: the lines
 * of numbers in a unit box, the quantity a link carries (w·a forward, w·δ backward, δ·a as a
 * gradient, −η·δ·a as an update) and whether it is part of the current step.
 */
import type { ExampleTrace, Phase } from '../../core/backprop';

export type Flow = 'forward' | 'backward' | 'gradient' | 'update';

export interface UnitLine {
  readonly label: string;
  readonly value: number;
  readonly flow: Flow;
  /** For f'(z) of a sigmoid layer: its bound 0.25, shown beside the value. */
  readonly bound?: number;
}

export interface UnitView {
  readonly lines: UnitLine[];
  /** Part of the current step (drawn strong; others faded). */
  readonly active: boolean;
  /** δ once the backward pass has reached the unit (dL/dx for inputs), else null. */
  readonly delta: number | null;
}

export interface LinkView {
  /** The quantity the link carries in this phase, or null when it carries nothing yet. */
  readonly value: number | null;
  readonly flow: Flow;
  /** Labelled in this phase (if there is room). */
  readonly labelled: boolean;
}

/** True once the backward pass has computed δ for `layer` (0 = inputs: dL/dx after layer 1). */
export function deltaKnown(phase: Phase, layer: number): boolean {
  if (phase.kind === 'gradients' || phase.kind === 'update') return true;
  if (phase.kind !== 'backward') return false;
  return layer === 0 ? phase.layer === 1 : layer >= phase.layer;
}

/** Unit `index` of `layer` (0 = inputs) in `phase`. `lr` is the SGD step size of the update phase. */
export function unitView(tr: ExampleTrace, phase: Phase, layer: number, index: number, lr: number): UnitView {
  const L = tr.delta.length;
  const known = deltaKnown(phase, layer);
  const delta = !known ? null : layer === 0 ? tr.inputGrad[index]! : tr.delta[layer - 1]![index]!;
  if (layer === 0) {
    const lines: UnitLine[] = [{ label: 'x', value: tr.x[index]!, flow: 'forward' }];
    if (delta !== null) lines.push({ label: '∂L/∂x', value: delta, flow: 'backward' });
    return { lines, active: phase.kind === 'forward' && phase.layer === 1, delta };
  }
  const k = layer - 1;
  const z = tr.z[k]![index]!, a = tr.a[layer]![index]!;
  const fp = tr.fPrime[k]![index]!;
  const bound = tr.layout.layers[k]!.fn === 'sigmoid' ? 0.25 : undefined;
  const b = tr.params[tr.layout.layers[k]!.bOffset + index]!;
  switch (phase.kind) {
    case 'forward':
      return phase.layer < layer
        ? { lines: [], active: false, delta }
        : { lines: [{ label: 'z', value: z, flow: 'forward' }, { label: 'a', value: a, flow: 'forward' }], active: phase.layer === layer, delta };
    case 'loss':
      return layer === L
        ? { lines: [{ label: 'a', value: a, flow: 'forward' }, { label: '∂L/∂a', value: tr.dLdA[k]![index]!, flow: 'backward' }, { label: 'δ', value: tr.delta[k]![index]!, flow: 'backward' }], active: true, delta }
        : { lines: [{ label: 'z', value: z, flow: 'forward' }, { label: 'a', value: a, flow: 'forward' }], active: false, delta };
    case 'backward': {
      if (layer < phase.layer) return { lines: [{ label: 'a', value: a, flow: 'forward' }], active: false, delta };
      if (layer > phase.layer) return { lines: [{ label: 'a', value: a, flow: 'forward' }, { label: 'δ', value: delta!, flow: 'backward' }], active: false, delta };
      const lines: UnitLine[] = [{ label: '∂L/∂a', value: tr.dLdA[k]![index]!, flow: 'backward' }];
      if (!Number.isNaN(fp)) lines.push({ label: "f′(z)", value: fp, flow: 'backward', bound });
      lines.push({ label: 'δ', value: delta!, flow: 'backward' });
      return { lines, active: true, delta };
    }
    case 'gradients':
      // ∂L/∂b is δ itself (the phase text says so); one line keeps the box readable.
      return { lines: [{ label: '∂L/∂b', value: tr.grads[tr.layout.layers[k]!.bOffset + index]!, flow: 'gradient' }], active: true, delta };
    case 'update':
      return { lines: [{ label: 'b', value: b, flow: 'forward' }, { label: 'Δb', value: -lr * tr.grads[tr.layout.layers[k]!.bOffset + index]!, flow: 'update' }], active: true, delta };
  }
}

/** The link feeding unit `to` of weighted layer `layer` (1-based) from unit `from` below, in `phase`. */
export function linkView(tr: ExampleTrace, phase: Phase, layer: number, from: number, to: number, lr: number): LinkView {
  const l = tr.layout.layers[layer - 1]!;
  const p = l.wOffset + to * l.fanIn + from;
  const w = tr.params[p]!;
  switch (phase.kind) {
    case 'forward':
      return layer <= phase.layer
        ? { value: w * tr.a[layer - 1]![from]!, flow: 'forward', labelled: layer === phase.layer }
        : { value: null, flow: 'forward', labelled: false };
    case 'loss':
      return { value: w * tr.a[layer - 1]![from]!, flow: 'forward', labelled: false };
    case 'backward':
      // Layer k's δ is built from the links of layer k + 1, each carrying w·δ back.
      return layer > phase.layer
        ? { value: w * tr.delta[layer - 1]![to]!, flow: 'backward', labelled: layer === phase.layer + 1 }
        : { value: null, flow: 'backward', labelled: false };
    case 'gradients':
      return { value: tr.grads[p]!, flow: 'gradient', labelled: true };
    case 'update':
      return { value: -lr * tr.grads[p]!, flow: 'update', labelled: true };
  }
}
