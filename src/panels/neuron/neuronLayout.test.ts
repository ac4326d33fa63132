import { describe, expect, it } from 'vitest';
import { MAX_DRAWN_INPUTS, neuronRows, weightLabelAt } from './NeuronDiagram';

/** A text box at 11 px: the widest number the card prints ("−0.00") is 5 glyphs of at most 0.62 em. */
const FONT = 11;
const box = (x: number, baseline: number, chars = 5) => {
  const w = chars * 0.62 * FONT;
  return { x0: x - w / 2, x1: x + w / 2, y0: baseline - FONT, y1: baseline + 0.25 * FONT };
};
type Box = ReturnType<typeof box>;
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('neuron diagram label layout', () => {
  it('weight numbers never overlap each other, for 1 to the maximum drawn inputs', () => {
    for (let rows = 1; rows <= MAX_DRAWN_INPUTS + 1; rows++) {
      const { H, y } = neuronRows(rows);
      const labels = y.map((yy) => { const p = weightLabelAt(yy, H / 2); return box(p.x, p.y); });
      for (let a = 0; a < labels.length; a++) {
        for (let b = a + 1; b < labels.length; b++) expect(overlap(labels[a]!, labels[b]!), `rows ${rows}: ${a} vs ${b}`).toBe(false);
      }
    }
  });

  it('weight numbers stay clear of the input circles (centre x 44, radius 13) and of the sum node label', () => {
    for (let rows = 1; rows <= MAX_DRAWN_INPUTS + 1; rows++) {
      const { H, y } = neuronRows(rows);
      const cy = H / 2;
      const zLabel = box(168, cy - 26, 9); // "z = −0.05"
      const bLabel = box(168, cy + 36, 8); // "b = −0.00"
      for (const yy of y) {
        const p = weightLabelAt(yy, cy);
        const l = box(p.x, p.y);
        expect(l.x0).toBeGreaterThan(44 + 13);
        expect(overlap(l, zLabel)).toBe(false);
        expect(overlap(l, bLabel)).toBe(false);
      }
    }
  });
});
