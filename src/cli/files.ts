/**
 * The files the `lab` command reads and writes: a CSV of points (--data, parsed by Papa Parse
 * and checked by the same core rules as the page's import) and model files (--load-model,
 * --save-model, the page's format). Every problem is a UsageError naming the flag.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CsvError, readCsvRows, rescaleToPlot, type CustomData } from '../core';
import { modelFromJson, modelToJson, ModelFileError } from '../core/modelfile';
import type { Trainer } from '../core/trainer';
import { UsageError } from './args';

function readText(flag: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`--${flag}: cannot read ${JSON.stringify(path)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The points of a CSV file (columns x1, x2, label), optionally rescaled into the plot's [-5, 5]. */
export function readDataFile(path: string, rescale: boolean): CustomData {
  const parsed = Papa.parse<string[]>(readText('data', path), { skipEmptyLines: false });
  const bad = parsed.errors.find((e) => e.type === 'Quotes');
  if (bad) throw new UsageError(`--data: line ${(bad.row ?? 0) + 1}: ${bad.message}`);
  try {
    const { data } = readCsvRows(parsed.data, { rescale });
    return rescale ? rescaleToPlot(data).data : data;
  } catch (e) {
    if (e instanceof CsvError) throw new UsageError(`--data: ${e.message} in ${JSON.stringify(path)}`);
    throw e;
  }
}

/** The trainer a model file describes, ready to train on. */
export function readModelFile(path: string): Trainer {
  try {
    return modelFromJson(readText('load-model', path));
  } catch (e) {
    if (e instanceof ModelFileError) throw new UsageError(`--load-model: ${e.message} (${JSON.stringify(path)})`);
    throw e;
  }
}

/** Writes the trainer's model file. */
export function writeModelFile(path: string, tr: Trainer): void {
  try {
    writeFileSync(path, modelToJson(tr));
  } catch (e) {
    throw new UsageError(`--save-model: cannot write ${JSON.stringify(path)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
