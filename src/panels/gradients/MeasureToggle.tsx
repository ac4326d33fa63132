/**
 * Segmented control for the gradient measure: real radio inputs (arrow keys, screen
 * readers) styled as one row of buttons, with the note on why dL/dz is the default.
 */
import { t } from '../../i18n';
import { useId } from 'react';
import { MEASURE_LABELS, MEASURE_TITLES, MEASURES, type Measure } from '../../model/measures';

export interface MeasureToggleProps {
  value: Measure;
  onChange(m: Measure): void;
}

export function MeasureToggle({ value, onChange }: MeasureToggleProps) {
  const name = useId();
  return (
    <fieldset className="gl-measure">
      <legend>{t('grad.measure')}</legend>
      <div className="gl-seg" data-testid="measure-toggle">
        {MEASURES.map((m) => (
          <label key={m} className={m === value ? 'gl-seg-on' : undefined} title={t(`grad.measureTitle.${m}`)}>
            <input type="radio" name={name} value={m} checked={m === value} onChange={() => onChange(m)} data-testid={`measure-${m}`} />
            {MEASURE_LABELS[m]}
          </label>
        ))}
      </div>
      <p className="gl-measure-note">
        {t('grad.measureNote')}
      </p>
    </fieldset>
  );
}
