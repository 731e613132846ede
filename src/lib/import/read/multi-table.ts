/**
 * Several tables in one file: a report that puts a second table under the first, after blank
 * lines or straight after it with a header of another width, or that repeats the header to
 * start another one. Each table is found with its own header; the reader reads one of them
 * (the first unless the preview step picks another) and names the others in a warning.
 */
import { looksLikeHeader, profileColumns, sampleAfter } from './cell-kinds';
import { locateHeader, type HeaderChoice, type HeaderLayout } from './header-shape';
import { dominantWidth, isBlank, usedWidth, type Cells } from './table-shape';

export interface TableLayout extends HeaderLayout {
  /** First record of the table's part of the file (titles above its header included). */
  start: number;
  /** One past its last record. */
  end: number;
}

/** Beyond this many tables the rest of the file belongs to the last one (a file of fragments). */
export const MAX_TABLES = 50;
/** Header checks on records of another width; past this many, a file is taken to be ragged, not tables. */
const MAX_CHECKS = 2000;
const FOLLOW = 20;

const byLength = (r: Cells) => r.length;
const same = (a: Cells, b: Cells) => a.length === b.length && a.every((c, i) => (c ?? '').trim() === (b[i] ?? '').trim());

class Boundaries {
  private checks = 0;
  constructor(private readonly records: readonly Cells[], private readonly end: number) {}

  /** Whether the record at `j` starts another table after the one of `width` with these header rows. */
  startsTable(j: number, width: number, headers: readonly Cells[], afterBlank: boolean): boolean {
    const r = this.records[j] as Cells;
    if (headers.some((h) => (r[0] ?? '') === (h[0] ?? '') && same(r, h))) return true;
    if (r.length === width && !afterBlank) return false;
    if (++this.checks > MAX_CHECKS) return false;
    const follow = sampleAfter(this.records, j + 1, this.end, FOLLOW);
    const followWidth = dominantWidth(follow, byLength);
    const steady = follow.filter((f) => f.length === followWidth).length >= follow.length * 0.8;
    if (!afterBlank) {
      // Straight after the data: a header of another width with records of its width below.
      return follow.length > 0 && steady && followWidth === r.length && looksLikeHeader(r, profileColumns(follow, r.length));
    }
    if (follow.length === 0) return usedWidth(r) > 0;
    if (r.length === width) return looksLikeHeader(r, profileColumns(follow, width));
    // After blank lines, another shape is another table; a title line above the same shape is
    // one only when a header follows it.
    if (followWidth !== width) return true;
    const [next, ...rest] = follow;
    return next !== undefined && rest.length > 0 && looksLikeHeader(next, profileColumns(rest, width));
  }
}

function tableEnd(records: readonly Cells[], layout: HeaderLayout, end: number, boundaries: Boundaries): number {
  const width = layout.names.length;
  const headers = layout.rows.map((r) => records[r] as Cells);
  for (let i = layout.dataStart; i < end; i++) {
    if (!isBlank(records[i] as Cells)) {
      if (boundaries.startsTable(i, width, headers, false)) return i;
      continue;
    }
    let j = i + 1;
    while (j < end && isBlank(records[j] as Cells)) j++;
    if (j >= end) return end;
    if (boundaries.startsTable(j, width, headers, true)) return i;
    i = j - 1;
  }
  return end;
}

/**
 * A table above the located header: a run of two or more records of one width (two cells or
 * more) whose first record is a header for the rest. It was passed over because another
 * table below it is longer.
 */
function earlierTable(records: readonly Cells[], start: number, header: number): number | undefined {
  let runStart = start;
  for (let i = start; i <= header; i++) {
    const r = records[i] as Cells | undefined;
    const breaks = i === header || !r || isBlank(r) || usedWidth(r) < 2 || r.length !== (records[runStart] as Cells).length;
    if (!breaks) continue;
    const run = records.slice(runStart, i);
    if (run.length >= 2 && looksLikeHeader(run[0] as Cells, profileColumns(run.slice(1), (run[0] as Cells).length))) return i;
    runStart = r && !isBlank(r) && usedWidth(r) >= 2 ? i : i + 1;
  }
  return undefined;
}

export function findTables(records: readonly Cells[], lines: readonly number[], quote: string, choice: HeaderChoice): TableLayout[] {
  const tables: TableLayout[] = [];
  const n = records.length;
  const boundaries = new Boundaries(records, n);
  let start = choice.headerRow ?? 0;
  while (start < n) {
    const own = tables.length === 0 ? choice : {};
    let layout = locateHeader(records, start, n, lines, quote, own);
    const top = layout.rows[0] ?? layout.dataStart;
    const earlier = tables.length > 0 || choice.headerRow === undefined ? earlierTable(records, start, top) : undefined;
    const limit = earlier ?? n;
    if (earlier !== undefined) layout = locateHeader(records, start, limit, lines, quote, own);
    const end = tables.length === MAX_TABLES - 1 ? n : tableEnd(records, layout, limit, boundaries);
    tables.push({ ...layout, start, end });
    start = end;
    while (start < n && isBlank(records[start] as Cells)) start++;
  }
  return tables;
}
