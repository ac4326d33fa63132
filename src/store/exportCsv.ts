/**
 * The numbers behind two panels as CSV files, written by Papa Parse's unparse (quoting and
 * separators are its job): the loss chart's history and the gradient panel's per-layer table.
 * Column names are plain ASCII identifiers in English whatever the page's language, so a
 * spreadsheet or a script reads the same file from every page. Numbers are written in their
 * shortest exact form (String(v)); a value that does not exist (no test set, no rate reported,
 * no theory) is an empty cell, never "NaN".
 */
import Papa from 'papaparse';
import type { LayerFn } from '../core/activations';
import type { LayerStats } from '../core/stats';
import { historyRows, type LossHistory } from '../model/lossHistory';

const cell = (v: number | undefined): string => (v !== undefined && Number.isFinite(v) ? String(v) : '');

/** Papa's text with exactly one final newline (it writes none after the last row, but one after a lone header). */
const unparse = (fields: string[], data: string[][]): string => `${Papa.unparse({ fields, data }, { newline: '\n' }).replace(/\n+$/, '')}\n`;

/** Columns of the loss history CSV. */
export const LOSS_CSV_FIELDS = ['epoch', 'train_loss', 'test_loss', 'learning_rate', 'averaged_points'];

/**
 * The loss chart's points, oldest first: epoch, train and test loss, the learning rate at that
 * epoch, and how many measurements the row averages (1 for the recent, exact part; older rows
 * of a long run are means over a fixed stride, exactly as the chart draws them).
 */
export function lossHistoryCsv(h: LossHistory): string {
  return unparse(LOSS_CSV_FIELDS, historyRows(h).map((r) => [cell(r.epoch), cell(r.train), cell(r.test), cell(r.lr), String(r.averaged)]));
}

export interface GradTableInput {
  /** The epoch the statistics were measured at (a column, so the file says when). */
  epoch: number;
  stats: readonly LayerStats[];
  layers: readonly { fn: LayerFn; fanOut: number }[];
  /** log10 of the mean-field theory's dL/dz per layer, or null when the panel shows none. */
  theory: readonly number[] | null;
}

/** Columns of the gradient table CSV (`grad_z_theory` only when the panel shows the theory). */
export function gradTableFields(withTheory: boolean): string[] {
  return [
    'epoch', 'layer', 'kind', 'units', 'activation', 'grad_z_rms', ...(withTheory ? ['grad_z_theory'] : []),
    'grad_b_norm', 'grad_w_norm', 'activation_mean', 'activation_std', 'saturated_fraction',
  ];
}

/**
 * The gradient table's rows, layer 1 first and the output last: RMS of dL/dz, the L2 norms of
 * dL/db and dL/dW, the activations' mean and standard deviation, and the saturated fraction.
 */
export function gradTableCsv({ epoch, stats, layers, theory }: GradTableInput): string {
  const rows = stats.map((s, i) => [
    String(epoch), String(i + 1), i === stats.length - 1 ? 'output' : 'hidden', cell(layers[i]?.fanOut), layers[i]?.fn ?? '',
    cell(s.gradZ), ...(theory ? [cell(10 ** (theory[i] ?? NaN))] : []),
    cell(s.gradB), cell(s.gradW), cell(s.actMean), cell(s.actStd), cell(s.saturated),
  ]);
  return unparse(gradTableFields(theory !== null), rows);
}
