/**
 * "Share": the link to this exact run, and an <iframe> snippet for embedding it in a lesson or
 * a blog post with the panels the author picks (and, for a classroom, the controls to fix).
 * The snippet is plain text to copy; nothing here touches the page's own DOM beyond the dialog.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../StoreContext';
import { formatHash } from '../../store/url';
import { labHashExtras } from '../../store/labHash';
import { DEFAULT_EMBED_PANELS, EMBED_PANELS, embedHashExtras, type EmbedPanel } from '../../model/embed';
import type { AppState } from '../../store/types';

const selHash = (s: AppState) => formatHash(s.config, { ...labHashExtras(s), ...(s.lang ? { lang: s.lang } : {}) });
/** A closed dialog shows no link: formatting one on every store update (each snapshot, each step of a depth drag) cost more than the dialog. */
const selClosed = (): string => '';

/** Escapes text for an HTML attribute value in double quotes. */
export function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe snippet for a page URL (without hash), a config hash and the panels to show. */
export function embedSnippet(base: string, hash: string, panels: readonly EmbedPanel[], title: string): string {
  const extras = new URLSearchParams(embedHashExtras({ on: true, show: [...panels], hide: [] })).toString().replace(/%2C/g, ',');
  const src = `${base}#${hash}&${extras}`;
  const tall = panels.includes('gradients') || panels.length > 4;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="760" height="${tall ? 900 : 600}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

export function ShareDialog() {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const hash = useApp(open ? selHash : selClosed);
  const [panels, setPanels] = useState<EmbedPanel[]>([...DEFAULT_EMBED_PANELS]);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  const base = typeof location !== 'undefined' ? `${location.origin}${location.pathname}` : '';
  const link = `${base}#${hash}`;
  const snippet = useMemo(() => embedSnippet(base, hash, panels, t('app.title')), [base, hash, panels, t]);
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(null); // no clipboard permission: the text stays selected for a manual copy
    }
  };
  const toggle = (p: EmbedPanel) => setPanels((cur) => EMBED_PANELS.filter((q) => (q === p ? !cur.includes(q) : cur.includes(q))));
  return (
    <>
      <button type="button" className="share-btn" data-testid="share-open" onClick={() => { setCopied(null); setOpen(true); }}>
        {t('ux.share.open')}
      </button>
      <dialog ref={ref} className="share" aria-labelledby="share-title" onClose={() => setOpen(false)} onCancel={() => setOpen(false)}>
        <div className="share-body">
          <h2 id="share-title">{t('ux.share.title')}</h2>
          <label className="share-field">
            <span>{t('ux.share.link')}</span>
            <input readOnly value={link} data-testid="share-link" onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => copy('link', link)}>{copied === 'link' ? t('ux.share.copied') : t('ux.share.copyLink')}</button>
          <fieldset className="share-panels">
            <legend>{t('ux.share.panels')}</legend>
            {EMBED_PANELS.map((p) => (
              <label key={p}>
                <input type="checkbox" checked={panels.includes(p)} onChange={() => toggle(p)} data-testid={`share-panel-${p}`} />
                {t(`ux.panels.${p}`)}
              </label>
            ))}
          </fieldset>
          <label className="share-field">
            <span>{t('ux.share.snippet')}</span>
            <textarea readOnly rows={4} value={snippet} data-testid="embed-snippet" onFocus={(e) => e.target.select()} />
          </label>
          <p className="share-note">{t('ux.share.note')}</p>
          <div className="share-actions">
            <button type="button" onClick={() => copy('snippet', snippet)} disabled={panels.length === 0}>
              {copied === 'snippet' ? t('ux.share.copied') : t('ux.share.copySnippet')}
            </button>
            <button type="button" data-testid="share-close" onClick={() => setOpen(false)}>{t('ux.shortcuts.close')}</button>
          </div>
        </div>
      </dialog>
    </>
  );
}
