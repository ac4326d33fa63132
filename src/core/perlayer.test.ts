/**
 * Per-layer activations from the config down to the gradient: the trainer's backprop gradient
 * for a net with a different activation per hidden layer (and feature inputs) against central
 * finite differences of its own evaluation loss, which shares no code with backward().
 */
import { describe, expect, it } from 'vitest';
import { createTrainer, evaluate, measureGradients, resolveConfig, specOf } from './index';

describe('per-layer activations', () => {
  it('config: `activations` sets layers in order, `activation` the rest', () => {
    const c = resolveConfig({ hidden: [3, 3, 3], activation: 'tanh', activations: ['relu', 'sigmoid'] });
    expect(specOf(c).hidden.map((l) => l.fn)).toEqual(['relu', 'sigmoid', 'tanh']);
    // Entries beyond the hidden layers are unused (a link keeps them as written).
    expect(specOf(resolveConfig({ hidden: [2], activations: ['relu', 'sigmoid'] })).hidden.map((l) => l.fn)).toEqual(['relu']);
    expect(() => resolveConfig({ hidden: [2], activations: ['cosh' as never] })).toThrow(/activations/);
  });

  it.each([
    [['relu', 'sigmoid', 'swish'], ['x1', 'x2']],
    [['softsign', 'gelu', 'leaky-relu'], ['x1', 'x1x2', 'sinx1']],
    [['elu', 'linear', 'tanh'], ['x1sq', 'x2sq', 'x2']],
  ] as const)('gradient check %j with features %j', (acts, features) => {
    const tr = createTrainer({ dataset: 'gaussians', points: 24, split: 1, hidden: [4, 3, 3], activations: [...acts], features: [...features], init: 'normal', initScale: 0.7, seed: 3 });
    const n = tr.data.train.n;
    measureGradients(tr, n);
    const g = Float64Array.from(tr.net.grads);
    const p = tr.net.params;
    const h = 1e-6;
    for (let k = 0; k < p.length; k++) {
      const v = p[k]!;
      p[k] = v + h; const up = evaluate(tr).loss;
      p[k] = v - h; const down = evaluate(tr).loss;
      p[k] = v;
      const fd = (up - down) / (2 * h);
      expect(Math.abs(g[k]! - fd) / Math.max(1e-3, Math.abs(g[k]!) + Math.abs(fd)), `param ${k}`).toBeLessThan(1e-5);
    }
  });
});
