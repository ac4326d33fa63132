/** Output helpers for the lab CLI: aligned tables, number formats and the JSON line. */
import type { LayerStats } from '../core/stats';
import type { Network } from '../core/mlp';

/** One layer's entry in the JSON contract: layers[0] is the first hidden layer, the last is the output. */
export interface LayerReport {
  units: number;
  activation: string;
  gradZ: number;
  gradW: number;
  gradB: number;
}

/** The contract's per-layer fields from the core's stats (which carry more). */
export function layerReports(net: Network, stats: readonly LayerStats[]): LayerReport[] {
  return net.layout.layers.map((l, i) => ({
    units: l.fanOut, activation: l.fn, gradZ: stats[i]!.gradZ, gradW: stats[i]!.gradW, gradB: stats[i]!.gradB,
  }));
}

/** Where a command writes its lines (stdout in the real CLI, a buffer in tests). */
export type Out = (text: string) => void;

/**
 * Writes exactly one JSON object and a newline. JSON.stringify already turns NaN and
 * +-Infinity into null, which is what the contract asks for.
 */
export function printJson(out: Out, obj: object): void {
  out(JSON.stringify(obj) + '\n');
}

/** A number for a table cell: 4 significant digits, exponent form when very small or large. */
export function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '-';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (Number.isInteger(x) && a < 1e7) return String(x);
  return a < 1e-3 || a >= 1e6 ? x.toExponential(2) : x.toPrecision(4);
}

/**
 * Columns padded to their widest cell; text columns left-aligned, columns whose cells
 * all look numeric right-aligned so digits line up.
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((r) => /^[-+0-9.e]+$|^-$|^inf$/.test(r[c] ?? '')));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The per-layer gradient table shared by train and grads, with the ratio to the layer above. */
export function layerTable(layers: readonly LayerReport[]): string {
  const rows = layers.map((l, i) => {
    const next = layers[i + 1];
    return [
      i === layers.length - 1 ? 'out' : String(i + 1), String(l.units), l.activation,
      fmt(l.gradZ), fmt(l.gradW), fmt(l.gradB), next ? fmt(l.gradZ / next.gradZ) : '-',
    ];
  });
  return table(['layer', 'units', 'activation', 'gradZ', 'gradW', 'gradB', 'gradZ/above'], rows);
}

/** "2-4-1 tanh/sigmoid" style name of an architecture. */
export function archName(net: Network): string {
  const ls = net.layout.layers;
  const sizes = [net.layout.inputs, ...ls.map((l) => l.fanOut)].join('-');
  const hidden = ls.length > 1 ? ls[0]!.fn + '/' : '';
  return `${sizes} ${hidden}${ls[ls.length - 1]!.fn}`;
}
