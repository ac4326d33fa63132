/**
 * Number text for the lesson cards: fixed decimals with a true minus sign, so columns of
 * weights line up, and tiny or huge values in scientific notation instead of "0.000".
 */
import { MISSING } from './format';

/** v with `digits` decimals ("−0.472"); scientific outside [1e-3, 1e4); "—" for NaN. */
export function num(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? MISSING : v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  let s: string;
  if (a !== 0 && (a < 10 ** -digits / 2 || a >= 1e4)) s = v.toExponential(Math.max(1, digits - 1));
  else s = v.toFixed(digits);
  // "-0.000" reads as a sign that is not there.
  if (/^-0(\.0+)?$/.test(s)) s = s.slice(1);
  return s.replaceAll('-', '−');
}

/** A gradient: scientific whenever small, since gradients near 1e-6 matter. */
export function grad(v: number): string {
  if (!Number.isFinite(v)) return num(v);
  const a = Math.abs(v);
  if (a === 0) return '0';
  return (a < 1e-2 || a >= 1e4 ? v.toExponential(2) : v.toFixed(4)).replaceAll('-', '−');
}

/** Two decimals for labels inside a small picture, where exponents do not fit ("0.00", "−12.87"). */
export function short2(v: number): string {
  if (!Number.isFinite(v)) return num(v);
  const s = v.toFixed(2);
  return (s === '-0.00' ? '0.00' : s).replaceAll('-', '−');
}

/** Short number for point labels: integers stay integers ("1", "-1"), others get 2 decimals. */
export function short(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}
