/**
 * Number formats shared by the panels. Metric texts must stay machine-readable (tests and
 * e2e parse them), so fmtLoss/fmtAcc emit plain numbers, and only fmtSci/fmtInt decorate.
 */

/** Shown for a missing value (no test set, regression accuracy, NaN after divergence). */
export const MISSING = '—';

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Loss with 4 significant digits, e.g. "0.6931"; "—" for null, NaN or infinity. */
export function fmtLoss(v: number | null | undefined): string {
  return isNum(v) ? v.toPrecision(4) : MISSING;
}

/** Accuracy as a fraction with 3 decimals, e.g. "0.750". */
export function fmtAcc(v: number | null | undefined): string {
  return isNum(v) ? v.toFixed(3) : MISSING;
}

const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Integer with thousands separators, e.g. "12,345". */
export function fmtInt(v: number | null | undefined): string {
  return isNum(v) ? INT.format(Math.round(v)) : MISSING;
}

/** Mantissa and exponent of v, so a component can render the exponent in a <sup>. */
export function sciParts(v: number, digits = 2): { mantissa: string; exponent: number } {
  if (v === 0) return { mantissa: '0', exponent: 0 };
  const [m, e] = v.toExponential(Math.max(0, digits - 1)).split('e');
  // Trailing zeros carry no information in a label ("1e-5", not "1.0e-5").
  const mantissa = m!.includes('.') ? m!.replace(/\.?0+$/, '') : m!;
  return { mantissa, exponent: Number(e) };
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/**
 * Compact scientific notation: "1.2e-6", or "1.2×10⁻⁶" with unicode. Numbers between
 * 0.001 and 10000 stay in plain notation, which reads better for learning rates like 0.03.
 */
export function fmtSci(v: number | null | undefined, digits = 2, opts: { unicode?: boolean } = {}): string {
  if (!isNum(v)) return MISSING;
  const a = Math.abs(v);
  if (a === 0 || (a >= 1e-3 && a < 1e4)) return String(Number(v.toPrecision(digits)));
  const { mantissa, exponent } = sciParts(v, digits);
  if (!opts.unicode) return `${mantissa}e${exponent}`;
  const sup = String(exponent).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
  return mantissa === '1' ? `10${sup}` : mantissa === '-1' ? `-10${sup}` : `${mantissa}×10${sup}`;
}

/** Widest text epochText returns, in characters ("999,999"); the slot reserves this in ch. */
export const EPOCH_TEXT_MAX_CHARS = 7;

/**
 * An epoch count for a fixed-width slot: exact with separators up to 999,999, then compact with
 * three significant digits ("2.57M", Korean "257만"), so the slot never grows past
 * EPOCH_TEXT_MAX_CHARS however long training runs. The exact count goes in a title.
 */
export function epochText(v: number, lang = 'en'): string {
  if (!isNum(v)) return MISSING;
  if (Math.abs(v) < 1e6) return fmtInt(v);
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumSignificantDigits: 3 }).format(v);
}

