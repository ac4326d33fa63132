import { describe, expect, it } from 'vitest';
import { browserLang, formatInt, hasLang, i18n, loadLang, resources, setLang, t, withLang } from './index';
import { ko as koResource } from './ko';

/** Every leaf of a resource as "a.b.c" → value. */
function leaves(o: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const en = leaves(resources.en.translation);
const ko = leaves(koResource);

describe('resources', () => {
  it('Korean: no particle is glued to a number placeholder ("0.0061를" picks the wrong form)', () => {
    // Placeholders that hold words (a function or symbol name, a separator) may take a particle;
    // the paired form 이(가) / 을(를) is fine for anything.
    const words = new Set(['fn', 'sym', 'what', 'sep', 'a', 'b', 'items', 'list', 'who', 'pairs', 'output', 'name', 'where']);
    const glued = /\{\{(\w+)\}\}(을|를|이|가|은|는|와|과|로|으로)(?!\()/g;
    const bad: string[] = [];
    for (const [k, v] of ko) {
      for (const m of String(v).matchAll(glued)) if (!words.has(m[1]!)) bad.push(`${k}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });

  it('English and Korean have exactly the same keys', () => {
    expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('no value is empty or a non-string in either language', () => {
    for (const [lang, m] of [['en', en], ['ko', ko]] as const) {
      for (const [k, v] of m) {
        expect(typeof v === 'string' && v.trim() !== '', `${lang}: ${k}`).toBe(true);
      }
    }
  });

  it('both languages use the same interpolation variables in each string', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of en) expect(vars(ko.get(k)), k).toEqual(vars(v));
  });

  it('Korean strings are written in Korean (at least one Hangul syllable where English has a word)', () => {
    // A Korean value identical to a multi-word English value is almost surely untranslated.
    for (const [k, v] of en) {
      const s = String(v);
      if (/[a-z]{3,} [a-z]{3,}/i.test(s)) expect(ko.get(k), k).not.toBe(s);
    }
  });
});

describe('loading on demand', () => {
  it('bundles English only; Korean arrives when chosen, and nothing shows a raw key meanwhile', async () => {
    expect(Object.keys(resources)).toEqual(['en']);
    i18n.removeResourceBundle('ko', 'translation');
    const switching = setLang('ko');
    // Still loading: the page stays in English (never "app.hyper.lr").
    expect(i18n.language).toBe('en');
    expect(t('app.hyper.lr')).toBe('Learning rate');
    await switching;
    expect(i18n.language).toBe('ko');
    expect(t('app.hyper.lr')).toBe('학습률');
    await setLang('en');
  });

  it('fetches a language once, however often it is asked for', async () => {
    i18n.removeResourceBundle('ko', 'translation');
    const a = loadLang('ko'), b = loadLang('ko');
    expect(a).toBe(b);
    await a;
    expect(hasLang('ko')).toBe(true);
  });
});

describe('remembered strings', () => {
  it('give what i18next gives, for each set of values', () => {
    for (const n of [1, 2, 17]) {
      expect(t('link.unknown', { key: `k${n}` })).toBe(i18n.t('link.unknown', { key: `k${n}` }));
    }
    expect(t('link.unknown', { key: 'a' })).not.toBe(t('link.unknown', { key: 'b' }));
  });

  it('are not kept past the arrival of the language they fell back from', async () => {
    i18n.removeResourceBundle('ko', 'translation');
    expect(withLang('ko', () => t('app.hyper.lr'))).toBe('Learning rate');
    await loadLang('ko');
    expect(withLang('ko', () => t('app.hyper.lr'))).toBe('학습률');
  });
});

describe('language', () => {
  it('follows the browser preference, English otherwise', () => {
    expect(browserLang(['ko-KR', 'en-US'])).toBe('ko');
    expect(browserLang(['fr-FR', 'ko'])).toBe('ko');
    expect(browserLang(['de-DE'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });

  it('switches every translation', async () => {
    await setLang('ko');
    expect(t('app.hyper.lr')).toBe('학습률');
    await setLang('en');
    expect(t('app.hyper.lr')).toBe('Learning rate');
    expect(i18n.language).toBe('en');
  });

  it('a later choice wins over a language still loading', async () => {
    i18n.removeResourceBundle('ko', 'translation');
    expect(hasLang('ko')).toBe(false);
    const slow = setLang('ko');
    await setLang('en');
    await slow;
    expect(hasLang('ko')).toBe(true);
    expect(i18n.language).toBe('en');
    expect(t('app.hyper.lr')).toBe('Learning rate');
  });

  it('formats integers with digit grouping in both languages', () => {
    expect(formatInt(1423842, 'en')).toBe('1,423,842');
    expect(formatInt(1423842, 'ko')).toBe('1,423,842');
  });
});
