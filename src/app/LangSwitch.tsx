/**
 * The language switch, and the hook that keeps i18next on the store's language (the link's
 * `lang`, or the browser's preference when the link names none).
 */
import { browserLang, LANG_NAMES, LANGS, setLang, useShownLang, useT } from '../i18n';
import type { AppStore } from '../store/createAppStore';
import { useApp, useAppStore } from './StoreContext';
import type { AppState } from '../store/types';

const selLang = (s: AppState) => s.lang;

/** The language chosen (the link's, the switch's or the browser's); shown once its strings arrive. */
function useChosenLang() {
  const chosen = useApp(selLang);
  return chosen ?? browserLang();
}

/**
 * Keeps i18next (and <html lang>) on the store's language. It listens to the store directly,
 * not from an effect: the listener runs inside the store's set, before React renders, so
 * every component of the next render already translates with the new language.
 */
export function syncLang(store: AppStore): () => void {
  // Only on a change of language: the store is set on every snapshot.
  const apply = (s: AppState, prev?: AppState) => {
    // A language that cannot be fetched leaves the page in the one it shows.
    if (!prev || s.lang !== prev.lang) setLang(s.lang ?? browserLang()).catch(() => undefined);
  };
  apply(store.getState());
  return store.subscribe(apply);
}

export function LangSwitch() {
  const t = useT();
  const shown = useShownLang();
  const lang = useChosenLang();
  const store = useAppStore();
  // data-lang is the language on screen; aria-busy while a chosen one is still being fetched.
  return (
    <div
      className="lang-switch" role="group" aria-label={t('app.language')} data-testid="lang-switch"
      data-lang={shown} aria-busy={shown !== lang}
    >
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
