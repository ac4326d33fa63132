/** Small download buttons that panels carry: a PNG of the panel, a CSV of its numbers. */
import { useRef, useState } from 'react';
import { useT } from '../i18n';
import { download, downloadText, panelToPng } from './exportPng';

/**
 * Saves the panel it sits in (the closest `[data-export-root]`, else its parent element) as a
 * PNG at 2× resolution.
 */
export function ExportPngButton({ name }: { name: string }) {
  const t = useT();
  const ref = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    const btn = ref.current;
    const root = (btn?.closest('[data-export-root]') ?? btn?.parentElement) as HTMLElement | null;
    if (!root) return;
    setBusy(true);
    try {
      download(await panelToPng(root, 2), `${name}.png`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      ref={ref} type="button" className="export-btn" data-testid="export-png" data-export={name}
      title={t('byod.exportPng.title')} aria-label={`${t('byod.exportPng.title')} (${name})`} disabled={busy} onClick={() => void onClick()}
    >{t('byod.exportPng.label')}</button>
  );
}

/** Saves text produced on click (so it is built only when asked for) as a CSV file. */
export function ExportCsvButton({ name, label, title, testId, make }: { name: string; label: string; title: string; testId: string; make(): string }) {
  return (
    <button type="button" className="export-btn" data-testid={testId} title={title} onClick={() => downloadText(make(), `${name}.csv`)}>
      {label}
    </button>
  );
}
