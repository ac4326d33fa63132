/**
 * CSV text to rows with Papa Parse (quotes, \r\n and stray whitespace are its job), then the
 * core's validation. Papa's own syntax errors become a CsvError with their line.
 */
import Papa from 'papaparse';
import { CsvError, readCsvRows, type CsvOptions, type CsvResult } from '../core';

/** Parses a CSV file's text into custom data; throws CsvError naming the line and the problem. */
export function parseCsvText(text: string, opts: CsvOptions = {}): CsvResult {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const bad = parsed.errors.find((e) => e.type === 'Quotes');
  if (bad) {
    const line = (bad.row ?? 0) + 1;
    throw new CsvError(line, 'syntax', { detail: bad.message }, bad.message);
  }
  return readCsvRows(parsed.data, opts);
}
