/**
 * Data slice: the learner's own data (points placed by click with undo and redo, CSV import)
 * and model files (load, save, and the honest mark on a run whose weights the link no longer
 * reproduces). Every change goes through mergeConfig, so a bad one is refused with a notice
 * and leaves the config exactly as it was.
 */
import type { StateCreator } from 'zustand';
import {
  CsvError, CUSTOM, isTruthTable, MAX_CUSTOM_CLASSES, MAX_CUSTOM_POINTS, modelFromJson, rescaleToPlot,
  type CustomData,
} from '../core';
import { formatNumber, t } from '../i18n';
import { mergeConfig } from './configSlice';
import type { AppState, DataSlice, DataVersion } from './types';

/** Build reason the bridge gives a build that resumes a model file. */
export const RESTORE_REASON = 'model loaded';

/**
 * The points on screen as custom data: the custom set itself, or the generated set's points
 * (train and test; a truth table's four once).
 */
export function currentPoints(s: Pick<AppState, 'config' | 'data'>): CustomData | null {
  if (s.config.dataset === CUSTOM) return s.config.custom;
  const d = s.data;
  if (!d) return null;
  const both = !isTruthTable(s.config.dataset);
  return {
    x: [...d.trainX, ...(both ? d.testX : [])],
    y: [...d.trainY, ...(both ? d.testY : [])],
    classes: d.classes,
  };
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => {
  const notice = (text: string): void => set({ notices: [...get().notices, text] });

  /** Switches to `next` points, recording the current version for undo. */
  const apply = (next: DataVersion, undo = true): boolean => {
    const s = get();
    const prev: DataVersion = { dataset: s.config.dataset, custom: s.config.custom };
    try {
      const config = mergeConfig(s.config, { dataset: next.dataset, custom: next.custom });
      set({
        config,
        ...(undo ? { dataUndo: [...s.dataUndo.slice(-99), prev], dataRedo: [] } : {}),
      });
      return true;
    } catch (e) {
      notice(e instanceof Error ? e.message : String(e));
      return false;
    }
  };

  return {
    dataEdit: false,
    editClass: 1,
    editTarget: 0.5,
    dataUndo: [],
    dataRedo: [],
    restore: null,
    runMark: null,
    modelFile: null,
    setDataEdit: (patch) => set(patch),
    addPoint: (x1, x2) => {
      const s = get();
      const pts = currentPoints(s) ?? { x: [], y: [], classes: 2 };
      if (pts.y.length >= MAX_CUSTOM_POINTS) return notice(t('byod.data.full', { max: MAX_CUSTOM_POINTS }));
      const regression = pts.classes === 0;
      const c = Math.min(Math.max(0, Math.round(s.editClass)), MAX_CUSTOM_CLASSES - 1);
      // A placed point sits on a 0.01 grid: exact in a link and in a CSV, finer than a pixel.
      const snap = (v: number): number => Math.round(v * 100) / 100;
      apply({
        dataset: CUSTOM,
        custom: { x: [...pts.x, snap(x1), snap(x2)], y: [...pts.y, regression ? s.editTarget : c], classes: regression ? 0 : Math.max(pts.classes, c + 1) },
      });
    },
    removePoint: (index) => {
      const pts = currentPoints(get());
      if (!pts || index < 0 || index >= pts.y.length) return;
      if (pts.y.length === 1) return notice(t('byod.data.lastPoint'));
      const x = pts.x.filter((_, k) => k >> 1 !== index);
      const y = pts.y.filter((_, k) => k !== index);
      // Removing the last point of the top class leaves fewer classes (never fewer than two).
      const classes = pts.classes === 0 ? 0 : Math.max(2, Math.max(...y) + 1);
      apply({ dataset: CUSTOM, custom: { x, y, classes } });
    },
    undoData: () => {
      const s = get();
      const prev = s.dataUndo[s.dataUndo.length - 1];
      if (!prev) return;
      const cur: DataVersion = { dataset: s.config.dataset, custom: s.config.custom };
      if (apply(prev, false)) set({ dataUndo: s.dataUndo.slice(0, -1), dataRedo: [...s.dataRedo, cur] });
    },
    redoData: () => {
      const s = get();
      const next = s.dataRedo[s.dataRedo.length - 1];
      if (!next) return;
      const cur: DataVersion = { dataset: s.config.dataset, custom: s.config.custom };
      if (apply(next, false)) set({ dataRedo: s.dataRedo.slice(0, -1), dataUndo: [...s.dataUndo, cur] });
    },
    importCsv: async (text, rescale) => {
      // Papa Parse is fetched with the first file, not with the page.
      const { parseCsvText } = await import('./csvText');
      let read;
      try {
        read = parseCsvText(text, { rescale });
      } catch (e) {
        if (!(e instanceof CsvError)) throw e;
        // Numbers in the reader's format (1,000,000 / 1,000,000 in ko; never raw 1000000).
        const values = Object.fromEntries(Object.entries(e.values).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, 6) : v]));
        const problem = t(`byod.csv.${e.problem}`, values);
        notice(e.line > 0 ? t('byod.csv.atLine', { line: e.line, problem }) : t('byod.csv.failed', { problem }));
        return false;
      }
      let data = read.data;
      let scaled: number | null = null;
      if (rescale) ({ data, scale: scaled } = rescaleToPlot(data));
      if (!apply({ dataset: CUSTOM, custom: data })) return false;
      const n = data.y.length;
      const kind = data.classes === 0 ? t('byod.csv.regression') : t('byod.csv.classes', { n: data.classes });
      notice(t('byod.csv.imported', { n, kind }));
      if (read.signedLabels) notice(t('byod.csv.signed'));
      if (scaled !== null) notice(t('byod.csv.rescaled', { factor: formatFactor(scaled) }));
      return true;
    },
    loadModelText: (text) => {
      let config;
      try {
        config = modelFromJson(text).config;
      } catch (e) {
        notice(t('byod.model.refused', { reason: e instanceof Error ? e.message : String(e) }));
        return false;
      }
      set({ config, restore: text, dataUndo: [], dataRedo: [] });
      return true;
    },
    requestModel: () => get().port.send({ type: 'saveModel', model: 0 }),
  };
};

/** A rescale factor in the reader's format; far from 1 in exponent form (×5E-308, never ×0). */
function formatFactor(v: number): string {
  return v >= 1e-3 && v < 1e5 ? formatNumber(v, 4) : v.toExponential(3).replace('e+', 'e');
}
