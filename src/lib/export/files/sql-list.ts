/**
 * Every SQL statement of a view, in one order (figures, then charts, then tables), so the
 * workbook's SQL sheet and the evidence pack's sql/ folder number them the same way.
 */
import type { ViewSnapshot } from '../snapshot';

export type SqlKind = 'figure' | 'chart' | 'table';

export interface SqlEntry {
  kind: SqlKind;
  /** The registry key or the file-name friendly name (`umkk_anggaran`, `peringkat`). */
  key: string;
  /** What a reader calls it: the figure's label, the chart's or table's title. */
  name: string;
  sql: string;
}

/**
 * Each distinct statement once: the headline figures share one query, so its entry names
 * every figure it computes (in the order they first appear).
 */
export function sqlEntries(snapshot: ViewSnapshot): SqlEntry[] {
  const all = [
    ...snapshot.figures.map((f): SqlEntry => ({ kind: 'figure', key: f.key, name: f.label, sql: f.sql })),
    ...snapshot.charts.map((c): SqlEntry => ({ kind: 'chart', key: c.name, name: c.title, sql: c.sql })),
    ...snapshot.tables.map((t): SqlEntry => ({ kind: 'table', key: t.name, name: t.title, sql: t.sql }))
  ].filter((entry) => entry.sql.trim() !== '');
  const bySql = new Map<string, SqlEntry>();
  for (const entry of all) {
    const seen = bySql.get(entry.sql);
    if (seen) seen.name = `${seen.name}; ${entry.name}`;
    else bySql.set(entry.sql, { ...entry });
  }
  return [...bySql.values()];
}
