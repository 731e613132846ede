import type { Table } from 'apache-arrow';

/**
 * Plain objects from a small Arrow result (aggregates, one page of rows). BIGINT columns
 * stay bigint. Never use this on large raw results: aggregate in SQL instead.
 */
export function rowsOf<T>(table: Table): T[] {
  const rows: T[] = [];
  for (const row of table) rows.push(row.toJSON() as T);
  return rows;
}
