/**
 * Reading and writing a dataset as CSV: columns x1, x2, label; a header row is optional.
 * Splitting text into fields is a CSV library's job (Papa Parse, in the front ends: the core
 * imports nothing outside itself); this module turns the rows into a validated CustomData or
 * an error that names the line and the problem.
 *
 * How the label column is read:
 * - any label written with a decimal point or exponent ("0.5", "1.0", "2e-3") makes the set a
 *   regression set: every label is a target;
 * - otherwise labels are class indices 0..2 (2 or 3 classes), or -1/+1, read as classes 0/1;
 * - a whole-number label outside those fits no task and is refused with its line.
 */
import { MAX_CUSTOM_ABS, MAX_CUSTOM_CLASSES, MAX_CUSTOM_POINTS, type CustomData } from './custom';

/** What went wrong, for front ends that word the message in the reader's language. */
export type CsvProblem =
  | 'empty' | 'noRows' | 'missingColumn' | 'fieldCount' | 'emptyValue' | 'notNumber' | 'tooLarge' | 'tooMany' | 'labelNoTask' | 'syntax';

/**
 * A CSV problem at a 1-based line of the file (0 when it concerns the whole file). The message
 * is English; `problem` and `values` let a front end translate it.
 */
export class CsvError extends Error {
  readonly line: number;
  readonly problem: CsvProblem;
  readonly values: Readonly<Record<string, string | number>>;
  constructor(line: number, problem: CsvProblem, values: Record<string, string | number>, english: string) {
    super(line > 0 ? `line ${line}: ${english}` : english);
    this.name = 'CsvError';
    this.line = line;
    this.problem = problem;
    this.values = values;
  }
}

export interface CsvResult {
  readonly data: CustomData;
  readonly header: boolean;
  /** Set when -1/+1 labels were read as classes 0/1. */
  readonly signedLabels: boolean;
}

const COLUMNS = ['x1', 'x2', 'label'] as const;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export interface CsvOptions {
  /**
   * The points will be rescaled into the plot (rescaleToPlot), so coordinates of any finite
   * size are fine; otherwise they must lie within ±MAX_CUSTOM_ABS. Labels are never rescaled.
   */
  readonly rescale?: boolean;
}

/**
 * Validates rows of fields (rows[i] is line i + 1 of the file; a row of one empty field is a
 * blank line and skipped). Throws CsvError naming the first bad line; returns the data otherwise.
 */
export function readCsvRows(rows: readonly (readonly string[])[], opts: CsvOptions = {}): CsvResult {
  const lines = rows.map((r, i) => ({ r: r.map((f) => f.trim()), line: i + 1 })).filter(({ r }) => !(r.length === 0 || (r.length === 1 && r[0] === '')));
  if (lines.length === 0) throw new CsvError(0, 'empty', {}, 'the file is empty: expected rows of x1,x2,label');
  let cols = [0, 1, 2];
  let header = false;
  const first = lines[0]!;
  if (!first.r.some((f) => NUMBER.test(f))) {
    header = true;
    const names = first.r.map((f) => f.toLowerCase());
    cols = COLUMNS.map((c) => names.indexOf(c));
    const missing = COLUMNS.filter((_, i) => cols[i]! < 0);
    if (missing.length) throw new CsvError(first.line, 'missingColumn', { columns: missing.join(', ') }, `missing column ${missing.join(', ')} (the header needs x1, x2 and label)`);
    lines.shift();
    if (lines.length === 0) throw new CsvError(0, 'noRows', {}, 'the file has a header but no data rows');
  }
  const width = header ? first.r.length : 3;
  if (lines.length > MAX_CUSTOM_POINTS) throw new CsvError(lines[MAX_CUSTOM_POINTS]!.line, 'tooMany', { limit: MAX_CUSTOM_POINTS }, `more than ${MAX_CUSTOM_POINTS} rows (the limit)`);
  const n = lines.length;
  const x: number[] = new Array(2 * n);
  const y: number[] = new Array(n);
  let decimal = false;
  for (let i = 0; i < n; i++) {
    const { r, line } = lines[i]!;
    if (r.length !== width) {
      const columns = header ? first.r.join(',') : 'x1,x2,label';
      throw new CsvError(line, 'fieldCount', { n: r.length, expected: width, columns }, `${r.length} value${r.length === 1 ? '' : 's'}, expected ${width} (${columns})`);
    }
    for (let c = 0; c < 3; c++) {
      const text = r[cols[c]!]!;
      const v = NUMBER.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(v)) {
        const column = COLUMNS[c]!, shown = text.slice(0, 20);
        throw text === ''
          ? new CsvError(line, 'emptyValue', { column }, `${column} is empty`)
          : new CsvError(line, 'notNumber', { column, text: shown }, `${column} "${shown}" is not a finite number`);
      }
      if (Math.abs(v) > MAX_CUSTOM_ABS && (c === 2 || !opts.rescale)) {
        const column = COLUMNS[c]!, shown = text.slice(0, 20);
        throw new CsvError(line, 'tooLarge', { column, text: shown, limit: MAX_CUSTOM_ABS },
          c === 2 ? `${column} ${shown} is beyond ±${MAX_CUSTOM_ABS}` : `${column} ${shown} is beyond ±${MAX_CUSTOM_ABS} (tick "Rescale to the plot" to import bigger coordinates)`);
      }
      if (c < 2) x[2 * i + c] = v;
      else {
        y[i] = v;
        if (/[.eE]/.test(text)) decimal = true;
      }
    }
  }
  if (decimal) return { data: { x, y, classes: 0 }, header, signedLabels: false };
  const distinct = new Set(y);
  if ([...distinct].every((v) => v === -1 || v === 1) && distinct.has(-1)) {
    return { data: { x, y: y.map((v) => (v === 1 ? 1 : 0)), classes: 2 }, header, signedLabels: true };
  }
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = y[i]!;
    if (v < 0 || v >= MAX_CUSTOM_CLASSES) {
      throw new CsvError(lines[i]!.line, 'labelNoTask', { label: v, max: MAX_CUSTOM_CLASSES - 1 }, `label ${v} fits no task: class labels are 0 to ${MAX_CUSTOM_CLASSES - 1} (or -1/+1), and regression targets need a decimal point (${v}.0)`);
    }
    max = Math.max(max, v);
  }
  return { data: { x, y, classes: Math.max(2, max + 1) }, header, signedLabels: false };
}

/** Writes points as CSV with a header; regression targets always carry a decimal point. */
export function writeCsv(d: CustomData): string {
  const out = ['x1,x2,label'];
  for (let i = 0; i < d.y.length; i++) {
    const v = d.y[i]!;
    const label = d.classes === 0 && Number.isInteger(v) ? v.toFixed(1) : String(v);
    out.push(`${d.x[2 * i]},${d.x[2 * i + 1]},${label}`);
  }
  return out.join('\n') + '\n';
}
