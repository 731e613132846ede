/**
 * Builds the DuckDB database file the app attaches (DIR/telisik.duckdb) from the CSVs of
 * DIR: the canonical tables of schema.sql, then the sample's ledger (src/lib/ledger, the same
 * SQL the browser runs over the user's datasets) and budget table (src/lib/query/derived-tables.ts).
 *
 * Written with @duckdb/node-api 1.4.4, which writes the storage format of @duckdb/duckdb-wasm
 * 1.32.0 (DuckDB 1.4.3), so the browser can attach it read-only. The Node build of
 * duckdb-wasm leaves the data in the .wal, and a file from DuckDB 1.5 would be refused.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { budgetTableSql } from '../src/lib/query/derived-tables.ts';
import { ledgerStatements } from '../src/lib/ledger/ledger-sql.ts';
import { DEFAULT_KATEGORI_RULES } from '../src/lib/kategori/index.ts';
import { buildSelect } from '../src/lib/query/aggregate/aggregate-plan.ts';
import { firstRoundBuilds } from '../src/lib/query/aggregate/first-round.ts';
import { AGGREGATE_SCHEMA } from '../src/lib/query/aggregate/aggregate-spec.ts';

/** The sample is one pull; its time only has to be a valid one. */
const SAMPLE_SOURCE = { schema: 'telisik.main', dataset: 'sampel', pulledAt: '2026-01-01T00:00:00Z', seq: 0 };

export const DATABASE_FILE = 'telisik.duckdb';

const DATA_DIR = new URL('.', import.meta.url).pathname;

/** Table names in creation order, read from schema.sql so the two never disagree. */
export async function canonicalTables(): Promise<string[]> {
  const schema = await readFile(join(DATA_DIR, 'schema.sql'), 'utf8');
  return [...schema.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]!);
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The CSVs are loaded into an in-memory database with the full schema first, so types,
 * NOT NULLs and primary keys are checked; the file then gets plain copies of the tables:
 * the key indexes would double its size and a read-only file never needs them.
 */
export async function buildDatabase(dir: string): Promise<string> {
  const target = join(dir, DATABASE_FILE);
  await rm(target, { force: true });
  await rm(`${target}.wal`, { force: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(await readFile(join(DATA_DIR, 'schema.sql'), 'utf8'));
    const tables = await canonicalTables();
    for (const table of tables) {
      // COPY takes the column types from the table: codes stay VARCHAR, money BIGINT.
      await connection.run(`COPY ${table} FROM ${quoteLiteral(join(dir, `${table}.csv`))} (HEADER true)`);
    }
    await connection.run(`ATTACH ${quoteLiteral(target)} AS telisik`);
    for (const table of tables) {
      await connection.run(`CREATE TABLE telisik.${table} AS SELECT * FROM memory.${table}`);
    }
    const ledger = ledgerStatements([SAMPLE_SOURCE], 'telisik.main', {
      penyedia: 'telisik.main.penyedia',
      paketRup: 'telisik.main.paket_rup',
      kategori: DEFAULT_KATEGORI_RULES
    });
    for (const sql of ledger) await connection.run(sql);
    await connection.run(budgetTableSql('telisik.main', 'telisik.main.anggaran_pemda'));
    // The first round's aggregates ship in the file: the worker reads them while the sample
    // is all there is to count (workers/aggregate-store.ts).
    await connection.run(`USE telisik; CREATE SCHEMA telisik.${AGGREGATE_SCHEMA}`);
    for (const step of firstRoundBuilds()) {
      await connection.run(`CREATE TABLE telisik.${AGGREGATE_SCHEMA}.${step.spec.name} AS ${buildSelect(step)}`);
    }
    await connection.run('USE memory; DETACH telisik');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return target;
}
