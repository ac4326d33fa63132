/**
 * Reading a hash is a total function (issue 14 §1): property-based fuzzing with fast-check over
 * arbitrary strings, key/value mixes, names every object inherits, and 10 kB hashes. For each:
 * no exception, a config that validates, every rejected key named, every valid key kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_CONFIG, CONFIG_KEYS, FIELDS, formatText, parseText, resolveConfig, validateConfig, type FieldSpec } from '../core';
import { formatHash, parseHash } from './url';

const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__'];

/** URL key -> its row, for the config keys of the hash. */
const ROWS = new Map<string, [keyof typeof FIELDS, FieldSpec]>(
  CONFIG_KEYS.flatMap((k) => ((FIELDS[k] as FieldSpec).url ? [[(FIELDS[k] as FieldSpec).url!, [k, FIELDS[k] as FieldSpec]] as const] : [])),
);
const VIEW = ['depth', 'width', 'measure', 'lang', 'compare', 'view', 'preset'];
const HEAD = new Set(['output', 'loss']);

/** A valid value for a row, as the text a link would carry. */
function validValue(f: FieldSpec): fc.Arbitrary<string> {
  switch (f.kind) {
    case 'enum': return fc.constantFrom(...f.values);
    case 'bool': return fc.constantFrom('0', '1');
    case 'int': return fc.integer({ min: f.min, max: Math.min(f.max, 2 ** 31) }).map(String);
    case 'number': return fc.double({ min: f.min, max: f.max, noNaN: true })
      .filter((v) => !f.openMin || v > f.min).map((v) => formatText(f, v));
    case 'list': {
      const item = f.item.kind === 'int' ? fc.integer({ min: f.item.min, max: f.item.max }).map(String) : fc.constantFrom(...f.item.values);
      return fc.array(item, { maxLength: 6 }).map((ws) => ws.join(','));
    }
  }
}

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const someKey = fc.oneof(fc.constantFrom(...ROWS.keys(), ...VIEW, ...PROTO), anyText);
const someValue = fc.oneof(
  anyText, fc.constantFrom(...PROTO), fc.constantFrom('0x10', '1e309', '-0', 'NaN', 'Infinity', ''),
  fc.constantFrom(...PROTO).map((p) => `${p}:1`),
);

const clip = (s: string): string => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/** The pairs as URLSearchParams reads them back (lone surrogates become U+FFFD). */
function build(pairs: readonly (readonly [string, string])[]): { hash: string; read: [string, string][] } {
  const p = new URLSearchParams();
  for (const [k, v] of pairs) p.append(k, v);
  const hash = `#${p.toString()}`;
  return { hash, read: [...new URLSearchParams(p.toString())] };
}

function totalAndValid(hash: string): ReturnType<typeof parseHash> {
  let r!: ReturnType<typeof parseHash>;
  expect(() => { r = parseHash(hash); }).not.toThrow();
  expect(() => validateConfig(r.config)).not.toThrow();
  expect(Array.isArray(r.notices)).toBe(true);
  return r;
}

describe('parseHash is total', { timeout: 120_000 }, () => {
  it('never throws for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      totalAndValid(s);
      totalAndValid(`#${s}`);
    }), { numRuns: 400 });
  });

  it('names every rejected key and keeps every valid one, in any mix', () => {
    const pair = fc.oneof(
      fc.tuple(someKey, someValue),
      fc.constantFrom(...ROWS.keys()).chain((k) => fc.tuple(fc.constant(k), validValue(ROWS.get(k)![1]))),
    );
    fc.assert(fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
      const { hash, read } = build(pairs);
      const r = totalAndValid(hash);
      const text = r.notices.join('\n');
      const last = new Map(read); // the last value of a key is the one that counts
      for (const [key, raw] of read) {
        const row = ROWS.get(key);
        if (!row && !VIEW.includes(key)) expect(text, key).toContain(`Unknown setting "${clip(key)}"`);
        if (row && raw === last.get(key)) {
          const [k, f] = row;
          const v = parseText(f, raw);
          if (!v.ok) expect(text, `${key}=${raw}`).toContain(`${clip(key)}="${clip(raw)}" is not valid`);
          else if (!HEAD.has(k)) expect(r.config[k], `${key}=${raw}`).toEqual(v.value);
          else if (!/; using \w+ with \w+\.$/m.test(text)) expect(r.config[k]).toEqual(v.value);
        }
      }
    }), { numRuns: 600 });
  });

  it('survives inherited names as keys, values and compare items in every position', () => {
    const names = fc.constantFrom(...PROTO);
    const hashes = fc.oneof(
      names.map((n) => `#${n}=1`),
      names.map((n) => `#lr=${n}`),
      names.map((n) => `#compare=${n}:1`),
      names.map((n) => `#compare=activation:${n}`),
      names.map((n) => `#compare=${n}`),
      fc.tuple(names, names).map(([a, b]) => `#${a}=${b}&compare=${b}:${a},${a}`),
      fc.array(names, { minLength: 1, maxLength: 8 }).map((ns) => `#${ns.map((n, i) => `${n}=${ns[(i + 1) % ns.length]}`).join('&')}`),
    );
    fc.assert(fc.property(hashes, (h) => {
      const r = totalAndValid(h);
      expect(r.notices.length).toBeGreaterThan(0);
      expect(r.config).toEqual(BASE_CONFIG);
      expect(Object.getPrototypeOf(r.config)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), { numRuns: 300 });
    const c = parseHash('#compare=__proto__:1');
    expect(c.compare).toBeNull();
    expect(c.notices.join('\n')).toMatch(/compare=.*"__proto__".*compare mode stays off/);
  });

  it('reads 10 kB hashes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 12_000 }), (s) => {
      totalAndValid(`#${s}`);
    }), { numRuns: 20 });
    const many = `#${'zz=1&'.repeat(2500)}lr=0.1`;
    expect(many.length).toBeGreaterThan(10_000);
    const r = totalAndValid(many);
    expect(r.config.lr).toBe(0.1);
    expect(r.notices).toHaveLength(2500);
  });
});

describe('the issue\'s repro links', () => {
  it('names all nine rejected keys, not only five', () => {
    const r = parseHash('#noise=20&hidden=500&points=100000&lr=1000&seed=-5&batch=abc&dataset=foo&l2=-1&split=0');
    expect(r.notices).toHaveLength(9);
    for (const k of ['noise', 'hidden', 'points', 'lr', 'seed', 'batch', 'dataset', 'l2', 'split']) {
      expect(r.notices.join('\n')).toContain(`${k}="`);
    }
  });

  it('#output=tanh on a two-class set keeps tanh; the loss follows the output, as on the CLI', () => {
    const r = parseHash('#output=tanh');
    expect(r.config.output).toBe('tanh');
    expect(r.config.loss).toBe('mse');
    expect(r.notices).toEqual([]);
    expect(parseHash('#dataset=moons&output=linear').config).toMatchObject({ output: 'linear', loss: 'mse' });
  });

  it('rejects hex and other non-decimal numbers, like the CLI', () => {
    for (const v of ['0x10', '0b1', 'Infinity', '1e309']) {
      const r = parseHash(`#lr=${v}`);
      expect(r.config.lr, v).toBe(BASE_CONFIG.lr);
      expect(r.notices.join('\n'), v).toContain(`lr="${v}"`);
    }
  });

  it('writes the same canonical link as before the table for a default config', () => {
    expect(formatHash(BASE_CONFIG)).toBe(
      'dataset=xor&hidden=4&activation=tanh&output=sigmoid&init=glorot-uniform&loss=bce&optimizer=sgd&lr=0.3&batch=0&seed=1&noise=0&points=200&split=0.5&l1=0&l2=0',
    );
  });

  it('carries momentum, nesterov, the init scale and signed inputs when they differ from the default', () => {
    const c = resolveConfig({ dataset: 'xor', signed: true, optimizer: 'momentum', momentum: 0.5, nesterov: true, init: 'uniform', initScale: 0.25 });
    const hash = formatHash(c);
    expect(hash).toContain('momentum=0.5');
    expect(hash).toContain('nesterov=1');
    expect(hash).toContain('iscale=0.25');
    expect(hash).toContain('signed=1');
    const back = parseHash(`#${hash}`);
    expect(back.notices).toEqual([]);
    expect(back.config).toEqual(c);
  });

  it('reads and writes iseed only when the link has one', () => {
    expect(parseHash('#seed=3&iseed=7').config).toMatchObject({ seed: 3, initSeed: 7 });
    expect(parseHash('#seed=3').config.initSeed).toBeUndefined();
    expect(parseHash('#iseed=-1').notices.join('\n')).toContain('iseed="-1"');
  });
});
