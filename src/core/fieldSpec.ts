/**
 * The shape of one setting and the text rules every front end shares: a row says what a value
 * may be (kind, bounds, names), and these functions read, check, format and describe it.
 * The config's rows are in fields.ts; the store and the CLI keep their own view-only or
 * command-only rows in the same shape, so a URL key or a flag is never parsed by hand.
 *
 * Numbers have one syntax everywhere (URL, CLI, typed into a control): a plain decimal with an
 * optional sign, fraction and exponent ("0.3", "-1", ".5", "1e-5"). Hex ("0x10"), binary,
 * "Infinity", "NaN", empty text and trailing garbage are rejected. Surrounding blanks are ignored.
 */

interface Common {
  /** One line for --help, the README and tooltips. */
  readonly doc: string;
  /** URL hash key (a contract: shared links depend on it). Absent: not in the URL. */
  readonly url?: string;
  /** CLI flag without the dashes (a contract: scripts depend on it). Absent: no flag. */
  readonly flag?: string;
  /** Unit or scale of a number, for docs ("fraction of the points"). */
  readonly unit?: string;
  /** The default in words, when the value alone would mislead ("follows the dataset"). */
  readonly defaultText?: string;
}

/** A real number ('number') or an integer ('int') in [min, max], each end open or closed. */
export interface NumberSpec extends Common {
  readonly kind: 'number' | 'int';
  readonly default: number | undefined;
  readonly min: number;
  readonly max: number;
  readonly openMin?: boolean;
  readonly openMax?: boolean;
  /** The value may be absent (undefined); empty text reads as absent. */
  readonly optional?: boolean;
}

/** One of a list of names. */
export interface EnumSpec extends Common {
  readonly kind: 'enum';
  readonly default: string;
  readonly values: readonly string[];
}

/** On or off. In the URL "1"/"true" and "0"/"false"; on the CLI a flag without a value. */
export interface BoolSpec extends Common {
  readonly kind: 'bool';
  readonly default: boolean;
}

/** A list of integers in [item.min, item.max], at most maxLength long. Empty text or "0" is []. */
export interface ListSpec extends Common {
  readonly kind: 'list';
  readonly default: readonly number[];
  readonly maxLength: number;
  readonly item: { readonly min: number; readonly max: number };
}

export type FieldSpec = NumberSpec | EnumSpec | BoolSpec | ListSpec;

export type Read<T> = { ok: true; value: T } | { ok: false; expected: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a text spells under the shared rule, or NaN. */
export function parseDecimal(text: string): number {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : NaN;
}

const range = (s: NumberSpec): string => `${s.openMin ? '(' : '['}${s.min}, ${s.max}${s.openMax ? ')' : ']'}`;

/** What a field accepts, as the tail of "expected …" in every error message. */
export function expected(s: FieldSpec, sep = ','): string {
  switch (s.kind) {
    case 'number': case 'int':
      return `${s.kind === 'int' ? 'an integer' : 'a number'} in ${range(s)}${s.optional ? ' (or nothing)' : ''}`;
    case 'enum': return `one of ${s.values.join(', ')}`;
    case 'bool': return 'true or false';
    case 'list': return `up to ${s.maxLength} ${sep === ',' ? 'comma' : `"${sep}"`}-separated widths, integers in [${s.item.min}, ${s.item.max}] (empty or 0 for none)`;
  }
}

/** True when a number is inside a spec's bounds (and an integer when it must be). */
export function inBounds(s: NumberSpec, v: number): boolean {
  return Number.isFinite(v) && (s.openMin ? v > s.min : v >= s.min) && (s.openMax ? v < s.max : v <= s.max)
    && (s.kind !== 'int' || Number.isInteger(v));
}

/** True when a value (of any type) is one the field accepts. Never throws. */
export function isValid(s: FieldSpec, v: unknown): boolean {
  switch (s.kind) {
    case 'number': case 'int': return (s.optional && v === undefined) || (typeof v === 'number' && inBounds(s, v));
    case 'enum': return typeof v === 'string' && s.values.includes(v);
    case 'bool': return typeof v === 'boolean';
    case 'list': return Array.isArray(v) && v.length <= s.maxLength
      && v.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= s.item.min && w <= s.item.max);
  }
}

/** Reads a field from text (a URL value, a CLI argument). Never throws. */
export function parseText(s: FieldSpec, raw: string, sep = ','): Read<unknown> {
  const bad = { ok: false as const, expected: expected(s, sep) };
  switch (s.kind) {
    case 'number': case 'int': {
      if (s.optional && raw.trim() === '') return { ok: true, value: undefined };
      const v = parseDecimal(raw);
      return inBounds(s, v) ? { ok: true, value: v } : bad;
    }
    case 'enum': return s.values.includes(raw) ? { ok: true, value: raw } : bad;
    case 'bool':
      return raw === '1' || raw === 'true' ? { ok: true, value: true } : raw === '0' || raw === 'false' ? { ok: true, value: false } : bad;
    case 'list': {
      const t = raw.trim();
      if (t === '' || t === '0') return { ok: true, value: [] };
      const parts = t.split(sep);
      if (parts.length > s.maxLength) return bad;
      const ws = parts.map(parseDecimal);
      return isValid(s, ws) ? { ok: true, value: ws } : bad;
    }
  }
}

/** Writes a value as text that parseText reads back to the same value. */
export function formatText(s: FieldSpec, v: unknown, sep = ','): string {
  if (v === undefined) return '';
  if (s.kind === 'list') return (v as readonly number[]).join(sep);
  if (s.kind === 'bool') return v ? '1' : '0';
  return String(v);
}
