/**
 * Numbers in the walk-through: three significant digits with a true minus sign, and
 * scientific notation for the tiny δ of deep nets ("1.23e−7"), which must not read as 0.
 */

/** v to 3 significant digits ("−0.125", "2.41", "1.23e−7"); "∞" and "—" for the rest. */
export function sig3(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '—' : v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a < 1e-3 || a >= 1e5 ? v.toExponential(2).replace('e+', 'e') : String(Number(v.toPrecision(3)));
  return s.replaceAll('-', '−');
}

/** A factor such as a ratio of signal sizes: "×0.23". */
export function times(v: number): string {
  return `×${sig3(v)}`;
}

/** A loss to 6 significant digits, so a small SGD step's effect shows ("0.693147"). */
export function sig6(v: number): string {
  if (!Number.isFinite(v)) return sig3(v);
  return (Math.abs(v) < 1e-3 && v !== 0 ? v.toExponential(5) : String(Number(v.toPrecision(6)))).replaceAll('-', '−');
}
