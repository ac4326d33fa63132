import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, countSaturated, createTrainer, evaluate, measureGradients, resolveConfig, type LayerFn } from '../core';
import { activationHistogram, lastChunkRows } from './actHistogram';
import { baseSnapshot, initGradientRows, measureMetrics } from './snapshot';

describe('activation histograms', () => {
  it('finds the rows a chunked pass leaves in the buffer', () => {
    expect(lastChunkRows(100, 256)).toBe(100);
    expect(lastChunkRows(512, 256)).toBe(256);
    expect(lastChunkRows(600, 256)).toBe(88);
    expect(lastChunkRows(0, 256)).toBe(0);
  });

  it('each layer sums to 1, saturated mass is part of it, and dead ReLUs pile up at 0', () => {
    const tr = createTrainer(resolveConfig({ dataset: 'xor-quadrants', hidden: [8, 8, 8], activation: 'relu', init: 'he-normal', seed: 3 }));
    evaluate(tr, 'train');
    const h = activationHistogram(tr.net, lastChunkRows(tr.data.train.n, tr.net.capacity));
    expect(h.stuck).toHaveLength(4);
    for (let l = 0; l < 4; l++) {
      let s = 0;
      for (let b = 0; b < h.bins; b++) {
        s += h.freq[l * h.bins + b]!;
        expect(h.satFreq[l * h.bins + b]!).toBeLessThanOrEqual(h.freq[l * h.bins + b]! + 1e-7);
      }
      expect(s).toBeCloseTo(1, 5);
    }
    // ReLU: every saturated entry is an exact 0, so it sits in the first bin.
    expect(h.range[0]).toBe(0);
    for (let b = 1; b < h.bins; b++) expect(h.satFreq[b]).toBe(0);
    expect(h.satFreq[0]).toBeGreaterThan(0.2);
  });

  it('a deep sigmoid net with standard init stays in the middle of the range, unsaturated', () => {
    const tr = createTrainer(resolveConfig({ dataset: 'xor-quadrants', hidden: Array(10).fill(8), activation: 'sigmoid', init: 'standard', seed: 1 }));
    const h = baseSnapshot(tr, measureMetrics(tr)).actHist!;
    const last = 9 * h.bins; // layer 10
    let middle = 0, sat = 0;
    for (let b = 3; b <= 12; b++) middle += h.freq[last + b]!; // [0.1875, 0.8125)
    for (let b = 0; b < h.bins; b++) sat += h.satFreq[last + b]!;
    expect([h.range[18], h.range[19]]).toEqual([0, 1]);
    expect(middle).toBeGreaterThan(0.99);
    expect(sat).toBe(0);
  });

  it('caps the build-time gradient rows for huge nets', () => {
    const small = createTrainer(resolveConfig({ dataset: 'xor-quadrants', hidden: Array(64).fill(16), points: 600 }));
    expect(initGradientRows(small)).toBe(256);
    const huge = createTrainer(resolveConfig({ dataset: 'xor-quadrants', hidden: Array(64).fill(128), points: 600 }));
    const rows = initGradientRows(huge);
    expect(rows).toBeLessThan(64);
    expect(measureGradients(huge, rows)[0]!.gradZ).toBeGreaterThan(0);
  });
});
