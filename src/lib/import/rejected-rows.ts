/**
 * The rows an import did not load, each with its line, its reason and what it held: rows the
 * mapping rejected (their cells are looked up in the raw table, which is still in memory when
 * the report is built, so only the rejected rows are copied) and records the reader could
 * not read at all (their text). The CSV of them opens in a spreadsheet with the file's own
 * columns, so a user can fix the rows and import them again.
 */
import type { RawTable } from './raw-table';
import { neutraliseFormula, quoteCsvText } from '../format/csv-text';
import { importText } from '../i18n/import-id';

export interface RejectedRow {
  line: number;
  reason: string;
  /**
   * What the file had there: the row's cells in the order of the report's rejectedColumns
   * (a row the mapping rejected), or the text of a record the reader could not split into
   * cells (an NDJSON line that is not JSON). Absent in reports stored before it existed.
   */
  content?: (string | null)[] | string;
}

export interface RejectedRows {
  rejected: RejectedRow[];
  /** The raw table's columns when some rejected row carries cells. */
  columns?: string[];
  /** Distinct rows the mapping rejected (a row may be rejected for several reasons). */
  mappedRows: number;
}

type Cells = (string | null)[];

/** The raw row of a line: a binary search, since every reader numbers its rows in ascending order. */
function rowFinder(raw: RawTable): (line: number) => Cells | undefined {
  const lines = raw.lineNumbers;
  let ascending = true;
  for (let i = 1; i < lines.length && ascending; i++) ascending = (lines[i] as number) > (lines[i - 1] as number);
  if (!ascending) {
    const index = new Map(lines.map((line, i) => [line, i] as const));
    return (line) => raw.rows[index.get(line) ?? -1];
  }
  return (line) => {
    let low = 0;
    let high = lines.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = lines[middle] as number;
      if (at === line) return raw.rows[middle];
      if (at < line) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };
}

export function collectRejected(raw: RawTable, mapped: readonly { line: number; reason: string }[]): RejectedRows {
  const unreadable: RejectedRow[] = (raw.unreadable ?? []).map((u) => ({ line: u.line, reason: u.reason, content: u.content }));
  const find = mapped.length > 0 ? rowFinder(raw) : () => undefined;
  const withCells: RejectedRow[] = mapped.map((r) => {
    const cells = find(r.line);
    // A copy of this one row: the report outlives the raw table.
    return cells ? { ...r, content: cells.slice() } : { ...r };
  });
  const rejected = [...unreadable, ...withCells].sort((a, b) => a.line - b.line);
  const columns = withCells.some((r) => r.content !== undefined) ? raw.columns.slice() : undefined;
  return { rejected, ...(columns ? { columns } : {}), mappedRows: new Set(mapped.map((r) => r.line)).size };
}

// A plain number is no formula, and an apostrophe would turn a negative amount into text in
// the spreadsheet the user fixes the rows in.
const PLAIN_NUMBER = /^-?\d[\d.,]*$/;
const safeText = (text: string) => (PLAIN_NUMBER.test(text) ? text : neutraliseFormula(text));

/**
 * RFC 4180 CSV: line number, reason, then one column per column of the file with the row's
 * cells, and a last column with the text of records that had no cells. Every text passes
 * through `mask` (the masking switch) and is made inert for spreadsheets.
 */
export function rejectedCsv(
  rejected: readonly RejectedRow[],
  columns: readonly string[],
  mask: (text: string) => string = (text) => text
): string {
  const words = importText.report.rejectedCsv;
  const hasText = rejected.some((r) => typeof r.content === 'string');
  const cell = (value: string | null | undefined) => (value === null || value === undefined ? '' : quoteCsvText(safeText(mask(value))));
  const header = [words.line, words.reason, ...columns.map((c) => quoteCsvText(neutraliseFormula(c))), ...(hasText ? [words.text] : [])];
  const lines = rejected.map((r) => {
    const cells = Array.isArray(r.content) ? r.content : [];
    const text = typeof r.content === 'string' ? r.content : null;
    return [String(r.line), cell(r.reason), ...columns.map((_, i) => cell(cells[i])), ...(hasText ? [cell(text)] : [])].join(',');
  });
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
