/**
 * Training pace. At full speed a small net runs ~10^5 epochs a second, too fast to see XOR
 * being solved; a slow pace lets a learner watch every step of the story.
 */
import { useId } from 'react';
import { useT } from '../../i18n';

/** The paces offered, in epochs per second; null is as fast as possible. */
export const SPEEDS: readonly (number | null)[] = [null, 1000, 100, 30, 10, 2];

export interface SpeedSelectProps {
  speed: number | null;
  onChange(speed: number | null): void;
}

export function SpeedSelect({ speed, onChange }: SpeedSelectProps) {
  const id = useId();
  const t = useT();
  return (
    <div className="ctl-field ctl-speed">
      <label htmlFor={id}>{t('app.speed.label')}</label>
      <select
        id={id}
        data-testid="ctl-speed"
        value={speed === null ? 'max' : String(speed)}
        onChange={(e) => onChange(e.target.value === 'max' ? null : Number(e.target.value))}
      >
        {SPEEDS.map((v) => (
          <option key={String(v)} value={v === null ? 'max' : String(v)}>
            {v === null ? t('app.speed.max') : t('app.speed.eps', { n: v })}
          </option>
        ))}
      </select>
    </div>
  );
}
