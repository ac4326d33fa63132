/**
 * Edit-data controls: the mode toggle (on the output plot's header) and, while editing, the
 * class buttons or target value, undo and redo, with keys 1–3, Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z).
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAX_CUSTOM_CLASSES } from '../../core';
import { CLASS_COLORS } from '../../viz/colors';
import { useT } from '../../i18n';
import { useApp, useAppStore } from '../StoreContext';
import type { AppState } from '../../store/types';

const selEdit = (s: AppState) => ({
  dataEdit: s.dataEdit, editClass: s.editClass, editTarget: s.editTarget,
  canUndo: s.dataUndo.length > 0, canRedo: s.dataRedo.length > 0, classes: s.data?.classes ?? 2,
});

export function DataEditToggle() {
  const t = useT();
  const on = useApp((s) => s.dataEdit);
  const store = useAppStore();
  return (
    <button
      type="button" className="db-edit-toggle" data-testid="data-edit" aria-pressed={on} title={t('byod.data.editTitle')}
      onClick={() => store.getState().setDataEdit({ dataEdit: !on })}
    >{t('byod.data.edit')}</button>
  );
}

export function DataEditTools() {
  const t = useT();
  const s = useApp(useShallow(selEdit));
  const store = useAppStore();
  const regression = s.classes === 0;
  useEffect(() => {
    if (!s.dataEdit) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      const st = store.getState();
      const k = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && k === 'z') { e.preventDefault(); return e.shiftKey ? st.redoData() : st.undoData(); }
      if ((e.ctrlKey || e.metaKey) && k === 'y') { e.preventDefault(); return st.redoData(); }
      const n = Number(e.key);
      if (!e.ctrlKey && !e.metaKey && Number.isInteger(n) && n >= 1 && n <= MAX_CUSTOM_CLASSES) st.setDataEdit({ editClass: n - 1 });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [s.dataEdit, store]);
  if (!s.dataEdit) return null;
  return (
    <div className="db-edit-tools" data-testid="data-edit-tools" role="toolbar" aria-label={t('byod.data.edit')}>
      {regression ? (
        <label className="db-edit-target">
          {t('byod.data.target')}{' '}
          <input
            type="number" step="0.1" data-testid="edit-target" defaultValue={s.editTarget}
            onChange={(e) => { const v = Number(e.target.value); if (e.target.value !== '' && Number.isFinite(v)) store.getState().setDataEdit({ editTarget: v }); }}
          />
        </label>
      ) : (
        Array.from({ length: MAX_CUSTOM_CLASSES }, (_, c) => (
          <button
            key={c} type="button" className="db-edit-class" data-testid={`edit-class-${c}`} aria-pressed={s.editClass === c}
            onClick={() => store.getState().setDataEdit({ editClass: c })}
          >
            <span className="db-swatch" style={{ background: CLASS_COLORS[c] }} />{t('byod.data.classN', { n: c })}
          </button>
        ))
      )}
      <button type="button" data-testid="data-undo" disabled={!s.canUndo} onClick={() => store.getState().undoData()}>{t('byod.data.undo')}</button>
      <button type="button" data-testid="data-redo" disabled={!s.canRedo} onClick={() => store.getState().redoData()}>{t('byod.data.redo')}</button>
      <p className="db-edit-hint">{t(regression ? 'byod.data.hintRegression' : 'byod.data.hint')}</p>
    </div>
  );
}
