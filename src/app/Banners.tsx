/**
 * Status and notice banners. A divergence or a worker crash is an explained state with a
 * one-click reset, and rejected URL values are named, so nothing a learner does blanks the page.
 */
import { useId, useState } from 'react';
import { useApp, useAppStore } from './StoreContext';
import { selMessage, selNotices, selStatus } from '../store/selectors';
import type { AppState } from '../store/types';
import { useT } from '../i18n';
import { divergenceText, failureText } from './statusText';

const selDivergence = (s: AppState) => s.divergence;
const selFailure = (s: AppState) => s.failure;

export function StatusBanner() {
  const status = useApp(selStatus);
  const message = useApp(selMessage);
  const divergence = useApp(selDivergence);
  const failure = useApp(selFailure);
  const store = useAppStore();
  const t = useT();
  if (status !== 'diverged' && status !== 'error') return null;
  const text = status === 'diverged' && divergence ? divergenceText(t, divergence)
    : status === 'error' && failure ? failureText(t, failure, message) : message;
  if (!text) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="status-banner" data-status={status} data-failure={failure ?? undefined} data-cause={divergence?.info.cause}>
      <strong>{t(status === 'diverged' ? 'app.banner.diverged' : 'app.banner.error')}</strong> <span>{text}</span>
      <button type="button" data-testid="banner-reset" onClick={() => store.getState().reset()}>
        {t('app.banner.reset')}
      </button>
    </div>
  );
}

/** Notices shown before the list collapses to "and N more". */
export const NOTICES_SHOWN = 5;

/**
 * The notices in display order: newest first, so the one the learner just caused is always in
 * view (they pile up when several bad files are imported without Dismiss); a notice repeated
 * word for word shows once, at the place of its latest arrival.
 */
export function noticeOrder(notices: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = notices.length - 1; i >= 0; i--) {
    const n = notices[i]!;
    if (!seen.has(n)) { seen.add(n); out.push(n); }
  }
  return out;
}

export function NoticeBanner() {
  const notices = noticeOrder(useApp(selNotices));
  const store = useAppStore();
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  if (notices.length === 0) return null;
  const hidden = notices.length - NOTICES_SHOWN;
  const shown = expanded || hidden <= 0 ? notices : notices.slice(0, NOTICES_SHOWN);
  const dismiss = (): void => {
    setExpanded(false);
    store.getState().dismissNotices();
  };
  return (
    <div className="banner banner-notice" role="status" data-testid="notice">
      <ul id={listId}>
        {shown.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" data-testid="notice-more" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('app.banner.fewerNotices') : t('app.banner.moreNotices', { count: hidden })}
        </button>
      )}
      <button type="button" aria-label={t('app.banner.dismissNotices')} onClick={dismiss}>
        {t('app.banner.dismiss')}
      </button>
    </div>
  );
}
