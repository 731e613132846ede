import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS, NO_FILTERS, filtersFromSearch, type Dimension, type Filters } from '../../src/lib/query/filters';
import { withOptions } from '../../src/lib/query/breakdown-options';
import { OPTIONS_QUERY, type OptionRow } from '../../src/lib/query/options-query';
import { factPredicate, budgetPredicate } from '../../src/lib/query/predicates';
import { kpiQuery } from '../../src/lib/query/kpi-query';
import { breakdownQuery } from '../../src/lib/query/breakdown-query';
import { trendQuery } from '../../src/lib/query/trend-query';
import { rowsExportQuery, rowsPageQuery } from '../../src/lib/query/rows-query';
import { TARGETS_QUERY } from '../../src/lib/query/target-query';
import { emptyTelisikDatabase } from './helpers/node-duckdb';

const slice = (search: string): Filters => filtersFromSearch(new URLSearchParams(search));

describe('factPredicate', () => {
  it('writes one IN clause per chosen dimension, with numbers for years and quoted text', () => {
    const filters = slice('tahun=2024,2023&provinsi=33&kategori=katering&skala=mikro,kecil');
    expect(factPredicate(filters).map(String).join(' AND ')).toBe(
      `("tahun_anggaran" IN (2023, 2024)) AND ("kode_provinsi" IN ('33')) AND ("kategori_id" IN ('katering')) AND ("skala_usaha" IN ('kecil', 'mikro'))`
    );
  });
  it('leaves out the dimension of the asking view (cross-filtering)', () => {
    expect(factPredicate(slice('provinsi=33&kanal=blangkon'), 'provinsi').map(String)).toEqual([`("channel" IN ('blangkon'))`]);
  });
  it('restricts a budget by year and region only', () => {
    expect(budgetPredicate(slice('tahun=2025&pemda=33.25&kanal=tender&kategori=atk')).map(String).join(' AND ')).toBe(
      `("tahun_anggaran" IN (2025)) AND ("kode_wilayah" IN ('33.25'))`
    );
  });
  it('is empty without filters', () => {
    expect(factPredicate(NO_FILTERS)).toEqual([]);
  });
});

describe('kpiQuery', () => {
  it('computes numerators under every filter and the budget under year and region', () => {
    expect(kpiQuery(slice('tahun=2024&kanal=toko_daring'))).toBe(
      `WITH "realisasi" AS (SELECT (sum("nilai"))::BIGINT AS "realisasi", ` +
        `(sum("nilai") FILTER (WHERE ("status" = 'berjalan')))::BIGINT AS "realisasi_berjalan", (sum("nilai_umk"))::BIGINT AS "nilai_umk", ` +
        `(sum("nilai") FILTER (WHERE ("basis_umk" = 'tidak_diketahui')))::BIGINT AS "nilai_umk_tidak_diketahui", ` +
        `(sum("nilai_pdn"))::BIGINT AS "nilai_pdn", (sum("nilai") FILTER (WHERE ("basis_pdn" = 'tidak_diketahui')))::BIGINT AS "nilai_pdn_tidak_diketahui", ` +
        `(sum("nilai") FILTER (WHERE ("channel_group" = 'e_purchasing')))::BIGINT AS "nilai_epurchasing", ` +
        `(count(DISTINCT "penyedia_id"))::BIGINT AS "penyedia", (count(*))::BIGINT AS "transaksi" FROM "fakta_realisasi" ` +
        `WHERE ("tahun_anggaran" IN (2024)) AND ("channel" IN ('toko_daring'))), ` +
        `"anggaran" AS (SELECT (sum("belanja_pengadaan"))::BIGINT AS "belanja_pengadaan", (sum("pagu_pdn"))::BIGINT AS "komitmen_pdn", ` +
        `(sum("pagu_ukm"))::BIGINT AS "rencana_ukm", (sum("jumlah_paket"))::BIGINT AS "paket_rup", ` +
        `(count(*))::BIGINT AS "pemda_tahun" FROM "anggaran_pemda" WHERE ("tahun_anggaran" IN (2024))) ` +
        `SELECT * FROM "realisasi", "anggaran"`
    );
  });
});

describe('breakdownQuery', () => {
  it('carries the budget of the chosen provinces beside realisation, with or without realisation', () => {
    const sql = breakdownQuery('pemda', slice('provinsi=33'));
    expect(sql).toContain(`FROM "anggaran_pemda" WHERE ("kode_provinsi" IN ('33')) GROUP BY`);
    expect(sql).toContain('FROM r FULL JOIN b ON b.key = r.key');
  });
  it('has no budget for dimensions a budget does not have', () => {
    expect(breakdownQuery('kategori', NO_FILTERS)).toContain('CAST(NULL AS BIGINT) AS belanja_pengadaan');
  });
});

describe('withOptions', () => {
  const figures = (key: string, nilai: bigint) => ({ key, transaksi: 1n, nilai, nilai_umk: 0n, nilai_pdn: 0n, belanja_pengadaan: null });
  const option = (dimension: Dimension, key: string, label: string, kode_provinsi: string | null = null): OptionRow => ({ dimension, key, label, kode_provinsi, jenis: null });
  const options = [
    option('kategori', 'atk', 'Alat tulis'),
    option('kategori', 'tik', 'TIK'),
    option('pemda', '33.01', 'Kab. Cilacap', '33'),
    option('pemda', '35.01', 'Kab. Pacitan', '35')
  ];

  it('lists every option with zeros where nothing was realised, and unlisted keys by their key, largest first', () => {
    const rows = withOptions([figures('tidak_diketahui', 5n), figures('tik', 9n)], options, 'kategori', []);
    expect(rows.map((row) => [row.key, row.label, row.nilai])).toEqual([
      ['tik', 'TIK', 9n],
      ['tidak_diketahui', 'tidak_diketahui', 5n],
      ['atk', 'Alat tulis', 0n]
    ]);
  });
  it('lists pemda of the chosen provinces only, but keeps any pemda that has figures', () => {
    expect(withOptions([], options, 'pemda', ['33']).map((row) => row.key)).toEqual(['33.01']);
    expect(withOptions([figures('35.01', 1n)], options, 'pemda', ['33']).map((row) => row.key)).toEqual(['35.01', '33.01']);
    expect(withOptions([], options, 'pemda', []).map((row) => row.key)).toEqual(['33.01', '35.01']);
  });
});

describe('every query builder', () => {
  let db: DuckDBConnection;
  beforeAll(async () => {
    db = await emptyTelisikDatabase();
  });

  const combinations = [
    '',
    'tahun=2024',
    'provinsi=33&tahun=2022,2023',
    'pemda=33.25&kategori=katering',
    "kanal=blangkon&skala=mikro,koperasi&jenis_penyedia=perseorangan",
    'provinsi=11,36&jenis_penyedia=badan_usaha&kanal=tender,pengadaan_langsung&kategori=atk,tik'
  ];

  for (const search of combinations) {
    it(`is accepted by DuckDB for "${search || 'no filter'}"`, async () => {
      const filters = slice(search);
      const statements = [
        kpiQuery(filters),
        trendQuery(filters, 2024),
        rowsPageQuery(filters, 2, 25),
        rowsExportQuery(filters),
        TARGETS_QUERY,
        OPTIONS_QUERY,
        ...DIMENSIONS.map((d) => breakdownQuery(d, filters))
      ];
      for (const sql of statements) {
        await expect(db.run(sql), sql).resolves.toBeDefined();
      }
    });
  }
});
