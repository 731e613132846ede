/**
 * Headers on two or three lines, as spreadsheets export merged cells: a group row above the
 * names ("Nilai" over "PDN" and "Non PDN"), or the same header written twice. Each column gets
 * one name, its parts from top to bottom joined with " - " ("Nilai - PDN").
 */
import { cellKind, looksLikeHeader, profileColumns, sampleAfter } from './cell-kinds';
import { isBlank, type Cells } from './table-shape';

export const MAX_HEADER_ROWS = 3;
const JOINER = ' - ';

const filled = (c: string | null): c is string => c !== null && c.trim() !== '';

/**
 * A group row: at least two names, none of them data, not only in the first two columns (a
 * "Pemda:,Kab. Bandung" line above a table is a note, not a group row) and none a label
 * ending in ':'.
 */
export function isGroupRow(cells: Cells, width: number): boolean {
  if (cells.length !== width) return false;
  const names = cells.flatMap((c, i) => (filled(c) ? [{ c: c.trim(), i }] : []));
  if (names.length < 2 || names.every((n) => n.i < 2)) return false;
  return names.every((n) => cellKind(n.c) === 'text' && !n.c.endsWith(':'));
}

/** Rows below `first` that are names too (where the columns hold typed values), up to three in all. */
export function namesBelow(records: readonly Cells[], first: number, end: number, width: number): number {
  let count = 1;
  while (count < MAX_HEADER_ROWS) {
    const next = first + count;
    if (next >= end) break;
    const cells = records[next] as Cells;
    if (isBlank(cells) || cells.length !== width) break;
    const profile = profileColumns(sampleAfter(records, next + 1, end), width);
    if (!looksLikeHeader(cells, profile)) break;
    count++;
  }
  return count;
}

/**
 * One name per column. An empty cell of a row above the last takes the group name to its
 * left when that group also spans names below it (a merged cell); a part equal to the one
 * above it is not repeated ("DATE" written twice stays "DATE").
 */
export function joinHeaderRows(rows: readonly Cells[], width: number): Cells {
  const filledRows = rows.map((row, r) => {
    if (r === rows.length - 1) return row;
    const below = rows[r + 1] as Cells;
    const out: Cells = [];
    let group: string | null = null;
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      if (filled(cell)) group = filled(below[c] ?? null) ? cell : null;
      out.push(filled(cell) ? cell : filled(below[c] ?? null) ? group : null);
    }
    return out;
  });
  const names: Cells = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of filledRows) {
      const part = row[c] ?? null;
      if (filled(part) && parts[parts.length - 1] !== part.trim()) parts.push(part.trim());
    }
    names.push(parts.length === 0 ? null : parts.join(JOINER));
  }
  return names;
}
