/**
 * Dataset picker (thumbnails from the real generators) and the data sliders: noise, number
 * of points and train/test split. Truth tables are fixed four points, so their sliders rest.
 */
import { useCallback, useId, type ChangeEvent } from 'react';
import { LIMITS } from '../../core/config';
import { FIELDS } from '../../core/fields';
import { isTruthTable, type DatasetName } from '../../core/datasets';
import { DatasetThumb } from './DatasetThumb';
import { DATASET_GROUPS } from './thumbnails';
import { useT } from '../../i18n';
import './data.css';

export interface DataPatch {
  dataset: DatasetName;
  noise: number;
  points: number;
  split: number;
}

export interface DataPanelProps {
  dataset: DatasetName;
  noise: number;
  points: number;
  split: number;
  onChange(patch: Partial<DataPatch>): void;
  /** Draw a new sample (a new seed; the caller decides what else that resets). */
  onRegenerate(): void;
}

/** Step that lands exactly on both LIMITS.minPoints (4) and LIMITS.maxPoints (5000). */
const POINTS_STEP = 4;

export function DataPanel({ dataset, noise, points, split, onChange, onRegenerate }: DataPanelProps) {
  const t = useT();
  const fixed = isTruthTable(dataset);
  const noteId = useId();
  const pick = useCallback((name: DatasetName) => onChange({ dataset: name }), [onChange]);
  const num = (field: 'noise' | 'points' | 'split') => (e: ChangeEvent<HTMLInputElement>) => {
    const v = Number(e.target.value);
    if (Number.isFinite(v)) onChange({ [field]: v });
  };
  return (
    <section className="data-panel" aria-label={t('data.title')}>
      <h2 className="panel-title">{t('data.title')}</h2>
      {DATASET_GROUPS.map((g) => (
        <div key={g.id} className="data-group" role="group" aria-label={t(`data.group.${g.id}`)}>
          <h3 className="data-group-title">{t(`data.group.${g.id}`)}</h3>
          <div className="data-thumbs">
            {g.names.map((n) => <DatasetThumb key={n} name={n} selected={n === dataset} onPick={pick} />)}
          </div>
        </div>
      ))}
      <div className="data-sliders">
        <Slider label={t('data.noise')} testId="ctl-noise" min={FIELDS.noise.min} max={FIELDS.noise.max} step={0.01} value={noise} shown={noise.toFixed(2)} disabled={fixed} noteId={noteId} onChange={num('noise')} />
        <Slider label={t('data.points')} testId="ctl-points" min={LIMITS.minPoints} max={LIMITS.maxPoints} step={POINTS_STEP} value={points} shown={String(points)} disabled={fixed} noteId={noteId} onChange={num('points')} />
        <Slider label={t('data.split')} testId="ctl-split" min={0.1} max={FIELDS.split.max} step={0.05} value={split} shown={t('data.splitValue', { pct: Math.round(split * 100) })} disabled={fixed} noteId={noteId} onChange={num('split')} />
        {fixed && <p id={noteId} className="data-note">{t('data.truthNote')}</p>}
      </div>
      <button type="button" className="data-regen" data-testid="regenerate" title={t('data.regenerateTitle')} onClick={onRegenerate}>
        {t('data.regenerate')}
      </button>
    </section>
  );
}

interface SliderProps {
  label: string;
  testId: string;
  min: number;
  max: number;
  step: number;
  value: number;
  shown: string;
  disabled: boolean;
  noteId: string;
  onChange(e: ChangeEvent<HTMLInputElement>): void;
}

function Slider({ label, testId, min, max, step, value, shown, disabled, noteId, onChange }: SliderProps) {
  const id = useId();
  return (
    <div className="data-slider">
      <label htmlFor={id}>{label}</label>
      <output htmlFor={id} className="data-value">{shown}</output>
      <input
        id={id} type="range" min={min} max={max} step={step} value={value} disabled={disabled}
        aria-describedby={disabled ? noteId : undefined} data-testid={testId} onChange={onChange}
      />
    </div>
  );
}
