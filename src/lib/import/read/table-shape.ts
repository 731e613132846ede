/**
 * From a grid of cells to a table: where the header is, what the columns are called, and
 * how rows that do not fit the header are made to fit. Shared by the delimited-text and the
 * spreadsheet readers, because exports put titles above the header in both.
 */
import type { ImportMessage } from '../raw-table';
import { tableShapeText } from '../../i18n/import-id';
import { assertColumnCount, dedupeNames, shortenHeaders } from './table-limits';

export type Cells = (string | null)[];

/** Beyond this many, ragged rows are counted in one summary warning instead of one each. */
export const MAX_ROW_WARNINGS = 500;

export function isBlank(cells: Cells): boolean {
  return cells.every((c) => c === null || c === '');
}

/** Number of cells up to the last non-empty one (spreadsheet rows are padded with empties). */
export function usedWidth(cells: Cells): number {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] === null || cells[n - 1] === '')) n--;
  return n;
}

/**
 * The most frequent width among the first non-blank records: the width of the data. On a tie
 * the width seen first wins, except that one-cell lines (titles) lose to wider ones.
 */
export function dominantWidth(records: Cells[], widthOf: (r: Cells) => number, limit = 1000): number {
  const counts = new Map<number, number>();
  let seen = 0;
  for (const record of records) {
    if (seen >= limit) break;
    if (isBlank(record)) continue;
    seen++;
    const w = widthOf(record);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [w, c] of counts) {
    if (c > bestCount || (c === bestCount && best <= 1 && w > 1)) [best, bestCount] = [w, c];
  }
  return best;
}

/** Numbers, amounts, dates and times are data; a column name has letters. */
const DATA_LIKE = /^[\s\d.,:/+\-%()]*$/;

function nameLikeCount(cells: Cells): number {
  return cells.filter((c) => c !== null && c.trim() !== '' && !DATA_LIKE.test(c)).length;
}

/**
 * The first record (among the first 50) that has the data's width and whose cells are
 * mostly non-empty text: titles ("LAPORAN REALISASI …"), notes and blank lines above it
 * are preamble. Falls back to the first record of the data's width.
 */
export function findHeaderRow(records: Cells[], width: number, widthOf: (r: Cells) => number): number {
  const scan = Math.min(records.length, 50);
  const needed = Math.max(1, Math.ceil(width * 0.6));
  for (let i = 0; i < scan; i++) {
    const r = records[i] as Cells;
    if (widthOf(r) === width && nameLikeCount(r) >= needed) return i;
  }
  for (let i = 0; i < scan; i++) if (widthOf(records[i] as Cells) === width) return i;
  return 0;
}

/**
 * Header cells → unique, non-empty column names (`kolom_3`, `nama (2)`), with warnings.
 * Refuses a header wider than MAX_COLUMNS before any per-column work, and shortens a name
 * longer than MAX_HEADER_CHARS (a whole file on one line must not become a column name).
 */
export function uniqueHeaders(cells: Cells): { names: string[]; warnings: ImportMessage[] } {
  assertColumnCount(cells.length);
  const trimmed = cells.map((c) => (c ?? '').replace(/\uFEFF/g, '').trim());
  const empty = trimmed.flatMap((name, i) => (name === '' ? [i + 1] : []));
  const { names: shortened, warning: longWarning } = shortenHeaders(trimmed.map((name, i) => (name === '' ? `kolom_${i + 1}` : name)));
  const { names, renamed } = dedupeNames(shortened);
  const warnings: ImportMessage[] = [];
  if (empty.length > 0) warnings.push({ code: 'header-empty', message: tableShapeText.emptyHeaders(empty) });
  if (longWarning) warnings.push(longWarning);
  if (renamed.length > 0) warnings.push({ code: 'header-duplicate', message: tableShapeText.duplicateHeaders(renamed) });
  return { names, warnings };
}

/**
 * Make a record exactly `width` cells: pad a short one with empties; drop empty cells past the
 * end; join any remaining extra cells onto the last column with the delimiter, so no text is
 * lost (typically an unquoted delimiter inside the last value). One warning per ragged row.
 */
export function fitRecord(record: Cells, width: number, joiner: string): { cells: Cells; warning?: string } {
  if (record.length === width) return { cells: record };
  if (record.length < width) {
    const cells = record.concat(new Array<null>(width - record.length).fill(null));
    return { cells, warning: `${record.length} sel, seharusnya ${width}; sel yang kurang diisi kosong.` };
  }
  const used = Math.max(width, usedWidth(record));
  if (used === width) {
    return { cells: record.slice(0, width), warning: `${record.length} sel, seharusnya ${width}; sel kosong berlebih dibuang.` };
  }
  const tail = record.slice(width - 1, used).map((c) => c ?? '').join(joiner);
  const cells = record.slice(0, width - 1).concat([tail]);
  return { cells, warning: `${record.length} sel, seharusnya ${width}; sel berlebih digabung ke kolom terakhir.` };
}

/** Collects ragged-row warnings, one per row up to MAX_ROW_WARNINGS, then one summary. */
export class RaggedRows {
  private count = 0;
  constructor(private readonly warnings: ImportMessage[]) {}
  add(line: number, message: string): void {
    this.count++;
    if (this.count <= MAX_ROW_WARNINGS) this.warnings.push({ code: 'ragged-row', message: `Baris ${line}: ${message}`, line });
  }
  finish(): void {
    if (this.count > MAX_ROW_WARNINGS) {
      this.warnings.push({
        code: 'ragged-row-more',
        message: `${this.count - MAX_ROW_WARNINGS} baris lain juga tidak sesuai jumlah kolom (total ${this.count} baris).`
      });
    }
  }
}
