/**
 * Hover tooltip and click-to-edit box for one weight or bias. Bad input never reaches the
 * network: it is refused with a message and the parameter keeps its value.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t as tr } from '../../i18n';

/** Edits beyond this magnitude are refused: they only overflow the activations. */
export const PARAM_LIMIT = 1000;

export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

/** Strict parse of the edit box: the whole text must be a finite number within PARAM_LIMIT. */
export function parseParamInput(text: string): ParseResult {
  const t = text.trim();
  if (t === '') return { ok: false, message: tr('network.editEmpty') };
  const v = Number(t);
  if (!Number.isFinite(v)) return { ok: false, message: tr('network.editNaN', { text: t }) };
  if (Math.abs(v) > PARAM_LIMIT) return { ok: false, message: tr('network.editRange', { limit: PARAM_LIMIT }) };
  return { ok: true, value: v };
}

export interface ParamTooltipProps {
  /** Anchor in diagram-root coordinates (the tooltip sits just above it). */
  x: number;
  y: number;
  /** e.g. "w(layer 2: 3→1) = -0.4213"; see paramLabel / formatParam. */
  text: string;
  hint?: string;
}

export function ParamTooltip({ x, y, text, hint }: ParamTooltipProps) {
  return (
    <div className="nd-tooltip" role="tooltip" style={{ left: x, top: y }}>
      <span className="nd-mono">{text}</span>
      {hint && <span className="nd-hint">{hint}</span>}
    </div>
  );
}

export interface ParamEditorProps {
  x: number;
  y: number;
  label: string;
  initial: number;
  onCommit(value: number): void;
  /** Closed without a change; `message` explains a refused value left by blurring away. */
  onCancel(message?: string): void;
}

export function ParamEditor({ x, y, label, initial, onCommit, onCancel }: ParamEditorProps) {
  const initialText = Number.isFinite(initial) ? String(Number(initial.toFixed(6))) : '';
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Enter commits and unmounts; some browsers then fire blur on the removed input.
  const done = useRef(false);
  const msgId = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const attempt = (fromBlur: boolean) => {
    if (done.current) return;
    const text = input.current?.value ?? '';
    if (fromBlur && text === initialText) {
      done.current = true;
      onCancel();
      return;
    }
    const r = parseParamInput(text);
    if (r.ok) {
      done.current = true;
      onCommit(r.value);
    } else if (fromBlur) {
      done.current = true;
      onCancel(r.message);
    } else {
      setMessage(r.message);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      attempt(false);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      done.current = true;
      onCancel();
    }
  };

  return (
    <div className="nd-editor" style={{ left: x, top: y }}>
      <label className="nd-mono">
        {label} =
        <input
          ref={input}
          type="number"
          step="any"
          inputMode="decimal"
          defaultValue={initialText}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? msgId : undefined}
          onKeyDown={onKeyDown}
          onBlur={() => attempt(true)}
          onInput={() => setMessage(null)}
          data-testid="param-input"
        />
      </label>
      {message
        ? <span id={msgId} className="nd-error" role="alert">{message}</span>
        : <span className="nd-hint">{tr('network.editHint')}</span>}
    </div>
  );
}
