/**
 * CSV rows to a custom dataset: good files of each kind and every malformed kind, each refused
 * with the line and the problem. Rows are split by Papa Parse, as the front ends do.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvError, readCsvRows, writeCsv, type CsvResult } from './index';

const read = (text: string): CsvResult => readCsvRows(Papa.parse<string[]>(text).data);
const refuse = (text: string): CsvError => {
  try {
    read(text);
  } catch (e) {
    expect(e).toBeInstanceOf(CsvError);
    return e as CsvError;
  }
  throw new Error('expected a CsvError');
};

describe('CSV import: good files', () => {
  it('reads a header file with 0/1 labels as two classes', () => {
    const r = read('x1,x2,label\n1,2,0\n-3.5,4e-1,1\n');
    expect(r.header).toBe(true);
    expect(r.data).toEqual({ x: [1, 2, -3.5, 0.4], y: [0, 1], classes: 2 });
  });

  it('reads a file without a header, blank lines and spaces included', () => {
    const r = read('1, 2, 1\n\n 3 ,4,0\r\n');
    expect(r.header).toBe(false);
    expect(r.data).toEqual({ x: [1, 2, 3, 4], y: [1, 0], classes: 2 });
  });

  it('finds named columns in any order', () => {
    expect(read('label,x2,x1\n2,5,6\n0,1,1\n').data).toEqual({ x: [6, 5, 1, 1], y: [2, 0], classes: 3 });
  });

  it('class indices up to 2 make three classes; all-zero labels still two', () => {
    expect(read('0,0,0\n1,1,1\n2,2,2\n').data.classes).toBe(3);
    expect(read('0,0,0\n1,1,0\n').data.classes).toBe(2);
  });

  it('reads -1/+1 labels as classes 0/1 and says so', () => {
    const r = read('0,0,-1\n1,1,1\n');
    expect(r.signedLabels).toBe(true);
    expect(r.data.y).toEqual([0, 1]);
  });

  it('a label with a decimal point makes a regression set', () => {
    const r = read('0,0,1\n1,1,0.5\n2,2,7\n');
    expect(r.data).toEqual({ x: [0, 0, 1, 1, 2, 2], y: [1, 0.5, 7], classes: 0 });
  });

  it('writes what it reads: export then import gives the same points, bit for bit', () => {
    for (const d of [
      { x: [0.1 + 0.2, -1 / 3, 5e-8, 4], y: [1, 0], classes: 2 },
      { x: [1, 2, 3, 4], y: [3, -0.25], classes: 0 },
    ]) expect(read(writeCsv(d)).data).toEqual(d);
  });

  it('accepts 5000 rows', () => {
    expect(read('1,1,0\n'.repeat(5000)).data.y.length).toBe(5000);
  });
});

describe('CSV import: malformed files name the line and the problem', () => {
  it.each([
    ['empty file', '', 0, /empty/],
    ['only blank lines', '\n\n', 0, /empty/],
    ['header without rows', 'x1,x2,label\n', 0, /no data rows/],
    ['missing column in the header', 'x1,x2,y\n1,2,0\n', 1, /missing column label/],
    ['a short row', '1,2,0\n3,4\n', 2, /2 values, expected 3/],
    ['a long row', '1,2,0\n3,4,1,9\n', 2, /4 values, expected 3/],
    ['a non-number', '1,2,0\n1,abc,1\n', 2, /x2 "abc" is not a finite number/],
    ['NaN', '1,2,0\n0,0,0\nNaN,1,1\n', 3, /x1 "NaN" is not a finite number/],
    ['Infinity', '1,Infinity,0\n', 1, /x2 "Infinity"/],
    ['an empty value', 'x1,x2,label\n1,,0\n', 2, /x2 is empty/],
    ['a label that fits no task', '0,0,0\n1,1,1\n2,2,5\n', 3, /label 5 fits no task/],
    ['a negative class', '0,0,0\n1,1,-2\n', 2, /label -2 fits no task/],
    ['more than 5000 rows', 'x1,x2,label\n' + '1,1,0\n'.repeat(5001), 5002, /more than 5000 rows/],
    ['a coordinate beyond ±1e6 without rescale', '0,0,0\n1e308,1e308,1\n', 2, /x1 1e308 is beyond ±1000000 \(tick "Rescale to the plot"/],
    ['a regression target beyond ±1e6', '0,0,0.5\n1,1,-2e7\n', 2, /label -2e7 is beyond ±1000000$/],
  ])('%s', (_, text, line, problem) => {
    const e = refuse(text);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(problem);
    if (line > 0) expect(e.message).toMatch(new RegExp(`^line ${line}: `));
  });
});

describe('CSV import of huge coordinates', () => {
  it('with rescale asked, any finite coordinates are read (the rescale brings them into the plot)', () => {
    const r = readCsvRows(Papa.parse<string[]>('1e308,1e308,1\n-1e308,0,0\n').data, { rescale: true });
    expect(r.data.x).toEqual([1e308, 1e308, -1e308, 0]);
  });
  it('±1e6 itself is inside the range', () => {
    expect(read('1e6,-1e6,1\n0,0,0\n').data.x).toEqual([1e6, -1e6, 0, 0]);
  });
});
