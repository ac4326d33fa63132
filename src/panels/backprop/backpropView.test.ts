/**
 * The walk-through's view helpers: labels never overlap boxes or each other, each phase shows
 * the quantities the algorithm has computed by then (and no δ before the backward pass
 * reaches a unit), nudge targets and the log slider.
 */
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../core/layout';
import { phaseSequence, traceExample, type Phase } from '../../core/backprop';
import { bpGeometry, isCompact, labelWidth, LABEL_H, placeLabels, unitRects, type Rect } from './bpGeometry';
import { linkView, unitView } from './phaseView';
import { defaultTarget, sameTarget, targetFits, targetSymbol } from './targets';
import { fromSlider, toSlider } from './NudgeControl';
import { sig3 } from './bpFormat';

const spec = { inputs: 2, hidden: [{ units: 3, fn: 'sigmoid' as const }], outputs: 1, output: 'sigmoid' as const };
const params = [0.5, -1, 2, 0.3, -0.7, 1.2, 0.1, -0.2, 0.3, 1, -2, 0.5, 0.05];
const tr = traceExample({ spec, loss: 'bce', params, x: [1, 0.5], t: [1] });

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('geometry and labels', () => {
  it('places labels without overlapping unit boxes or each other, at any width', () => {
    for (const width of [320, 640, 1000]) {
      const g = bpGeometry(tr.layout, width);
      const boxes = unitRects(g);
      const placed = placeLabels(g.links.map((link, id) => ({ id, text: '−0.123', link })), boxes);
      expect(placed.length).toBeGreaterThan(0);
      const rects = placed.map((p) => ({ x: p.x - p.w / 2, y: p.y - LABEL_H / 2, w: p.w, h: LABEL_H }));
      rects.forEach((r, i) => {
        for (const b of boxes) expect(overlap(r, b)).toBe(false);
        for (let j = i + 1; j < rects.length; j++) expect(overlap(r, rects[j]!)).toBe(false);
      });
      expect(labelWidth('−0.123')).toBeGreaterThan(6 * 6); // ≥ 6 px per glyph at 12 px
    }
  });

  it('one link per weight, at the layout\'s index', () => {
    const g = bpGeometry(tr.layout, 640);
    expect(g.links).toHaveLength(2 * 3 + 3);
    const k = g.links.find((l) => l.layer === 2 && l.to === 0 && l.from === 2)!;
    expect(k.param).toBe(tr.layout.layers[1]!.wOffset + 2);
    expect(g.units).toHaveLength(2 + 3 + 1);
  });

  it('compact view for deep or wide nets', () => {
    expect(isCompact(tr.layout)).toBe(false);
    expect(isCompact(buildLayout({ inputs: 2, hidden: Array.from({ length: 10 }, () => ({ units: 8, fn: 'sigmoid' as const })), outputs: 1, output: 'sigmoid' }))).toBe(true);
    expect(isCompact(buildLayout({ inputs: 2, hidden: [{ units: 7, fn: 'relu' }], outputs: 1, output: 'sigmoid' }))).toBe(true);
  });
});

describe('what each phase shows', () => {
  const phases = phaseSequence(2);
  const at = (kind: Phase['kind'], layer: number) => phases.find((p) => p.kind === kind && p.layer === layer)!;

  it('forward: z and a up to the current layer, nothing beyond; links carry w·a', () => {
    const f1 = at('forward', 1);
    expect(unitView(tr, f1, 1, 0, 0.1).lines.map((l) => l.label)).toEqual(['z', 'a']);
    expect(unitView(tr, f1, 2, 0, 0.1).lines).toEqual([]);
    const w = params[1]!; // layer 1, unit 1, from input 2
    expect(linkView(tr, f1, 1, 1, 0, 0.1).value).toBe(w * 0.5);
    expect(linkView(tr, f1, 2, 0, 0, 0.1).value).toBeNull();
  });

  it('no δ before the backward pass reaches a unit; w·δ flows back on the layer above', () => {
    for (const p of phases) {
      const known = unitView(tr, p, 1, 0, 0.1).delta !== null;
      expect(known).toBe(p.kind === 'gradients' || p.kind === 'update' || (p.kind === 'backward' && p.layer === 1));
    }
    const b1 = at('backward', 1);
    const wo = tr.layout.layers[1]!.wOffset;
    expect(linkView(tr, b1, 2, 1, 0, 0.1)).toEqual({ value: params[wo + 1]! * tr.delta[1]![0]!, flow: 'backward', labelled: true });
    // The sigmoid's factor is shown against its bound.
    expect(unitView(tr, b1, 1, 0, 0.1).lines.find((l) => l.label === 'f′(z)')?.bound).toBe(0.25);
  });

  it('gradients show δ·a, the update −η·δ·a', () => {
    const g = at('gradients', 2), u = at('update', 2);
    const k = tr.layout.layers[0]!.wOffset + 2 * 1 + 0; // unit 2 from input 1
    expect(linkView(tr, g, 1, 0, 1, 0.1).value).toBe(tr.delta[0]![1]! * 1);
    expect(linkView(tr, u, 1, 0, 1, 0.1).value).toBe(-0.1 * tr.grads[k]!);
  });
});

describe('nudge targets and the slider', () => {
  it('the default is the output weight with the largest |gradient|', () => {
    const d = defaultTarget(tr);
    const l = tr.layout.layers[1]!;
    const gs = [0, 1, 2].map((j) => Math.abs(tr.grads[l.wOffset + j]!));
    expect(d).toEqual({ kind: 'weight', layer: 1, i: 0, j: gs.indexOf(Math.max(...gs)) });
    expect(targetFits(tr, { kind: 'bias', layer: 1, i: 1 })).toBe(false);
    expect(sameTarget({ kind: 'input', j: 1 }, { kind: 'input', j: 1 })).toBe(true);
    expect(sameTarget({ kind: 'bias', layer: 0, i: 1 }, { kind: 'input', j: 1 })).toBe(false);
    expect(targetSymbol({ kind: 'weight', layer: 0, i: 0, j: 1 })).toBe('w₁₂');
  });

  it('the log slider spans 0.001 .. 0.5 and round-trips', () => {
    expect(fromSlider(0)).toBe(0.001);
    expect(fromSlider(1000)).toBe(0.5);
    for (const e of [0.001, 0.01, 0.1, 0.5]) expect(fromSlider(toSlider(e))).toBeCloseTo(e, 3);
  });

  it('numbers keep three significant digits and a true minus', () => {
    expect(sig3(-0.123456)).toBe('−0.123');
    expect(sig3(1.23e-7)).toBe('1.23e−7');
    expect(sig3(NaN)).toBe('—');
  });
});
