// Hand mapping of files that are no ISB dataset: a Blangkon-style marketplace export, a
// P3DN recap, a SiRUP screen copy. Hand-written RawTables pin the suggestion, validation,
// presets and every mapping rule.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MappedTables, Row } from '../../src/lib/import/isb';
import {
  MANUAL_FIELDS,
  applyMapping,
  findPreset,
  headerSignature,
  suggestMapping,
  validateMapping,
  type ColumnMapping,
  type ManualContext,
  type MappingPreset
} from '../../src/lib/import/manual';
import { booleanOf, channelOf, statusOf } from '../../src/lib/import/manual/vocab';
import type { RawTable } from '../../src/lib/import/raw-table';
import { createRegionMatcher, regionsFromCsv } from '../../src/lib/import/regions';

const require = createRequire(import.meta.url);
const idnDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const regionList = regionsFromCsv(
  readFileSync(join(idnDir, 'provinces.csv'), 'utf8'),
  readFileSync(join(idnDir, 'regencies.csv'), 'utf8')
);
const ctx: ManualContext = { regions: createRegionMatcher(regionList), fileKey: 'f1', regionList };

/** A RawTable as a delimited reader gives it: line 1 is the header. */
function table(header: string, separator: string, rows: (string | null)[][]): RawTable {
  const columns = header.split(separator);
  for (const row of rows) expect(row).toHaveLength(columns.length);
  return { columns, rows, lineNumbers: rows.map((_, i) => i + 2), source: { format: 'csv' }, warnings: [] };
}

const codes = (m: MappedTables) => m.notices.map((n) => n.code);
const rowsOf = (m: MappedTables, t: keyof MappedTables['tables']): Row[] => m.tables[t] ?? [];
const column = (name: string) => ({ column: name });

/** Only the fields given; every other field of the target unused. */
function mapping(target: ColumnMapping['target'], fields: ColumnMapping['fields'], extra: Partial<ColumnMapping> = {}): ColumnMapping {
  return { target, fields, numberStyle: { decimal: ',' }, dateFormat: null, ...extra };
}

const BLANGKON = 'No;Tanggal;Nama Toko;Kategori;Nilai Transaksi;Kab/Kota';
const blangkon = () =>
  table(BLANGKON, ';', [
    ['1', '25/03/2022', 'CV Maju Jaya', 'Katering', 'Rp 1.500.000', 'Kab. Semarang'],
    ['2', '26/03/2022', 'Toko  Sinar', 'Alat Tulis Kantor', 'Rp 250.000,50', 'Kota Semarang'],
    ['3', '13/04/2022', 'TOKO SINAR', 'Katering', 'Rp 9.007.199.254.740.993', '33.22']
  ]);

describe('Blangkon-style marketplace export', () => {
  it('suggests a transaksi mapping with the right columns, d/m/y dates and decimal commas', () => {
    const suggested = suggestMapping(blangkon());
    expect(suggested.target).toBe('transaksi');
    expect(suggested.dateFormat).toBe('dmy');
    expect(suggested.numberStyle).toEqual({ decimal: ',' });
    const used = Object.fromEntries(Object.entries(suggested.fields).filter(([, s]) => s !== null));
    expect(used).toEqual({
      tanggal: column('Tanggal'),
      nilai: column('Nilai Transaksi'),
      pemda: column('Kab/Kota'),
      penyedia: column('Nama Toko'),
      kategori: column('Kategori')
    });
    // Every field of the target is listed, the unused ones as null, for the form.
    expect(Object.keys(suggested.fields).sort()).toEqual(MANUAL_FIELDS.transaksi.map((f) => f.name).sort());
  });

  it('prefers the more telling of two exact headers, and drops a header whose values do not fit', () => {
    const raw = table('Tanggal;Jumlah;Total Harga;Tanggal Kirim;Kab/Kota', ';', [
      ['25/03/2022', '5', 'Rp 1.500.000', 'belum', 'Kab. Semarang'],
      ['26/03/2022', '2', 'Rp 300.000', 'belum', 'Kab. Semarang']
    ]);
    const s = suggestMapping(raw);
    expect(s.fields.nilai).toEqual(column('Total Harga')); // 'Jumlah' is the quantity here
    expect(s.fields.tanggal).toEqual(column('Tanggal'));
    const notDates = table('Tgl;Nilai;Pemda', ';', [['besok', '1', 'Kota Semarang'], ['lusa', '2', 'Kota Semarang']]);
    expect(suggestMapping(notDates).fields.tanggal).toBeNull();
  });

  it('maps to canonical rows with exact values; a fixed blangkon channel makes the UMK figure the channel rule', () => {
    const suggested = suggestMapping(blangkon());
    const m = applyMapping(blangkon(), { ...suggested, fields: { ...suggested.fields, kanal: { fixed: 'blangkon' } } }, ctx);
    expect(m.rejected).toEqual([]);
    const [first, second, third] = rowsOf(m, 'transaksi');
    // No id column: the key is a fingerprint of the row's content, the same in any format.
    expect(first!.transaksi_id).toMatch(/^manual:fp:[0-9a-f]{16}:1$/);
    expect(first).toEqual({
      transaksi_id: first!.transaksi_id, sumber_data: 'manual:f1', prioritas: 1, source_system: 'manual', channel: 'blangkon', channel_group: 'e_purchasing',
      tahun_anggaran: 2022, tanggal: '2022-03-25', kode_wilayah: '33.22', kode_provinsi: '33',
      satker_id: '33.22:tidak-diketahui', kd_rup: null, uraian: 'Transaksi baris 2', kategori_id: 'katering',
      penyedia_id: 'manual:CV MAJU JAYA', nilai: 1500000n, nilai_pdn: 0n, nilai_umk: 1500000n,
      basis_umk: 'aturan_kanal', basis_pdn: 'tidak_diketahui', status: 'selesai'
    });
    expect(second).toMatchObject({ kode_wilayah: '33.74', nilai: 250001n, nilai_umk: 250001n, kategori_id: 'alat_tulis_kantor' });
    // Past 2^53 and given as a Kemendagri code: still exact, still Kab. Semarang.
    expect(third).toMatchObject({ kode_wilayah: '33.22', nilai: 9007199254740993n, penyedia_id: 'manual:TOKO SINAR' });
    expect(m.basis).toEqual({ dilaporkan: 0, status_penyedia: 0, aturan_kanal: 3, tidak_diketahui: 0 });
    expect(codes(m).filter((c) => c === 'rounded-sen')).toHaveLength(1);
    expect(codes(m).filter((c) => c === 'basis-unknown')).toHaveLength(1); // PDN: nothing says the goods are domestic
    expect(m.notices.find((n) => n.code === 'basis-unknown')?.message).toMatch(/^3 transaksi tanpa dasar nilai PDN/);

    expect(rowsOf(m, 'pemda')).toEqual([
      { kode_wilayah: '33.22', kode_provinsi: '33', nama_pemda: 'Pemerintah Kabupaten Semarang', jenis: 'kabupaten' },
      { kode_wilayah: '33.74', kode_provinsi: '33', nama_pemda: 'Pemerintah Kota Semarang', jenis: 'kota' }
    ]);
    expect(rowsOf(m, 'kategori')).toEqual([
      { kategori_id: 'katering', nama: 'Katering', jenis_pengadaan: 'tidak_diketahui' },
      { kategori_id: 'alat_tulis_kantor', nama: 'Alat Tulis Kantor', jenis_pengadaan: 'tidak_diketahui' }
    ]);
    // 'Toko  Sinar' and 'TOKO SINAR' are one vendor; its form and size are not guessed from the name.
    expect(rowsOf(m, 'penyedia').map((p) => p.penyedia_id)).toEqual(['manual:CV MAJU JAYA', 'manual:TOKO SINAR']);
    expect(rowsOf(m, 'penyedia')[0]).toMatchObject({ bentuk_usaha: 'tidak_diketahui', is_umkk: null });
    expect(rowsOf(m, 'satker').map((s) => s.satker_id)).toEqual(['33.22:tidak-diketahui', '33.74:tidak-diketahui']);
  });

  it('rejects rows with unreadable required values, naming the column, the value and the line', () => {
    const raw = table(BLANGKON, ';', [
      ['1', '25/03/2022', 'Toko A', 'Katering', 'Rp 100.000', 'Kab. Semarang'],
      ['2', '31/02/2022', 'Toko A', 'Katering', 'Rp 100.000', 'Kab. Semarang'],
      ['3', '26/03/2022', 'Toko A', 'Katering', 'seratus ribu', 'Kab. Semarang'],
      ['4', '26/03/2022', 'Toko A', 'Katering', 'Rp 100.000', 'Semarang'],
      ['5', '26/03/2022', 'Toko A', 'Katering', null, 'Kab. Semarang'],
      [null, '', null, '-', null, null],
      ['1', '25/03/2022', 'Toko A', 'Katering', 'Rp 100.000', 'Kab. Semarang'],
      ['8', '27/03/2022', 'Toko A', 'Katering', 'Rp 100.000', '99.99']
    ]);
    const m = applyMapping(raw, { ...suggestMapping(raw), numberStyle: { decimal: ',' } }, ctx);
    expect(rowsOf(m, 'transaksi').map((t) => t.uraian)).toEqual(['Transaksi baris 2']);
    const reasons = Object.fromEntries(m.rejected.map((r) => [r.line, r.reason]));
    expect(Object.keys(reasons).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(reasons[3]).toMatch(/^Kolom "Tanggal" \(Tanggal transaksi\): .*"31\/02\/2022"/);
    expect(reasons[4]).toMatch(/^Kolom "Nilai Transaksi" \(Nilai transaksi \(Rp\)\): .*"seratus ribu"/);
    expect(reasons[5]).toMatch(/^Kolom "Kab\/Kota" .*pemda "Semarang" tidak dapat dicocokkan/);
    expect(reasons[6]).toBe('Kolom "Nilai Transaksi" (Nilai transaksi (Rp)) kosong.');
    expect(reasons[7]).toBe('Baris kosong.');
    expect(reasons[8]).toMatch(/sama persis dengan baris 2/);
    expect(reasons[9]).toMatch(/kode wilayah "99\.99" tidak ada/);
    expect(codes(m)).toEqual(expect.arrayContaining(['region-unmatched', 'empty-row', 'duplicate-row']));
    expect(m.notices.find((n) => n.code === 'duplicate-row')?.line).toBe(8);
  });

  it('rejects a Kemendagri code when the caller gave no region list, rather than guessing its name', () => {
    const raw = table('Tanggal;Nilai;Pemda', ';', [['2022-03-25', '1000', '33.22']]);
    const m = applyMapping(raw, suggestMapping(raw), { regions: ctx.regions, fileKey: 'x' });
    expect(m.rejected).toEqual([{ line: 2, reason: expect.stringMatching(/kode wilayah "33\.22" tidak ada/) }]);
  });
});

describe('channels, statuses and the UMK/PDN basis', () => {
  const HEADER = 'Tgl Order,Total,Instansi,Tahun Anggaran,Metode,Status,Status UMKK,Nilai UMK,Persen PDN,ID Pesanan,Kode RUP';
  const raw = table(HEADER, ',', [
    ['2022-01-05', '1000000', 'Kab. Semarang', '2022', 'E-Katalog Lokal', 'Selesai', null, '400000', '40%', 'A-1', '123;456'],
    ['2022-01-06', '1000000', 'Kab. Semarang', '2022', 'Toko Daring', 'Dibatalkan', null, null, '47,62', 'A-2', null],
    ['2022-01-07', '1000000', 'Kab. Semarang', '2022', 'Pengadaan Langsung', 'Gagal', 'Ya', null, null, 'A-3', null],
    ['2022-01-08', '1000000', 'Kab. Semarang', '2022', 'Blangkon', 'Proses', 'Non UMKK', null, null, 'A-4', null],
    ['2022-01-09', '1000000', 'Kab. Semarang', '2022', 'Tender', 'Entah', null, null, '150%', 'A-5', null],
    ['2021-12-30', '1000000', 'Kab. Semarang', '2022', 'Swakelola', 'Selesai', 'UKM', 'abc', null, 'A-6', null],
    ['2022-01-10', '2000000', 'Kab. Semarang', '2022', 'tender', 'Selesai', null, null, null, 'A-1', '1.23457E+17']
  ]);

  it('suggests every column by its header', () => {
    const s = suggestMapping(raw);
    expect(s.target).toBe('transaksi');
    expect(s.dateFormat).toBe('iso');
    expect(s.fields).toMatchObject({
      tanggal: column('Tgl Order'), nilai: column('Total'), pemda: column('Instansi'), tahun_anggaran: column('Tahun Anggaran'),
      kanal: column('Metode'), status: column('Status'), is_umkk: column('Status UMKK'), nilai_umk: column('Nilai UMK'),
      persen_pdn: column('Persen PDN'), transaksi_id: column('ID Pesanan'), kd_rup: column('Kode RUP')
    });
  });

  it('maps channel words, statuses, figures with their basis, and flags what it could not read', () => {
    const m = applyMapping(raw, suggestMapping(raw), ctx);
    // The file's own ids, within the family of files with these headers.
    const ids = rowsOf(m, 'transaksi').map((t) => String(t.transaksi_id));
    expect(ids.every((id) => /^manual:[0-9a-f]{16}:A-\d$/.test(id))).toBe(true);
    const byId = Object.fromEntries(rowsOf(m, 'transaksi').map((t) => [String(t.transaksi_id).replace(/^manual:[0-9a-f]{16}:/, 'manual:'), t]));
    const pick = (id: string) => {
      const t = byId[id]!;
      return [t.channel, t.channel_group, t.status, t.nilai_umk, t.basis_umk, t.nilai_pdn, t.basis_pdn];
    };
    expect(pick('manual:A-2')).toEqual(['toko_daring', 'e_purchasing', 'dibatalkan', 1000000n, 'aturan_kanal', 476200n, 'dilaporkan']);
    expect(pick('manual:A-3')).toEqual(['pengadaan_langsung', 'non_tender', 'gagal', 1000000n, 'status_penyedia', 0n, 'tidak_diketahui']);
    // A stated non-UMKK vendor outranks the marketplace's rule.
    expect(pick('manual:A-4')).toEqual(['blangkon', 'e_purchasing', 'berjalan', 0n, 'status_penyedia', 0n, 'tidak_diketahui']);
    // A status word nobody knows is neither finished nor standing: the row is rejected, with the word.
    expect(byId['manual:A-5']).toBeUndefined();
    expect(m.rejected).toEqual([{ line: 6, reason: 'Status "Entah" tidak dikenal.' }]);
    expect(pick('manual:A-6')).toEqual(['non_tender', 'non_tender', 'selesai', 1000000n, 'status_penyedia', 0n, 'tidak_diketahui']);
    // The same order id twice: the later line is kept, with a notice; its bad kd_rup only drops the link.
    expect(pick('manual:A-1')).toEqual(['tender', 'tender', 'selesai', 0n, 'tidak_diketahui', 0n, 'tidak_diketahui']);
    expect(byId['manual:A-1']).toMatchObject({ nilai: 2000000n, kd_rup: null });
    expect(m.basis).toEqual({ dilaporkan: 0, status_penyedia: 3, aturan_kanal: 1, tidak_diketahui: 1 });

    const first = applyMapping(table(HEADER, ',', [raw.rows[0]!]), suggestMapping(raw), ctx);
    expect(rowsOf(first, 'transaksi')[0]).toMatchObject({
      channel: 'katalog_lokal', channel_group: 'e_purchasing', nilai_umk: 400000n, basis_umk: 'dilaporkan',
      nilai_pdn: 400000n, basis_pdn: 'dilaporkan', kd_rup: '123;456'
    });

    const notices = (code: string) => m.notices.filter((n) => n.code === code);
    expect(notices('channel-unknown').map((n) => n.line)).toEqual([7]);
    expect(notices('status-unknown')[0]?.message).toMatch(/"Entah".*ditolak/);
    expect(notices('date-outside-year').map((n) => n.line)).toEqual([7]);
    expect(notices('duplicate-row').map((n) => n.line)).toEqual([2]);
    // Counted on the rows loaded: the superseded first A-1 (figures reported) does not count.
    expect(notices('basis-unknown')).toHaveLength(1);
    expect(notices('basis-unknown')[0]?.message).toMatch(/^1 transaksi tanpa dasar nilai UMKK dan 4 transaksi tanpa dasar nilai PDN/);
    const unreadable = notices('value-unreadable').map((n) => [n.line, n.message]);
    expect(unreadable).toEqual([
      [7, expect.stringMatching(/^Kolom "Nilai UMK" .*"abc"/)],
      [8, expect.stringMatching(/^Kolom "Kode RUP" .*"1\.23457E\+17"/)]
    ]);
    // No vendor column: every row refers to the unknown vendor, whose row carries no flag.
    expect(rowsOf(m, 'penyedia').map((p) => p.penyedia_id)).toEqual(['tidak_diketahui']);
  });

  it('gives the vendor row the UMKK flag and legal form the file states', () => {
    const raw = table('Tanggal,Nilai,Pemda,Penyedia,Bentuk Usaha,UMKK', ',', [
      ['2022-01-05', '1000', 'Kota Semarang', 'CV Maju', 'CV', 'Ya'],
      ['2022-01-06', '1000', 'Kota Semarang', 'Koperasi Sejahtera', 'Koperasi', null]
    ]);
    const m = applyMapping(raw, suggestMapping(raw), ctx);
    expect(rowsOf(m, 'penyedia')).toEqual([
      { penyedia_id: 'manual:CV MAJU', nama_penyedia: 'CV Maju', bentuk_usaha: 'CV', is_badan_usaha: true, skala_usaha: 'tidak_diketahui', is_umkk: true, kode_wilayah: 'tidak_diketahui' },
      { penyedia_id: 'manual:KOPERASI SEJAHTERA', nama_penyedia: 'Koperasi Sejahtera', bentuk_usaha: 'Koperasi', is_badan_usaha: true, skala_usaha: 'koperasi', is_umkk: true, kode_wilayah: 'tidak_diketahui' }
    ]);
  });

  it('reads the words people type', () => {
    expect(['Ya', 'UMKK', 'UKM', 'true', 'Usaha Kecil', 'Mikro', 'PDN'].map(booleanOf)).toEqual(Array(7).fill(true));
    expect(['Tidak', 'Non UMKK', 'Non-UKM', 'false', 'NON-PDN', 'Menengah', 'Bukan UMKM'].map(booleanOf)).toEqual(Array(7).fill(false));
    expect(['Mungkin', '', 'Non'].map(booleanOf)).toEqual([null, null, null]);
    expect(['katalog_nasional', 'E-Katalog Sektoral', 'Katalog Elektronik Lokal', 'e-Purchasing', 'Bela Pengadaan',
      'Penunjukan Langsung', 'Seleksi', 'Pencatatan Non Tender', 'Non Tender', 'Ojek'].map(channelOf)).toEqual([
      'katalog_nasional', 'katalog_sektoral', 'katalog_lokal', 'katalog', 'toko_daring',
      'penunjukan_langsung', 'seleksi', 'pencatatan', 'non_tender', null
    ]);
    expect(['Paket Selesai', 'Pesanan Dibatalkan', 'Belum Dibayar', 'COMPLETED', 'Ditolak', 'Dikirim', '??'].map(statusOf)).toEqual([
      'selesai', 'dibatalkan', 'berjalan', 'selesai', 'gagal', 'berjalan', null
    ]);
  });

  it('reads m/d/y dates and dot decimals when the samples say so', () => {
    const raw = table('Date,Amount,Region', ',', [
      ['03/25/2022', '1,500,000.50', 'Kota Semarang'],
      ['12/31/2022', '2,000', 'Kota Semarang'],
      ['bad', '3.25', 'Kota Semarang']
    ]);
    const s = suggestMapping(raw);
    expect([s.dateFormat, s.numberStyle.decimal]).toEqual(['mdy', '.']);
    const m = applyMapping(raw, s, ctx);
    expect(rowsOf(m, 'transaksi').map((t) => [t.tanggal, t.nilai])).toEqual([['2022-03-25', 1500001n], ['2022-12-31', 2000n]]);
    expect(m.rejected.map((r) => r.line)).toEqual([4]);
  });
});

describe('P3DN recap and SiRUP screen copy', () => {
  const recap = () =>
    table('No|Perangkat Daerah|Pagu|Komitmen PDN|Realisasi PDN|Realisasi PDN (%)', '|', [
      ['1', 'Dinas Pendidikan', '12.500.000.000', '10.000.000.000', '6.250.000.000', '50,00'],
      ['2', 'Dinas  Kesehatan', '8.000.000.000,50', '7.000.000.000', '3.809.600.000', '47,62'],
      ['3', '1.02.0.00.0.00.01.0000', '1.000.000', '0', '0', '0'],
      ['Jumlah', null, '20.501.000.000,50', '17.000.000.000', '10.059.600.000', '49,07']
    ]);

  it('suggests the budget table and says what is missing', () => {
    const s = suggestMapping(recap());
    expect(s.target).toBe('anggaran');
    expect(s.fields).toEqual({ pemda: null, tahun_anggaran: null, satker: column('Perangkat Daerah'), belanja_pengadaan: column('Pagu') });
    expect(validateMapping(s, recap())).toEqual([
      '"Pemda (nama atau kode wilayah)" wajib diisi: pilih kolom berkas atau isi satu nilai tetap.',
      '"Tahun anggaran" wajib diisi: pilih kolom berkas atau isi satu nilai tetap.'
    ]);
    expect(() => applyMapping(recap(), s, ctx)).toThrow(/^Pemetaan kolom belum dapat dipakai: "Pemda/);
  });

  it('with the pemda and year typed once, loads each perangkat daerah and skips the sum line', () => {
    const s = suggestMapping(recap());
    const fixed: ColumnMapping = { ...s, fields: { ...s.fields, pemda: { fixed: 'Kota Mojokerto' }, tahun_anggaran: { fixed: '2023' } } };
    expect(validateMapping(fixed, recap())).toEqual([]);
    const m = applyMapping(recap(), fixed, ctx);
    expect(rowsOf(m, 'anggaran')).toEqual([
      { tahun_anggaran: 2023, kode_wilayah: '35.76', satker_id: '35.76:nama:DINAS PENDIDIKAN', belanja_pengadaan: 12500000000n },
      { tahun_anggaran: 2023, kode_wilayah: '35.76', satker_id: '35.76:nama:DINAS KESEHATAN', belanja_pengadaan: 8000000001n },
      { tahun_anggaran: 2023, kode_wilayah: '35.76', satker_id: '35.76:1.02.0.00.0.00.01.0000', belanja_pengadaan: 1000000n }
    ]);
    expect(rowsOf(m, 'satker')[1]).toEqual({ satker_id: '35.76:nama:DINAS KESEHATAN', kode_wilayah: '35.76', kd_satker_str: 'nama:DINAS KESEHATAN', nama_satker: 'Dinas Kesehatan' });
    expect(m.rejected).toEqual([{ line: 5, reason: expect.stringMatching(/^Baris jumlah \("Jumlah"\)/) }]);
    expect(codes(m)).toEqual(expect.arrayContaining(['total-row', 'rounded-sen', 'satker-unmatched']));
    expect(m.notices.find((n) => n.code === 'satker-unmatched')?.message).toMatch(/^2 satker hanya bernama/);
    expect(rowsOf(m, 'pemda')).toEqual([{ kode_wilayah: '35.76', kode_provinsi: '35', nama_pemda: 'Pemerintah Kota Mojokerto', jenis: 'kota' }]);
  });

  it('maps a SiRUP screen copy to paket_rup', () => {
    const raw = table('Kode RUP;Nama Paket;Pagu (Rp);Metode Pemilihan;Jenis Pengadaan;Satuan Kerja;Tahun;Nama KLPD;Status PDN;Status UKM', ';', [
      ['53540979', 'Belanja ATK', 'Rp 190.000.000', 'Pengadaan Langsung', 'Barang', 'Dinas Pendidikan', '2025', 'Provinsi Kalimantan Barat', 'PDN', 'Non-UKM'],
      ['53540980', 'Katering rapat', 'Rp 45.000.000', 'E-Katalog Lokal', 'Jasa Lainnya', 'Dinas Pendidikan', '2025', 'Provinsi Kalimantan Barat', 'Non-PDN', 'UKM']
    ]);
    const s = suggestMapping(raw);
    expect(s.target).toBe('paket_rup');
    expect(validateMapping(s, raw)).toEqual([]);
    const m = applyMapping(raw, s, ctx);
    expect(rowsOf(m, 'paket_rup')).toEqual([
      { kd_rup: '53540979', tahun_anggaran: 2025, kode_wilayah: '61', satker_id: '61:nama:DINAS PENDIDIKAN', nama_paket: 'Belanja ATK',
        kategori_id: 'jenis_barang', metode_pengadaan: 'pengadaan_langsung', pagu: 190000000n, is_pdn: true, is_ukm: false },
      { kd_rup: '53540980', tahun_anggaran: 2025, kode_wilayah: '61', satker_id: '61:nama:DINAS PENDIDIKAN', nama_paket: 'Katering rapat',
        kategori_id: 'jenis_jasa_lainnya', metode_pengadaan: 'katalog_lokal', pagu: 45000000n, is_pdn: false, is_ukm: true }
    ]);
    expect(m.tables.transaksi).toBeUndefined(); // a plan is never realisation
  });

  it('picks the budget table for a belanja pengadaan file', () => {
    const raw = table('Tahun,Pemda,Kode Satker,Belanja Pengadaan', ',', [['2024', '33.22', '1.01.0.00.0.00.01.0000', '1.000.000']]);
    const s = suggestMapping(raw);
    expect(s.target).toBe('anggaran');
    expect(rowsOf(applyMapping(raw, s, ctx), 'anggaran')).toEqual([
      { tahun_anggaran: 2024, kode_wilayah: '33.22', satker_id: '33.22:1.01.0.00.0.00.01.0000', belanja_pengadaan: 1000000n }
    ]);
  });
});

describe('validateMapping', () => {
  const raw = blangkon();
  const base = () => suggestMapping(raw);

  it('names each blocking problem in Indonesian', () => {
    const m = base();
    const broken: ColumnMapping = {
      ...m,
      fields: {
        ...m.fields,
        tanggal: null,
        nilai: column('Harga'),
        pemda: { fixed: '  ' },
        tahun_anggaran: { fixed: 'dua ribu' },
        kanal: { fixed: 'ojek' },
        nilai_umk: { fixed: 'sepuluh' },
        transaksi_id: { fixed: 'X' },
        provinsi: column('Kab/Kota')
      }
    };
    expect(validateMapping(broken, raw)).toEqual([
      'Isian "provinsi" tidak dikenal untuk transaksi; hapus dari pemetaan.',
      '"Tanggal transaksi" wajib diisi: pilih kolom berkas atau isi satu nilai tetap.',
      'Kolom "Harga" untuk "Nilai transaksi (Rp)" tidak ada di berkas ini.',
      'Nilai tetap untuk "Pemda (nama atau kode wilayah)" masih kosong.',
      'Nilai tetap untuk "Tahun anggaran" tidak terbaca. Bukan tahun (empat angka, 1990–2100): "dua ribu".',
      expect.stringMatching(/^Nilai tetap untuk "Kanal pengadaan" tidak terbaca\. Kanal tidak dikenal: "ojek"/),
      expect.stringMatching(/^Nilai tetap untuk "Nilai UMKK \(Rp\)" tidak terbaca\. .*"sepuluh"/),
      '"ID transaksi" tidak boleh bernilai tetap: setiap baris perlu nilainya sendiri.'
    ]);
  });

  it('accepts readable fixed values and columns spelt with other spacing or case', () => {
    const m = base();
    const ok: ColumnMapping = {
      ...m,
      fields: { ...m.fields, nilai: column('nilai_transaksi'), kanal: { fixed: 'Toko Daring' }, tahun_anggaran: { fixed: 'TA 2022' }, is_umkk: { fixed: 'Ya' } }
    };
    expect(validateMapping(ok, raw)).toEqual([]);
    expect(validateMapping({ ...m, target: 'rencana' as ColumnMapping['target'] }, raw)).toEqual(['Isi berkas "rencana" tidak dikenal.']);
    expect(rowsOf(applyMapping(raw, ok, ctx), 'transaksi')[0]).toMatchObject({ nilai: 1500000n, channel: 'toko_daring', basis_umk: 'status_penyedia' });
  });
});

describe('headerSignature and findPreset', () => {
  it('is stable across spacing, underscores and case, and keeps the order', () => {
    expect(headerSignature(['Nama  Toko', ' Tanggal '])).toBe(headerSignature(['nama_toko', 'TANGGAL']));
    expect(headerSignature(['\uFEFFNo', 'Nilai\u00a0Transaksi'])).toBe(headerSignature(['no', 'nilai transaksi']));
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
    expect(headerSignature(['a|b'])).not.toBe(headerSignature(['a', 'b']));
  });

  it('offers the newest preset for the same headers, its columns spelt as the new file spells them', () => {
    const old = blangkon();
    const saved = suggestMapping(old);
    const preset = (name: string, m: ColumnMapping): MappingPreset => ({ name, signature: headerSignature(old.columns), mapping: m });
    const presets = [
      preset('lama', saved),
      { name: 'lain', signature: headerSignature(['x']), mapping: saved },
      preset('Blangkon', { ...saved, fields: { ...saved.fields, kanal: { fixed: 'blangkon' } } })
    ];
    const next = table('no;tanggal;nama_toko;kategori;nilai_transaksi;KAB/KOTA', ';', blangkon().rows);
    const found = findPreset(presets, next.columns);
    expect(found?.name).toBe('Blangkon');
    expect(found?.mapping.fields).toMatchObject({ penyedia: column('nama_toko'), nilai: column('nilai_transaksi'), kanal: { fixed: 'blangkon' } });
    expect(validateMapping(found!.mapping, next)).toEqual([]);
    expect(rowsOf(applyMapping(next, found!.mapping, ctx), 'transaksi')).toHaveLength(3);
    expect(findPreset(presets, ['Tanggal', 'Nilai'])).toBeUndefined();
    expect(findPreset([], next.columns)).toBeUndefined();
  });
});
