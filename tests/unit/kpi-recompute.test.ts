/**
 * Every headline figure of the dashboard, recomputed independently: the app's kpiQuery runs
 * on the database file the browser attaches; the expected figures come from hand-written SQL
 * over the generator's CSVs, in a separate Node DuckDB.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import { filtersFromSearch } from '../../src/lib/query/filters';
import { kpiQuery } from '../../src/lib/query/kpi-query';
import { openTelisikDatabase, rowsOf } from './helpers/node-duckdb';
import { SAMPLE_DIR } from './global-setup';

const csv = (table: string) => `'${join(SAMPLE_DIR, `${table}.csv`)}'`;
/** Every column read as text, then only the ones the figures need typed by hand. */
const VIEWS: Record<string, string> = {
  transaksi: `* REPLACE (CAST(tahun_anggaran AS INTEGER) AS tahun_anggaran, CAST(nilai AS BIGINT) AS nilai,
    CAST(nilai_umk AS BIGINT) AS nilai_umk, CAST(nilai_pdn AS BIGINT) AS nilai_pdn)`,
  penyedia: `* REPLACE (CAST(is_badan_usaha AS BOOLEAN) AS is_badan_usaha)`,
  anggaran: `* REPLACE (CAST(tahun_anggaran AS INTEGER) AS tahun_anggaran, CAST(belanja_pengadaan AS BIGINT) AS belanja_pengadaan)`,
  paket_rup: `* REPLACE (CAST(tahun_anggaran AS INTEGER) AS tahun_anggaran, CAST(pagu AS BIGINT) AS pagu, CAST(is_pdn AS BOOLEAN) AS is_pdn)`
};

/** Load the CSVs as plain views, with no help from the app's schema or derived tables. */
async function csvDatabase(): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  for (const [table, columns] of Object.entries(VIEWS)) {
    await connection.run(`CREATE VIEW ${table} AS SELECT ${columns} FROM read_csv(${csv(table)}, header=true, all_varchar=true)`);
  }
  return connection;
}

interface Expected {
  /** SQL conditions on transaksi t joined with penyedia p. */
  where: string;
  /** SQL conditions on the budget (year and region only). */
  budgetWhere: string;
}

const cases: Record<string, Expected> = {
  '': { where: 'true', budgetWhere: 'true' },
  'tahun=2024': { where: 't.tahun_anggaran = 2024', budgetWhere: 'a.tahun_anggaran = 2024' },
  'provinsi=33&tahun=2022,2023': {
    where: "t.kode_provinsi = '33' AND t.tahun_anggaran IN (2022, 2023)",
    budgetWhere: "left(a.kode_wilayah, 2) = '33' AND a.tahun_anggaran IN (2022, 2023)"
  },
  'pemda=32.04&kategori=katering&tahun=2025': {
    where: "t.kode_wilayah = '32.04' AND t.kategori_id = 'katering' AND t.tahun_anggaran = 2025",
    budgetWhere: "a.kode_wilayah = '32.04' AND a.tahun_anggaran = 2025"
  },
  'jenis_penyedia=perseorangan&kanal=toko_daring,blangkon&skala=mikro': {
    where: "NOT p.is_badan_usaha AND t.channel IN ('toko_daring', 'blangkon') AND p.skala_usaha = 'mikro'",
    budgetWhere: 'true'
  },
  'provinsi=36&kanal=katalog_lokal,tender': {
    where: "t.kode_provinsi = '36' AND t.channel IN ('katalog_lokal', 'tender')",
    budgetWhere: "left(a.kode_wilayah, 2) = '36'"
  }
};

function expectedSql({ where, budgetWhere }: Expected): string {
  return `
    WITH r AS (
      SELECT coalesce(sum(t.nilai), 0) AS realisasi, coalesce(sum(t.nilai_umk), 0) AS umk,
        coalesce(sum(t.nilai_pdn), 0) AS pdn,
        coalesce(sum(CASE WHEN t.channel IN ('katalog_nasional','katalog_sektoral','katalog_lokal','toko_daring','blangkon') THEN t.nilai ELSE 0 END), 0) AS epurchasing,
        count(DISTINCT t.penyedia_id) AS penyedia
      FROM transaksi t JOIN penyedia p ON p.penyedia_id = t.penyedia_id
      WHERE t.status NOT IN ('dibatalkan', 'gagal') AND ${where}),
    b AS (SELECT sum(a.belanja_pengadaan) AS belanja FROM anggaran a WHERE ${budgetWhere}),
    k AS (SELECT sum(pagu) FILTER (WHERE is_pdn) AS komitmen FROM paket_rup a WHERE ${budgetWhere})
    SELECT CAST(realisasi AS VARCHAR) AS realisasi, CAST(umk AS VARCHAR) AS umk, CAST(pdn AS VARCHAR) AS pdn,
      CAST(epurchasing AS VARCHAR) AS epurchasing, CAST(penyedia AS VARCHAR) AS penyedia,
      CAST(belanja AS VARCHAR) AS belanja, CAST(komitmen AS VARCHAR) AS komitmen
    FROM r, b, k`;
}

describe('headline figures', () => {
  let app: DuckDBConnection;
  let independent: DuckDBConnection;
  beforeAll(async () => {
    app = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
    independent = await csvDatabase();
  });

  for (const [search, expected] of Object.entries(cases)) {
    it(`match an independent computation for "${search || 'no filter'}"`, async () => {
      const [figures] = await rowsOf(app, kpiQuery(filtersFromSearch(new URLSearchParams(search))));
      const [truth] = await rowsOf(independent, expectedSql(expected));
      const text = (v: unknown) => (v === null ? null : String(v));
      expect({
        realisasi: text(figures!.realisasi ?? 0n),
        umk: text(figures!.nilai_umk ?? 0n),
        pdn: text(figures!.nilai_pdn ?? 0n),
        epurchasing: text(figures!.nilai_epurchasing ?? 0n),
        penyedia: text(figures!.penyedia),
        belanja: text(figures!.belanja_pengadaan),
        komitmen: text(figures!.komitmen_pdn)
      }).toEqual(truth);
      // The sample is meant to have data for each of these slices.
      expect(BigInt(String(truth!.realisasi))).toBeGreaterThan(0n);
    });
  }
});
