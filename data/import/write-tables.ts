import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Table } from 'apache-arrow';
import type { ImportOutcome } from '../../src/lib/import/pipeline.ts';
import type { CanonicalSchema } from '../../src/lib/import/canonical-schema.ts';
import { canonicalTableToIpc, rawTableToIpc } from '../../src/lib/import/to-arrow.ts';
import { arrowToCsv } from '../../workers/csv-encode.ts';
import type { WasmConnection } from './node-duckdb-wasm.ts';

/**
 * Pass each table through DuckDB-WASM exactly as the browser does (Arrow IPC in, SELECT
 * out) and write it as RFC 4180 CSV. Dates leave as ISO text, numbers with every digit.
 * Returns the names of the files written.
 */
export async function writeTables(
  duckdb: WasmConnection,
  dir: string,
  name: string,
  outcome: ImportOutcome,
  schema: CanonicalSchema
): Promise<string[]> {
  const written: string[] = [];
  const roundTrip = async (file: string, ipc: Uint8Array, select: string) => {
    duckdb.query('DROP TABLE IF EXISTS cli_table');
    duckdb.insertArrowFromIPCStream(ipc, { name: 'cli_table', create: true });
    // Node's DuckDB returns the CommonJS copy of Arrow; the encoder only reads its columns.
    const table = duckdb.query(select) as unknown as Table;
    await writeFile(join(dir, file), arrowToCsv(table));
    written.push(file);
  };
  if (outcome.raw.columns.length > 0) {
    await roundTrip(`${name}.csv`, rawTableToIpc(outcome.raw), 'SELECT * FROM cli_table');
  } else {
    await writeFile(join(dir, `${name}.csv`), '');
    written.push(`${name}.csv`);
  }
  for (const [table, rows] of Object.entries(outcome.tables)) {
    const columns = schema[table];
    if (!columns) throw new Error(`Tabel kanonis tidak dikenal: ${table}`);
    const projection = columns
      .map((c) => (c.type === 'DATE' ? `strftime("${c.name}", '%Y-%m-%d') AS "${c.name}"` : `"${c.name}"`))
      .join(', ');
    await roundTrip(`${name}.${table}.csv`, canonicalTableToIpc(rows, columns), `SELECT ${projection} FROM cli_table`);
  }
  return written;
}
