// The sample generator: schema fit, the published Blangkon snapshot, the source records the
// ledger merges, calibration and determinism. The CSVs are loaded into data/schema.sql's
// own tables, so DuckDB itself checks types, NOT NULL and primary keys. Figures about
// realisation are taken from the ledger (helpers/ledger-sql-independent.ts: one row per
// transaction, `dihitung` for the counted ones), never from the raw records.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample, type GenerateSummary } from '../../data/generator/generate.ts';
import { csvField } from '../../data/generator/csv-writer.ts';
import { largestRemainder } from '../../data/generator/plan.ts';
import { Rng } from '../../data/generator/random.ts';
import { properCase } from '../../data/generator/regions.ts';
import { TABLE_COLUMNS, TABLE_NAMES } from '../../data/generator/tables.ts';
import { ledgerSql } from './helpers/ledger-sql-independent';

const SCHEMA = readFileSync(new URL('../../data/schema.sql', import.meta.url), 'utf8');
const SNAPSHOT = "channel = 'blangkon' AND status = 'selesai' AND tanggal <= DATE '2022-03-25'";

const root = mkdtempSync(join(tmpdir(), 'telisik-gen-'));
const dirs = { standard: join(root, 'standard'), medium: join(root, 'medium'), small: join(root, 'small') };
const connections = new Map<string, DuckDBConnection>();
const summaries = new Map<string, GenerateSummary>();

/**
 * A fresh in-memory database with schema.sql's tables, filled from one sample's CSVs, plus
 * `ledger` (one row per transaction) and `realisasi` (its counted transactions).
 */
async function load(dir: string): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run(SCHEMA);
  for (const table of TABLE_NAMES) await con.run(`COPY ${table} FROM '${join(dir, `${table}.csv`)}' (HEADER true)`);
  await con.run(`CREATE TABLE ledger AS ${ledgerSql('transaksi', 'penyedia')}`);
  await con.run('CREATE VIEW realisasi AS SELECT * FROM ledger WHERE dihitung');
  return con;
}

async function rows(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjects();
}

/** First column of the first row as a number (sums come back as bigint). */
async function scalar(con: DuckDBConnection, sql: string): Promise<number> {
  const [row] = await rows(con, sql);
  return Number(Object.values(row ?? {})[0]);
}

function db(name: keyof typeof dirs): DuckDBConnection {
  const con = connections.get(name);
  if (con === undefined) throw new Error(`sample ${name} not loaded`);
  return con;
}

beforeAll(async () => {
  summaries.set('standard', await generateSample({ outDir: dirs.standard })); // the default: what the app opens with
  summaries.set('medium', await generateSample({ outDir: dirs.medium, rows: 30_000 }));
  summaries.set('small', await generateSample({ outDir: dirs.small, rows: 3_000, seed: 7 }));
  for (const name of Object.keys(dirs) as (keyof typeof dirs)[]) connections.set(name, await load(dirs[name]));
});

afterAll(() => {
  for (const con of connections.values()) con.closeSync();
  rmSync(root, { recursive: true, force: true });
});

describe('generateSample output format', () => {
  it('writes every schema.sql table with its columns in schema order', async () => {
    const con = db('standard');
    for (const table of TABLE_NAMES) {
      const schemaColumns = (await rows(con,
        `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`
      )).map((r) => r.column_name);
      expect(schemaColumns, table).toEqual([...TABLE_COLUMNS[table]]);
      const header = readFileSync(join(dirs.standard, `${table}.csv`), 'utf8').split('\r\n', 1)[0];
      expect(header, table).toBe(TABLE_COLUMNS[table].join(','));
    }
    // Beside the schema's tables only the test's own ledger and realisasi.
    expect(await scalar(con, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'")).toBe(TABLE_NAMES.length + 2);
  });

  it('writes exactly --rows transactions (distinct transaksi_id) and enough vendors at the default size', async () => {
    expect(await scalar(db('standard'), 'SELECT count(DISTINCT transaksi_id) FROM transaksi')).toBe(200_000);
    expect(await scalar(db('medium'), 'SELECT count(DISTINCT transaksi_id) FROM transaksi')).toBe(30_000);
    expect(summaries.get('standard')!.rows).toBe(200_000);
    expect(summaries.get('standard')!.tables.transaksi).toBe(await scalar(db('standard'), 'SELECT count(*) FROM transaksi'));
    expect(await scalar(db('standard'), 'SELECT count(*) FROM penyedia')).toBeGreaterThanOrEqual(20_000);
  });

  it('quotes CSV fields per RFC 4180 and keeps NULL distinct from an empty string', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField(false)).toBe('false');
    expect(() => csvField(1.5)).toThrow();
  });
});

describe('regions and reference data', () => {
  it('has 38 provinces and 514 kabupaten/kota with proper-case names', async () => {
    const con = db('standard');
    const byJenis = await rows(con, 'SELECT jenis, count(*)::INT AS n FROM pemda GROUP BY jenis ORDER BY jenis');
    expect(byJenis).toEqual([{ jenis: 'kabupaten', n: 416 }, { jenis: 'kota', n: 98 }, { jenis: 'provinsi', n: 38 }]);
    const names = await rows(con,
      "SELECT kode_wilayah, nama FROM wilayah WHERE kode_wilayah IN ('31', '33', '34', '33.22', '33.74') ORDER BY 1");
    expect(names.map((r) => r.nama)).toEqual(['DKI Jakarta', 'Jawa Tengah', 'Kabupaten Semarang', 'Kota Semarang', 'DI Yogyakarta']);
    expect(await scalar(con, "SELECT count(*) FROM pemda WHERE nama_pemda = 'Pemerintah Provinsi Jawa Tengah'")).toBe(1);
    expect(properCase('KABUPATEN PANGKAJENE DAN KEPULAUAN')).toBe('Kabupaten Pangkajene dan Kepulauan');
  });

  it('seeds the quoted targets as data, with Kota Mojokerto by its Kemendagri code', async () => {
    const targets = await rows(db('standard'), 'SELECT metrik, nilai::DOUBLE AS nilai, kode_wilayah, tahun_mulai FROM target ORDER BY target_id');
    expect(targets).toHaveLength(4);
    expect(targets).toContainEqual({ metrik: 'umkk_anggaran', nilai: 0.4, kode_wilayah: '35.76', tahun_mulai: 2023 });
    // Banten's 30 % is of belanja pengadaan, so it is measured on epurchasing_anggaran.
    expect(targets).toContainEqual({ metrik: 'epurchasing_anggaran', nilai: 0.3, kode_wilayah: '36', tahun_mulai: 2023 });
  });
});

describe.each(['standard', 'medium', 'small'] as const)('Blangkon March 2022 snapshot (%s sample)', (name) => {
  it('sums to Rp15 miliar with katering Rp4 miliar as the top category, each order <= Rp50 juta', async () => {
    const con = db(name);
    expect(await scalar(con, `SELECT sum(nilai) FROM transaksi WHERE ${SNAPSHOT}`)).toBe(15_000_000_000);
    const byKategori = await rows(con,
      `SELECT kategori_id, sum(nilai)::BIGINT AS total FROM transaksi WHERE ${SNAPSHOT} GROUP BY 1 ORDER BY 2 DESC`);
    expect(byKategori[0]).toEqual({ kategori_id: 'katering', total: 4_000_000_000n });
    expect(await scalar(con, "SELECT max(nilai) FROM transaksi WHERE channel = 'blangkon'")).toBeLessThanOrEqual(50_000_000);
    expect(await scalar(con, "SELECT min(nilai) FROM transaksi WHERE channel = 'blangkon'")).toBeGreaterThan(0);
    expect(await scalar(con, "SELECT count(*) FROM transaksi WHERE channel = 'blangkon' AND kode_provinsi <> '33'")).toBe(0);
    // Non-completed orders exist, so the status filter matters.
    expect(await scalar(con, "SELECT count(*) FROM transaksi WHERE channel = 'blangkon' AND status <> 'selesai' AND tanggal <= DATE '2022-03-25'")).toBeGreaterThan(0);
  });

  it('has 2,448 vendors registered by the snapshot, 1,244 of them not badan usaha, and more later', async () => {
    const con = db(name);
    const [counts] = await rows(con, `SELECT count(*)::INT AS n, count(*) FILTER (WHERE NOT p.is_badan_usaha)::INT AS non_bu
      FROM marketplace_penyedia m JOIN penyedia p USING (penyedia_id)
      WHERE m.marketplace = 'blangkon' AND m.tanggal_daftar <= DATE '2022-03-25'`);
    expect(counts).toEqual({ n: 2448, non_bu: 1244 });
    expect(await scalar(con, "SELECT count(*) FROM marketplace_penyedia WHERE tanggal_daftar > DATE '2022-03-25'")).toBeGreaterThan(0);
    // Every Blangkon order's vendor was registered on or before the order date.
    expect(await scalar(con, `SELECT count(*) FROM transaksi t LEFT JOIN marketplace_penyedia m
      ON m.marketplace = 'blangkon' AND m.penyedia_id = t.penyedia_id
      WHERE t.channel = 'blangkon' AND (m.tanggal_daftar IS NULL OR m.tanggal_daftar > t.tanggal)`)).toBe(0);
  });

  it('has 18 kabupaten/kota joined by the snapshot, 10 of them transacting, and more joining later', async () => {
    const con = db(name);
    const joined = "marketplace = 'blangkon' AND kode_wilayah LIKE '33.%'";
    expect(await scalar(con, `SELECT count(*) FROM marketplace_pemda WHERE ${joined} AND tanggal_bergabung <= DATE '2022-03-25'`)).toBe(18);
    expect(await scalar(con, `SELECT count(*) FROM marketplace_pemda WHERE ${joined} AND tanggal_bergabung > DATE '2022-03-25'`)).toBeGreaterThan(0);
    expect(await scalar(con, `SELECT count(DISTINCT kode_wilayah) FROM transaksi WHERE ${SNAPSHOT} AND kode_wilayah LIKE '33.%'`)).toBe(10);
    expect(await scalar(con, `SELECT count(*) FROM transaksi t LEFT JOIN marketplace_pemda m
      ON m.marketplace = 'blangkon' AND m.kode_wilayah = t.kode_wilayah
      WHERE t.channel = 'blangkon' AND (m.tanggal_bergabung IS NULL OR m.tanggal_bergabung > t.tanggal)`)).toBe(0);
  });
});

describe.each(['standard', 'medium'] as const)('coverage (%s sample)', (name) => {
  it('has completed transactions for all 552 pemda in every year 2021-2025', async () => {
    expect(await scalar(db(name), `SELECT count(*) FROM (SELECT kode_wilayah FROM realisasi WHERE status = 'selesai'
      GROUP BY 1 HAVING count(DISTINCT tahun_anggaran) = 5 AND min(tahun_anggaran) = 2021 AND max(tahun_anggaran) = 2025)`)).toBe(552);
  });

  it('has an anggaran row for every satker in every year', async () => {
    const con = db(name);
    const satker = await scalar(con, 'SELECT count(*) FROM satker');
    expect(await scalar(con, 'SELECT count(*) FROM anggaran a JOIN satker s USING (satker_id, kode_wilayah)')).toBe(satker * 5);
  });
});

describe('invariants (default sample)', () => {
  const checks: [string, string][] = [
    ['values out of range', 'SELECT count(*) FROM transaksi WHERE nilai < 0 OR nilai_umk NOT BETWEEN 0 AND nilai OR nilai_pdn NOT BETWEEN 0 AND nilai'],
    ['unknown kategori', 'SELECT count(*) FROM transaksi WHERE kategori_id NOT IN (SELECT kategori_id FROM kategori)'],
    ['counted transaction without a known vendor', `SELECT count(*) FROM realisasi
      WHERE penyedia_id NOT IN (SELECT penyedia_id FROM penyedia) OR is_umkk IS NULL`],
    ['unknown or foreign satker', 'SELECT count(*) FROM transaksi t LEFT JOIN satker s USING (satker_id) WHERE s.kode_wilayah IS DISTINCT FROM t.kode_wilayah'],
    ['channel not as in kanal', `SELECT count(*) FROM transaksi t LEFT JOIN kanal k USING (channel)
      WHERE k.channel_group IS DISTINCT FROM t.channel_group OR k.source_system IS DISTINCT FROM t.source_system`],
    ['kode_provinsi not the prefix', 'SELECT count(*) FROM transaksi WHERE kode_provinsi <> left(kode_wilayah, 2) OR kode_wilayah NOT IN (SELECT kode_wilayah FROM pemda)'],
    ['date outside its year', 'SELECT count(*) FROM transaksi WHERE year(tanggal) <> tahun_anggaran OR tahun_anggaran NOT BETWEEN 2021 AND 2025'],
    ['kd_rup of another pemda/satker/year', `SELECT count(*) FROM transaksi t LEFT JOIN paket_rup p USING (kd_rup) WHERE t.kd_rup IS NOT NULL
      AND (p.satker_id IS DISTINCT FROM t.satker_id OR p.tahun_anggaran <> t.tahun_anggaran OR p.kode_wilayah <> t.kode_wilayah)`],
    ['pagu below realised value', `SELECT count(*) FROM (SELECT p.kd_rup FROM paket_rup p JOIN realisasi r USING (kd_rup)
      GROUP BY p.kd_rup, p.pagu HAVING sum(r.nilai) > p.pagu)`],
    ['metode not a channel', 'SELECT count(*) FROM paket_rup WHERE metode_pengadaan NOT IN (SELECT channel FROM kanal)'],
    ['umk not by vendor status', `SELECT count(*) FROM realisasi
      WHERE basis_umk IN ('dilaporkan', 'status_penyedia') AND nilai_umk <> CASE WHEN is_umkk THEN nilai ELSE 0 END`],
    ['marketplace order not UMKK', "SELECT count(*) FROM transaksi WHERE channel IN ('toko_daring', 'blangkon') AND (basis_umk <> 'aturan_kanal' OR nilai_umk <> nilai)"],
    ['over the channel limit', `SELECT count(*) FROM transaksi WHERE (channel IN ('toko_daring', 'blangkon') AND nilai > 50000000)
      OR (channel = 'pengadaan_langsung' AND nilai > 200000000) OR (channel = 'pengadaan_langsung' AND kategori_id = 'konsultansi' AND nilai > 100000000)`],
    ['inconsistent vendor flags', `SELECT count(*) FROM penyedia WHERE skala_usaha <> 'tidak_diketahui' AND (is_umkk <> (skala_usaha IN ('mikro', 'kecil', 'koperasi'))
      OR is_badan_usaha <> (bentuk_usaha NOT IN ('Perorangan', 'UD')) OR (bentuk_usaha = 'Koperasi') <> (skala_usaha = 'koperasi')
      OR (bentuk_usaha = 'Perorangan' AND skala_usaha NOT IN ('mikro', 'kecil')))`],
    ['vendor of unknown profile with a known attribute', `SELECT count(*) FROM penyedia WHERE skala_usaha = 'tidak_diketahui'
      AND (is_umkk IS NOT NULL OR is_badan_usaha IS NOT NULL OR bentuk_usaha <> 'tidak_diketahui')`],
    // The records of one transaction: the sample's dataset kinds, channel by channel.
    ['sumber_data not of its channel', `SELECT count(*) FROM transaksi WHERE CASE
      WHEN channel_group = 'e_purchasing' THEN sumber_data <> 'sampel:pesanan'
      WHEN channel = 'pencatatan' THEN sumber_data <> 'sampel:pencatatan'
      ELSE sumber_data NOT IN ('sampel:seleksi', 'sampel:kontrak') END`],
    ['prioritas not 2 exactly for contract records', "SELECT count(*) FROM transaksi WHERE prioritas <> CASE WHEN sumber_data = 'sampel:kontrak' THEN 2 ELSE 1 END"],
    ['transaction with more than a selection and a contract record', `SELECT count(*) FROM (SELECT transaksi_id FROM transaksi
      GROUP BY 1 HAVING count(*) > 2 OR (count(*) = 2 AND (min(sumber_data) <> 'sampel:kontrak' OR max(sumber_data) <> 'sampel:seleksi')))`],
    ['records of one transaction that disagree on what they describe', `SELECT count(*) FROM (SELECT transaksi_id FROM transaksi GROUP BY 1
      HAVING count(DISTINCT (channel, tahun_anggaran, kode_wilayah, satker_id, coalesce(kd_rup, ''), uraian, kategori_id, basis_umk)) > 1)`],
    ['failed or cancelled transaction with no record saying so', `SELECT count(*) FROM ledger
      WHERE NOT dihitung AND alasan IN ('dibatalkan', 'gagal') AND status <> alasan`]
  ];
  it.each(checks)('no rows with %s', async (_, sql) => {
    expect(await scalar(db('standard'), sql)).toBe(0);
  });

  it('counts ~94 % as completed, ~6 % as running, and excludes ~2 % cancelled, ~1 % failed, some without a value', async () => {
    const share = async (where: string): Promise<number> => scalar(db('standard'), `SELECT avg((${where})::INT) FROM ledger`);
    expect(await share("dihitung AND status = 'selesai'")).toBeGreaterThan(0.88);
    expect(await share("dihitung AND status = 'berjalan'")).toBeGreaterThan(0.05);
    expect(await share("dihitung AND status = 'berjalan'")).toBeLessThan(0.1);
    expect(await share("alasan = 'dibatalkan'")).toBeGreaterThan(0.01);
    expect(await share("alasan = 'gagal'")).toBeGreaterThan(0.005);
    expect(await share("alasan = 'tanpa_nilai'")).toBeGreaterThan(0.002);
    // Running contracts concentrate late in the last year.
    expect(await scalar(db('standard'), `SELECT avg((status = 'berjalan')::INT) FROM realisasi WHERE tanggal >= DATE '2025-10-01'`)).toBeGreaterThan(0.2);
    expect(await scalar(db('standard'), `SELECT avg((status = 'berjalan')::INT) FROM realisasi WHERE tahun_anggaran = 2021`)).toBeLessThan(0.02);
  });

  it('marks about 1 % of records as tidak_diketahui, contributing nothing', async () => {
    const con = db('standard');
    expect(await scalar(con, "SELECT avg((basis_umk = 'tidak_diketahui')::INT) FROM transaksi")).toBeGreaterThan(0.004);
    expect(await scalar(con, "SELECT count(*) FROM transaksi WHERE basis_umk = 'tidak_diketahui' AND nilai_umk <> 0")).toBe(0);
  });
});

describe('source records for the ledger (default sample)', () => {
  it('gives ~40 % of SPSE contracts a selection and a contract record, in every variant', async () => {
    const forms = summaries.get('standard')!.forms;
    for (const form of ['pesanan', 'pencatatan', 'pencatatan_tanpa_nilai', 'kontrak', 'seleksi', 'seleksi_gagal',
      'seleksi_tanpa_nilai', 'pasangan_sama', 'pasangan_seleksi_nol', 'pasangan_kontrak_nol', 'pasangan_adendum',
      'pasangan_selisih_rp1', 'pasangan_batal_kontrak', 'pasangan_vendor_seleksi_asing', 'pasangan_vendor_kontrak_tipis']) {
      expect(forms[form] ?? 0, form).toBeGreaterThan(100);
    }
    expect(Object.values(forms).reduce((a, b) => a + b, 0)).toBe(200_000);
    const pairs = await scalar(db('standard'), `SELECT avg((jumlah_rekaman = 2)::INT) FROM ledger
      WHERE channel IN ('tender', 'seleksi', 'pengadaan_langsung', 'penunjukan_langsung') AND alasan IS DISTINCT FROM 'gagal'`);
    expect(pairs).toBeGreaterThan(0.35);
    expect(pairs).toBeLessThan(0.45);
  });

  it('resolves each variant as the ledger rules say', async () => {
    const con = db('standard');
    const many = async (where: string): Promise<number> => scalar(con, `SELECT count(*) FROM ledger WHERE ${where}`);
    // Merged and equal (most), merged with a conflict, merged with a Rp1 difference (no conflict).
    expect(await many('dihitung AND jumlah_sumber = 2 AND nilai_min = nilai_maks')).toBeGreaterThan(20_000);
    expect(await many("dihitung AND konflik AND nilai_min > 0 AND sumber_utama = 'sampel:kontrak'")).toBeGreaterThan(100);
    expect(await many('dihitung AND jumlah_sumber = 2 AND nilai_maks - nilai_min = 1 AND NOT konflik')).toBeGreaterThan(100);
    // The contract without a value yet: the selection is the primary.
    expect(await many("dihitung AND jumlah_sumber = 2 AND nilai_min = 0 AND sumber_utama = 'sampel:seleksi'")).toBeGreaterThan(100);
    // The contract cancelled while the selection says selesai.
    expect(await many("alasan = 'dibatalkan' AND jumlah_sumber = 2 AND sumber_utama = 'sampel:kontrak'")).toBeGreaterThan(100);
    // Vendors: from the other record when the primary's has no profile.
    expect(await many('dihitung AND penyedia_id <> penyedia_utama')).toBeGreaterThan(100);
    expect(await scalar(con, `SELECT count(*) FROM transaksi t JOIN ledger l USING (transaksi_id)
      WHERE l.dihitung AND t.penyedia_id NOT IN (SELECT penyedia_id FROM penyedia)`)).toBeGreaterThan(100);
  });
});

describe('calibration (default sample)', () => {
  it('spreads the 2024 UMKK share of the budget across the 40 % line', async () => {
    const [spread] = await rows(db('standard'), `WITH umk AS (
        SELECT kode_wilayah, sum(nilai_umk) AS umk FROM realisasi WHERE tahun_anggaran = 2024 GROUP BY 1),
      budget AS (SELECT kode_wilayah, sum(belanja_pengadaan) AS bp FROM anggaran WHERE tahun_anggaran = 2024 GROUP BY 1)
      SELECT avg((coalesce(umk, 0) / bp < 0.40)::INT) AS under, avg((coalesce(umk, 0) / bp >= 0.40)::INT) AS over
      FROM budget LEFT JOIN umk USING (kode_wilayah)`);
    expect(spread!.under).toBeGreaterThanOrEqual(0.2);
    expect(spread!.over).toBeGreaterThanOrEqual(0.2);
  });

  it('realises 70-97 % of each pemda-year budget, counting as the ledger does', async () => {
    const [range] = await rows(db('standard'), `WITH r AS (SELECT tahun_anggaran, kode_wilayah, sum(nilai) AS spent
        FROM realisasi GROUP BY ALL),
      b AS (SELECT tahun_anggaran, kode_wilayah, sum(belanja_pengadaan) AS bp FROM anggaran GROUP BY ALL)
      SELECT min(spent / bp) AS lo, max(spent / bp) AS hi FROM b JOIN r USING (tahun_anggaran, kode_wilayah)`);
    expect(range!.lo).toBeGreaterThanOrEqual(0.69);
    expect(range!.hi).toBeLessThanOrEqual(0.975);
  });

  it('bunches direct purchases just under the Rp200 juta limit, with a spike at Rp190 juta', async () => {
    const con = db('standard');
    const pl = "channel = 'pengadaan_langsung'";
    const under = await scalar(con, `SELECT count(*) FROM realisasi WHERE ${pl} AND nilai >= 190000000 AND nilai < 200000000`);
    const below = await scalar(con, `SELECT count(*) FROM realisasi WHERE ${pl} AND nilai >= 180000000 AND nilai < 190000000`);
    expect(under).toBeGreaterThan(3 * below);
    expect(await scalar(con, `SELECT count(*) FROM realisasi WHERE ${pl} AND nilai = 190000000`)).toBeGreaterThan(below);
  });

  it('raises the e-purchasing share every year and lets tender and e-katalog lead by value', async () => {
    const con = db('standard');
    const shares = (await rows(con, `SELECT tahun_anggaran, sum(nilai) FILTER (WHERE channel_group = 'e_purchasing') / sum(nilai) AS s
      FROM realisasi GROUP BY 1 ORDER BY 1`)).map((r) => Number(r.s));
    shares.slice(1).forEach((s, i) => expect(s).toBeGreaterThan(shares[i]!));
    const top = await rows(con, `SELECT CASE WHEN source_system = 'ekatalog' THEN 'e_katalog' ELSE channel END AS c
      FROM realisasi GROUP BY 1 ORDER BY sum(nilai) DESC LIMIT 2`);
    expect(top.map((r) => r.c)).toEqual(['tender', 'e_katalog']);
    const busiest = await rows(con, 'SELECT channel FROM realisasi GROUP BY 1 ORDER BY count(*) DESC LIMIT 1');
    expect(busiest[0]!.channel).toBe('pengadaan_langsung');
  });

  it('concentrates value: the top 10 vendors of a typical pemda take over half of it', async () => {
    expect(await scalar(db('standard'), `WITH v AS (SELECT kode_wilayah, penyedia_id, sum(nilai) AS s FROM realisasi
        GROUP BY ALL),
      r AS (SELECT *, row_number() OVER (PARTITION BY kode_wilayah ORDER BY s DESC) AS rk FROM v)
      SELECT median(top) FROM (SELECT sum(s) FILTER (WHERE rk <= 10) / sum(s) AS top FROM r GROUP BY kode_wilayah)`)).toBeGreaterThan(0.5);
  });

  it('has a December spike and few weekend orders', async () => {
    const con = db('standard');
    expect(await scalar(con, 'SELECT avg((month(tanggal) = 12)::INT) FROM realisasi')).toBeGreaterThan(0.15);
    expect(await scalar(con, 'SELECT avg((dayofweek(tanggal) IN (0, 6))::INT) FROM realisasi')).toBeLessThan(0.1);
  });

  it('links most non-marketplace transactions to a plan, with some plans never realised', async () => {
    const con = db('standard');
    expect(await scalar(con, "SELECT avg((kd_rup IS NOT NULL)::INT) FROM realisasi WHERE channel NOT IN ('toko_daring', 'blangkon')")).toBeGreaterThan(0.5);
    expect(await scalar(con, 'SELECT count(*) FROM paket_rup WHERE kd_rup NOT IN (SELECT kd_rup FROM realisasi WHERE kd_rup IS NOT NULL)')).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  const files = (dir: string): Map<string, string> =>
    new Map(readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

  it('writes byte-identical CSVs for the same seed and different ones for another seed', async () => {
    const again = join(root, 'again');
    const other = join(root, 'other');
    await generateSample({ outDir: again, rows: 3_000, seed: 7 });
    await generateSample({ outDir: other, rows: 3_000, seed: 8 });
    const first = files(dirs.small);
    expect(first.size).toBe(TABLE_NAMES.length);
    expect(files(again)).toEqual(first);
    expect(files(other).get('transaksi.csv')).not.toBe(first.get('transaksi.csv'));
  });

  it('draws the same numbers from the same seed and allocates counts exactly', () => {
    const a = new Rng('x');
    const b = new Rng('x');
    expect(Array.from({ length: 5 }, () => a.nextU32())).toEqual(Array.from({ length: 5 }, () => b.nextU32()));
    expect(new Rng('x').fork('y').next()).not.toBe(new Rng('x').fork('z').next());
    expect(largestRemainder([1, 1, 1], 10).reduce((s, c) => s + c, 0)).toBe(10);
  });
});
