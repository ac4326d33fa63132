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
  /**
   * The hash carries the key only when the value differs from the default, so links written
   * before the key existed stay exactly as they were (and short).
   */
  readonly urlWhenChanged?: boolean;
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

/** What each item of a list may be: an integer in [min, max], or one of a list of names. */
export type ListItem =
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly values: readonly string[] };

/**
 * A list of items (hidden widths today; per-layer activations, input features or panel names
 * later), at most maxLength long. Empty text is [], and so is `emptyText` when set ("0").
 */
export interface ListSpec extends Common {
  readonly kind: 'list';
  readonly default: readonly (number | string)[];
  readonly maxLength: number;
  readonly item: ListItem;
  /** What the items are called in messages ("widths"). */
  readonly itemName: string;
  /** Another text that means the empty list (hidden: "0", a single neuron). */
  readonly emptyText?: string;
}

export type FieldSpec = NumberSpec | EnumSpec | BoolSpec | ListSpec;

export type Read<T> = { ok: true; value: T } | { ok: false; expected: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a text spells under the shared rule, or NaN. */
export function parseDecimal(text: string): number {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : NaN;
}

/** "[0, 1]" or "(0, 100]": a row's bounds in interval notation. */
export function rangeText(s: { min: number; max: number; openMin?: boolean; openMax?: boolean }): string {
  return `${s.openMin ? '(' : '['}${s.min}, ${s.max}${s.openMax ? ')' : ']'}`;
}

/** What a field accepts, as the tail of "expected …" in every error message. */
export function expected(s: FieldSpec, sep = ','): string {
  switch (s.kind) {
    case 'number': case 'int':
      return `${s.kind === 'int' ? 'an integer' : 'a number'} in ${rangeText(s)}${s.optional ? ' (or nothing)' : ''}`;
    case 'enum': return `one of ${s.values.join(', ')}`;
    case 'bool': return 'true or false';
    case 'list': {
      const each = s.item.kind === 'int' ? `integers in [${s.item.min}, ${s.item.max}]` : `each one of ${s.item.values.join(', ')}`;
      const none = s.emptyText === undefined ? 'empty' : `empty or ${s.emptyText}`;
      return `up to ${s.maxLength} ${sep === ',' ? 'comma' : `"${sep}"`}-separated ${s.itemName}, ${each} (${none} for none)`;
    }
  }
}

/** True when a number is inside a spec's bounds (and an integer when it must be). */
export function inBounds(s: NumberSpec, v: number): boolean {
  return Number.isFinite(v) && (s.openMin ? v > s.min : v >= s.min) && (s.openMax ? v < s.max : v <= s.max)
    && (s.kind !== 'int' || Number.isInteger(v));
}

function isItem(item: ListItem, w: unknown): boolean {
  return item.kind === 'int'
    ? typeof w === 'number' && Number.isInteger(w) && w >= item.min && w <= item.max
    : typeof w === 'string' && item.values.includes(w);
}

/** True when a value (of any type) is one the field accepts. Never throws. */
export function isValid(s: FieldSpec, v: unknown): boolean {
  switch (s.kind) {
    case 'number': case 'int': return (s.optional && v === undefined) || (typeof v === 'number' && inBounds(s, v));
    case 'enum': return typeof v === 'string' && s.values.includes(v);
    case 'bool': return typeof v === 'boolean';
    case 'list': return Array.isArray(v) && v.length <= s.maxLength && v.every((w) => isItem(s.item, w));
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
      if (t === '' || t === s.emptyText) return { ok: true, value: [] };
      const parts = t.split(sep);
      if (parts.length > s.maxLength) return bad;
      const items = s.item.kind === 'int' ? parts.map(parseDecimal) : parts.map((p) => p.trim());
      return isValid(s, items) ? { ok: true, value: items } : bad;
    }
  }
}

/** Writes a value as text that parseText reads back to the same value. */
export function formatText(s: FieldSpec, v: unknown, sep = ','): string {
  if (v === undefined) return '';
  if (s.kind === 'list') return (v as readonly (number | string)[]).join(sep);
  if (s.kind === 'bool') return v ? '1' : '0';
  return String(v);
}
