import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { SAMPLE_DIR } from '../global-setup';

/** A sample table's CSV, quoted for read_csv. */
export const sampleCsv = (table: string) => `'${join(SAMPLE_DIR, `${table}.csv`)}'`;

/** Every column read as text, then only the ones the figures need typed by hand (no help from the app's schema). */
const COLUMNS: Record<string, string> = {
  transaksi: `* REPLACE (CAST(prioritas AS INTEGER) AS prioritas, CAST(tahun_anggaran AS INTEGER) AS tahun_anggaran,
    CAST(nilai AS BIGINT) AS nilai, CAST(nilai_umk AS BIGINT) AS nilai_umk, CAST(nilai_pdn AS BIGINT) AS nilai_pdn)`,
  penyedia: `* REPLACE (CAST(is_badan_usaha AS BOOLEAN) AS is_badan_usaha, CAST(is_umkk AS BOOLEAN) AS is_umkk)`,
  anggaran: `* REPLACE (CAST(tahun_anggaran AS INTEGER) AS tahun_anggaran, CAST(belanja_pengadaan AS BIGINT) AS belanja_pengadaan)`,
  paket_rup: `* REPLACE (CAST(tahun_anggaran AS INTEGER) AS tahun_anggaran, CAST(pagu AS BIGINT) AS pagu,
    CAST(is_pdn AS BOOLEAN) AS is_pdn, CAST(is_ukm AS BOOLEAN) AS is_ukm)`
};

/** The sample's CSVs as plain views or tables in `connection`, typed by hand. */
export async function loadSampleCsvs(connection: DuckDBConnection, kind: 'VIEW' | 'TABLE'): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    await connection.run(`CREATE ${kind} ${table} AS SELECT ${columns} FROM read_csv(${sampleCsv(table)}, header=true, all_varchar=true)`);
  }
}
