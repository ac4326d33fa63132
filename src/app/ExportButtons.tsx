/**
 * Small download buttons that panels carry: a PNG of the panel, a CSV of its numbers. Every
 * file is named for what it holds and the epoch it shows (`hidden-space-layer-2-epoch-340.png`),
 * so a folder of exports reads as a record of the run.
 */
import { useRef, useState } from 'react';
import { useT } from '../i18n';
import { download, downloadText, panelToPng } from './exportPng';
import { useAppStore } from './StoreContext';

/** `what-epoch-N.ext`; without an epoch (nothing built yet) just `what.ext`. */
export function exportFileName(what: string, epoch: number | null, ext: string): string {
  return epoch === null ? `${what}.${ext}` : `${what}-epoch-${epoch}.${ext}`;
}

/** The epoch to name a file by: the one given (a replayed picture), else model A's current epoch, read at click time. */
function useEpochAtClick(epoch: number | undefined): () => number | null {
  const store = useAppStore();
  return () => epoch ?? store.getState().models[0]?.latest?.epoch ?? null;
}

/** Which panel a PNG button saves, for its accessible name in the page's language (byod.exportPng.panel). */
export type ExportPanel = 'network' | 'boundary' | 'loss' | 'gradients' | 'hidden';

/**
 * Saves the panel it sits in (the closest `[data-export-root]`, else its parent element) as a
 * PNG at 2× resolution.
 */
export function ExportPngButton({ name, panel, epoch }: { name: string; panel: ExportPanel; epoch?: number }) {
  const t = useT();
  const ref = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const epochNow = useEpochAtClick(epoch);
  const onClick = async () => {
    const btn = ref.current;
    const root = (btn?.closest('[data-export-root]') ?? btn?.parentElement) as HTMLElement | null;
    if (!root) return;
    setBusy(true);
    try {
      download(await panelToPng(root, 2), exportFileName(name, epochNow(), 'png'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      ref={ref} type="button" className="export-btn" data-testid="export-png" data-export={name}
      title={t('byod.exportPng.title')} aria-label={t('byod.exportPng.titleOf', { panel: t(`byod.exportPng.panel.${panel}`) })} disabled={busy} onClick={() => void onClick()}
    >{t('byod.exportPng.label')}</button>
  );
}

/**
 * Saves text produced on click (so it is built only when asked for) as a CSV file. `make` may
 * resolve later: the CSV writer (Papa Parse) is fetched with the first export, not with the page.
 */
export function ExportCsvButton({ name, label, title, testId, make, epoch }: {
  name: string; label: string; title: string; testId: string; make(): string | Promise<string>; epoch?: number;
}) {
  const epochNow = useEpochAtClick(epoch);
  const onClick = () => {
    // The file is named for the epoch of the click, whenever the text is ready.
    const file = exportFileName(name, epochNow(), 'csv');
    void Promise.resolve(make()).then((text) => downloadText(text, file));
  };
  return (
    <button type="button" className="export-btn" data-testid={testId} title={title} onClick={onClick}>
      {label}
    </button>
  );
}
