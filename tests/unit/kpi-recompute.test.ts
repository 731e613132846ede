/**
 * Every headline figure of the dashboard, recomputed independently in SQL: the app's
 * kpiQuery runs on the database file the browser attaches; the expected figures come from
 * hand-written SQL over the generator's CSVs, in a separate Node DuckDB, with the ledger
 * rules written out in helpers/ledger-sql-independent.ts (not the app's ledger). The BigInt
 * recomputation in kpi-ledger-recompute.test.ts checks the same figures without any engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import { filtersFromSearch } from '../../src/lib/query/filters';
import { kpiQuery } from '../../src/lib/query/kpi-query';
import { ledgerSql } from './helpers/ledger-sql-independent';
import { openTelisikDatabase, rowsOf } from './helpers/node-duckdb';
import { loadSampleCsvs } from './helpers/sample-csv-tables';
import { SAMPLE_DIR } from './global-setup';

/** Load the CSVs as plain views, with no help from the app's schema or derived tables. */
async function csvDatabase(): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await loadSampleCsvs(connection, 'VIEW');
  await connection.run(`CREATE TABLE ledger AS ${ledgerSql('transaksi', 'penyedia')}`);
  return connection;
}

interface Expected {
  /** SQL conditions on the ledger's transactions l (primary fields, chosen vendor). */
  where: string;
  /** SQL conditions on a budget or plan row a (year and region only). */
  budgetWhere: string;
}

const cases: Record<string, Expected> = {
  '': { where: 'true', budgetWhere: 'true' },
  'status=berjalan': { where: "l.status = 'berjalan'", budgetWhere: 'true' },
  'status=selesai&tahun=2024': { where: "l.status = 'selesai' AND l.tahun_anggaran = 2024", budgetWhere: 'a.tahun_anggaran = 2024' },
  'provinsi=33&tahun=2022,2023': {
    where: "l.kode_provinsi = '33' AND l.tahun_anggaran IN (2022, 2023)",
    budgetWhere: "left(a.kode_wilayah, 2) = '33' AND a.tahun_anggaran IN (2022, 2023)"
  },
  'pemda=32.04&kategori=katering&tahun=2025': {
    where: "l.kode_wilayah = '32.04' AND l.kategori_id = 'katering' AND l.tahun_anggaran = 2025",
    budgetWhere: "a.kode_wilayah = '32.04' AND a.tahun_anggaran = 2025"
  },
  'jenis_penyedia=perseorangan&kanal=toko_daring,blangkon&skala=mikro': {
    where: "l.jenis_penyedia = 'perseorangan' AND l.channel IN ('toko_daring', 'blangkon') AND l.skala_usaha = 'mikro'",
    budgetWhere: 'true'
  },
  'provinsi=36&kanal=katalog_lokal,tender&status=berjalan,selesai': {
    where: "l.kode_provinsi = '36' AND l.channel IN ('katalog_lokal', 'tender') AND l.status IN ('selesai', 'berjalan')",
    budgetWhere: "left(a.kode_wilayah, 2) = '36'"
  }
};

function expectedSql({ where, budgetWhere }: Expected): string {
  const text = (expr: string) => `CAST(${expr} AS VARCHAR)`;
  return `
    WITH r AS (
      SELECT coalesce(sum(l.nilai), 0) AS realisasi,
        coalesce(sum(l.nilai) FILTER (WHERE l.status = 'berjalan'), 0) AS berjalan,
        count(*) AS transaksi,
        coalesce(sum(l.nilai_umk), 0) AS umk,
        coalesce(sum(l.nilai) FILTER (WHERE l.basis_umk = 'tidak_diketahui'), 0) AS umk_unknown,
        coalesce(sum(l.nilai_pdn), 0) AS pdn,
        coalesce(sum(l.nilai) FILTER (WHERE l.basis_pdn = 'tidak_diketahui'), 0) AS pdn_unknown,
        coalesce(sum(l.nilai) FILTER (WHERE l.channel_group = 'e_purchasing'), 0) AS epurchasing,
        count(DISTINCT l.penyedia_id) AS penyedia
      FROM ledger l WHERE l.dihitung AND ${where}),
    b AS (SELECT sum(a.belanja_pengadaan) AS belanja FROM anggaran a WHERE ${budgetWhere}),
    k AS (SELECT sum(pagu) FILTER (WHERE is_pdn) AS komitmen, sum(pagu) FILTER (WHERE is_ukm) AS ukm
      FROM paket_rup a WHERE ${budgetWhere})
    SELECT ${text('realisasi')} AS realisasi, ${text('berjalan')} AS realisasi_berjalan, ${text('transaksi')} AS transaksi,
      ${text('umk')} AS nilai_umk, ${text('umk_unknown')} AS nilai_umk_tidak_diketahui,
      ${text('pdn')} AS nilai_pdn, ${text('pdn_unknown')} AS nilai_pdn_tidak_diketahui,
      ${text('epurchasing')} AS nilai_epurchasing, ${text('penyedia')} AS penyedia,
      ${text('belanja')} AS belanja_pengadaan, ${text('komitmen')} AS komitmen_pdn, ${text('ukm')} AS rencana_ukm
    FROM r, b, k`;
}

describe('headline figures, recomputed in SQL', () => {
  let app: DuckDBConnection;
  let independent: DuckDBConnection;
  beforeAll(async () => {
    app = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
    independent = await csvDatabase();
  });

  for (const [search, expected] of Object.entries(cases)) {
    it(`match an independent computation for "${search || 'no filter'}"`, async () => {
      const [truth] = await rowsOf(independent, expectedSql(expected));
      // The sample is meant to have data for each of these slices.
      expect(BigInt(String(truth!.realisasi))).toBeGreaterThan(0n);
      const [figures] = await rowsOf(app, kpiQuery(filtersFromSearch(new URLSearchParams(search))));
      const got = Object.fromEntries(Object.keys(truth!).map((name) => {
        const value = figures?.[name];
        if (value === undefined) return [name, 'missing column'];
        // An empty slice's sum is NULL in SQL; it is 0 rupiah of realisation.
        if (value === null) return [name, ['belanja_pengadaan', 'komitmen_pdn', 'rencana_ukm'].includes(name) ? null : '0'];
        return [name, String(value)];
      }));
      expect(got).toEqual(truth);
    });
  }
});
