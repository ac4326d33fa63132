/**
 * The one i18n layer: an i18next instance with the English and Korean resources, the
 * language names, and number formats per language. It imports nothing of ours, so the
 * store, viz, panels and app can all use it (DESIGN.md layer table).
 *
 * The instance is initialised synchronously on import with English, so unit tests of a
 * component get English text without any setup; the app switches it with `setLang`.
 *
 * English is bundled (it is the fallback for any missing key); every other language is its
 * own chunk, fetched the first time it is chosen (`loadLang`), so the page's first load does
 * not carry strings it will not show. Until a language has arrived the page keeps showing
 * the one it had: never a raw key.
 */
import i18next from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en, type Resource } from './en';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, for the switch (autonyms are never translated). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

/** The bundled resources: English only (see the file comment). */
export const resources = { en: { translation: en } } as const;

/** Each language's strings, as a chunk of its own (English is already bundled). */
const LOADERS: Record<Lang, () => Promise<Resource>> = {
  en: async () => en,
  ko: () => import('./ko').then((m) => m.ko),
};

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  // React escapes text itself; escaping here would show "&amp;".
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** The first supported language among the browser's preferences; English otherwise. */
export function browserLang(prefs: readonly string[] | undefined = globalThis.navigator?.languages): Lang {
  for (const p of prefs ?? []) {
    const base = p.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'en';
}

/** True once `lang`'s strings are in i18next (English always is). */
export function hasLang(lang: Lang): boolean {
  return i18n.hasResourceBundle(lang, 'translation');
}

const loading = new Map<Lang, Promise<void>>();

/**
 * Fetches a language's strings once (later calls share the first fetch). Rejects if the chunk
 * cannot be loaded, and forgets the failure so a later call tries again.
 */
export function loadLang(lang: Lang): Promise<void> {
  if (hasLang(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = LOADERS[lang]().then(
      (res) => { i18n.addResourceBundle(lang, 'translation', res); loading.delete(lang); },
      (e: unknown) => { loading.delete(lang); throw e; },
    );
    loading.set(lang, p);
  }
  return p;
}

/** The language the last setLang asked for: a slow load must not undo a later choice. */
let wanted: Lang | null = null;

/**
 * Switches the language of every mounted component and of the document: at once when its
 * strings are loaded, else when they arrive (the page meanwhile stays in the language it
 * shows). Resolves once `lang` is shown, or superseded by a later call; if its strings cannot
 * be fetched the page stays as it is and the promise rejects.
 */
export function setLang(lang: Lang): Promise<void> {
  wanted = lang;
  if (hasLang(lang)) {
    applyLang(lang);
    return Promise.resolve();
  }
  return loadLang(lang).then(() => {
    if (wanted === lang) applyLang(lang);
  });
}

function applyLang(lang: Lang): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  // Writing the attribute, even unchanged, invalidates the whole document's style.
  if (typeof document !== 'undefined' && document.documentElement.lang !== lang) document.documentElement.lang = lang;
}

/** The language shown now; re-renders the component when it changes (after its strings arrive). */
export function useShownLang(): Lang {
  const lng = useTranslation().i18n.language;
  return isLang(lng) ? lng : 'en';
}

/**
 * A translate function: a dotted key ("app.hyper.lr") and interpolation values. Typed
 * plainly on purpose: keys are checked by the resource parity test, and many are built
 * from names ("app.hyper.initLabel." + init).
 */
export type TFn = (key: string, values?: Record<string, unknown>) => string;

/**
 * Finished strings by language, key and values. Panels redrawn for every snapshot ask for the
 * same strings each time, and i18next's lookup and interpolation took about 3 ms of each
 * redraw of a 16 x 16 net (a fifth of its script time, CPU profile of bench:ui). Values must
 * be strings, numbers, booleans or empty to be remembered; anything else is translated
 * afresh. Emptied when a language's strings arrive or go, and when it grows past MEMO_MAX
 * (interpolated numbers change with every snapshot).
 */
const memo = new Map<string, string>();
const MEMO_MAX = 4000;
i18n.store.on('added', () => memo.clear());
i18n.store.on('removed', () => memo.clear());

function memoKey(lng: string, key: string, values: Record<string, unknown> | undefined): string | null {
  let k = `${lng}\u0001${key}`;
  if (values) {
    for (const name in values) {
      const v = values[name];
      const type = typeof v;
      if (type !== 'string' && type !== 'number' && type !== 'boolean' && v != null) return null;
      k += `\u0001${name}\u0002${type[0]}${String(v)}`;
    }
  }
  return k;
}

function translate(lng: string, key: string, values?: Record<string, unknown>): string {
  const k = memoKey(lng, key, values);
  const hit = k === null ? undefined : memo.get(k);
  if (hit !== undefined) return hit;
  const text = i18n.t(key, { ...values, lng } as never) as unknown as string;
  if (k !== null) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(k, text);
  }
  return text;
}

/** The translate function, re-rendering the component when the language changes. */
export function useT(): TFn {
  const lng = useTranslation().i18n.language;
  return useMemo<TFn>(() => (key, values) => translate(lng, key, values), [lng]);
}

/** The language `t` formats in while `withLang` runs; null: i18next's current language. */
let forced: Lang | null = null;

/** The translate function outside React (notices built in the store, drawing helpers). */
export const t: TFn = (key, values) => translate(forced ?? i18n.language, key, values);

/**
 * Runs `fn` with `t` formatting in `lang`, without switching the page's language (no
 * re-render, no event). A link's notices are written while the link is read, before its
 * `lang` reaches the store, so they are formatted in the language the link is about to set.
 */
export function withLang<T>(lang: Lang, fn: () => T): T {
  const before = forced;
  forced = lang;
  try {
    return fn();
  } finally {
    forced = before;
  }
}

const LOCALES: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };
const intFormats = new Map<Lang, Intl.NumberFormat>();

/** An integer with the language's digit grouping, e.g. "1,423,842" in both en and ko. */
export function formatInt(v: number, lang: Lang = currentLang()): string {
  let f = intFormats.get(lang);
  if (!f) intFormats.set(lang, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 })));
  return f.format(Math.round(v));
}

/** A number with up to `digits` fraction digits in the language's format. */
export function formatNumber(v: number, digits = 3, lang: Lang = currentLang()): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(v);
}

export type { Resource } from './en';
