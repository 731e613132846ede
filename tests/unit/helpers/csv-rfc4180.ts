/**
 * A small RFC 4180 reader for the tests' independent checks: it shares no code with the
 * app's import pipeline (papaparse) nor with the generator's writer, so a quoting bug on
 * either side shows up as a mismatch instead of cancelling out.
 *
 * An empty unquoted field is NULL (null); a quoted empty field ("") is the empty string,
 * the distinction the generator's writer makes. Line ends may be CRLF or LF.
 */
import { readFileSync } from 'node:fs';

export type CsvCell = string | null;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
  /** Index of a header column; throws on a missing one so a renamed column fails loudly. */
  col(name: string): number;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const CR = 13;
const LF = 10;

export function parseCsv(text: string): CsvTable {
  const records: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let cell: CsvCell;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted field: "" inside is one quote; it ends at a quote not followed by a quote.
      let value = '';
      let start = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quoted field at offset ${start - 1}`);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(start, q + 1);
          i = start = q + 2;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      cell = value;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === CR || c === LF) break;
        if (c === QUOTE) throw new Error(`quote inside an unquoted field at offset ${j}`);
        j++;
      }
      cell = j === i ? null : text.slice(i, j);
      i = j;
    }
    row.push(cell);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      if (i === n) row.push(null); // a trailing comma before EOF: one more empty field
    } else if (c === CR || c === LF || i >= n) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      i++;
      records.push(row);
      row = [];
    } else {
      throw new Error(`unexpected character after a field at offset ${i}`);
    }
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new Error('empty CSV');
  const names = header.map((h) => h ?? '');
  rows.forEach((r, k) => {
    if (r.length !== names.length) throw new Error(`line ${k + 2}: ${r.length} fields, header has ${names.length}`);
  });
  return {
    header: names,
    rows,
    col(name: string): number {
      const index = names.indexOf(name);
      if (index < 0) throw new Error(`no column ${name} in ${names.join(',')}`);
      return index;
    }
  };
}

export function readCsv(path: string): CsvTable {
  return parseCsv(readFileSync(path, 'utf8'));
}
