/** resolveConfig: dataset-aware defaults, and a ConfigError naming the field for every bad input. */
import { describe, expect, it } from 'vitest';
import { ConfigError, LIMITS, resolveConfig, specOf, type TrainConfig } from './index';

/** Runs resolveConfig on bad input and returns the ConfigError it must throw. */
function errorOf(partial: Record<string, unknown>): ConfigError {
  try {
    resolveConfig(partial as Partial<TrainConfig>);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`resolveConfig accepted ${JSON.stringify(partial)}`);
}

describe('defaults', () => {
  it.each([
    ['xor', 'sigmoid', 'bce'],
    ['and', 'sigmoid', 'bce'],
    ['circle', 'sigmoid', 'bce'],
    ['spiral3', 'softmax', 'ce'],
    ['plane', 'linear', 'mse'],
    ['bumps', 'linear', 'mse'],
  ] as const)('%s -> %s + %s', (dataset, output, loss) => {
    const c = resolveConfig({ dataset });
    expect(c.output).toBe(output);
    expect(c.loss).toBe(loss);
  });

  it('an empty config is valid (xor)', () => {
    const c = resolveConfig({});
    expect(c.dataset).toBe('xor');
    expect(c.output).toBe('sigmoid');
    expect(c.loss).toBe('bce');
  });

  it('the loss follows an explicit output when no loss is given', () => {
    expect(resolveConfig({ dataset: 'xor', output: 'tanh' }).loss).toBe('mse');
    expect(resolveConfig({ dataset: 'xor', output: 'linear' }).loss).toBe('mse');
    expect(resolveConfig({ dataset: 'plane', output: 'sigmoid' }).loss).toBe('bce');
  });

  it('undefined fields fall back to the defaults instead of overriding them', () => {
    const c = resolveConfig({ dataset: 'xor', lr: undefined, hidden: undefined });
    expect(Number.isFinite(c.lr)).toBe(true);
    expect(Array.isArray(c.hidden)).toBe(true);
  });

  it('specOf: 2 inputs, one output unit for two classes or regression, 3 for spiral3', () => {
    expect(specOf(resolveConfig({ dataset: 'xor', hidden: [4, 3], activation: 'relu' }))).toEqual({
      inputs: 2, hidden: [{ units: 4, fn: 'relu' }, { units: 3, fn: 'relu' }], outputs: 1, output: 'sigmoid',
    });
    expect(specOf(resolveConfig({ dataset: 'spiral3', hidden: [] })).outputs).toBe(3);
    expect(specOf(resolveConfig({ dataset: 'plane' })).outputs).toBe(1);
  });
});

describe('invalid inputs throw ConfigError naming the field', () => {
  it.each([
    ['negative width', { hidden: [4, -1] }, 'hidden'],
    ['zero width', { hidden: [0] }, 'hidden'],
    ['non-integer width', { hidden: [2.5] }, 'hidden'],
    ['NaN width', { hidden: [NaN] }, 'hidden'],
    ['width above the limit', { hidden: [LIMITS.maxWidth + 1] }, 'hidden'],
    ['too many layers', { hidden: new Array(LIMITS.maxLayers + 1).fill(2) }, 'hidden'],
    ['unknown activation', { activation: 'sigmoidal' }, 'activation'],
    ['softmax as a hidden activation', { activation: 'softmax' }, 'activation'],
    ['unknown dataset', { dataset: 'mnist' }, 'dataset'],
    ['unknown init', { init: 'xavier' }, 'init'],
    ['unknown optimizer', { optimizer: 'rmsprop' }, 'optimizer'],
    ['NaN lr', { lr: NaN }, 'lr'],
    ['lr 0', { lr: 0 }, 'lr'],
    ['negative lr', { lr: -0.1 }, 'lr'],
    ['infinite lr', { lr: Infinity }, 'lr'],
    ['lr above the max', { lr: LIMITS.maxLr * 1.01 }, 'lr'],
    ['lr as a string', { lr: '0.1' }, 'lr'],
    ['bce with a tanh output', { dataset: 'xor', output: 'tanh', loss: 'bce' }, 'loss'],
    ['ce with a sigmoid output', { dataset: 'xor', output: 'sigmoid', loss: 'ce' }, 'loss'],
    ['softmax on a 2-class set', { dataset: 'xor', output: 'softmax' }, 'output'],
    ['softmax on a regression set', { dataset: 'plane', output: 'softmax' }, 'output'],
    ['sigmoid on the 3-class set', { dataset: 'spiral3', output: 'sigmoid' }, 'output'],
    ['momentum 1', { momentum: 1 }, 'momentum'],
    ['negative noise', { noise: -0.1 }, 'noise'],
    ['split 0', { split: 0 }, 'split'],
    ['too few points', { points: LIMITS.minPoints - 1 }, 'points'],
    ['fractional batch', { batch: 1.5 }, 'batch'],
    ['negative seed', { seed: -1 }, 'seed'],
    ['negative l2', { l2: -1 }, 'l2'],
  ])('%s', (_, partial, field) => {
    const e = errorOf(partial);
    expect(e.field).toBe(field);
    expect(e.message.startsWith(`${field}:`)).toBe(true);
  });

  it('boundary values are accepted', () => {
    expect(() => resolveConfig({ hidden: [], lr: LIMITS.maxLr, momentum: 0, split: 1 })).not.toThrow();
    expect(() => resolveConfig({ hidden: new Array(LIMITS.maxLayers).fill(1), points: LIMITS.minPoints })).not.toThrow();
    expect(() => resolveConfig({ hidden: [LIMITS.maxWidth], seed: 4294967295 })).not.toThrow();
  });
});
