/** Weight initializers against their published variances (LeCun 1998, Glorot and Bengio 2010, He et al. 2015). */
import { describe, expect, it } from 'vitest';
import { buildLayout, createRng, initParams, type InitName } from './index';

// One 120 -> 80 layer: 9600 weights, so the sample variance has a relative sd of ~1.5 % (normal) or less.
const FAN_IN = 120;
const FAN_OUT = 80;
const layout = buildLayout({ inputs: FAN_IN, hidden: [], outputs: FAN_OUT, output: 'linear' });

const CASES: [InitName, number, number | null][] = [
  // name, variance from the paper, half-width if uniform
  ['standard', 1 / (3 * FAN_IN), 1 / Math.sqrt(FAN_IN)],
  ['lecun-normal', 1 / FAN_IN, null],
  ['glorot-uniform', 2 / (FAN_IN + FAN_OUT), Math.sqrt(6 / (FAN_IN + FAN_OUT))],
  ['glorot-normal', 2 / (FAN_IN + FAN_OUT), null],
  ['he-uniform', 2 / FAN_IN, Math.sqrt(6 / FAN_IN)],
  ['he-normal', 2 / FAN_IN, null],
  ['uniform', 0.25 ** 2 / 3, 0.25],
  ['normal', 0.25 ** 2, null],
];

describe('initParams', () => {
  it.each(CASES)('%s: sample variance matches, mean ~0, uniform draws stay inside their bounds', (init, variance, half) => {
    const p = new Float64Array(layout.paramCount).fill(NaN);
    initParams(p, layout, init, 0.25, createRng(8), 0.1);
    const l = layout.layers[0]!;
    const w = p.subarray(l.wOffset, l.wOffset + FAN_IN * FAN_OUT);
    const mean = w.reduce((s, v) => s + v, 0) / w.length;
    const v = w.reduce((s, x) => s + (x - mean) ** 2, 0) / (w.length - 1);
    expect(Math.abs(v / variance - 1)).toBeLessThan(0.06); // ~4 standard errors
    expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(variance / w.length));
    if (half !== null) expect(w.every((x) => Math.abs(x) <= half)).toBe(true);
    else expect(w.some((x) => Math.abs(x) > 3 * Math.sqrt(variance))).toBe(true); // normal tails exist
    expect(Array.from(p.subarray(l.bOffset, l.bOffset + FAN_OUT)).every((b) => b === 0.1)).toBe(true);
  });

  it('zeros gives all-zero weights', () => {
    const p = new Float64Array(layout.paramCount).fill(NaN);
    initParams(p, layout, 'zeros', 1, createRng(1));
    expect(p.every((x) => x === 0)).toBe(true);
  });
});
