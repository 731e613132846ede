import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

/** The CSVs of the embedded sample, written by `npm run data:sample`. */
export const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));

/**
 * Telisik's CSV exports start with `"# …"` rows naming the view (filters, as-of day, sources,
 * SQL): skip them, as the first one tells a reader to (DuckDB's sniffer needs strict mode off
 * to skip rows whose single field holds commas).
 */
function skipOf(path: string): string {
  const lines = readFileSync(path, 'utf8').split('\n', 64);
  const first = lines.findIndex((line) => !line.startsWith('"#'));
  return first > 0 ? `, skip=${first}, strict_mode=false` : '';
}

/**
 * Run SQL in a Node DuckDB, outside the browser, over any CSV file: `csv('transaksi')`
 * names a sample table, `file(path)` any other file. Every value comes back as text.
 */
export async function nodeQuery(sql: (src: { csv: (table: string) => string; file: (path: string) => string }) => string) {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const file = (path: string) => `read_csv('${path.replaceAll("'", "''")}', header=true, all_varchar=true${skipOf(path)})`;
  const csv = (table: string) => file(`${SAMPLE_DIR}${table}.csv`);
  const reader = await connection.runAndReadAll(sql({ csv, file }));
  return reader.getRowObjectsJson() as Record<string, string | null>[];
}
