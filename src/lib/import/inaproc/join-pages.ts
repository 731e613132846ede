/**
 * The cursor pages of one pull as one table: records in page order, numbered 1…N across the
 * pages (so a rejected row's line is unique), columns the union of the pages' keys. The
 * pages' "not the last page" warnings are replaced by one summary, and by a warning when no
 * page of the pull was its last.
 */

import { inaprocText } from '../../i18n/inaproc-id';
import type { ImportMessage, RawTable, UnreadableRecord } from '../raw-table';

// Per-page findings that say nothing once the pages are joined.
const PER_PAGE = new Set(['json-envelope', 'inaproc-more-pages', 'inaproc-empty']);

export function joinPages(tables: readonly RawTable[], names: readonly string[]): RawTable {
  const index = new Map<string, number>();
  for (const table of tables) for (const column of table.columns) if (!index.has(column)) index.set(column, index.size);
  const columns = [...index.keys()];
  const rows: (string | null)[][] = [];
  const lineNumbers: number[] = [];
  const ranges: string[] = [];
  const warnings: ImportMessage[] = [];
  const unreadable: UnreadableRecord[] = [];
  tables.forEach((table, p) => {
    const offset = rows.length;
    const at = table.columns.map((c) => index.get(c) as number);
    for (const row of table.rows) {
      const out = new Array<string | null>(columns.length).fill(null);
      row.forEach((cell, i) => (out[at[i] as number] = cell));
      rows.push(out);
      lineNumbers.push(rows.length);
    }
    const name = names[p] ?? `halaman ${p + 1}`;
    ranges.push(inaprocText.pageRange(p + 1, name, offset + 1, rows.length));
    for (const w of table.warnings) {
      if (PER_PAGE.has(w.code)) continue;
      const shifted = w.line === undefined ? {} : { line: offset + w.line };
      warnings.push({ ...w, message: `${name}: ${w.message}`, ...shifted });
    }
    // A record a page's reader could not read keeps its line in that page, which the reason names.
    for (const u of table.unreadable ?? []) unreadable.push({ ...u, reason: `${name}: ${u.reason}` });
  });
  warnings.unshift({ code: 'inaproc-pages', message: inaprocText.pagesJoined(tables.length, ranges.join('; ')) });
  if (tables.length > 0 && tables.every((t) => t.warnings.some((w) => w.code === 'inaproc-more-pages'))) {
    warnings.push({ code: 'inaproc-incomplete', message: inaprocText.pullIncomplete });
  }
  const source = tables[0]?.source ?? { format: 'json' as const };
  return {
    columns,
    rows,
    lineNumbers,
    source: { ...source, recordPath: '$.data' },
    warnings,
    ...(unreadable.length > 0 ? { unreadable } : {})
  };
}
