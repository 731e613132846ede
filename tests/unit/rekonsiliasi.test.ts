/**
 * The reconciliation page's SQL (src/lib/query/rekonsiliasi-query.ts), run on the database
 * file the browser attaches, against an independent recomputation in plain TypeScript with
 * BigInt over the generator's CSVs (tests/unit/helpers/rekonsiliasi-truth.ts: no app code,
 * no SQL engine). Then the rules the sample does not exercise (kd_rup lists, pagu exceeded,
 * method mismatches, unknown UMKK status) on a small hand-made ledger.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { filtersFromSearch } from '../../src/lib/query/filters';
import {
  REKONSILIASI_KATEGORI,
  rekonsiliasiRowsExportQuery,
  rekonsiliasiRowsPageQuery,
  rekonsiliasiSatkerQuery,
  rekonsiliasiSummaryQuery
} from '../../src/lib/query/rekonsiliasi-query';
import { openTelisikDatabase, rowsOf } from './helpers/node-duckdb';
import { CATEGORIES, parseCsv, reconcile, type Row, type Slice, type Truth } from './helpers/rekonsiliasi-truth';
import { SAMPLE_DIR } from './global-setup';

type Tables = { transaksi: Row[]; penyedia: Row[]; paket_rup: Row[]; kanal: Row[] };

/** The URL of each case, and the same slice written out by hand for the recomputation. */
const CASES: [string, Slice][] = [
  ['', {}],
  ['tahun=2024', { tahun: ['2024'] }],
  ['provinsi=33&tahun=2022,2023', { provinsi: ['33'], tahun: ['2022', '2023'] }],
  ['pemda=32.04&kategori=katering&tahun=2025', { pemda: ['32.04'], kategori: ['katering'], tahun: ['2025'] }],
  ['kanal=katalog_lokal,pengadaan_langsung,toko_daring&skala=kecil,mikro', { kanal: ['katalog_lokal', 'pengadaan_langsung', 'toko_daring'], skala: ['kecil', 'mikro'] }],
  ['jenis_penyedia=perseorangan&provinsi=36&status=berjalan', { jenis_penyedia: ['perseorangan'], provinsi: ['36'], status: ['berjalan'] }],
  ['status=selesai&tahun=2021', { status: ['selesai'], tahun: ['2021'] }]
];

const filtersOf = (search: string) => filtersFromSearch(new URLSearchParams(search));
const text = (v: unknown) => String(v);

async function summary(db: DuckDBConnection, search: string): Promise<Map<string, { jumlah: string; nilai: string }>> {
  const rows = await rowsOf(db, rekonsiliasiSummaryQuery(filtersOf(search)));
  return new Map(rows.map((r) => [String(r.kategori), { jumlah: text(r.jumlah), nilai: text(r.nilai) }]));
}

function expectSummaryMatches(app: Map<string, { jumlah: string; nilai: string }>, truth: Truth): void {
  for (const name of [...CATEGORIES, 'realisasi', 'realisasi_tertaut', 'paket'] as const) {
    const expected = truth.figures[name];
    expect({ name, ...app.get(name) }).toEqual({ name, jumlah: String(expected.jumlah), nilai: String(expected.nilai) });
  }
  // Every rupiah of the slice lands exactly once: in packages or outside any.
  expect(BigInt(app.get('realisasi_tertaut')!.nilai) + BigInt(app.get('tanpa_rencana')!.nilai)).toBe(BigInt(app.get('realisasi')!.nilai));
}

describe('reconciliation on the sample', () => {
  let db: DuckDBConnection;
  let tables: Tables;
  beforeAll(async () => {
    db = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
    const read = async (t: string) => parseCsv(await readFile(join(SAMPLE_DIR, `${t}.csv`), 'utf8'));
    const [transaksi, penyedia, paket_rup, kanal] = await Promise.all(['transaksi', 'penyedia', 'paket_rup', 'kanal'].map(read));
    tables = { transaksi: transaksi!, penyedia: penyedia!, paket_rup: paket_rup!, kanal: kanal! };
  });

  for (const [search, slice] of CASES) {
    it(`counts and rupiah per category match an independent recomputation for "${search || 'no filter'}"`, async () => {
      const truth = reconcile(tables, slice);
      expectSummaryMatches(await summary(db, search), truth);
      // The sample is meant to have realisation, and packages, in each of these slices.
      expect(truth.figures.realisasi.jumlah).toBeGreaterThan(0n);
      expect(truth.figures.paket.jumlah).toBeGreaterThan(0n);
    });
  }

  it('totals by satker match the recomputation, satker by satker', async () => {
    const [search, slice] = CASES[2]!;
    const truth = reconcile(tables, slice);
    const rows = await rowsOf(db, rekonsiliasiSatkerQuery(filtersOf(search), 'tanpa_rencana', 0, 100_000));
    expect(rows.length).toBe(truth.bySatker.size);
    expect(Number(rows[0]!.baris)).toBe(truth.bySatker.size);
    for (const row of rows) {
      const expected = truth.bySatker.get(String(row.satker_id))!;
      for (const c of ['paket', ...CATEGORIES] as const) {
        expect([row.satker_id, c, text(row[`${c}_jumlah`]), text(row[`${c}_nilai`])]).toEqual([
          row.satker_id, c, String(expected[c].jumlah), String(expected[c].nilai)
        ]);
      }
    }
    // Ranked by the chosen category's rupiah, largest first.
    const values = rows.map((r) => BigInt(text(r.tanpa_rencana_nilai)));
    expect(values).toEqual([...values].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    // Names come from the satker table.
    expect(String(rows[0]!.nama_satker)).not.toBe(String(rows[0]!.satker_id));
  });

  it('the rows of each category are exactly its members, paged in the export order', async () => {
    const [search, slice] = CASES[1]!;
    const truth = reconcile(tables, slice);
    for (const kategori of REKONSILIASI_KATEGORI) {
      const rows = await rowsOf(db, rekonsiliasiRowsExportQuery(filtersOf(search), kategori));
      const keys = rows.map((r) => String(kategori === 'tanpa_rencana' ? r.transaksi_id : r.kd_rup));
      expect(new Set(keys)).toEqual(truth.members[kategori]);
      expect(keys.length).toBe(truth.members[kategori].size);
      const page = await rowsOf(db, rekonsiliasiRowsPageQuery(filtersOf(search), kategori, 1, 25));
      const pageKeys = page.map((r) => String(kategori === 'tanpa_rencana' ? r.transaksi_id : r.kd_rup));
      expect(pageKeys).toEqual(keys.slice(25, 50));
    }
  });
});

/** A hand-made ledger: one counted transaction per record, every rule exercised. */
const HAND = {
  kanal: [
    ['katalog_lokal', 'e_purchasing'], ['toko_daring', 'e_purchasing'], ['tender', 'tender'],
    ['pengadaan_langsung', 'non_tender'], ['pencatatan', 'pencatatan']
  ],
  // kd_rup, year, region, satker, metode, pagu, is_ukm
  paket: [
    ['A', 2024, '33.01', 'S1', 'E-Purchasing', 100, true], // raw SiRUP name, e-purchasing
    ['B', 2024, '33.01', 'S1', 'pengadaan_langsung', 300, false],
    ['C', 2024, '33.01', 'S2', 'dikecualikan', 50, true], // method unknown: never beda_metode
    ['D', 2024, '33.01', 'S2', 'katalog_lokal', 0, false], // pagu 0
    ['E', 2024, '33.01', 'S2', 'tender', 0, false],
    ['F', 2023, '33.01', 'S1', 'tender', 999, true], // other year: out of a 2024 scope
    ['G', 2024, '34.01', 'S9', 'e_purchasing', 70, true] // unrealised
  ] as const,
  // id, kd_rup, channel, group, vendor, nilai
  transaksi: [
    ['T1', 'A;B', 'pencatatan', 'pencatatan', 'V-non', '400'], // split 100 : 300
    ['T2', 'A', 'katalog_lokal', 'e_purchasing', 'V-umkk', '7'],
    ['T3', 'B ; B', 'toko_daring', 'e_purchasing', 'V-unknown', '1'], // 'B;B' is one link
    ['T4', 'D;E', 'tender', 'tender', 'V-umkk', '5'], // all pagu 0: equal shares 2 and 3
    ['T5', 'C', 'tender', 'tender', 'V-unknown', '60'], // exceeds C's pagu
    ['T6', 'F;X', 'tender', 'tender', 'V-non', '11'], // F is out of a 2024 scope, X unknown
    ['T7', '', 'toko_daring', 'e_purchasing', 'V-umkk', '13'],
    ['T8', 'A,B,Z', 'pencatatan', 'pencatatan', 'V-umkk', '1000001'] // comma list, Z unknown
  ]
};

async function handDatabase(): Promise<{ db: DuckDBConnection; tables: Tables }> {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const vendors: Row[] = [
    { penyedia_id: 'V-non', nama_penyedia: 'PT Besar', is_badan_usaha: 'true', skala_usaha: 'besar', is_umkk: 'false' },
    { penyedia_id: 'V-umkk', nama_penyedia: 'CV Kecil', is_badan_usaha: 'true', skala_usaha: 'kecil', is_umkk: 'true' },
    { penyedia_id: 'V-unknown', nama_penyedia: 'Toko', is_badan_usaha: '', skala_usaha: 'tidak_diketahui', is_umkk: '' }
  ];
  const tables: Tables = {
    kanal: HAND.kanal.map(([channel, channel_group]) => ({ channel: channel!, channel_group: channel_group! })),
    penyedia: vendors,
    paket_rup: HAND.paket.map(([kd_rup, tahun, wilayah, satker, metode, pagu, ukm]) => ({
      kd_rup, tahun_anggaran: String(tahun), kode_wilayah: wilayah, satker_id: satker, metode_pengadaan: metode, pagu: String(pagu), is_ukm: String(ukm)
    })),
    transaksi: HAND.transaksi.map(([id, kd, channel, group, vendor, nilai]) => ({
      transaksi_id: id!, kd_rup: kd!, channel: channel!, channel_group: group!, penyedia_id: vendor!, nilai: nilai!,
      status: 'selesai', prioritas: '1', sumber_data: 'uji', tahun_anggaran: '2024', kode_wilayah: '33.01', kode_provinsi: '33',
      satker_id: 'S1', kategori_id: 'atk'
    }))
  };
  const sqlText = (v: string) => `'${v.replaceAll("'", "''")}'`;
  const values = (rows: string[][]) => rows.map((r) => `(${r.join(', ')})`).join(', ');
  await db.run(`CREATE TABLE kanal AS SELECT * FROM (VALUES ${values(HAND.kanal.map((k) => [sqlText(k[0]!), sqlText(k[1]!), sqlText(k[0]!)]))}) v(channel, channel_group, nama)`);
  await db.run(`CREATE TABLE satker AS SELECT * FROM (VALUES ('S1', '33.01', 'Dinas Satu'), ('S2', '33.01', 'Dinas Dua')) v(satker_id, kode_wilayah, nama_satker)`);
  await db.run(`CREATE TABLE pemda AS SELECT * FROM (VALUES ('33.01', 'Pemerintah Kabupaten Uji')) v(kode_wilayah, nama_pemda)`);
  await db.run(`CREATE TABLE penyedia AS SELECT * FROM (VALUES ${values(vendors.map((v) => [sqlText(v.penyedia_id!), sqlText(v.nama_penyedia!), v.is_umkk || 'NULL']))}) v(penyedia_id, nama_penyedia, is_umkk)`);
  await db.run(
    `CREATE TABLE paket_rup AS SELECT kd_rup, CAST(tahun AS SMALLINT) AS tahun_anggaran, kode_wilayah, satker_id, 'Paket ' || kd_rup AS nama_paket, ` +
      `'atk' AS kategori_id, metode_pengadaan, CAST(pagu AS BIGINT) AS pagu, false AS is_pdn, is_ukm FROM (VALUES ` +
      values(HAND.paket.map((p) => [sqlText(p[0]), String(p[1]), sqlText(p[2]), sqlText(p[3]), sqlText(p[4]), String(p[5]), String(p[6])])) +
      `) v(kd_rup, tahun, kode_wilayah, satker_id, metode_pengadaan, pagu, is_ukm)`
  );
  // The same package twice (one RUP export imported twice) must not double its pagu.
  await db.run(`INSERT INTO paket_rup SELECT * FROM paket_rup WHERE kd_rup = 'B'`);
  await db.run(
    `CREATE TABLE fakta_realisasi AS SELECT t.transaksi_id, DATE '2024-05-01' AS tanggal, CAST(2024 AS SMALLINT) AS tahun_anggaran, ` +
      `'33.01' AS kode_wilayah, '33' AS kode_provinsi, 'S1' AS satker_id, nullif(t.kd_rup, '') AS kd_rup, 'uraian' AS uraian, 'atk' AS kategori_id, ` +
      `t.channel, t.channel_group, t.penyedia_id, 'badan_usaha' AS jenis_penyedia, 'kecil' AS skala_usaha, p.is_umkk, ` +
      `CAST(t.nilai AS BIGINT) AS nilai, 'selesai' AS status FROM (VALUES ` +
      values(HAND.transaksi.map((t) => t.map(sqlText))) +
      `) t(transaksi_id, kd_rup, channel, channel_group, penyedia_id, nilai) LEFT JOIN penyedia p ON p.penyedia_id = t.penyedia_id`
  );
  return { db, tables };
}

describe('reconciliation rules on a hand-made ledger', () => {
  let db: DuckDBConnection;
  let tables: Tables;
  beforeAll(async () => ({ db, tables } = await handDatabase()));

  it('splits a kd_rup list by pagu, in whole rupiah, and counts each rupiah once', async () => {
    const app = await summary(db, 'tahun=2024');
    expectSummaryMatches(app, reconcile({ ...tables, paket_rup: tables.paket_rup }, { tahun: ['2024'] }));
    // By hand. A gets 100 (T1) + 7 (T2) + 250000 (T8: 1000001·100/400 floored) = 250107 > 100;
    // B gets 300 + 1 + 750001 > 300; C gets 60 > 50; D and E share T4 equally (2, 3) with pagu 0.
    // T6 (F out of scope, X unknown) and T7 (no kd_rup) are tanpa_rencana: 11 + 13.
    const figure = (name: string) => [app.get(name)!.jumlah, app.get(name)!.nilai];
    expect(figure('tanpa_rencana')).toEqual(['2', '24']);
    expect(figure('terealisasi')).toEqual(['5', String(100 + 300 + 50 + 0 + 0)]);
    expect(figure('belum_terealisasi')).toEqual(['1', '70']);
    expect(figure('melebihi_pagu')).toEqual(['5', '450']);
    // A (UKM) has the non-UMKK vendor of T1; C (UKM) only a vendor of unknown status: not counted.
    expect(figure('beda_ukm')).toEqual(['1', '100']);
    expect(figure('ukm_tidak_diketahui')).toEqual(['1', '50']);
    // A planned e-purchasing, realised by pencatatan too; B planned pengadaan langsung, realised
    // by toko daring; D planned katalog lokal, realised by tender; C's method is unknown.
    expect(figure('beda_metode')).toEqual(['3', '400']);
    expect(figure('metode_tidak_diketahui')).toEqual(['1', '50']);
    expect(figure('realisasi')).toEqual(['8', String(400 + 7 + 1 + 5 + 60 + 11 + 13 + 1000001)]);
  });

  it('gives a split transaction integer shares that add up to its value', async () => {
    const rows = await rowsOf(db, rekonsiliasiRowsExportQuery(filtersOf('tahun=2024'), 'terealisasi'));
    const realisasi = Object.fromEntries(rows.map((r) => [String(r.kd_rup), text(r.realisasi)]));
    expect(realisasi).toEqual({ A: String(100 + 7 + 250000), B: String(300 + 1 + 750001), C: '60', D: '2', E: '3' });
  });

  it('follows the year scope for packages and every filter for transactions', async () => {
    const all = await summary(db, '');
    expectSummaryMatches(all, reconcile(tables, {}));
    // With 2023 in scope, T6 links to F and leaves tanpa_rencana.
    expect(all.get('tanpa_rencana')).toEqual({ jumlah: '1', nilai: '13' });
    const tender = await summary(db, 'kanal=tender');
    expectSummaryMatches(tender, reconcile(tables, { kanal: ['tender'] }));
    expect(tender.get('paket')!.jumlah).toBe(all.get('paket')!.jumlah);
  });
});
