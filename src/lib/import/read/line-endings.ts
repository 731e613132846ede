/**
 * Line endings of delimited text. A file stitched together from several sources, or edited
 * on Windows and on a Mac, can end its lines with CRLF, LF and a bare CR at once; PapaParse
 * splits records on one sequence only, so the lines ending otherwise fold into the last cell
 * of their neighbour and silently vanish as rows. Text with one kind of line break is parsed
 * as it is, with that kind named; text with several is rewritten once so every break is LF.
 */
import type { ImportMessage } from '../raw-table';
import { readText } from '../../i18n/import-read-id';

export type LineBreak = '\r\n' | '\n' | '\r';

/** Line breaks of each kind in a text (CRLF counted once, not as a CR and an LF). */
export interface BreakCounts {
  crlf: number;
  lf: number;
  cr: number;
}

export interface UnifiedText {
  /** The text to parse: the original, or with every CRLF and bare CR turned into LF. */
  text: string;
  /** The one sequence that ends a record in `text`. */
  newline: LineBreak;
  /** Present when the original mixed kinds of line break: how many of each it had. */
  mixed?: BreakCounts;
}

/**
 * Counted with indexOf, one step per line break rather than per character; only text that
 * mixes kinds gets here.
 */
function countBreaks(text: string): BreakCounts {
  let crlf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
  return { crlf, lf: newlines - crlf, cr };
}

export function unifyLineEndings(text: string): UnifiedText {
  // Most files: LF only (or one line), nothing to scan beyond this.
  if (!text.includes('\r')) return { text, newline: '\n' };
  const crlf = text.includes('\r\n');
  const cr = /\r(?!\n)/.test(text);
  const lf = /(?<!\r)\n/.test(text);
  if (!lf && crlf !== cr) return { text, newline: crlf ? '\r\n' : '\r' };
  // Every break, also one inside a quoted cell, becomes one LF: so each physical line is
  // still one line of the text, and line numbers stay those the user sees in an editor. A
  // quote-aware rewrite would keep a cell's CRLF, but one stray quote (an inch mark: `Pipa 3"`)
  // would put it out of step and fold records again; a cell's break is kept as a break.
  return { text: text.replace(/\r\n?/g, '\n'), newline: '\n', mixed: countBreaks(text) };
}

const LINE_BREAK = /\r\n|\r|\n/g;
function breaksIn(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) if (cell.includes('\n') || cell.includes('\r')) n += cell.match(LINE_BREAK)?.length ?? 0;
  return n;
}

/**
 * The 1-based physical line each record starts on (a record with a multi-line quoted cell
 * spans several), and how many line breaks sit inside cells.
 */
export function physicalLines(records: readonly string[][], firstLine: number): { lines: number[]; breaksInCells: number } {
  const lines: number[] = [];
  let line = firstLine;
  let breaksInCells = 0;
  for (const record of records) {
    lines.push(line);
    const inside = breaksIn(record);
    breaksInCells += inside;
    line += 1 + inside;
  }
  return { lines, breaksInCells };
}

const KIND_NAMES: Record<keyof BreakCounts, string> = { crlf: 'CRLF (Windows)', lf: 'LF (Unix)', cr: 'CR (Mac lama)' };

/**
 * The informational warning for a file whose records end in different ways. Excel writes
 * CRLF between records and LF inside a multi-line cell: that is no mix, so the breaks inside
 * cells are set aside first, and the warning is given only when no single kind can account
 * for all the others (the counts do not say which break was where, only how many).
 */
export function mixedLineEndingsWarning(counts: BreakCounts | undefined, breaksInCells: number): ImportMessage | undefined {
  if (!counts) return undefined;
  const total = counts.crlf + counts.lf + counts.cr;
  const kinds = (Object.keys(KIND_NAMES) as (keyof BreakCounts)[]).filter((k) => counts[k] > 0);
  if (kinds.some((k) => total - counts[k] <= breaksInCells)) return undefined;
  return { code: 'mixed-line-endings', message: readText.mixedLineEndings(kinds.map((k) => KIND_NAMES[k])) };
}
