import { describe, expect, it } from 'vitest';
import { createTrainer, measureGradients, resolveConfig } from '../../core';
import type { LayerStats } from '../../core/stats';
import {
  barsPath, decadeTicks, labelledLayers, layerAt, layerBand, logDomain, logY, markerPath, profilePath,
} from './barGeometry';
import { formatShare, gradientRatio, ratioSentence } from './ratioText';
import { anchorTheory, theoryShape } from './theoryProfile';

const stats = (...gz: number[]): LayerStats[] =>
  gz.map((g) => ({ gradZ: g, gradB: g, gradW: g, actMean: 0, actStd: 0, saturated: 0 }));

describe('log-scale bar geometry', () => {
  it('frames the finite values in whole decades, at least two apart', () => {
    expect(logDomain([-6.2, -0.3])).toEqual([-7, 0]);
    expect(logDomain([-1.5])).toEqual([-2, 0]);
    expect(logDomain([2, 2])).toEqual([1, 3]);
    expect(logDomain([-Infinity, NaN, -2])).toEqual([-3, -1]);
    expect(logDomain([])).toEqual([-3, 0]);
    expect(logDomain([-300, 0])).toEqual([-80, 0]);
  });

  it('thins decade ticks but always keeps the top one', () => {
    expect(decadeTicks([-3, 0])).toEqual([-3, -2, -1, 0]);
    const many = decadeTicks([-60, 0], 6);
    expect(many.length).toBeLessThanOrEqual(6);
    expect(many.at(-1)).toBe(0);
  });

  it('labels every layer when there is room, else every n-th plus the output', () => {
    expect(labelledLayers(4, 400)).toEqual([0, 1, 2, 3]);
    const l = labelledLayers(65, 400);
    expect(l[0]).toBe(0);
    expect(l.at(-1)).toBe(64);
    expect(l).toContain(9); // layer 10
    expect(l.length * 22).toBeLessThanOrEqual(400 + 44);
  });

  it('draws bars from the floor to the value, nothing for zero or NaN', () => {
    const x = layerBand(4, 400);
    const y = logY([-4, 0], 100);
    const d = barsPath([-2, -Infinity, NaN, 0], x, y);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toContain('V50'); // 1e-2 sits half way up a 4-decade axis
    expect(d).toContain('V0'); // 1e0 at the top
    // A value below the floor is clamped and still one pixel tall.
    expect(barsPath([-9], layerBand(1, 50), y)).toContain('V99');
  });

  it('breaks the theory line at gaps and maps the pointer back to a layer', () => {
    const x = layerBand(3, 300);
    const y = logY([-3, 0], 90);
    expect(profilePath([-1, NaN, -2], x, y).match(/M/g)).toHaveLength(2);
    expect(markerPath([-1, -2, -3], x, y).match(/h/g)).toHaveLength(3);
    expect(layerAt(x, x(1)! + 1)).toBe(1);
    expect(layerAt(x, 299)).toBe(2);
    expect(layerAt(x, -5)).toBeNull();
  });
});

describe('plain-words ratio', () => {
  it('measures layer 1 against the output and the factor per layer', () => {
    const r = gradientRatio(stats(1e-6, 1e-4, 1e-2, 1))!;
    expect(r.ratio).toBeCloseTo(1e-6, 12);
    expect(r.perLayer).toBeCloseTo(0.01, 8);
  });

  it('formats shares by size', () => {
    expect(formatShare(1e-6)).toBe('10⁻⁶');
    expect(formatShare(3.2e-7)).toBe('3.2×10⁻⁷');
    expect(formatShare(0.45)).toBe('45%');
    expect(formatShare(0.03)).toBe('0.03');
    expect(formatShare(12)).toBe('12×');
  });

  it('says it in words, with the theory when there is one', () => {
    expect(ratioSentence(stats(1e-6, 1e-3, 1), 0.001)).toBe(
      "Layer 1 receives 10⁻⁶ of the output layer's gradient. Across 2 hidden layers that is ×0.001 per layer; theory at initialization predicts ×0.001.",
    );
    expect(ratioSentence(stats(40, 1), null)).toMatch(/^Layer 1 receives 40× the output layer's gradient: it grows/);
    expect(ratioSentence(stats(0, 1, 1), 0.5)).toMatch(/no gradient at all/);
    expect(ratioSentence(stats(1), null)).toMatch(/no hidden layer/);
    expect(ratioSentence(stats(NaN, 1), null)).toMatch(/diverged/);
    expect(ratioSentence([], null)).toBe('');
  });
});

describe('theory profile', () => {
  it('predicts the measured collapse of a deep sigmoid net within a few decades', () => {
    const config = resolveConfig({ dataset: 'xor-quadrants', hidden: Array(10).fill(8), activation: 'sigmoid', init: 'standard', seed: 1 });
    const tr = createTrainer(config);
    const s = measureGradients(tr);
    const out = s[s.length - 1]!.gradZ;
    const t = anchorTheory(theoryShape(config, 1, tr.data.train.x), out)!;
    expect(t.predicted).toHaveLength(11);
    expect(t.predicted[10]).toBeCloseTo(Math.log10(out), 10);
    const measured = Math.log10(s[0]!.gradZ);
    expect(Math.abs(t.predicted[0]! - measured)).toBeLessThan(2);
    expect(t.perLayer).toBeGreaterThan(0.05);
    expect(t.perLayer).toBeLessThan(0.25);
    expect(t.sigmoidBound![0]! - t.sigmoidBound![10]!).toBeCloseTo(10 * Math.log10(0.25), 10);
  });

  it('has no sigmoid bound for ReLU and no anchor without an output gradient', () => {
    const config = resolveConfig({ hidden: [8, 8], activation: 'relu', init: 'he-normal' });
    const shape = theoryShape(config, 1, [1, 1]);
    expect(anchorTheory(shape, 0.1)!.sigmoidBound).toBeNull();
    expect(anchorTheory(shape, 0)).toBeNull();
    expect(anchorTheory(shape, NaN)).toBeNull();
  });
});

describe('history line labels', () => {
  it('pushes close labels apart and keeps them inside the plot', async () => {
    const { spreadLabels } = await import('./HistoryLines');
    expect(spreadLabels([50, 52, 51], 100)).toEqual([50, 74, 62]);
    expect(spreadLabels([99, 100, NaN], 100)).toEqual([88, 100, NaN]);
    expect(spreadLabels([10, 80], 100)).toEqual([10, 80]);
  });
});
