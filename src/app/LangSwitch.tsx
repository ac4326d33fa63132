/**
 * The language switch, and the hook that keeps i18next on the store's language (the link's
 * `lang`, or the browser's preference when the link names none).
 */
import { useEffect } from 'react';
import { browserLang, LANG_NAMES, LANGS, setLang, useT } from '../i18n';
import { useApp, useAppStore } from './StoreContext';
import type { AppState } from '../store/types';

const selLang = (s: AppState) => s.lang;

/** The language actually shown. */
export function useShownLang() {
  const chosen = useApp(selLang);
  return chosen ?? browserLang();
}

/** Applies the shown language to i18next and to <html lang>. */
export function useLangSync(): void {
  const lang = useShownLang();
  useEffect(() => setLang(lang), [lang]);
}

export function LangSwitch() {
  const t = useT();
  const lang = useShownLang();
  const store = useAppStore();
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')} data-testid="lang-switch" data-lang={lang}>
      {LANGS.map((l) => (
        <button
          key={l} type="button" lang={l} aria-pressed={l === lang} data-testid={`lang-${l}`}
          onClick={() => store.getState().setUi({ lang: l })}
        >
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
