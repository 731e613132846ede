import { readFile } from 'node:fs/promises';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { budgetTableSql } from '../../../src/lib/query/derived-tables';
import { ledgerStatements } from '../../../src/lib/ledger/ledger-sql';
import { DEFAULT_KATEGORI_RULES } from '../../../src/lib/kategori';

const DATA_DIR = new URL('../../../data/', import.meta.url);

/** An in-memory Node DuckDB (1.4.x, like the browser's) with the Telisik schema. */
export async function emptyTelisikDatabase(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(await readFile(new URL('schema.sql', DATA_DIR), 'utf8'));
  const source = { schema: 'main', dataset: 'sampel', pulledAt: '2026-01-01T00:00:00Z', seq: 0 };
  for (const sql of ledgerStatements([source], 'main', { penyedia: 'main.penyedia', paketRup: 'main.paket_rup', kategori: DEFAULT_KATEGORI_RULES })) await connection.run(sql);
  await connection.run(budgetTableSql('main', 'anggaran_pemda'));
  return connection;
}

/** Open a built telisik.duckdb read-only, as the browser does. */
export async function openTelisikDatabase(file: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`ATTACH '${file.replaceAll("'", "''")}' AS telisik (READ_ONLY)`);
  await connection.run('USE telisik');
  return connection;
}

export async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects() as Record<string, unknown>[];
}
