/**
 * A run that blows up is a state, not a crash: trainStep returns false, `diverged` is set and
 * the parameters are the last finite ones (DESIGN.md: "a NaN is an explained state").
 */
import { describe, expect, it } from 'vitest';
import { createTrainer, evaluate, measureGradients, LIMITS, trainEpoch, trainStep, type TrainConfig } from './index';

/**
 * Steps until trainStep returns false, keeping our own copy of the params after every
 * successful step (the oracle for "last finite params"). Fails if the run never diverges.
 */
function runToDivergence(cfg: Partial<TrainConfig>, maxSteps = 2000) {
  const tr = createTrainer(cfg);
  let last = Float64Array.from(tr.net.params);
  for (let i = 0; i < maxSteps; i++) {
    const stepBefore = tr.step;
    if (!trainStep(tr)) return { tr, last, steps: i, stepBefore };
    // A step that reports success had a finite loss (DESIGN: a NaN or infinite loss stops the run).
    expect(tr.diverged).toBe(false);
    expect(Number.isFinite(tr.batchLoss)).toBe(true);
    last = Float64Array.from(tr.net.params);
  }
  throw new Error(`no divergence in ${maxSteps} steps for ${JSON.stringify(cfg)}`);
}

const DIVERGING: [string, Partial<TrainConfig>][] = [
  ['single linear neuron, regression (plane), lr max', { dataset: 'plane', hidden: [], lr: LIMITS.maxLr }],
  ['sigmoid hidden layer, linear output, regression (plane), lr max', { dataset: 'plane', hidden: [4], activation: 'sigmoid', lr: LIMITS.maxLr }],
  ['linear net, linear output + mse, classification (circle), lr max', { dataset: 'circle', hidden: [4], activation: 'linear', output: 'linear', loss: 'mse', lr: LIMITS.maxLr }],
  ['deep linear net with a huge normal init (scale 100), bumps', { dataset: 'bumps', hidden: [8, 8, 8], activation: 'linear', init: 'normal', initScale: 100, lr: 1 }],
  ['momentum, minibatches, lr max', { dataset: 'plane', hidden: [3], activation: 'tanh', optimizer: 'momentum', batch: 10, lr: LIMITS.maxLr }],
];

describe('divergence', () => {
  it.each(DIVERGING)('%s: false, diverged, params = last finite params', (_, cfg) => {
    const { tr, last, stepBefore } = runToDivergence(cfg);
    expect(tr.diverged).toBe(true);
    expect(tr.net.params.every(Number.isFinite)).toBe(true);
    expect(Array.from(tr.net.params)).toEqual(Array.from(last));
    // The failed step is not counted.
    expect(tr.step).toBe(stepBefore);
  });

  it('after divergence nothing changes and nothing throws', () => {
    const { tr, last } = runToDivergence(DIVERGING[0]![1]);
    const step = tr.step;
    const epoch = tr.epoch;
    for (let i = 0; i < 5; i++) expect(trainStep(tr)).toBe(false);
    expect(trainEpoch(tr)).toBe(false);
    expect(tr.step).toBe(step);
    expect(tr.epoch).toBe(epoch);
    expect(Array.from(tr.net.params)).toEqual(Array.from(last));
    expect(() => evaluate(tr)).not.toThrow();
    expect(() => evaluate(tr, 'test')).not.toThrow();
    expect(() => measureGradients(tr)).not.toThrow();
    expect(Array.from(tr.net.params)).toEqual(Array.from(last));
  });

  it('a sigmoid + bce classifier at lr max stays finite (the loss is computed from the logit)', () => {
    const tr = createTrainer({ dataset: 'circle', hidden: [4], activation: 'sigmoid', lr: LIMITS.maxLr, seed: 2 });
    for (let i = 0; i < 500; i++) expect(trainStep(tr)).toBe(true);
    expect(tr.diverged).toBe(false);
    expect(tr.net.params.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(evaluate(tr).loss)).toBe(true);
  });
});
