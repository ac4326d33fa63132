/**
 * Files in and out: CSV import (optionally rescaled into the plot) and export of the points,
 * model files saved from the worker and loaded back, and the mark on a run whose weights the
 * link cannot reproduce. Errors land in the page's notice list (the `notice` element).
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { LINK_MAX_POINTS, writeCsv } from '../../core';
import { useT } from '../../i18n';
import { currentPoints } from '../../store/dataSlice';
import { useApp, useAppStore } from '../StoreContext';
import { downloadText } from '../exportPng';
import '../byod.css';
import { selHide } from './ControlsContainer';

/** Reads a picked file as text, then clears the input so the same file can be picked again. */
function readPicked(e: ChangeEvent<HTMLInputElement>, use: (text: string) => void): void {
  const input = e.currentTarget;
  const file = input.files?.[0];
  if (!file) return;
  void file.text().then((text) => {
    use(text);
    input.value = '';
  });
}

/** Downloads the model file the worker sends after a save request. */
function useModelDownload(): () => void {
  const store = useAppStore();
  const file = useApp((s) => s.modelFile);
  const waiting = useRef<number | null>(null);
  useEffect(() => {
    if (file && waiting.current !== null && file.serial > waiting.current) {
      waiting.current = null;
      const c = store.getState().config;
      downloadText(file.json, `model-${c.dataset}-epoch${JSON.parse(file.json).epoch as number}.json`, 'application/json');
    }
  }, [file, store]);
  return () => {
    waiting.current = store.getState().modelFile?.serial ?? 0;
    store.getState().requestModel();
  };
}

export function DataFiles() {
  const t = useT();
  const store = useAppStore();
  const [rescale, setRescale] = useState(false);
  const rescaleId = useId();
  const saveModel = useModelDownload();
  // A classroom link that fixes the dataset (hide=dataset) fixes the points and the model too.
  const fixed = useApp(selHide).has('dataset');
  return (
    <div className="files" data-testid="data-files">
      <div className="files-row">
        {!fixed && <><label className="files-pick" title={t('byod.csv.importTitle')}>
          {t('byod.csv.import')}
          <input type="file" accept=".csv,text/csv,text/plain" data-testid="csv-import" onChange={(e) => readPicked(e, (text) => store.getState().importCsv(text, rescale))} />
        </label>
        <label htmlFor={rescaleId} className="files-check">
          <input id={rescaleId} type="checkbox" checked={rescale} onChange={(e) => setRescale(e.target.checked)} data-testid="csv-rescale" />
          {t('byod.csv.rescale')}
        </label></>}
        <button
          type="button" data-testid="csv-export" title={t('byod.csv.exportTitle')}
          onClick={() => {
            const pts = currentPoints(store.getState());
            if (pts) downloadText(writeCsv(pts), `${store.getState().config.dataset}.csv`);
          }}
        >{t('byod.csv.export')}</button>
      </div>
      <div className="files-row">
        <button type="button" data-testid="model-save" title={t('byod.model.saveTitle')} onClick={saveModel}>{t('byod.model.save')}</button>
        {!fixed && <label className="files-pick" title={t('byod.model.loadTitle')}>
          {t('byod.model.load')}
          <input type="file" accept=".json,application/json" data-testid="model-load" onChange={(e) => readPicked(e, (text) => store.getState().loadModelText(text))} />
        </label>}
      </div>
      <LinkNote />
    </div>
  );
}

/** Says when the link no longer carries the custom points. */
function LinkNote() {
  const t = useT();
  const n = useApp((s) => (s.config.dataset === 'custom' ? s.config.custom?.y.length ?? 0 : 0));
  if (n <= LINK_MAX_POINTS) return null;
  return <p className="files-note" data-testid="link-no-data">{t('byod.data.tooBigForLink', { n, max: LINK_MAX_POINTS })}</p>;
}

/** "Edited by hand" or "loaded from a file": the link gives the settings, not these weights. */
export function RunMark() {
  const t = useT();
  const mark = useApp((s) => s.runMark);
  const saveModel = useModelDownload();
  if (!mark) return null;
  return (
    <p className="run-mark" data-testid="run-mark" data-mark={mark} role="status">
      {t(mark === 'edited' ? 'byod.model.edited' : 'byod.model.loaded')}{' '}
      <button type="button" data-testid="run-mark-save" onClick={saveModel}>{t('byod.model.offer')}</button>
    </p>
  );
}
