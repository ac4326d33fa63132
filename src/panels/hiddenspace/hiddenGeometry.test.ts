import { describe, expect, it } from 'vitest';
import { createTrainer, nextLayerLine } from '../../core';
import { modelInfo } from '../../worker/snapshot';
import { traceLine, nextLayerLines, outputOverPlane, plotDomains, roundOut } from './hiddenGeometry';
import { hiddenText, inputText, separableAttr } from './separabilityText';

describe('plotDomains', () => {
  it('keeps the fixed range of a bounded activation (so motion is the points’, not the axes’)', () => {
    const [x, y] = plotDomains([0.1, 0.2, -0.3, 0.4], null, 'tanh', false);
    expect(x).toEqual([-1.16, 1.16]);
    expect(y).toEqual(x);
  });

  it('fits the points for unbounded activations and projections, rounded outward', () => {
    const [x, y] = plotDomains([0, 0, 3.2, 1], [0, -20, 1, 0.5], 'relu', false);
    expect(x[0]).toBeLessThanOrEqual(0);
    expect(x[1]).toBeGreaterThanOrEqual(3.2);
    expect(y[0]).toBeLessThanOrEqual(0);
    expect(y[0]).toBeGreaterThan(-1); // the far grid line does not stretch the plot
    expect(y[1]).toBeGreaterThanOrEqual(1);
    expect(plotDomains([0.1, 0.2, 0.3, 0.4], null, 'tanh', true)[0]).not.toEqual([-1.16, 1.16]);
  });

  it('rounds to steps of 1, 2 or 5 and survives degenerate input', () => {
    // [0, 10] padded to [-0.8, 10.8]; an eighth of that is 1.45, so the step is 2.
    expect(roundOut(0, 10)).toEqual([-2, 12]);
    const [lo, hi] = roundOut(2, 2);
    expect(lo).toBeCloseTo(1.4, 12);
    expect(hi).toBeCloseTo(2.6, 12);
    expect(roundOut(Number.NaN, 1)).toEqual([-1, 1]);
  });
});

describe('traceLine', () => {
  it('draws a polyline and lifts the pen at non-finite samples', () => {
    const lines = [9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 1, 1, Number.NaN, 0, 3, 3];
    const ops: string[] = [];
    traceLine({ moveTo: (x, y) => ops.push(`M${x},${y}`), lineTo: (x, y) => ops.push(`L${x},${y}`) }, lines, 1, 4, (v) => v * 10, (v) => -v);
    expect(ops).toEqual(['M0,0', 'L10,-1', 'M30,-3']);
  });
});

describe('nextLayerLines', () => {
  it('matches the core’s nextLayerLine for the output above a 2-unit layer, at threshold 0', () => {
    const tr = createTrainer({ dataset: 'xor', hidden: [2], seed: 3 });
    const [line] = nextLayerLines(modelInfo(tr), tr.net.params, 0);
    const core = nextLayerLine(tr.net, 0);
    expect(line).toEqual({ unit: 0, w1: core.w1, w2: core.w2, b: core.b, threshold: 0 });
  });

  it('gives every unit of a wider next layer, a threshold for a 1-unit layer, none for wide layers', () => {
    const tr = createTrainer({ dataset: 'xor', hidden: [2, 3], seed: 3 });
    expect(nextLayerLines(modelInfo(tr), tr.net.params, 0)).toHaveLength(3);
    expect(nextLayerLines(modelInfo(tr), tr.net.params, 1)).toEqual([]);
    const one = createTrainer({ dataset: 'xor', hidden: [1], seed: 3 });
    expect(nextLayerLines(modelInfo(one), one.net.params, 0)[0]!.w2).toBe(0);
    const soft = createTrainer({ dataset: 'spiral3', hidden: [2], seed: 3 });
    expect(nextLayerLines(modelInfo(soft), soft.net.params, 0)).toEqual([]);
    const lin = createTrainer({ dataset: 'xor', hidden: [2], output: 'linear', loss: 'mse', seed: 3 });
    expect(nextLayerLines(modelInfo(lin), lin.net.params, 0)[0]!.threshold).toBe(0.5);
  });
});

describe('outputOverPlane', () => {
  it('is sigma(w.h + b) at cell centres, row 0 at the top', () => {
    const g = outputOverPlane(1, 2, -0.5, 'sigmoid', [-1, 1], [-1, 1], 4);
    const at = (h1: number, h2: number) => 1 / (1 + Math.exp(-(h1 + 2 * h2 - 0.5)));
    expect(g[0]).toBeCloseTo(at(-0.75, 0.75), 6);
    expect(g[15]).toBeCloseTo(at(0.75, -0.75), 6);
  });
});

describe('separability text', () => {
  it('states both verdicts in plain words', () => {
    expect(separableAttr(true)).toBe('true');
    expect(separableAttr(null)).toBeUndefined();
    expect(inputText(false, 2)).toMatch(/not linearly separable/);
    expect(hiddenText(true, 2, 2, null)).toBe('linearly separable: a straight line splits the classes');
    expect(hiddenText(false, 5, 2, 12)).toBe('not linearly separable (yet): no flat plane in all 5 dimensions splits them (as tested at epoch 12)');
    expect(hiddenText(null, 2, 3, null)).toMatch(/two classes/);
  });
});
