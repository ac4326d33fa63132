/** Axis labels for log10 exponents: 0 -> "1", 1 -> "10", k -> "10ᵏ" (unicode superscripts). */
const SUP: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

export function decadeLabel(k: number | { valueOf(): number }): string {
  const e = Math.round(+k);
  if (e === 0) return '1';
  if (e === 1) return '10';
  return `10${String(e).split('').map((c) => SUP[c] ?? c).join('')}`;
}
