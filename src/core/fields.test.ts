/**
 * The field table is the one source of defaults, bounds and names: validateConfig, the text
 * rule and the init seed are checked against it and against values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  BASE_CONFIG, CONFIG_KEYS, ConfigError, createRng, createTrainer, initParams, DEFAULT_OPTIMIZER, deriveSeed, expected, FIELDS, fieldOf,
  formatText, isLiveChange, LIVE_FIELDS, naturalLoss, parseDecimal, parseText, resolveConfig, validateConfig,
  type FieldSpec, type TrainConfig,
} from './index';

describe('the shared number syntax (URL, CLI and controls)', () => {
  it('reads plain decimals with sign, fraction and exponent', () => {
    const ok: [string, number][] = [['0.3', 0.3], ['-1', -1], ['+2', 2], ['.5', 0.5], ['5.', 5], ['1e-5', 1e-5], ['2E3', 2000], [' 7 ', 7]];
    for (const [text, v] of ok) expect(parseDecimal(text), text).toBe(v);
  });

  it('rejects hex, binary, octal, Infinity, NaN, empty text and trailing garbage', () => {
    for (const text of ['0x10', '0b1', '0o7', 'Infinity', '-Infinity', 'NaN', '', ' ', '1e', '1.2.3', '3abc', '1_000', '１']) {
      expect(parseDecimal(text), text).toBeNaN();
    }
  });
});

describe('validateConfig follows the table', () => {
  it('accepts every bound that is closed and rejects every bound that is open, for every number row', () => {
    for (const k of CONFIG_KEYS) {
      const f = fieldOf(k);
      if (f.kind !== 'number' && f.kind !== 'int') continue;
      const at = (v: number) => () => validateConfig({ ...BASE_CONFIG, [k]: v } as TrainConfig);
      if (f.openMin) expect(at(f.min), `${k} = min`).toThrow(ConfigError);
      else expect(at(f.min), `${k} = min`).not.toThrow();
      expect(at(f.max), `${k} = max`).not.toThrow();
      expect(at(f.max + Math.max(1, f.max) * 0.5), `${k} above max`).toThrow(ConfigError);
      expect(at(f.min - 1), `${k} below min`).toThrow(ConfigError);
      if (f.kind === 'int') expect(at(f.min + 0.5), `${k} fraction`).toThrow(ConfigError);
    }
  });

  it('names the field and says what it accepts, in the table\'s words', () => {
    try {
      resolveConfig({ lr: 0 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).message).toBe('lr: got 0; expected a number in (0, 100]');
      expect((e as ConfigError).accepted).toBe(expected(FIELDS.lr));
    }
  });

  it('BASE_CONFIG is the table\'s defaults and validates', () => {
    for (const k of CONFIG_KEYS) expect(BASE_CONFIG[k], k).toEqual(FIELDS[k].default);
    expect(() => validateConfig(BASE_CONFIG)).not.toThrow();
    expect('initSeed' in BASE_CONFIG).toBe(false);
  });

  it('has one default learning rate: 0.3, for configs and the optimizer alike', () => {
    expect(BASE_CONFIG.lr).toBe(0.3);
    expect(DEFAULT_OPTIMIZER.lr).toBe(BASE_CONFIG.lr);
    expect(DEFAULT_OPTIMIZER.momentum).toBe(BASE_CONFIG.momentum);
  });

  it('live fields are the optimizer settings and the batch size', () => {
    expect([...LIVE_FIELDS].sort()).toEqual(['batch', 'l1', 'l2', 'lr', 'momentum', 'nesterov', 'optimizer']);
  });

  it('every text value round-trips through format and parse', () => {
    const c = resolveConfig({ hidden: [8, 1, 128], lr: 1e-7, noise: 0.125, seed: 4294967295, initSeed: 0, signed: true });
    for (const k of CONFIG_KEYS) {
      const r = parseText(FIELDS[k], formatText(FIELDS[k], c[k]));
      expect(r, k).toEqual({ ok: true, value: c[k] });
    }
  });
});

describe('rows for settings to come (a list of names, a view key)', () => {
  // The shape later issues need, e.g. per-layer activations: a list of names, '-' or ','-separated.
  const perLayer: FieldSpec = {
    kind: 'list', default: [], maxLength: 3, item: { kind: 'enum', values: ['relu', 'tanh'] }, itemName: 'activations', doc: 'one per layer',
  };

  it('reads, checks, formats and describes a list of names', () => {
    expect(parseText(perLayer, 'relu,tanh')).toEqual({ ok: true, value: ['relu', 'tanh'] });
    expect(parseText(perLayer, '')).toEqual({ ok: true, value: [] });
    expect(parseText(perLayer, 'relu,__proto__').ok).toBe(false);
    expect(parseText(perLayer, 'relu,relu,relu,relu').ok).toBe(false);
    expect(formatText(perLayer, ['tanh', 'relu'], '-')).toBe('tanh-relu');
    expect(expected(perLayer)).toBe('up to 3 comma-separated activations, each one of relu, tanh (empty for none)');
  });
});

describe('naturalLoss', () => {
  it('pairs each output with its loss', () => {
    expect([naturalLoss('sigmoid'), naturalLoss('softmax'), naturalLoss('tanh'), naturalLoss('linear')]).toEqual(['bce', 'ce', 'mse', 'mse']);
  });

  it('is the loss a config gets when it names only the output', () => {
    expect(resolveConfig({ dataset: 'xor', output: 'tanh' }).loss).toBe('mse');
    expect(resolveConfig({ dataset: 'plane', output: 'sigmoid' }).loss).toBe('bce');
  });
});

describe('initSeed: the init stream alone', () => {
  const x = (c: Partial<TrainConfig>) => createTrainer({ dataset: 'circle', points: 40, hidden: [3], batch: 4, ...c });

  it('absent: the weights come from deriveSeed(seed, "init"), as they always did', () => {
    const tr = x({ seed: 5 });
    const own = new Float64Array(tr.net.layout.paramCount);
    initParams(own, tr.net.layout, 'glorot-uniform', 1, createRng(deriveSeed(5, 'init')));
    expect(Array.from(tr.net.params)).toEqual(Array.from(own));
  });

  it('present: the weights of seed n, with the data and shuffling of seed', () => {
    const mixed = x({ seed: 5, initSeed: 9 });
    const data5 = x({ seed: 5 });
    const init9 = x({ seed: 9 });
    expect(Array.from(mixed.net.params)).toEqual(Array.from(init9.net.params));
    expect(Array.from(mixed.net.params)).not.toEqual(Array.from(data5.net.params));
    expect(Array.from(mixed.data.train.x)).toEqual(Array.from(data5.data.train.x));
    expect(mixed.rng.next()).toBe(data5.rng.next());
  });

  it('is validated like the seed and rebuilds when it changes (even to absent)', () => {
    expect(() => resolveConfig({ initSeed: -1 })).toThrow(/^initSeed:/);
    expect(() => resolveConfig({ initSeed: 2 ** 32 })).toThrow(/^initSeed:/);
    expect(() => resolveConfig({ initSeed: 1.5 })).toThrow(/^initSeed:/);
    const a = resolveConfig({ initSeed: 3 });
    expect(isLiveChange(a, BASE_CONFIG)).toBe(false);
    expect(isLiveChange(BASE_CONFIG, a)).toBe(false);
    expect(isLiveChange(a, { ...a, lr: 0.1 })).toBe(true);
  });
});
