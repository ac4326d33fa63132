/**
 * Training pace. At full speed a small net runs ~10^5 epochs a second, too fast to see XOR
 * being solved; a slow pace lets a learner watch every step of the story.
 */
import { useId } from 'react';

export const SPEEDS: readonly { label: string; value: number | null }[] = [
  { label: 'max', value: null },
  { label: '1000 epochs/s', value: 1000 },
  { label: '100 epochs/s', value: 100 },
  { label: '30 epochs/s', value: 30 },
  { label: '10 epochs/s', value: 10 },
  { label: '2 epochs/s', value: 2 },
];

export interface SpeedSelectProps {
  speed: number | null;
  onChange(speed: number | null): void;
}

export function SpeedSelect({ speed, onChange }: SpeedSelectProps) {
  const id = useId();
  return (
    <div className="ctl-field ctl-speed">
      <label htmlFor={id}>Speed</label>
      <select
        id={id}
        data-testid="ctl-speed"
        value={speed === null ? 'max' : String(speed)}
        onChange={(e) => onChange(e.target.value === 'max' ? null : Number(e.target.value))}
      >
        {SPEEDS.map((s) => (
          <option key={s.label} value={s.value === null ? 'max' : String(s.value)}>
            {s.label}
          </option>
        ))}
      </select>
    </div>
  );
}
