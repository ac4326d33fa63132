/** The custom dataset: validation, the plane it is drawn on, and the optional rescale. */
import { describe, expect, it } from 'vitest';
import { createTrainer, customExtent, datasetClasses, makeDataset, rescaleToPlot, resolveConfig } from './index';

const pts = { x: [0, 0, 1, 1, -2, 3], y: [0, 1, 1], classes: 2 };

describe('custom dataset', () => {
  it('trains on every point and tests on the same points', () => {
    const d = makeDataset('custom', { points: 0, noise: 0, split: 0.5, custom: pts }, 1);
    expect(d.train.n).toBe(3);
    expect(d.test).toBe(d.train);
    expect(Array.from(d.train.x)).toEqual(pts.x);
    expect(datasetClasses('custom', { ...pts, classes: 0, y: [0.5, 1, 2] })).toBe(0);
  });

  it('picks the head from its classes', () => {
    expect(resolveConfig({ dataset: 'custom', custom: { ...pts, y: [0.5, 1, 2], classes: 0 } }).output).toBe('linear');
    expect(resolveConfig({ dataset: 'custom', custom: { ...pts, y: [0, 1, 2], classes: 3 } }).output).toBe('softmax');
    expect(createTrainer({ dataset: 'custom', custom: pts }).net.layout.layers.at(-1)!.fanOut).toBe(1);
  });

  it('refuses missing or malformed points', () => {
    expect(() => resolveConfig({ dataset: 'custom' })).toThrow(/custom: .*points for the custom dataset/);
    expect(() => resolveConfig({ dataset: 'custom', custom: { ...pts, x: [0, 0, 1] } })).toThrow(/two coordinates per label/);
    expect(() => resolveConfig({ dataset: 'custom', custom: { ...pts, x: [0, 0, 1, NaN, 2, 2] } })).toThrow(/finite coordinates/);
    expect(() => resolveConfig({ dataset: 'custom', custom: { ...pts, y: [0, 1, 2] } })).toThrow(/class labels in 0..1/);
    expect(() => resolveConfig({ dataset: 'custom', custom: { x: [], y: [], classes: 2 } })).toThrow(/between 1 and 5000/);
    // Points kept while a generated set is chosen are not used.
    expect(createTrainer({ dataset: 'xor', custom: pts }).data.train.n).toBe(4);
  });

  it('draws on [-6, 6] or a square around points outside it', () => {
    expect(customExtent(pts)).toEqual([-6, 6, -6, 6]);
    const [x0, x1, y0, y1] = customExtent({ x: [0, 0, 20, 1], y: [0, 1], classes: 2 });
    expect(x0).toBe(-6); expect(x1).toBeCloseTo(20 + 2.6, 12); expect([y0, y1]).toEqual([x0, x1]);
  });

  it('rescales into [-5, 5] with one scale for both axes', () => {
    const { data, scale } = rescaleToPlot({ x: [100, 10, 300, 20, 200, 30], y: [0, 1, 0], classes: 2 });
    expect(scale).toBe(10 / 200);
    expect(data.x).toEqual([-5, -0.5, 5, 0, 0, 0.5]);
  });

  it('rescales any finite data without overflow, up to ±MAX_VALUE (spans taken on halves)', () => {
    const { data, scale } = rescaleToPlot({ x: [1e308, 1e308, -1e308, 0], y: [1, 0], classes: 2 });
    // Hand-worked: centre (0, 5e307), half-span 1e308, so x = 5·x/1e308 and y = 5·(y − 5e307)/1e308.
    expect(data.x).toEqual([5, 2.5, -5, -2.5]);
    expect(scale).toBe(5e-308);
    const max = rescaleToPlot({ x: [Number.MAX_VALUE, -Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_VALUE], y: [1, 0], classes: 2 });
    expect(max.data.x).toEqual([5, -5, -5, 5]);
    // A tiny span must not overflow the factor into the points.
    const tiny = rescaleToPlot({ x: [0, 0, 1e-310, 0], y: [1, 0], classes: 2 });
    // (Subnormal halves round, so the ends are ±5 to about 1e-12, not bit for bit.)
    [-5, 0, 5, 0].forEach((v, k) => expect(tiny.data.x[k]).toBeCloseTo(v, 9));
  });

  it('refuses coordinates and targets beyond ±MAX_CUSTOM_ABS wherever a set comes from (links, CLI, model files)', () => {
    expect(() => resolveConfig({ dataset: 'custom', custom: { x: [0, 0, 2e6, 1], y: [0, 1], classes: 2 } })).toThrow(/within ±1000000 \(point 2\)/);
    expect(() => resolveConfig({ dataset: 'custom', custom: { x: [0, 0, 1, 1], y: [0.5, -1e7], classes: 0 } })).toThrow(/regression targets within ±1000000/);
    expect(() => resolveConfig({ dataset: 'custom', custom: { x: [0, 0, 1e6, -1e6], y: [0, 1], classes: 2 } })).not.toThrow();
  });
});

describe('custom data in a link', () => {
  it('encodes compactly and reads back bit for bit', async () => {
    const { encodeCustom, decodeCustom } = await import('./index');
    const d = { x: [0.1 + 0.2, -1 / 3, 5e-8, 4], y: [1, 0], classes: 2 };
    const text = encodeCustom(d)!;
    expect(text).toBe('2_0.30000000000000004,-0.3333333333333333,1_5e-8,4,0');
    expect(decodeCustom(text)).toEqual(d);
    expect(encodeCustom({ x: new Array(402).fill(0), y: new Array(201).fill(0), classes: 2 })).toBeNull();
  });
  it('refuses malformed text', async () => {
    const { decodeCustom } = await import('./index');
    for (const bad of ['', '2', '2_1,2', '2_1,2,x', '2_1,2,5', '7_1,2,0', '2_1,NaN,0', '0_1,2,3_4']) expect(decodeCustom(bad), bad).toBeNull();
  });
});
