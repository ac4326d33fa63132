/**
 * Divergence before overflow: a run whose parameter norm or loss grows by orders of magnitude,
 * epoch after epoch, is stopped within a few epochs and its likely cause is named from the
 * settings. The oracle for the L2 case is arithmetic: plain SGD multiplies every weight by
 * (1 − lr·λ) per step, so lr 0.3 with λ 10 gives −2 and the norm at least doubles per step.
 * Known-good runs (the presets, the lesson's nets, long minibatch runs) never trip it.
 */
import { describe, expect, it } from 'vitest';
import { createTrainer, evaluate, trainEpoch, type TrainConfig, NORM_BLOWUP, BLOWUP_EPOCHS } from './index';

function run(cfg: Partial<TrainConfig>, epochs: number) {
  const tr = createTrainer(cfg);
  while (tr.epoch < epochs && trainEpoch(tr));
  return tr;
}

describe('blow-up detection', () => {
  it('XOR with lr 0.3 and L2 10 diverges within a few epochs, blamed on lr x L2 (1 - lr*l2 = -2)', () => {
    const tr = run({ dataset: 'xor', lr: 0.3, l2: 10 }, 1000);
    expect(tr.diverged).toBe(true);
    // Full batch: one step per epoch, the norm grows about 2x per step, so 100x takes about log2(100) ~ 7 epochs.
    expect(tr.epoch).toBeLessThanOrEqual(Math.ceil(Math.log2(NORM_BLOWUP)) + BLOWUP_EPOCHS);
    expect(tr.divergence).toMatchObject({ epoch: tr.epoch, cause: 'l2', detail: { signal: 'norm', lr: 0.3, l2: 10, decay: 1 - 0.3 * 10 } });
    expect(tr.net.params.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(evaluate(tr).loss)).toBe(true);
  });

  it('the same lr without L2 trains XOR to 100 %', () => {
    const tr = run({ dataset: 'xor', lr: 0.3 }, 1000);
    expect(tr.diverged).toBe(false);
    expect(evaluate(tr).accuracy).toBe(1);
  });

  it('lr x L2 between 0 and 1 only shrinks the weights: no divergence', () => {
    expect(run({ dataset: 'xor', hidden: [4], lr: 0.3, l2: 1 }, 500).diverged).toBe(false);
  });

  it('a momentum run that blows up is blamed on momentum, with the effective step lr / (1 - mu)', () => {
    const tr = run({ dataset: 'plane', hidden: [3], activation: 'tanh', optimizer: 'momentum', momentum: 0.9, batch: 10, lr: 5 }, 200);
    expect(tr.diverged).toBe(true);
    expect(tr.divergence!.cause).toBe('momentum');
    expect(tr.divergence!.detail.effectiveLr).toBeCloseTo(5 / (1 - 0.9), 10);
  });

  it('plain SGD overshooting a regression is blamed on the learning rate', () => {
    const tr = run({ dataset: 'plane', hidden: [], lr: 20 }, 200);
    expect(tr.diverged).toBe(true);
    expect(tr.divergence!.cause).toBe('lr');
  });

  it('Adam is never blamed on L2 or momentum: its step is normalized', () => {
    const tr = run({ dataset: 'plane', hidden: [8], activation: 'relu', optimizer: 'adam', lr: 100, l2: 1, init: 'he-normal' }, 300);
    if (tr.diverged) expect(tr.divergence!.cause).toBe('lr');
  });

  const GOOD: [string, Partial<TrainConfig>, number][] = [
    ['XOR 2-4-1 tanh, lr 0.3 (default)', { dataset: 'xor' }, 3000],
    ['XOR 2-2-1 sigmoid, lr 1', { dataset: 'xor', hidden: [2], activation: 'sigmoid', lr: 1, seed: 3 }, 3000],
    ['spiral, Adam, relu 8-8', { dataset: 'spiral', hidden: [8, 8], activation: 'relu', init: 'he-normal', optimizer: 'adam', lr: 0.03, batch: 10 }, 300],
    ['vanishing preset (10 sigmoid layers, standard init)', { dataset: 'xor-quadrants', hidden: Array(10).fill(8), activation: 'sigmoid', init: 'standard', lr: 0.1 }, 300],
    ['fixed preset (10 relu layers, he-normal)', { dataset: 'xor-quadrants', hidden: Array(10).fill(8), activation: 'relu', init: 'he-normal', lr: 0.1 }, 300],
    ['circle, momentum 0.9, batch 10', { dataset: 'circle', hidden: [6], optimizer: 'momentum', lr: 0.1, batch: 10 }, 300],
    ['plane regression, tiny init, sgd', { dataset: 'plane', hidden: [8], init: 'uniform', initScale: 0.001, lr: 0.03, batch: 10 }, 300],
    ['spiral3 softmax, adam', { dataset: 'spiral3', hidden: [16, 16], activation: 'tanh', optimizer: 'adam', lr: 0.01, batch: 16 }, 200],
    ['gaussians, single neuron, lr 3', { dataset: 'gaussians', hidden: [], lr: 3 }, 1000],
  ];
  it.each(GOOD)('never trips on a known-good run: %s', (_, cfg, epochs) => {
    const tr = run(cfg, epochs);
    expect(tr.divergence).toBeNull();
    expect(tr.epoch).toBe(epochs);
  }, 60_000);
});
