import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { literal } from '@uwdata/mosaic-sql';

/**
 * Tables stored in the browser before the ledger existed have one record per transaction
 * without the dataset kind and priority, and call an order still under way 'proses'. They
 * are brought to today's columns as they are loaded, so no stored dataset breaks the app or
 * is lost: `kind` is the dataset kind the page knows for them. The e-kontrak Kontrak
 * datasets are the contract records.
 */
export async function upgradeStoredTables(conn: AsyncDuckDBConnection, schema: string, kind: string): Promise<void> {
  const columns = await conn.query(
    `SELECT column_name FROM duckdb_columns() WHERE database_name = 'memory' AND schema_name = ${String(literal(schema.replace(/^memory\./, '')))} AND table_name = 'transaksi'`
  );
  const names = new Set(columns.toArray().map((row) => String(row.column_name)));
  if (names.has('sumber_data')) return;
  const prioritas = /Ekontrak-Kontrak$/.test(kind) ? 2 : 1;
  await conn.query(
    [
      `ALTER TABLE ${schema}.transaksi ADD COLUMN sumber_data VARCHAR DEFAULT ${String(literal(kind))}`,
      `ALTER TABLE ${schema}.transaksi ADD COLUMN prioritas SMALLINT DEFAULT ${prioritas}`,
      `UPDATE ${schema}.transaksi SET status = 'berjalan' WHERE status = 'proses'`
    ].join(';\n')
  );
}
