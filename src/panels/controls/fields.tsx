/**
 * Labelled form fields for the hyper-parameters. Every control gets a real <label> and an
 * error line that screen readers hear (aria-describedby + aria-invalid).
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { parseBounded, type Bounds } from './headOptions';

interface FieldShellProps {
  id: string;
  label: string;
  error?: string | null;
  children: ReactNode;
  className?: string;
}

function FieldShell({ id, label, error, children, className }: FieldShellProps) {
  return (
    <div className={`ctl-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && <p id={`${id}-err`} className="ctl-error" role="alert">{error}</p>}
    </div>
  );
}

export interface SelectOption<T extends string | number> {
  value: T;
  label: string;
  /** Longer description shown on hover. */
  title?: string;
}

export interface SelectFieldProps<T extends string | number> {
  label: string;
  testId: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange(v: T): void;
  error?: string;
  className?: string;
  /** Shown on hover over the select (what the current choice means). */
  title?: string;
}

export function SelectField<T extends string | number>({ label, testId, value, options, onChange, error, className, title }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} className={className}>
      <select
        id={id} data-testid={testId} value={String(value)} title={title} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => {
          const hit = options.find((o) => String(o.value) === e.target.value);
          if (hit) onChange(hit.value);
        }}
      >
        {options.map((o) => <option key={String(o.value)} value={String(o.value)} title={o.title}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}

export interface NumberFieldProps {
  label: string;
  testId: string;
  value: number;
  bounds: Bounds;
  step?: number;
  /** Called only with values inside the bounds. */
  onCommit(v: number): void;
  /** An error from outside (the store's validation), shown when the draft itself is fine. */
  error?: string;
  className?: string;
}

/**
 * A number input that keeps what the learner typed: text outside the bounds shows a message
 * and is not sent, so a half-typed or wrong value can never reach the trainer.
 */
export function NumberField({ label, testId, value, bounds, step, onCommit, error, className }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [local, setLocal] = useState<string | null>(null);
  // A value changed elsewhere (a preset, a URL, a reset) replaces the draft.
  useEffect(() => {
    setDraft(String(value));
    setLocal(null);
  }, [value]);
  const shown = local ?? error ?? null;
  return (
    <FieldShell id={id} label={label} error={shown} className={className}>
      <input
        id={id} data-testid={testId} type="number" inputMode="decimal" value={draft}
        min={bounds.min} max={bounds.max} step={step ?? 'any'}
        aria-invalid={shown ? true : undefined} aria-describedby={shown ? `${id}-err` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const r = parseBounded(text, bounds);
          if ('error' in r) {
            setLocal(r.error);
            return;
          }
          setLocal(null);
          if (r.value !== value) onCommit(r.value);
        }}
      />
    </FieldShell>
  );
}
