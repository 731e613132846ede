/**
 * A stray quote (`DATE,"TIME,Qty,…` on the header line, `"28/01/2025,08:15,…` on a record):
 * the parser opens a quoted cell at it and reads on, through delimiters and often through the
 * lines below, until some quote further down happens to close it. The line comes out with too
 * few cells and the records after it vanish into one. Here such a line is read again on its
 * own, the stray quote taken as an ordinary character, and the lines it swallowed are parsed
 * again. Only records the parser flagged are looked at, each in its own stretch of text, so
 * the file is still parsed once.
 */
import type Papa from 'papaparse';
import type { ImportMessage } from '../raw-table';
import { readText } from '../../i18n/import-read-id';
import { parseDelimited, type Dialect } from './dialect';
import type { LineBreak } from './line-endings';
import { lineReadings } from './line-split';
import { dominantWidth, isBlank } from './table-shape';

export interface ParsedText {
  records: string[][];
  /** 1-based physical line each record starts on. */
  lines: number[];
  errors: Papa.ParseError[];
}

interface Replacement {
  p: number;
  records: string[][];
  lines: number[];
}

const byLength = (r: (string | null)[]) => r.length;
/** Records before the table's first clean one that may still be its header (titles above it). */
const SCAN = 50;
/** Records repaired at most: a file with more stray quotes needs another dialect, not repairs. */
const MAX_REPAIRS = 100;
/** A line longer than this, or with more quotes opening cells, is not read again (each reading splits the whole line). */
const MAX_LINE = 1024 * 1024;
const MAX_READINGS = 64;
const spansLines = (record: string[]) => record.some((c) => c.includes('\n') || c.includes('\r'));

/** Walks the text line by line, forwards only: finding many lines costs one pass in all. */
class LineCursor {
  private offset = 0;
  private index = 0;
  constructor(private readonly text: string, private readonly newline: LineBreak) {}
  /** Offset where the 0-based physical line `index` starts (never before the last one asked). */
  start(index: number): number {
    for (; this.index < index; this.index++) {
      const next = this.text.indexOf(this.newline, this.offset);
      if (next < 0) return this.text.length;
      this.offset = next + this.newline.length;
    }
    return this.offset;
  }
}

function replacementAt(text: string, parsed: ParsedText, p: number, dialect: Dialect, newline: LineBreak, cursor: LineCursor, firstLine: number, width?: number): Replacement | undefined {
  const { records, lines } = parsed;
  const line = lines[p] as number;
  const start = cursor.start(line - firstLine);
  const lineEnd = text.indexOf(newline, start);
  const own = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  // The record after the flagged one starts on a line of its own: the swallowed lines end there.
  const next = lines[p + 1];
  const restFrom = lineEnd < 0 ? text.length : lineEnd + newline.length;
  const restTo = next === undefined ? text.length : cursor.start(next - firstLine);
  const rest = parseDelimited(text.slice(restFrom, restTo), dialect, newline).data;
  while (rest.length > 0 && isBlank(rest[rest.length - 1] as string[])) rest.pop();
  const target = width ?? dominantWidth(rest.concat(records.slice(p + 1, p + 1 + SCAN)), byLength);
  // The swallowed lines must read as records of the data's width again (a few ragged ones
  // aside: the rest of a large file may be among them).
  const misfits = rest.filter((r) => r.length !== target).length;
  if (target < 2 || own.length > MAX_LINE || misfits > Math.floor(rest.length / 10)) return undefined;
  const readings = lineReadings(own, dialect, MAX_READINGS);
  // Exactly the data's width; a header line may also come out a cell off, for the header repair to finish.
  const reading = readings.find((r) => r.length === target) ?? (width === undefined ? readings.find((r) => Math.abs(r.length - target) === 1) : undefined);
  if (!reading) return undefined;
  // A name never meant the quote ("kd_klpd", not "\"kd_klpd"): on the header line it goes; a
  // record keeps its text as it was.
  const q = dialect.quoteChar;
  const fixed = width === undefined ? reading.map((c) => (c.startsWith(q) && !c.endsWith(q) ? c.slice(q.length) : c)) : reading;
  const restLines: number[] = [];
  let at = line + 1;
  for (const record of rest) {
    restLines.push(at);
    for (const cell of record) at += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
    at++;
  }
  return { p, records: [fixed, ...rest], lines: [line, ...restLines] };
}

/** The flagged record among the first ones, before the table's first clean record: the header line. */
function headerCandidate(parsed: ParsedText, flagged: ReadonlySet<number>, width: number): number | undefined {
  const { records } = parsed;
  for (let p = 0; p < Math.min(records.length, SCAN); p++) {
    const record = records[p] as string[];
    if (isBlank(record)) continue;
    const after = dominantWidth(records.slice(p + 1, p + 1 + SCAN), byLength);
    if (flagged.has(p) || (spansLines(record) && record.length !== after)) return p;
    if (record.length === width) return undefined;
  }
  return undefined;
}

/** The records with each replacement in place, in one pass (concat: a part can be huge). */
function apply(parsed: ParsedText, replacements: Replacement[]): ParsedText {
  if (replacements.length === 0) return parsed;
  const records: string[][][] = [];
  const lines: number[][] = [];
  let from = 0;
  for (const r of replacements) {
    records.push(parsed.records.slice(from, r.p), r.records);
    lines.push(parsed.lines.slice(from, r.p), r.lines);
    from = r.p + 1;
  }
  records.push(parsed.records.slice(from));
  lines.push(parsed.lines.slice(from));
  // An error's record moves down by the records each earlier replacement added.
  const shiftOf = (row: number) => replacements.reduce((sum, r) => sum + (r.p < row ? r.records.length - 1 : 0), 0);
  const repaired = new Set(replacements.map((r) => r.p));
  const errors = parsed.errors.filter((e) => !repaired.has(e.row ?? 0)).map((e) => ({ ...e, row: (e.row ?? 0) + shiftOf(e.row ?? 0) }));
  return { records: ([] as string[][]).concat(...records), lines: ([] as number[]).concat(...lines), errors };
}

/** `firstLine` is the physical line number of the text's first line (2 after a `sep=` line). */
export function repairStrayQuotes(text: string, parsed: ParsedText, dialect: Dialect, newline: LineBreak, firstLine: number): ParsedText & { warnings: ImportMessage[] } {
  const flagged = new Set(parsed.errors.map((e) => e.row ?? 0));
  const width = dominantWidth(parsed.records, byLength);
  const cursor = new LineCursor(text, newline);
  const warnings: ImportMessage[] = [];
  const replacements: Replacement[] = [];
  const header = headerCandidate(parsed, flagged, width);
  const headerFix = header === undefined ? undefined : replacementAt(text, parsed, header, dialect, newline, cursor, firstLine);
  if (headerFix) {
    replacements.push(headerFix);
    warnings.push({ code: 'header-quote', message: readText.headerQuote(headerFix.lines[0] as number), line: headerFix.lines[0] as number });
  }
  // A flagged record of another width, or one that took in line breaks (it can come out the
  // right width by chance: six cells of its own, the swallowed text, the rest of the next line).
  const suspect = (p: number) => {
    const record = parsed.records[p];
    return record !== undefined && (record.length !== width || spansLines(record));
  };
  const rows = [...flagged].filter((p) => p > (header ?? -1) && suspect(p)).sort((a, b) => a - b);
  for (const p of rows.slice(0, MAX_REPAIRS)) {
    const fix = replacementAt(text, parsed, p, dialect, newline, cursor, firstLine, width);
    if (fix) replacements.push(fix);
  }
  const dataFixes = replacements.length - (headerFix ? 1 : 0);
  if (dataFixes > 0) {
    const first = replacements[headerFix ? 1 : 0]?.lines[0] as number;
    warnings.push({ code: 'stray-quote', message: readText.strayQuotes(dataFixes, first), line: first });
  }
  return { ...apply(parsed, replacements), warnings };
}
