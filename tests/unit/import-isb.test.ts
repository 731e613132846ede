// ISB datasets: recognition by header and mapping into the canonical tables. Hand-made
// RawTables pin every rule; the real files in ../shared check the golden totals of
// PROVENANCE.md (skipped where ../shared is absent).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ISB_DATASETS,
  bentukUsahaOf,
  kategoriOf,
  learnLookups,
  mapDataset,
  spseStatus,
  recogniseDataset,
  type MappedTables,
  type MappingContext,
  type Row
} from '../../src/lib/import/isb';
import type { RawTable } from '../../src/lib/import/raw-table';
import { createRegionMatcher, regionsFromCsv } from '../../src/lib/import/regions';
import {
  addDecimals,
  decimalFromString,
  decimalToString,
  normalizeDecimal,
  parseRupiah,
  type ExactDecimal
} from '../../src/lib/import/values';

const require = createRequire(import.meta.url);
const idnDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const regions = createRegionMatcher(
  regionsFromCsv(readFileSync(join(idnDir, 'provinces.csv'), 'utf8'), readFileSync(join(idnDir, 'regencies.csv'), 'utf8'))
);
const ctx: MappingContext = { regions };

/** A RawTable as a CSV reader would give it: line 1 is the header. */
function table(columns: string, rows: (string | null)[][]): RawTable {
  const names = columns.split(',');
  for (const row of rows) expect(row).toHaveLength(names.length);
  return {
    columns: names,
    rows,
    lineNumbers: rows.map((_, i) => i + 2),
    source: { format: 'csv' },
    warnings: []
  };
}

const codes = (m: MappedTables) => m.notices.map((n) => n.code);
const only = (m: MappedTables, t: keyof MappedTables['tables']): Row => {
  expect(m.tables[t]).toHaveLength(1);
  return m.tables[t]![0]!;
};

describe('recogniseDataset', () => {
  it('recognises every dataset from its signature, whatever the order, case and spacing', () => {
    for (const d of ISB_DATASETS) {
      const shuffled = [...d.signature].reverse().map((c, i) => (i % 2 ? ` ${c.toUpperCase()} ` : c));
      const got = recogniseDataset([...shuffled, 'kolom_tambahan']);
      expect(got).toEqual({ id: d.id, name: d.name, matched: d.signature.length, required: d.signature.length });
    }
  });

  it('picks the most specific dataset when several fit, and null when none does', () => {
    const tender = ISB_DATASETS.find((d) => d.id === 'SPSE-TenderSelesaiNilai')!.signature;
    const kontrak = ISB_DATASETS.find((d) => d.id === 'SPSE-TenderEkontrak-Kontrak')!.signature;
    const both = [...new Set([...tender, ...kontrak])];
    expect(recogniseDataset(both)?.id).toBe(
      kontrak.length > tender.length ? 'SPSE-TenderEkontrak-Kontrak' : 'SPSE-TenderSelesaiNilai'
    );
    // Each SPSE contract dataset lacks a column the others require.
    expect(recogniseDataset(tender)?.id).toBe('SPSE-TenderSelesaiNilai');
    expect(recogniseDataset(tender.filter((c) => c !== 'kd_tender'))).toBeNull();
    expect(recogniseDataset(['nama', 'alamat'])).toBeNull();
    expect(recogniseDataset([])).toBeNull();
  });

  it('masters are recognised and produce no rows', () => {
    const raw = table('kd_provinsi,nama_provinsi', [['1', 'NAD']]);
    const id = recogniseDataset(raw.columns)!.id;
    expect(id).toBe('RUP-MasterProvinsi');
    expect(mapDataset(id, raw, ctx)).toMatchObject({ tables: {}, rejected: [], notices: [] });
    expect(recogniseDataset(['kd_kabupaten', 'kd_provinsi', 'nama_kabupaten'])?.id).toBe('Ecat-MasterKabKota');
    expect(recogniseDataset(['kd_provinsi', 'kd_kabkota', 'nama_kabkota'])?.id).toBe('RUP-MasterKabKota');
    expect(() => mapDataset('Tidak-Ada', raw, ctx)).toThrow(/tidak dikenal/);
  });
});

const RUP = 'tahun_anggaran,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,kd_rup,nama_paket,pagu,kd_metode_pengadaan,metode_pengadaan,jenis_pengadaan,status_pdn,status_ukm,status_aktif_rup,status_delete_rup';
const rup = (kdRup: string, pagu: string, metode: string, jenis: string, extra: Partial<Record<'klpd' | 'pdn' | 'ukm' | 'delete', string>> = {}) => [
  '2025', 'D197', extra.klpd ?? 'Provinsi Kalimantan Barat', 'PROVINSI', '264455', '1.02.0.00.0.00.03.0000', 'RSJ', kdRup,
  `Paket ${kdRup}`, pagu, null, metode, jenis, extra.pdn ?? 'PDN', extra.ukm ?? 'UKM', 'true', extra.delete ?? 'false'
];

describe('RUP-PaketPenyedia-Terumumkan → paket_rup', () => {
  it('maps the plan with its commitments, pemda, satker and kategori', () => {
    const m = mapDataset('RUP-PaketPenyedia-Terumumkan', table(RUP, [rup('53540979', '7700000000', 'Tender', 'Barang', { ukm: 'Non-UKM' })]), ctx);
    expect(only(m, 'paket_rup')).toEqual({
      kd_rup: '53540979', tahun_anggaran: 2025, kode_wilayah: '61', satker_id: '61:1.02.0.00.0.00.03.0000',
      nama_paket: 'Paket 53540979', kategori_id: 'jenis_barang', metode_pengadaan: 'tender', pagu: 7700000000n,
      is_pdn: true, is_ukm: false
    });
    expect(only(m, 'pemda')).toEqual({ kode_wilayah: '61', kode_provinsi: '61', nama_pemda: 'Pemerintah Provinsi Kalimantan Barat', jenis: 'provinsi' });
    expect(only(m, 'satker')).toEqual({ satker_id: '61:1.02.0.00.0.00.03.0000', kode_wilayah: '61', kd_satker_str: '1.02.0.00.0.00.03.0000', nama_satker: 'RSJ' });
    expect(only(m, 'kategori')).toEqual({ kategori_id: 'jenis_barang', nama: 'Barang', jenis_pengadaan: 'barang' });
    expect(m.tables.transaksi).toBeUndefined(); // a plan is never realisation
  });

  it('keeps SiRUP methods as channel-style names', () => {
    const methods = ['Pengadaan Langsung', 'Penunjukan Langsung', 'Tender', 'Tender Cepat', 'Seleksi', 'E-Purchasing', 'Kontes', 'Dikecualikan', 'Swakelola?'];
    const m = mapDataset('RUP-PaketPenyedia-Terumumkan', table(RUP, methods.map((x, i) => rup(String(i + 1), '1', x, 'Barang'))), ctx);
    expect(m.tables.paket_rup!.map((r) => r.metode_pengadaan)).toEqual([
      'pengadaan_langsung', 'penunjukan_langsung', 'tender', 'tender_cepat', 'seleksi', 'e_purchasing', 'kontes', 'dikecualikan', 'tidak_diketahui'
    ]);
  });

  it('maps jenis pengadaan to kategori, and several different ones to unknown', () => {
    expect(kategoriOf('Pekerjaan Konstruksi').id).toBe('jenis_konstruksi');
    expect(kategoriOf('Jasa Konsultansi Badan Usaha Konstruksi').id).toBe('jenis_konsultansi');
    expect(kategoriOf('Jasa Lainnya').id).toBe('jenis_jasa_lainnya');
    expect(kategoriOf('Pengadaan Barang').id).toBe('jenis_barang');
    expect(kategoriOf('Barang;Barang').id).toBe('jenis_barang');
    expect(kategoriOf('3;3;4').id).toBe('tidak_diketahui');
    expect(kategoriOf('Sewa').id).toBe('tidak_diketahui');
    expect(kategoriOf(null).id).toBe('tidak_diketahui');
  });

  it('rounds sen half away from zero and reports it once', () => {
    const m = mapDataset('RUP-PaketPenyedia-Terumumkan', table(RUP, [rup('1', '100.50', 'Tender', 'Barang'), rup('2', '200.49', 'Tender', 'Barang'), rup('3', '7', 'Tender', 'Barang')]), ctx);
    expect(m.tables.paket_rup!.map((r) => r.pagu)).toEqual([101n, 200n, 7n]);
    expect(codes(m).filter((c) => c === 'rounded-sen')).toHaveLength(1);
    expect(m.notices.find((n) => n.code === 'rounded-sen')?.message).toMatch(/^2 nilai uang/);
  });

  it('keeps the latest of a duplicated kd_rup, rejects deleted packages, unmatched pemda and blank rows', () => {
    const blank = rup('x', '', '', '').map(() => null);
    const m = mapDataset('RUP-PaketPenyedia-Terumumkan', table(RUP, [
      rup('1', '100', 'Tender', 'Barang'),
      rup('1', '150', 'Tender', 'Barang'),
      rup('2', '100', 'Tender', 'Barang', { delete: 'true' }),
      rup('3', '100', 'Tender', 'Barang', { klpd: 'Atlantis' }),
      rup('4', '100', 'Tender', 'Barang', { klpd: 'Atlantis' }),
      blank,
      rup('5', '', 'Tender', 'Barang')
    ]), ctx);
    expect(m.tables.paket_rup!.map((r) => [r.kd_rup, r.pagu])).toEqual([['1', 150n]]);
    expect(m.notices.find((n) => n.code === 'duplicate-row')).toMatchObject({ line: 2 });
    expect(m.rejected).toEqual([
      { line: 4, reason: 'Paket RUP sudah dihapus atau tidak aktif.' },
      { line: 5, reason: 'Pemda "Atlantis" tidak dapat dicocokkan dengan kode wilayah Kemendagri.' },
      { line: 6, reason: 'Pemda "Atlantis" tidak dapat dicocokkan dengan kode wilayah Kemendagri.' },
      { line: 7, reason: 'Baris kosong.' },
      { line: 8, reason: 'Kolom pagu kosong.' }
    ]);
    // One region notice per name, not per row.
    expect(codes(m).filter((c) => c === 'region-unmatched')).toHaveLength(1);
    expect(m.notices.find((n) => n.code === 'empty-row')).toMatchObject({ line: 7 });
  });

  it('reads Indonesian-formatted money', () => {
    const m = mapDataset('RUP-PaketPenyedia-Terumumkan', table(RUP, [rup('1', 'Rp 1.500.000,00', 'Tender', 'Barang'), rup('2', '22,1 M', 'Tender', 'Barang')]), ctx);
    expect(m.tables.paket_rup!.map((r) => r.pagu)).toEqual([1500000n, 22100000000n]);
  });
});

const ANGGARAN = 'tahun_anggaran,kd_klpd,nama_klpd,kd_satker,kd_satker_str,nama_satker,belanja_pengadaan,total_belanja';

describe('RUP-StrukturAnggaranPD → anggaran and RUP-MasterSatker → satker', () => {
  it('maps the budget per satker; null → 0 with a notice; a yearless row takes the file year', () => {
    const m = mapDataset('RUP-StrukturAnggaranPD', table(ANGGARAN, [
      ['2025', 'D107', 'Kab. Bandung', '96020', '1.01.0.00.0.00.01.0000', 'DINAS PENDIDIKAN', '422551661922', '1'],
      ['2025', 'D107', 'Kab. Bandung', '60414', '1.02.0.00.0.00.02.0000', 'DINAS KESEHATAN', null, '1'],
      ['null', 'D107', 'Kab. Bandung', '314374', '1.02.0.00.0.00.02.0001', 'PUSKESMAS', '0', '0']
    ]), ctx);
    expect(m.tables.anggaran).toEqual([
      { tahun_anggaran: 2025, kode_wilayah: '32.04', satker_id: '32.04:1.01.0.00.0.00.01.0000', belanja_pengadaan: 422551661922n },
      { tahun_anggaran: 2025, kode_wilayah: '32.04', satker_id: '32.04:1.02.0.00.0.00.02.0000', belanja_pengadaan: 0n },
      { tahun_anggaran: 2025, kode_wilayah: '32.04', satker_id: '32.04:1.02.0.00.0.00.02.0001', belanja_pengadaan: 0n }
    ]);
    expect(m.notices.find((n) => n.code === 'budget-null')).toMatchObject({ line: 3 });
    expect(codes(m)).toContain('year-from-file');
    expect(m.tables.satker).toHaveLength(3);
    expect(only(m, 'pemda')).toMatchObject({ kode_wilayah: '32.04', nama_pemda: 'Pemerintah Kabupaten Bandung', jenis: 'kabupaten' });
  });

  it('a master satker gives satker rows only', () => {
    const cols = 'kd_satker,kd_satker_str,nama_satker,status_satker,jenis_satker,kd_klpd,nama_klpd,jenis_klpd';
    const m = mapDataset('RUP-MasterSatker', table(cols, [['60412', '4.02.0.00.0.00.25.0000', 'SEKRETARIAT DPRD', 'Aktif', 'SKPD', 'D107', 'Kab. Bandung', 'KABUPATEN']]), ctx);
    expect(Object.keys(m.tables).sort()).toEqual(['pemda', 'satker']);
    expect(only(m, 'satker').satker_id).toBe('32.04:4.02.0.00.0.00.25.0000');
  });
});

const NONTENDER = 'tahun_anggaran,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,kd_nontender,kd_rup,nama_paket,pagu,hps,nilai_kontrak,nilai_pdn_kontrak,nilai_umk_kontrak,jenis_pengadaan,mtd_pemilihan,status_nontender,tgl_pengumuman_nontender,tgl_selesai_nontender,kd_penyedia,nama_penyedia';
const nontender = (kd: string, nilai: string | null, umk: string | null, o: { mtd?: string; tgl?: string; jenis?: string } = {}) => [
  '2025', 'D107', 'Kab. Bandung', 'KABUPATEN', '14055093', '1.05.0.00.0.00.06.0000', 'BPBD', kd, '56471066', 'Peralatan', '1', '1',
  nilai, nilai, umk, o.jenis ?? 'Pengadaan Barang', o.mtd ?? 'Pengadaan Langsung', 'Selesai', '2025-07-01 10:00:00',
  o.tgl ?? '2025-07-31 16:00:00', '26173014', 'CV. CONTOH'
];

describe('SPSE contracts → transaksi', () => {
  it('maps a non-tender contract with reported UMK/PDN, vendor and kategori', () => {
    const m = mapDataset('SPSE-NonTenderSelesai', table(NONTENDER, [nontender('10248971000', '85914000.40', '85914000')]), ctx);
    expect(only(m, 'transaksi')).toEqual({
      transaksi_id: 'spse-nontender:10248971000', sumber_data: 'SPSE-NonTenderSelesai', prioritas: 1,
      source_system: 'spse', channel: 'pengadaan_langsung', channel_group: 'non_tender',
      tahun_anggaran: 2025, tanggal: '2025-07-31', kode_wilayah: '32.04', kode_provinsi: '32', satker_id: '32.04:1.05.0.00.0.00.06.0000',
      kd_rup: '56471066', uraian: 'Peralatan', kategori_id: 'jenis_barang', penyedia_id: 'spse:26173014', nilai: 85914000n,
      nilai_pdn: 85914000n, nilai_umk: 85914000n, basis_umk: 'dilaporkan', basis_pdn: 'dilaporkan', status: 'selesai'
    });
    expect(only(m, 'penyedia')).toEqual({
      penyedia_id: 'spse:26173014', nama_penyedia: 'CV. CONTOH', bentuk_usaha: 'tidak_diketahui', is_badan_usaha: null,
      skala_usaha: 'tidak_diketahui', is_umkk: null, kode_wilayah: 'tidak_diketahui'
    });
    expect(m.basis).toEqual({ dilaporkan: 1, status_penyedia: 0, aturan_kanal: 0, tidak_diketahui: 0 });
  });

  it('keeps packages without a contract value as value-less records; a missing UMK figure is unknown, not zero', () => {
    const m = mapDataset('SPSE-NonTenderSelesai', table(NONTENDER, [
      nontender('1', '0', '0'),
      nontender('2', null, null),
      nontender('3', '500', null, { mtd: 'Penunjukan Langsung', tgl: '2024-12-30 10:00:00' })
    ]), ctx);
    expect(m.rejected).toEqual([]);
    const [zero, empty, t] = m.tables.transaksi!;
    // The ledger reports these as "tanpa nilai", or takes the value of their e-kontrak record.
    expect([zero!.nilai, empty!.nilai]).toEqual([0n, 0n]);
    expect(m.status).toMatchObject({ selesai: 3, tanpa_nilai: 2 });
    expect(t).toMatchObject({ channel: 'penunjukan_langsung', nilai_umk: 0n, basis_umk: 'tidak_diketahui', nilai_pdn: 500n, basis_pdn: 'dilaporkan' });
    expect(m.notices.filter((n) => n.line === 4).map((n) => n.code).sort()).toEqual(['basis-unknown', 'date-outside-year']);
  });

  it('maps the SPSE statuses: in progress stands, a cancelled or terminated contract does not', () => {
    expect(['Selesai', 'Berlangsung', 'Kontrak Selesai', 'Kontrak Sedang Berjalan', 'Kontrak Dibatalkan', 'Putus Kontrak', null].map(spseStatus))
      .toEqual(['selesai', 'berjalan', 'selesai', 'berjalan', 'dibatalkan', 'dibatalkan', 'selesai']);
  });

  it('tender selesai nilai: kd_satker holds the SIPD code; a BUMD is not a pemda', () => {
    const cols = 'tahun_anggaran,kd_klpd,nama_klpd,jenis_klpd,kd_satker,nama_satker,kd_tender,kd_rup_paket,pagu,hps,nilai_kontrak,tgl_penetapan_pemenang,kd_penyedia,nama_penyedia,nilai_pdn_kontrak,nilai_umk_kontrak';
    const m = mapDataset('SPSE-TenderSelesaiNilai', table(cols, [
      ['2025', 'D107', 'Kab. Bandung', 'KABUPATEN', '1.03.2.15.1.04.03.0000', 'DPUTR', '10074302000', '58222479', '1', '1', '1336777027.98', '2025-09-12', '862672', 'CV. X', '1336777027.98', '1336777027.98'],
      ['2025', 'B154', 'PDAM Tirta Raharja Kabupaten Bandung', 'BUMD', '01', 'PDAM', '10070352000', '60245264', '1', '1', '3845075298', '2025-08-26', '1501064', 'PT. Y', null, null]
    ]), ctx);
    expect(only(m, 'transaksi')).toMatchObject({
      transaksi_id: 'spse-tender:10074302000', channel: 'tender', channel_group: 'tender', satker_id: '32.04:1.03.2.15.1.04.03.0000',
      kd_rup: '58222479', uraian: 'Tender 10074302000', nilai: 1336777028n
    });
    expect(m.rejected).toEqual([{ line: 3, reason: 'KLPD "PDAM Tirta Raharja Kabupaten Bandung" berjenis BUMD, bukan pemerintah daerah.' }]);
    expect(codes(m)).toContain('region-unmatched');
  });

  it('e-kontrak: bentuk usaha, and the latest addendum of a contract wins', () => {
    const cols = 'tahun_anggaran,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,kd_nontender,nama_paket,mtd_pengadaan,no_kontrak,tgl_kontrak,nama_penyedia,npwp_penyedia,npwp16_penyedia,bentuk_usaha_penyedia,nilai_kontrak,nilai_pdn_kontrak,nilai_umk_kontrak,status_kontrak,versi_addendum';
    const k = (kd: string, no: string, tgl: string, nilai: string, versi: string, bentuk: string | null, status = 'Kontrak Selesai') => [
      '2025', 'D107', 'Kab. Bandung', 'KABUPATEN', '40596093', '2.17.0.00.0.00.17.0000', 'DINKOP', kd, 'Paket', 'Pengadaan Langsung', no,
      tgl, `Penyedia ${kd}`, `npwp:${kd}`, `npwp:${kd}`, bentuk, nilai, nilai, nilai, status, versi
    ];
    const m = mapDataset('SPSE-NonTenderEkontrak-Kontrak', table(cols, [
      k('1', 'SPK/07', '2025-07-03T00:00:00.000000Z', '60', '1', 'Orang Perseorangan'),
      k('1', 'SPK/02', '2025-02-03T00:00:00.000000Z', '50', '0', 'Orang Perseorangan'),
      k('2', 'SPK/9', '2025-03-01T00:00:00.000000Z', '10', '0', 'Perseroan Terbatas (PT) Perorangan', 'Kontrak Dibatalkan')
    ]), ctx);
    expect(m.tables.transaksi!.map((t) => [t.transaksi_id, t.nilai, t.tanggal, t.status])).toEqual([
      ['spse-nontender:1', 60n, '2025-07-03', 'selesai'],
      ['spse-nontender:2', 10n, '2025-03-01', 'dibatalkan']
    ]);
    expect(m.notices.find((n) => n.code === 'duplicate-row')).toMatchObject({ line: 3 });
    expect(m.tables.penyedia).toEqual([
      { penyedia_id: 'spse:npwp:1', nama_penyedia: 'Penyedia 1', bentuk_usaha: 'Perorangan', is_badan_usaha: false, skala_usaha: 'tidak_diketahui', is_umkk: null, kode_wilayah: 'tidak_diketahui' },
      { penyedia_id: 'spse:npwp:2', nama_penyedia: 'Penyedia 2', bentuk_usaha: 'PT Perorangan', is_badan_usaha: true, skala_usaha: 'tidak_diketahui', is_umkk: true, kode_wilayah: 'tidak_diketahui' }
    ]);
  });

  it('classifies every bentuk_usaha_penyedia seen in SPSE', () => {
    const cases: [string | null, string, boolean | null][] = [
      ['Persekutuan Komanditer (CV / Commanditer Venoschaap )', 'CV', true],
      ['Perseroan Terbatas (PT)', 'PT', true],
      ['Orang Perseorangan', 'Perorangan', false],
      ['Konsultan Perseorangan', 'Perorangan', false],
      ['Perseroan Terbatas (PT) Perorangan', 'PT Perorangan', true],
      ['Persekutuan Firma (FA / Venootschap Onder Firma)', 'Firma', true],
      ['Koperasi', 'Koperasi', true],
      [null, 'tidak_diketahui', null]
    ];
    for (const [text, bentuk, badan] of cases) expect(bentukUsahaOf(text)).toMatchObject({ bentuk, isBadanUsaha: badan });
    expect(bentukUsahaOf('Koperasi')).toMatchObject({ skala: 'koperasi', isUmkk: true });
  });
});

const PCT = 'tahun_anggaran,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,kd_nontender_pct,kd_rup,nama_paket,pagu,total_realisasi,nilai_pdn_pct,nilai_umk_pct,kategori_pengadaan,status_nontender_pct,status_nontender_pct_ket,tgl_buat_paket,tgl_mulai_paket,tgl_selesai_paket';
const pct = (kd: string, ket: string, status = 'Aktif', kdRup = '54700539') => [
  '2025', 'D107', 'Kab. Bandung', 'KABUPATEN', '16203093', '4.01.0.00.0.00.24.0000', 'SETDA', kd, kdRup, 'ATK', '1450200', '849400.5',
  '849400.5', '0', 'Pengadaan Barang', status, ket, '2025-01-14T09:42:15.091000Z', '2025-01-14 09:56:44', '2025-12-31 00:00:00'
];

describe('SPSE-PencatatanNonTender → transaksi', () => {
  it('keeps the kd_rup list, dates by the opening of the record, maps the status', () => {
    const m = mapDataset('SPSE-PencatatanNonTender', table(PCT, [
      pct('7767093', 'Paket Selesai', 'Aktif', '60832782; 45828523'),
      pct('2', 'Paket Sedang Berjalan'),
      pct('3', 'Paket Dibatalkan', 'Ditutup'),
      pct('4', '', 'Ditutup')
    ]), ctx);
    const t = m.tables.transaksi!;
    expect(t[0]).toMatchObject({
      transaksi_id: 'spse-pencatatan:7767093', channel: 'pencatatan', channel_group: 'pencatatan', kd_rup: '60832782;45828523',
      tanggal: '2025-01-14', nilai: 849401n, nilai_pdn: 849401n, nilai_umk: 0n, basis_umk: 'dilaporkan', penyedia_id: 'tidak_diketahui',
      kategori_id: 'jenis_barang'
    });
    expect(t.map((x) => x.status)).toEqual(['selesai', 'berjalan', 'dibatalkan', 'dibatalkan']);
    expect(only(m, 'penyedia')).toMatchObject({ penyedia_id: 'tidak_diketahui', nama_penyedia: 'Penyedia tidak diketahui' });
  });
});

const V6 = 'tahun_anggaran,jenis_instansi,nama_instansi,nama_satker,kd_klpd,kd_satker_str,kd_paket,kd_rup,rup_nama_pkt,kd_penyedia_v6,kd_penyedia_sikap,total_harga,tgl_order,status_pkt,status_pengiriman';
const v6 = (kd: string, pkt: string, kirim: string, sikap = '4186014') => [
  '2025', 'KABUPATEN', 'Kab. Bandung', 'BKPSDM', 'D107', '5.03.5.04.0.00.29.0000', kd, '60608395', 'ATK', `01J${kd}`, sikap, '28578060',
  '2025-08-27', pkt, kirim
];

describe('e-katalog and toko daring → transaksi', () => {
  it('v6: one transaksi per order, status from package and delivery, basis unknown with one notice', () => {
    const m = mapDataset('Ecat-PaketEPurchasingV6', table(V6, [
      v6('A', 'COMPLETED', 'COMPLETED'),
      v6('B', 'PAYMENT_OUTSIDE_SYSTEM', 'COMPLETED'),
      v6('C', 'ON_PROCESS', 'COMPLETED'),
      v6('D', 'ON_PROCESS', 'DRAFT', '0'),
      v6('E', 'ON_ADDENDUM', 'DELIVERED'),
      v6('F', 'CANCELLED', 'DRAFT')
    ]), ctx);
    const t = m.tables.transaksi!;
    expect(t.map((x) => x.status)).toEqual(['selesai', 'selesai', 'selesai', 'berjalan', 'berjalan', 'dibatalkan']);
    expect(t[0]).toMatchObject({
      transaksi_id: 'ekatalog-v6:A', source_system: 'ekatalog', channel: 'katalog', channel_group: 'e_purchasing', nilai: 28578060n,
      nilai_umk: 0n, nilai_pdn: 0n, basis_umk: 'tidak_diketahui', basis_pdn: 'tidak_diketahui', penyedia_id: 'sikap:4186014'
    });
    expect(t[3]!.penyedia_id).toBe('ekatalog:01JD'); // no SIKaP id: v6's own
    expect(codes(m).filter((c) => c === 'basis-unknown')).toHaveLength(1);
    expect(m.basis.tidak_diketahui).toBe(6);
  });

  it('v5: Σ total_harga per package, catalogue type from the context, pemda and satker learnt from other files', () => {
    const cols = 'tahun_anggaran,kd_klpd,satker_id,nama_satker,kd_paket,kd_rup,nama_paket,kd_komoditas,kd_produk,kd_penyedia,kuantitas,harga_satuan,total_harga,tanggal_buat_paket,paket_status_str';
    const line = (paket: string, produk: string, total: string, komoditas = '567') =>
      ['2025', 'D107', '361176', null, paket, '53694473', 'Sewa', komoditas, produk, '454750', '1', total, total, '2025-01-17', 'Paket Selesai'];
    const raw = table(cols, [line('11289430', 'p1', '68040000.25'), line('11289430', 'p2', '68040000.25'), line('11289430', 'p2', '68040000.25'), line('2', 'p9', '5', '999')]);
    const master = table('kd_satker,kd_satker_str,nama_satker,kd_klpd,nama_klpd,jenis_klpd', [['361176', '2.16.2.20.2.21.16.0000', 'DISKOMINFO', 'D107', 'Kab. Bandung', 'KABUPATEN']]);
    const komoditas = table('kd_komoditas,nama_komoditas,jenis_katalog', [['567', 'Obat', 'Sektoral'], ['999', 'Lain', 'Nasional']]);
    const m = mapDataset('Ecat-PaketEPurchasing', raw, { regions, ...learnLookups([master, komoditas]) });
    expect(m.tables.transaksi!.map((t) => [t.transaksi_id, t.nilai, t.channel, t.status, t.satker_id])).toEqual([
      ['ekatalog-v5:11289430', 136080001n, 'katalog_sektoral', 'selesai', '32.04:2.16.2.20.2.21.16.0000'],
      ['ekatalog-v5:2', 5n, 'katalog_nasional', 'selesai', '32.04:2.16.2.20.2.21.16.0000']
    ]);
    expect(m.notices.find((n) => n.code === 'duplicate-row')).toMatchObject({ line: 3 });
    // Without the lookups the pemda is unknown: every line of the package is rejected (line 3
    // was superseded by line 4 and is reported as a duplicate instead).
    const alone = mapDataset('Ecat-PaketEPurchasing', raw, ctx);
    expect(alone.rejected.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(alone.rejected[0]!.reason).toMatch(/kd_klpd D107.*\(paket 11289430\)$/);
    expect(alone.tables.transaksi).toBeUndefined();
  });

  it('toko daring: failed orders kept as gagal, UMK by channel rule, satker via LKPP id or flagged', () => {
    const cols = 'tahun,kd_klpd,nama_klpd,kd_satker,nama_satker,order_id,order_desc,valuasi,tanggal_transaksi,marketplace,merchant_name,kota_kab,provinsi,status_konfirmasi_ppmse';
    const order = (id: string, satker: string, status: string | null, merchant: string | null) =>
      ['2025', 'D107', 'Kab. Bandung', satker, 'SETDA', id, null, '75000000', '2025-06-14 14:07:35', 'mbiz market', merchant, 'Bandung (Kab.)', 'Jawa Barat', status];
    const raw = table(cols, [order('1', '60442', 'gagal', null), order('2', '60442', null, 'Toko A'), order('3', '99', 'berhasil', 'Toko A')]);
    const m = mapDataset('Bela-TokoDaringRealisasi', raw, { regions, satkerCodes: new Map([['60442', '4.01.0.00.0.00.24.0000']]) });
    const t = m.tables.transaksi!;
    expect(t.map((x) => [x.transaksi_id, x.status, x.satker_id, x.penyedia_id])).toEqual([
      ['tokodaring:1', 'gagal', '32.04:4.01.0.00.0.00.24.0000', 'tidak_diketahui'],
      ['tokodaring:2', 'selesai', '32.04:4.01.0.00.0.00.24.0000', 'tokodaring:Toko A'],
      ['tokodaring:3', 'selesai', '32.04:lkpp-99', 'tokodaring:Toko A']
    ]);
    expect(t[1]).toMatchObject({ channel: 'toko_daring', channel_group: 'e_purchasing', source_system: 'tokodaring', nilai_umk: 75000000n, basis_umk: 'aturan_kanal', nilai_pdn: 0n, basis_pdn: 'tidak_diketahui' });
    expect(m.notices.filter((n) => n.code === 'satker-unmatched')).toEqual([expect.objectContaining({ line: 4 })]);
    expect(m.basis.aturan_kanal).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------
// Real ISB files (../shared, never copied into the project) against PROVENANCE.md.

const ISB = fileURLToPath(new URL('../../../shared/data/isb', import.meta.url));

async function readIsb(file: string): Promise<RawTable> {
  const { readRawTable } = await import('../../src/lib/import/read');
  return readRawTable(new Uint8Array(readFileSync(join(ISB, file))), file);
}

async function mapIsb(file: string, context: MappingContext = ctx): Promise<{ raw: RawTable; id: string; m: MappedTables }> {
  const raw = await readIsb(file);
  const id = recogniseDataset(raw.columns)?.id ?? 'none';
  return { raw, id, m: mapDataset(id, raw, context) };
}

const sum = (rows: readonly Row[] | undefined, column: string, keep: (r: Row) => boolean = () => true) =>
  (rows ?? []).filter(keep).reduce((acc, r) => acc + (r[column] as bigint), 0n);

/** Σ of a money column, exact, over the rows whose line was loaded. */
function exactSum(raw: RawTable, m: MappedTables, column: string): string {
  const rejected = new Set(m.rejected.map((r) => r.line));
  const i = raw.columns.indexOf(column);
  let total: ExactDecimal = { units: 0n, scale: 0 };
  raw.rows.forEach((row, r) => {
    if (rejected.has(raw.lineNumbers[r]!)) return;
    const parsed = parseRupiah(row[i] ?? null, { decimal: '.' });
    if (parsed.kind === 'value') total = addDecimals(total, parsed.value);
  });
  return decimalToString(normalizeDecimal(total));
}

/** |canonical − exact| ≤ rows × 0.5 rupiah: each row rounds once. */
function withinRounding(canonical: bigint, exact: string, rows: number): void {
  const [whole = '0', frac = ''] = exact.split('.');
  const cents = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  const diff = canonical * 100n - cents;
  expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(BigInt(rows) * 50n);
}

describe.skipIf(!existsSync(ISB))('real ISB files: golden totals of PROVENANCE.md', () => {
  it('recognises every real file by its header', async () => {
    const expected: Record<string, string | null> = {
      'd107_2025_bela_tokodaring_realisasi.json': 'Bela-TokoDaringRealisasi',
      'd107_2025_ecat_paket_epurchasing_v5_sample5.json': 'Ecat-PaketEPurchasing',
      'd107_2025_ecat_paket_epurchasing_v6.json': 'Ecat-PaketEPurchasingV6',
      'd107_2025_rup_master_satker.json': 'RUP-MasterSatker',
      'd107_2025_rup_struktur_anggaran_pd.csv': 'RUP-StrukturAnggaranPD',
      'd107_2025_spse_nontender_ekontrak_kontrak.json': 'SPSE-NonTenderEkontrak-Kontrak',
      'd107_2025_spse_nontender_selesai.csv': 'SPSE-NonTenderSelesai',
      'd107_2025_spse_pencatatan_nontender.csv': 'SPSE-PencatatanNonTender',
      'd107_2025_spse_tender_selesai_nilai.csv': 'SPSE-TenderSelesaiNilai',
      'd197_2023_rup_paket_penyedia_terumumkan.xlsx': 'RUP-PaketPenyedia-Terumumkan',
      'd197_2024_rup_struktur_anggaran_pd.json': 'RUP-StrukturAnggaranPD',
      'd197_2025_rup_master_satker.json': 'RUP-MasterSatker',
      'd197_2025_rup_paket_penyedia_terumumkan.csv': 'RUP-PaketPenyedia-Terumumkan',
      'd197_2025_rup_struktur_anggaran_pd.json': 'RUP-StrukturAnggaranPD',
      'lkpp_ecat_master_kabkota.json': 'Ecat-MasterKabKota',
      'lkpp_ecat_master_provinsi.json': 'RUP-MasterProvinsi',
      'lkpp_rup_master_kabkota.json': 'RUP-MasterKabKota',
      'lkpp_rup_master_provinsi.json': 'RUP-MasterProvinsi',
      'lkpp_ecat_komoditas_detail_sample.json': null,
      'lkpp_ecat_penyedia_detail_sample.json': null
    };
    for (const [file, id] of Object.entries(expected)) {
      expect([file, recogniseDataset((await readIsb(file)).columns)?.id ?? null]).toEqual([file, id]);
    }
  });

  it('D197 2025 RUP: 15,638 packages and the Σ pagu of all, UKM, PDN and e-purchasing', async () => {
    const { m } = await mapIsb('d197_2025_rup_paket_penyedia_terumumkan.csv');
    const rows = m.tables.paket_rup!;
    expect(rows).toHaveLength(15_638);
    expect(m.rejected).toEqual([]);
    expect(sum(rows, 'pagu')).toBe(1_972_334_737_019n);
    expect(sum(rows, 'pagu', (r) => r.is_ukm === true)).toBe(1_591_253_055_361n);
    expect(sum(rows, 'pagu', (r) => r.is_pdn === true)).toBe(1_942_261_903_217n);
    expect(sum(rows, 'pagu', (r) => r.metode_pengadaan === 'e_purchasing')).toBe(581_926_216_461n);
    expect(new Set(rows.map((r) => r.satker_id)).size).toBe(87);
    expect(new Set(rows.map((r) => r.kode_wilayah))).toEqual(new Set(['61']));
    expect(rows.filter((r) => r.pagu === 190_000_000n)).toHaveLength(1_106); // bunching below Rp200 juta
  });

  it('D197 2025 StrukturAnggaranPD: Σ belanja_pengadaan, and UKM pagu / belanja = 63.24 %', async () => {
    const { m } = await mapIsb('d197_2025_rup_struktur_anggaran_pd.json');
    const belanja = sum(m.tables.anggaran, 'belanja_pengadaan');
    expect(belanja).toBe(2_516_304_995_084n);
    expect(codes(m)).toContain('budget-null'); // one satker has no figure
    const ukm = 1_591_253_055_361n;
    expect((ukm * 10_000n + belanja / 2n) / belanja).toBe(6_324n);
  });

  it('D107 2025 StrukturAnggaranPD: Σ belanja_pengadaan', async () => {
    const { m } = await mapIsb('d107_2025_rup_struktur_anggaran_pd.csv');
    expect(m.tables.anggaran).toHaveLength(165);
    expect(sum(m.tables.anggaran, 'belanja_pengadaan')).toBe(2_469_450_268_019n);
  });

  it('D107 e-katalog v6: 606 orders, Σ total_harga, all with unknown UMK basis', async () => {
    const { raw, m } = await mapIsb('d107_2025_ecat_paket_epurchasing_v6.json');
    const t = m.tables.transaksi!;
    expect(t).toHaveLength(606);
    expect(sum(t, 'nilai')).toBe(189_677_834_789n);
    expect(m.basis).toEqual({ dilaporkan: 0, status_penyedia: 0, aturan_kanal: 0, tidak_diketahui: 606 });
    const sikap = raw.rows.map((row) => row[raw.columns.indexOf('kd_penyedia_sikap')]);
    expect(new Set(sikap).size).toBe(159); // including 0 = no SIKaP id
    expect(new Set(t.filter((x) => String(x.penyedia_id).startsWith('sikap:')).map((x) => x.penyedia_id)).size).toBe(158);
    // Orders still being delivered stand: all 606 are realisation (domain.md).
    expect(m.status).toEqual({ selesai: 370, berjalan: 236, dibatalkan: 0, gagal: 0, tanpa_nilai: 0 });
  });

  it('D107 non-tender selesai: 1,149 contracts and 981 packages without one, Σ nilai_kontrak exact before rounding', async () => {
    const { raw, m } = await mapIsb('d107_2025_spse_nontender_selesai.csv');
    expect(m.tables.transaksi).toHaveLength(2_130);
    expect(m.rejected).toHaveLength(0);
    expect(m.status).toEqual({ selesai: 1_687, berjalan: 443, dibatalkan: 0, gagal: 0, tanpa_nilai: 981 });
    const t = m.tables.transaksi!.filter((x) => x.nilai !== 0n);
    expect(t).toHaveLength(1_149);
    expect(t.filter((x) => x.status === 'berjalan')).toHaveLength(123);
    expect(exactSum(raw, m, 'nilai_kontrak')).toBe('114421517649.17');
    withinRounding(sum(t, 'nilai'), '114421517649.17', t.length);
    // The rows left out have no PDN/UMK value either, so the file's totals hold for the contracts.
    withinRounding(sum(t, 'nilai_pdn'), '91279016622.95', t.length);
    withinRounding(sum(t, 'nilai_umk'), '114321956199.17', t.length);
    expect(m.basis.dilaporkan).toBe(2_130);
  });

  it('D107 tender selesai nilai: Σ nilai_kontrak = loaded contracts + the BUMD row left out', async () => {
    const { raw, m } = await mapIsb('d107_2025_spse_tender_selesai_nilai.csv');
    expect(m.tables.transaksi).toHaveLength(77); // 8 of them without a contract value yet
    const t = m.tables.transaksi!.filter((x) => x.nilai !== 0n);
    expect(t).toHaveLength(69);
    const bumd = m.rejected.filter((r) => r.reason.includes('BUMD'));
    expect(bumd).toHaveLength(1);
    expect(m.rejected).toHaveLength(1);
    const loaded = decimalFromString(exactSum(raw, m, 'nilai_kontrak'));
    const pdam = parseRupiah(raw.rows[raw.lineNumbers.indexOf(bumd[0]!.line)]![raw.columns.indexOf('nilai_kontrak')]!, { decimal: '.' });
    expect(pdam.kind).toBe('value');
    expect(decimalToString(normalizeDecimal(addDecimals(loaded, (pdam as { value: ExactDecimal }).value)))).toBe('121072745492.55');
    withinRounding(sum(t, 'nilai'), decimalToString(loaded), t.length);
  });

  it('D107 pencatatan: Σ total_realisasi of all 428 records', async () => {
    const { m } = await mapIsb('d107_2025_spse_pencatatan_nontender.csv');
    const t = m.tables.transaksi!;
    expect(t).toHaveLength(428);
    expect(sum(t, 'nilai')).toBe(16_575_636_259n);
    withinRounding(sum(t, 'nilai_pdn'), '4775201699.46', t.length);
    withinRounding(sum(t, 'nilai_umk'), '4572726386.46', t.length);
    expect(t.filter((x) => String(x.kd_rup).includes(';')).length).toBeGreaterThan(0);
    expect(t.filter((x) => x.status === 'dibatalkan')).toHaveLength(23);
  });

  it('D107 e-kontrak: bentuk usaha counts of PROVENANCE.md, one transaksi per contract', async () => {
    const { raw, m } = await mapIsb('d107_2025_spse_nontender_ekontrak_kontrak.json');
    const col = raw.columns.indexOf('bentuk_usaha_penyedia');
    const counts: Record<string, number> = {};
    for (const row of raw.rows) {
      const text = row[col] ?? null;
      const key = `${text ?? 'null'} → ${bentukUsahaOf(text).bentuk}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'Persekutuan Komanditer (CV / Commanditer Venoschaap ) → CV': 614,
      'Perseroan Terbatas (PT) → PT': 272,
      'Orang Perseorangan → Perorangan': 130,
      'Konsultan Perseorangan → Perorangan': 16,
      'null → tidak_diketahui': 8,
      'Perseroan Terbatas (PT) Perorangan → PT Perorangan': 4,
      'Persekutuan Firma (FA / Venootschap Onder Firma) → Firma': 3
    });
    expect(m.tables.transaksi).toHaveLength(1_032); // 1,047 rows, 15 repeats or addenda
    expect(codes(m).filter((c) => c === 'duplicate-row')).toHaveLength(15);
  });

  it('D107 toko daring, v5 sample and master satker: failed orders kept, learnt lookups used', async () => {
    const master = await readIsb('d107_2025_rup_master_satker.json');
    const lookups = learnLookups([master]);
    const toko = await mapIsb('d107_2025_bela_tokodaring_realisasi.json', { regions, ...lookups });
    expect(toko.m.tables.transaksi!.map((t) => [t.status, t.nilai, t.satker_id])).toEqual([
      ['gagal', 75_000_000n, '32.04:4.01.0.00.0.00.24.0000'],
      ['gagal', 74_999_999n, '32.04:4.01.0.00.0.00.24.0000']
    ]);
    const v5 = await mapIsb('d107_2025_ecat_paket_epurchasing_v5_sample5.json', { regions, ...lookups });
    expect(v5.m.tables.transaksi!.map((t) => [t.transaksi_id, t.nilai])).toEqual([
      ['ekatalog-v5:11269599', 167_400_000n],
      ['ekatalog-v5:11289430', 4n * 68_040_000n]
    ]);
    expect(codes(v5.m)).toContain('date-outside-year'); // packages made in Dec 2024 for TA 2025
  });
});
