import { describe, expect, it } from 'vitest';
import { BASE_CONFIG } from '../../core/config';
import type { LayerStats } from '../../core/stats';
import { createGradHistory, pushGrads } from '../../model/gradHistory';
import { anchoredTheories, modelSummary, sharedDomains, type GradModel } from './gradientsView';

const stat = (gradZ: number): LayerStats => ({ gradZ, gradB: gradZ, gradW: gradZ } as LayerStats);

function model(gz: number[]): GradModel {
  const stats = gz.map(stat);
  return { stats, grads: pushGrads(createGradHistory(gz.length), 1, 1, stats) };
}

describe('gradientsView', () => {
  it('anchors each theory at its own model’s output gradZ', () => {
    const shape = { relative: [-2, -1, 0], perLayer: 0.1, sigmoid: false };
    const [a, b] = anchoredTheories([model([1e-5, 1e-4, 1e-3]), model([1e-3, 1e-2, 1e-1])], [shape, shape]);
    expect(a!.predicted).toEqual([-5, -4, -3].map((v) => expect.closeTo(v, 12)));
    expect(b!.predicted).toEqual([-3, -2, -1].map((v) => expect.closeTo(v, 12)));
    expect(anchoredTheories([{ stats: null, grads: createGradHistory(3) }], [shape])).toEqual([null]);
    expect(anchoredTheories([model([1, 1, 1])], [null])).toEqual([null]);
  });

  it('one bar axis spans both models (and the theory); one colour range spans both histories', () => {
    const a = model([1e-6, 1e-2]), b = model([1e-1, 1]);
    const { bars, heat } = sharedDomains([a, b], [null, null], 'gradZ');
    expect(bars[0]).toBeLessThanOrEqual(-6);
    expect(bars[1]).toBeGreaterThanOrEqual(0);
    expect(heat[0]).toBeLessThanOrEqual(-6);
    expect(heat[1]).toBeGreaterThanOrEqual(0);
    const theory = { predicted: [-9, -1], perLayer: 0.1, sigmoidBound: null };
    expect(sharedDomains([a], [theory], 'gradZ').bars[0]).toBeLessThanOrEqual(-9);
    // The theory predicts gradZ only: other measures ignore it.
    expect(sharedDomains([a], [theory], 'gradW').bars[0]).toBeGreaterThan(-9);
  });

  it('summarizes a model by activation, init and shape', () => {
    expect(modelSummary({ ...BASE_CONFIG, hidden: [8, 8, 8] })).toContain('3 × 8');
    expect(modelSummary({ ...BASE_CONFIG, hidden: [4, 2] })).toContain('4-2');
  });
});
