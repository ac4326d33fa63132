import { describe, expect, it } from 'vitest';
import { browserLang, formatInt, i18n, resources, setLang, t } from './index';

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
const ko = leaves(resources.ko.translation);

describe('resources', () => {
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

describe('language', () => {
  it('follows the browser preference, English otherwise', () => {
    expect(browserLang(['ko-KR', 'en-US'])).toBe('ko');
    expect(browserLang(['fr-FR', 'ko'])).toBe('ko');
    expect(browserLang(['de-DE'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });

  it('switches every translation', () => {
    setLang('ko');
    expect(t('app.hyper.lr')).toBe('학습률');
    setLang('en');
    expect(t('app.hyper.lr')).toBe('Learning rate');
    expect(i18n.language).toBe('en');
  });

  it('formats integers with digit grouping in both languages', () => {
    expect(formatInt(1423842, 'en')).toBe('1,423,842');
    expect(formatInt(1423842, 'ko')).toBe('1,423,842');
  });
});
