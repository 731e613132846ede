// INAPROC API Gateway files: recognition by key set, mapping like the ISB equivalent (the
// same canonical rows for the same transactions), "None" and 'Z' wall-clock dates, cursor
// pages joined into one dataset, and the real files of ../shared/data/inaproc (skipped
// where ../shared is absent). Totals are recomputed here with plain BigInt over the JSON.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INAPROC_DATASETS, readEnvelope, recogniseInaproc, toIsbTable } from '../../src/lib/import/inaproc';
import { isbCell } from '../../src/lib/import/inaproc/cell-values';
import { productIds, v6Status } from '../../src/lib/import/inaproc/ekatalog-v6';
import { groupPages, PULL_GAP_MS, type PageCandidate } from '../../src/lib/import/inaproc/page-groups';
import { planBatch } from '../../src/lib/import/inaproc/plan-batch';
import { readPages } from '../../src/lib/import/inaproc/read-pages';
import { recogniseDataset } from '../../src/lib/import/isb';
import { mapImportFile, readImportFile, type ImportOutcome, type ReadFile } from '../../src/lib/import/pipeline';
import { UnreadableFileError } from '../../src/lib/import/raw-table';
import { regionsFromCsv } from '../../src/lib/import/regions';
import type { LearntLookups } from '../../src/lib/import/isb';
import * as F from '../fixtures/inaproc-fixtures';

const require = createRequire(import.meta.url);
const idnDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const regions = regionsFromCsv(readFileSync(join(idnDir, 'provinces.csv'), 'utf8'), readFileSync(join(idnDir, 'regencies.csv'), 'utf8'));
const SHARED_INAPROC = fileURLToPath(new URL('../../../shared/data/inaproc', import.meta.url));

const keys = (text: string) => text.split(/\s+/).filter((k) => k !== '');
const encode = (value: unknown, bom = false) => new TextEncoder().encode((bom ? '\uFEFF' : '') + JSON.stringify(value, null, 2));
/** Kab. Bandung's name for kode_klpd D107, as another file of the pemda would teach it. */
const BANDUNG: LearntLookups = { satkerCodes: new Map(), klpdNames: new Map([['D107', 'Kab. Bandung']]), komoditas: new Map() };

async function importJson(value: unknown, name = 'data.json', lookups?: LearntLookups): Promise<ImportOutcome> {
  const file = await readImportFile(encode(value), name);
  return mapImportFile(file, { regions, importedAt: '2026-01-01T00:00:00Z', ...(lookups ? { lookups } : {}) });
}

/** Exact rupiah of a JSON number, half away from zero, without app code. */
function rupiah(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  const [whole = '0', fraction = ''] = String(value).split('.');
  const units = BigInt(whole);
  const up = fraction !== '' && Number(fraction[0]) >= 5;
  return up ? units + (units < 0n ? -1n : 1n) : units;
}

// Every endpoint the importer supports, with its record keys as inaproc-v1.md §4 lists them.
const KEYSETS: Record<string, string[]> = {
  'tender/tender-selesai-nilai': keys(`hps jenis_klpd kabkota kd_klpd kd_lpse kd_paket kd_penyedia kd_rup_paket kd_satker kd_tender
    last_update_ref lokasi_pekerjaan nama_klpd nama_penyedia nama_satker nilai_kontrak nilai_negosiasi nilai_pdn_kontrak nilai_penawaran
    nilai_terkoreksi nilai_umk_kontrak npwp_16_penyedia npwp_penyedia pagu provinsi psr_id tahun_anggaran tgl_penetapan_pemenang
    tgl_pengumuman_tender`),
  'tender/non-tender-selesai': keys(`hps jenis_klpd jenis_pengadaan kabkota kd_klpd kd_lpse kd_nontender kd_penyedia kd_pkt_dce kd_rup
    kd_satker kd_satker_str kontrak_id kontrak_pembayaran kualifikasi_paket last_update_ref lls_id lokasi_pekerjaan lpse_id mak
    mtd_pemilihan nama_klpd nama_lpse nama_paket nama_penyedia nama_satker nilai_kontrak nilai_negosiasi nilai_pdn_kontrak
    nilai_penawaran nilai_terkoreksi nilai_umk_kontrak npwp16_penyedia npwp_penyedia pagu provinsi status_nontender sumber_dana
    tahun_anggaran tgl_pengumuman_nontender tgl_selesai_nontender url_lpse`),
  'tender/tender-ekontrak-kontrak': keys(`alamat_satker alasan_addendum alasan_nilai_kontrak_10_persen alasan_penetapan_status_kontrak
    alasan_ubah_nilai_kontrak anggota_kso apakah_addendum bentuk_usaha_penyedia informasi_lainnya jabatan_ppk jabatan_wakil_penyedia
    jenis_klpd jenis_kontrak kd_klpd kd_lpse kd_penyedia kd_satker kd_satker_str kd_tender kontrak_id kota_kontrak last_update_ref
    lingkup_pekerjaan nama_klpd nama_paket nama_pemilik_rek_bank nama_penyedia nama_ppk nama_rek_bank nama_satker nilai_kontrak
    nilai_pdn_kontrak nilai_umk_kontrak nip_ppk no_kontrak no_rek_bank no_sk_ppk no_sppbj npwp_16_penyedia npwp_penyedia sppbj_id
    status_kontrak tahun_anggaran tgl_kontrak tgl_kontrak_akhir tgl_kontrak_awal tgl_penetapan_status_kontrak tipe_penyedia
    versi_addendum wakil_sah_penyedia`),
  'tender/non-tender-ekontrak-kontrak': keys(`alamat_satker alasan_addendum alasan_nilai_kontrak_10_persen alasan_penetapan_status_kontrak
    alasan_ubah_nilai_kontrak anggota_kso apakah_addendum bentuk_usaha_penyedia informasi_lainnya jabatan_ppk jabatan_wakil_penyedia
    jenis_klpd jenis_kontrak kd_klpd kd_lpse kd_nontender kd_satker kd_satker_str kontrak_id kota_kontrak last_update_ref
    lingkup_pekerjaan mtd_pengadaan nama_klpd nama_paket nama_pemilik_rek_bank nama_penyedia nama_ppk nama_rek_bank nama_satker
    nilai_kontrak nilai_pdn_kontrak nilai_umk_kontrak nip_ppk no_kontrak no_rek_bank no_sk_ppk no_sppbj npwp16_penyedia npwp_penyedia
    spk_id sppbj_id status_kontrak tahun_anggaran tgl_kontrak tgl_kontrak_akhir tgl_kontrak_awal tgl_penetapan_status_kontrak
    tipe_penyedia versi_addendum wakil_sah_penyedia`),
  'tender/pencatatan-non-tender': keys(`alasan_pembatalan bukti_pembayaran hps informasi_lainnya jenis_klpd kategori_pengadaan kd_klpd
    kd_lpse kd_nontender_pct kd_pkt_dce kd_rup kd_satker kd_satker_str last_update_ref mtd_pemilihan nama_klpd nama_paket nama_ppk
    nama_satker nilai_pdn_pct nilai_umk_pct nip_ppk pagu status_nontender_pct status_nontender_pct_ket sumber_dana tahun_anggaran
    tgl_buat_paket tgl_mulai_paket tgl_selesai_paket total_realisasi uraian_pekerjaan`),
  'rup/paket-penyedia-terumumkan': keys(`tahun_anggaran kd_klpd nama_klpd jenis_klpd kd_satker kd_satker_str nama_satker kd_rup nama_paket
    pagu kd_metode_pengadaan metode_pengadaan kd_jenis_pengadaan jenis_pengadaan status_pradipa status_pdn status_ukm alasan_non_ukm
    status_konsolidasi tipe_paket kd_rup_swakelola kd_rup_lokal volume_pekerjaan urarian_pekerjaan spesifikasi_pekerjaan
    tgl_awal_pemilihan tgl_akhir_pemilihan tgl_awal_kontrak tgl_akhir_kontrak tgl_awal_pemanfaatan tgl_akhir_pemanfaatan tgl_buat_paket
    tgl_pengumuman_paket nip_ppk nama_ppk username_ppk status_aktif_rup status_delete_rup status_umumkan_rup status_dikecualikan
    alasan_dikecualikan tahun_pertama kode_rup_tahun_pertama nomor_kontrak spp_aspek_ekonomi spp_aspek_sosial spp_aspek_lingkungan`),
  'rup/master-satker': keys(`alamat fax jenis_klpd jenis_satker kd_klpd kd_satker kd_satker_str ket_satker kode_eselon kodepos
    last_update_ref nama_klpd nama_satker status_satker tahun_aktif telepon`),
  'rup/struktur-anggaran-pd': keys(`belanja_btt belanja_modal belanja_non_pengadaan belanja_operasi belanja_pengadaan kd_klpd kd_satker
    kd_satker_str nama_klpd nama_satker tahun_anggaran total_belanja last_update_ref`),
  'bela/toko-daring-realisasi': keys(`tahun kd_klpd nama_klpd kd_satker nama_satker order_id order_desc valuasi kategori metode_bayar
    tanggal_transaksi marketplace merchant_name jenis_transaksi kota_kab provinsi nama_pemesan status_verif sumber_data
    status_konfirmasi_ppmse keterangan_ppmse last_update_ref`),
  'ekatalog-archive/paket-e-purchasing': keys(`alamat_satker catatan_produk deskripsi email_user_pokja harga_satuan jabatan_ppk
    jml_jenis_produk kd_kabupaten_wilayah_harga kd_klpd kd_komoditas kd_paket kd_paket_produk kd_penyedia kd_penyedia_distributor
    kd_produk kd_provinsi_wilayah_harga kd_rup kd_user_pokja kd_user_ppk kode_anggaran kuantitas last_update_ref nama_paket nama_satker
    nama_sumber_dana no_paket no_telp_user_pokja npwp_satker ongkos_kirim paket_status_str ppk_nip satker_id status_paket tahun_anggaran
    tanggal_buat_paket tanggal_edit_paket total_harga`),
  'ekatalog/paket-e-purchasing': keys(`count_product fiscal_year flag_minikom funding_source kode_klpd kode_penyedia kode_satker
    last_update_ref mak nama_satker order_date order_id product_id rekan_id rup_code rup_desc rup_name shipment_status shipping_fee
    status total total_qty`),
  'rup/paket-swakelola-terumumkan': keys(`jenis_klpd kd_klpd kd_klpd_penyelenggara kd_rup kd_rup_lokal kd_satker kd_satker_str
    last_update_ref nama_klpd nama_klpd_penyelenggara nama_paket nama_ppk nama_satker nama_satker_penyelenggara nip_ppk pagu
    status_aktif_rup status_delete_rup status_umumkan_rup tahun_anggaran tgl_akhir_pelaksanaan_kontrak tgl_awal_pelaksanaan_kontrak
    tgl_buat_paket tgl_pengumuman_paket tipe_swakelola uraian_pekerjaan username_ppk volume_pekerjaan`),
  'rup/paket-anggaran-penyedia': keys(`asal_dana asal_dana_klpd asal_dana_satker id_paket_anggaran_penyedia jenis_dana_apbn jenis_klpd
    kd_kegiatan kd_klpd kd_komponen kd_rup kd_rup_lokal kd_satker kd_satker_str kd_subkegiatan last_update_ref mak nama_klpd nama_satker
    pagu status_aktif_rup status_delete_rup status_umumkan_rup sumber_dana tahun_anggaran tahun_anggaran_dana`),
  'rup/paket-anggaran-swakelola': keys(`asal_dana asal_dana_klpd asal_dana_satker id_paket_anggaran_swakelola jenis_dana_apbn jenis_klpd
    kd_kegiatan kd_klpd kd_komponen kd_rup kd_rup_lokal kd_satker kd_satker_str kd_subkegiatan last_update_ref mak nama_klpd nama_satker
    pagu status_aktif_rup status_delete_rup status_umumkan_rup sumber_dana tahun_anggaran tahun_anggaran_dana`),
  'rup/program-master': keys(`is_deleted jenis_klpd kd_klpd kd_program kd_program_lokal kd_program_str kd_satker nama_klpd nama_program
    pagu_program tahun_anggaran`),
  'rup/history-kaji-ulang': keys(`alasan_kajiulang jenis_klpd jenis_paket jenis_revisi kd_klpd kd_rup_baru kd_rup_lama kd_satker
    kd_satker_str last_update_ref nama_klpd nama_satker tahun_anggaran tgl_kaji_ulang`),
  'tender/pengumuman': keys(`hps jenis_klpd jenis_pengadaan kabkota kd_klpd kd_lpse kd_pkt_dce kd_rup kd_satker kd_satker_str kd_tender
    ket_ditutup ket_diulang kgr_id kgr_nama kontrak_pembayaran kualifikasi_paket last_update_ref list_tahun_anggaran lokasi_pekerjaan
    mtd_evaluasi mtd_kualifikasi mtd_pemilihan nama_klpd nama_lpse nama_paket nama_pokja nama_ppk nama_satker nip_pokja nip_ppk pagu
    provinsi status_tender sumber_dana tahun_anggaran tanggal_status tgl_buat_paket tgl_kolektif_kolegial tgl_pengumuman_tender url_lpse
    versi_tender`),
  'tender/peserta-tender': keys(`alasan kd_klpd kd_lpse kd_penyedia kd_peserta kd_pkt_dce kd_satker kd_satker_str kd_tender
    last_update_ref nama_penyedia nilai_penawaran nilai_terkoreksi npwp_penyedia npwp_penyedia_16 pemenang pemenang_terverifikasi
    tahun_anggaran`),
  'tender/jadwal-tahapan-tender': keys(`dtj_id kd_akt kd_klpd kd_lpse kd_satker kd_satker_str kd_tahapan kd_tender last_update_ref nama_akt
    nama_tahapan tahun_anggaran tgl_akhir tgl_awal`),
  'tender/jadwal-tahapan-non-tender': keys(`dtj_id kd_akt kd_klpd kd_lpse kd_satker kd_satker_str kd_tahapan kd_nontender last_update_ref
    nama_akt nama_tahapan tahun_anggaran tgl_akhir tgl_awal`),
  'tender/tender-selesai': keys(`kd_klpd jenis_klpd nama_klpd kd_satker kd_satker_str nama_satker kd_lpse nama_lpse url_lpse kd_rup kd_tender
    tahun_anggaran nama_paket jenis_pengadaan kualifikasi_paket kontrak_pembayaran sumber_dana mak mtd_pemilihan mtd_kualifikasi
    status_tender last_update_ref pagu hps tgl_pengumuman_tender tgl_penetapan_pemenang`),
  'tender/non-tender-pengumuman': keys(`hps jenis_klpd jenis_pengadaan kabkota kd_klpd kd_lpse kd_nontender kd_pkt_dce kd_rup kd_satker
    kd_satker_str ket_ditutup ket_diulang kontrak_pembayaran kualifikasi_paket last_update_ref lls_id lokasi_pekerjaan mak mtd_pemilihan
    nama_klpd nama_lpse nama_paket nama_satker nip_nama_pokja nip_nama_pp nip_nama_ppk pagu repeat_order status_nontender sumber_dana
    tahun_anggaran tgl_buat_paket tgl_kolektif_kolegial tgl_pengumuman_nontender url_lpse versi_nontender`),
  'tender/pencatatan-non-tender-realisasi': keys(`dok_realisasi jenis_klpd jenis_realisasi kd_klpd kd_lpse kd_nontender_pct kd_paket_dce
    kd_rup_paket kd_satker kd_satker_str ket_realisasi last_update_ref nama_klpd nama_lpse nama_paket nama_penyedia nama_ppk nama_satker
    nilai_realisasi nip_ppk no_realisasi npwp_penyedia pagu tahun_anggaran tgl_realisasi hps kode_penyedia`),
  'tender/pencatatan-swakelola': keys(`alasan_pembatalan informasi_lainnya jenis_klpd kd_klpd kd_lpse kd_pkt_dce kd_rup kd_satker
    kd_satker_str kd_swakelola_pct last_update_ref nama_klpd nama_paket nama_ppk nama_satker nilai_pdn_pct nilai_umk_pct nip_ppk pagu
    status_swakelola_pct status_swakelola_pct_ket sumber_dana tahun_anggaran tgl_buat_paket tgl_mulai_paket tgl_selesai_paket
    tipe_swakelola tipe_swakelola_nama total_realisasi uraian_pekerjaan`),
  'tender/pencatatan-swakelola-realisasi': keys(`dok_realisasi jenis_realisasi kd_klpd kd_lpse kd_satker kd_swakelola_pct ket_realisasi
    nama_pelaksana nama_ppk nilai_realisasi nip_ppk no_realisasi npwp_pelaksana rn_id rsk_id tahun_anggaran tgl_realisasi last_update_ref`),
  'ekatalog/e-purchasing-by-produk': keys(`order_id status kd_kategori_1 kategori_1 kd_kategori_2 kategori_2 kd_kategori_3 kategori_3
    product_id nama_produk kode_klpd nama_group_klpd nama_klpd kode_satker nama_satker nilai_transaksi`),
  'ekatalog/list-kategori-produk': keys('datamart_id kd_kategori_1 nama_kategori_1 kd_kategori_2 nama_kategori_2 kd_kategori_3 nama_kategori_3'),
  'ekatalog/list-produk-penyedia': keys('kd_produk nama_produk status_produk status_produk_tayang'),
  'ekatalog/penyedia-detail': keys(`kode_penyedia nama_penyedia nib npwp_penyedia bentuk_usaha jenis_perusahaan status_aktif rekan_id
    alamat_penyedia email telepon kbli_id kbli_name status_umkk`),
  'ekatalog-archive/instansi-satker': keys('jenis_klpd kd_klpd kd_satker kd_satker_str last_update_ref nama_klpd nama_satker'),
  // Saved beside the records: G's `<endpoint>_<year>.meta.json` and A1's `_metadata` sheet.
  'unduhan/meta-json': keys('lastUpdated rowCount endpoint tahun'),
  'unduhan/metadata-sheet': keys('endpoint year keyFields lastUpdated totalRecords')
};
// /tender-ekontrak and /non-tender-ekontrak (#17, #21): the contract fields plus three history arrays.
const HISTORY = keys('bapbast_history_json spmkspp_history_json penilaian_kinerja_penyedia');
const withoutIds = (list: string[]) => list.filter((k) => !['kontrak_id', 'sppbj_id', 'spk_id'].includes(k));
KEYSETS['tender/tender-ekontrak'] = [...withoutIds(KEYSETS['tender/tender-ekontrak-kontrak']!), ...HISTORY];
KEYSETS['tender/non-tender-ekontrak'] = [...withoutIds(KEYSETS['tender/non-tender-ekontrak-kontrak']!), ...HISTORY];

function shuffled(list: readonly string[], seed: number): string[] {
  return Object.keys(F.shuffleKeys(Object.fromEntries(list.map((k) => [k, null])), seed));
}

describe('recognition by key set', () => {
  it('covers every endpoint of the catalogue', () => {
    expect(Object.keys(KEYSETS).sort()).toEqual(INAPROC_DATASETS.map((d) => d.id).sort());
  });

  for (const [id, list] of Object.entries(KEYSETS)) {
    it(`${id}, in any key order and case`, () => {
      for (const seed of [1, 7, 42]) {
        const columns = shuffled(list, seed).map((k, i) => (i % 3 === 0 ? ` ${k.toUpperCase()} ` : k));
        expect(recogniseInaproc(columns)?.id).toBe(id);
      }
    });
  }

  it('reads the older and newer shapes of one endpoint', () => {
    const v6 = KEYSETS['ekatalog/paket-e-purchasing']!;
    const sept = [...v6.filter((k) => k !== 'product_id' && k !== 'last_update_ref'), 'products', 'is_swasta'];
    expect(recogniseInaproc(sept)?.id).toBe('ekatalog/paket-e-purchasing');
    // April 2026 pencatatan: the ISB record minus _event_date, with neither hps nor last_update_ref.
    const april = KEYSETS['tender/pencatatan-non-tender']!.filter((k) => k !== 'hps' && k !== 'last_update_ref');
    expect(recogniseInaproc(april)?.id).toBe('tender/pencatatan-non-tender');
    const legacyRup = KEYSETS['rup/paket-penyedia-terumumkan']!;
    expect(recogniseInaproc([...legacyRup, 'last_update_ref'])?.id).toBe('rup/paket-penyedia-terumumkan');
  });

  it('leaves every ISB key set to the ISB recogniser', () => {
    const isb: [string, Record<string, unknown>[]][] = [
      ['SPSE-TenderSelesaiNilai', F.TENDER_SELESAI_ISB], ['SPSE-NonTenderSelesai', F.NON_TENDER_SELESAI_ISB],
      ['SPSE-NonTenderEkontrak-Kontrak', F.NON_TENDER_KONTRAK_ISB], ['SPSE-TenderEkontrak-Kontrak', F.TENDER_KONTRAK_ISB],
      ['SPSE-PencatatanNonTender', F.PENCATATAN_ISB], ['Ecat-PaketEPurchasingV6', F.V6_ISB], ['Ecat-PaketEPurchasing', F.V5_ISB],
      ['Bela-TokoDaringRealisasi', F.TOKO_DARING_ISB], ['RUP-PaketPenyedia-Terumumkan', F.RUP_ISB], ['RUP-MasterSatker', F.MASTER_SATKER_ISB]
    ];
    for (const [id, records] of isb) {
      const columns = Object.keys(records[0]!);
      expect(recogniseInaproc(columns), id).toBeNull();
      expect(recogniseDataset(columns)?.id).toBe(id);
    }
    // The legacy struktur anggaran record IS the ISB one: it is read as the ISB dataset.
    const struktur = KEYSETS['rup/struktur-anggaran-pd']!.filter((k) => k !== 'last_update_ref');
    expect(recogniseInaproc(struktur)).toBeNull();
    expect(recogniseDataset(struktur)?.id).toBe('RUP-StrukturAnggaranPD');
  });

  it('does not take a file the ISB importer maps for a recognised-only endpoint, nor a stranger for anything', () => {
    expect(recogniseInaproc([...KEYSETS['rup/program-master']!, 'kd_provinsi', 'nama_provinsi'])).toBeNull();
    expect(recogniseInaproc(['nama', 'alamat', 'order_id'])).toBeNull();
    expect(recogniseInaproc([])).toBeNull();
    // A v1 marker without the rest of the record is not enough.
    expect(recogniseInaproc(['psr_id', 'kd_tender', 'kabkota'])).toBeNull();
  });
});

describe('INAPROC values in ISB form', () => {
  it('"None" is empty and a Z date-time is WIB wall-clock time', () => {
    const counts = { none: 0, wallClock: 0 };
    expect(isbCell('None', counts)).toBeNull();
    expect(isbCell('2026-04-16T18:00:00Z', counts)).toBe('2026-04-16 18:00:00');
    expect(isbCell('2026-03-10T20:05:09.445Z', counts)).toBe('2026-03-10 20:05:09');
    expect(isbCell('2026-08-21T13:34:35.832000Z', counts)).toBe('2026-08-21 13:34:35');
    expect(isbCell('2025-08-27 17:00:00.000000Z', counts)).toBe('2025-08-27 17:00:00');
    expect(isbCell('2026-03-01', counts)).toBe('2026-03-01');
    expect(isbCell('Nonesuch', counts)).toBe('Nonesuch');
    expect(isbCell(null, counts)).toBeNull();
    expect(counts).toEqual({ none: 1, wallClock: 4 });
  });

  it('an evening date keeps its day, month and budget year', async () => {
    const out = await importJson(F.NON_TENDER_SELESAI_INAPROC);
    expect(out.tables.transaksi?.[0]?.tanggal).toBe('2025-12-31');
    expect(out.tables.transaksi?.[0]?.tahun_anggaran).toBe(2025);
    expect(out.report.findings['inaproc-wib']).toBe(1);
    expect(out.report.findings['inaproc-none']).toBe(1);
    expect(out.report.findings['date-outside-year']).toBeUndefined();
  });

  it('e-katalog v6 statuses: cancellations, failures, orders not yet standing, private orders', async () => {
    expect(v6Status('CANCELLED_ON_NEGOTIATION')).toEqual({ status: 'CANCELLED' });
    expect(v6Status('REQUEST_CANCEL_BY_ADMIN')).toEqual({ status: 'CANCELLED' });
    expect(v6Status('REJECTED_BY_PPK')).toEqual({ status: 'FAILED' });
    expect(v6Status('ON_ADDENDUM')).toEqual({ status: 'ON_ADDENDUM' });
    expect(v6Status('WAITING_PPK_REVIEW')).toHaveProperty('reject');
    expect(v6Status('SOMETHING_NEW')).toEqual({ unknown: 'SOMETHING_NEW' });
    expect(productIds('a, b ,c', null)).toBe('a,b,c');
    expect(productIds(null, '[{"product_id":"x"},{"product_id":"y"}]')).toBe('x,y');
    expect(productIds(null, 'not json')).toBeNull();

    const orders = [
      F.v6Order('O-CANCELLED', 'CANCELLED'), F.v6Order('O-REVIEW', 'CANCELLED_ON_REVIEW'), F.v6Order('O-ADMIN', 'REQUEST_CANCEL_BY_ADMIN'),
      F.v6Order('O-REJECT', 'REJECTED'), F.v6Order('O-NEGO', 'ON_NEGOTIATION'), F.v6Order('O-ESIGN', 'ESIGN_IN_PROGRESS'),
      F.v6Order('O-SWASTA', 'COMPLETED', { is_swasta: true }), F.v6Order('O-DONE', 'COMPLETED'), F.v6Order('O-NEW', 'ON_HOLD')
    ];
    const out = await importJson(orders, 'v6.json', BANDUNG);
    const status = Object.fromEntries((out.tables.transaksi ?? []).map((t) => [String(t.transaksi_id), t.status]));
    expect(status).toEqual({
      'ekatalog-v6:O-CANCELLED': 'dibatalkan', 'ekatalog-v6:O-REVIEW': 'dibatalkan', 'ekatalog-v6:O-ADMIN': 'dibatalkan',
      'ekatalog-v6:O-REJECT': 'gagal', 'ekatalog-v6:O-DONE': 'selesai', 'ekatalog-v6:O-NEW': expect.any(String)
    });
    expect(out.report.rejected.map((r) => r.line)).toEqual([5, 6, 7]);
    expect(out.report.findings['inaproc-status']).toBe(1);
  });

  it('tells which file to import first when v6 orders name no known pemda', async () => {
    const out = await importJson(F.V6_INAPROC, 'v6.json');
    expect(out.tables.transaksi ?? []).toHaveLength(0);
    expect(out.report.messages.find((m) => m.code === 'inaproc-klpd')?.message).toMatch(/D107.*nama_klpd/);
  });
});

describe('the same transactions from ISB and from INAPROC', () => {
  const twins: [string, F.Rec[], F.Rec[], LearntLookups?][] = [
    ['SPSE-TenderSelesaiNilai', F.TENDER_SELESAI_ISB, F.TENDER_SELESAI_INAPROC],
    ['SPSE-NonTenderSelesai', F.NON_TENDER_SELESAI_ISB, F.NON_TENDER_SELESAI_INAPROC],
    ['SPSE-NonTenderEkontrak-Kontrak', F.NON_TENDER_KONTRAK_ISB, F.NON_TENDER_KONTRAK_INAPROC],
    ['SPSE-TenderEkontrak-Kontrak', F.TENDER_KONTRAK_ISB, F.TENDER_KONTRAK_INAPROC],
    ['SPSE-PencatatanNonTender', F.PENCATATAN_ISB, F.PENCATATAN_INAPROC],
    ['Ecat-PaketEPurchasingV6', F.V6_ISB, F.V6_INAPROC, BANDUNG],
    ['Ecat-PaketEPurchasing', F.V5_ISB, F.V5_INAPROC, BANDUNG],
    ['Bela-TokoDaringRealisasi', F.TOKO_DARING_ISB, F.TOKO_DARING_INAPROC],
    ['RUP-PaketPenyedia-Terumumkan', F.RUP_ISB, F.RUP_INAPROC],
    ['RUP-MasterSatker', F.MASTER_SATKER_ISB, F.MASTER_SATKER_INAPROC]
  ];
  for (const [id, isbRecords, inaprocRecords, lookups] of twins) {
    it(`${id}: identical canonical rows, named as INAPROC`, async () => {
      const isb = await importJson(isbRecords, 'isb.json', lookups);
      const inaproc = await importJson(inaprocRecords.map((r, i) => F.shuffleKeys(r, i + 3)), 'inaproc.json', lookups);
      expect(isb.report.dataset?.id).toBe(id);
      expect(inaproc.report.dataset?.id).toBe(id);
      expect(inaproc.report.dataset?.name).toMatch(new RegExp(`^INAPROC .* \\(setara ${id}\\)$`));
      expect(Object.keys(isb.tables).length).toBeGreaterThan(0);
      expect(inaproc.tables).toEqual(isb.tables);
      expect(inaproc.report.rejected).toEqual(isb.report.rejected);
      const ids = (o: ImportOutcome) => (o.tables.transaksi ?? []).map((t) => t.transaksi_id);
      expect(ids(inaproc)).toEqual(ids(isb));
    });
  }

  it('a download tool\'s .meta.json beside the data is recognised and adds nothing', async () => {
    const meta = { lastUpdated: '2026-09-17T11:13:24.164Z', rowCount: 11, endpoint: '/v1/tender/tender-selesai-nilai', tahun: '2026' };
    const out = await importJson(meta, 'tender-selesai-nilai_2026.meta.json');
    expect(out.report.dataset?.id).toBe('INAPROC:unduhan/meta-json');
    expect(out.tables).toEqual({});
    expect(out.report.messages.find((m) => m.code === 'inaproc-tanpa-baris')?.message).toMatch(/alat pengunduh/);
  });

  it('names the report like the issue asks', async () => {
    const out = await importJson(F.TENDER_SELESAI_INAPROC);
    expect(out.report.dataset).toEqual({
      id: 'SPSE-TenderSelesaiNilai',
      name: 'INAPROC v1 tender-selesai-nilai (setara SPSE-TenderSelesaiNilai)',
      endpoint: '/v1/tender/tender-selesai-nilai'
    });
  });

  it('a spreadsheet saved from the records maps like the JSON (key order of the sheet does not matter)', async () => {
    const records = F.NON_TENDER_SELESAI_INAPROC;
    const columns = shuffled(Object.keys(records[0]!), 11);
    const csv = [columns.join(','), ...records.map((r) => columns.map((c) => (r[c] === null ? '' : `"${String(r[c])}"`)).join(','))].join('\n');
    const file = await readImportFile(new TextEncoder().encode(csv), 'non-tender-selesai.csv');
    const fromCsv = mapImportFile(file, { regions, importedAt: '2026-01-01T00:00:00Z' });
    const fromJson = await importJson(records);
    expect(fromCsv.report.dataset?.id).toBe('SPSE-NonTenderSelesai');
    expect(fromCsv.tables).toEqual(fromJson.tables);
  });
});

describe('INAPROC pages', () => {
  const page = (data: unknown, meta: Record<string, unknown>) => ({ success: true, data, meta: { limit: 1, ...meta } });

  it('reads a page envelope, an empty page and an error reply', async () => {
    const one = await readImportFile(encode(page(F.NON_TENDER_SELESAI_INAPROC, { has_more: true, cursor: 'eyJpZCI6MX0=' })), 'p.json');
    expect(one.raw.source.recordPath).toBe('$.data');
    expect(one.raw.rows).toHaveLength(1);
    expect(one.raw.warnings.map((w) => w.code)).toContain('inaproc-more-pages');
    const empty = await readImportFile(encode(page(null, { has_more: false, cursor: '' })), 'p.json');
    expect(empty.raw.rows).toHaveLength(0);
    expect(empty.raw.warnings.map((w) => w.code)).toEqual(['inaproc-empty']);
    const failed = readImportFile(encode({ success: false, data: {}, error: { code: '1004', message: 'Permintaan tidak valid' } }), 'e.json');
    await expect(failed).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(failed).rejects.toThrow(/1004: Permintaan tidak valid/);
    expect(readEnvelope({ error: 'Authorization field missing' })).toEqual({ kind: 'error', message: 'Authorization field missing' });
    expect(readEnvelope({ data: { items: [] }, success: true })).toBeNull(); // a dashboard reply
    expect(readEnvelope([{ a: 1 }])).toBeNull();
  });

  const candidate = (name: string, hasMore: boolean, cursor: string | null, lastModified = 0, identity = 'x'): PageCandidate =>
    ({ name, lastModified, identity, meta: { hasMore, cursor, limit: 100, endpoint: null, params: null } });

  it('groups the pages of one pull and separates pulls', () => {
    const pull = [candidate('p_10.json', false, null), candidate('p_2.json', true, 'b'), candidate('p_1.json', true, 'a')];
    expect(groupPages(pull).pulls.map((p) => p.map((c) => c.name))).toEqual([['p_1.json', 'p_2.json', 'p_10.json']]);
    // Another KLPD or endpoint is another pull.
    const other = [...pull, candidate('q_1.json', false, null, 0, 'y')];
    expect(groupPages(other).pulls).toHaveLength(2);
    // Two last pages: two pulls, told apart by their save times ...
    const week = 7 * 24 * 3600 * 1000;
    const twoPulls = [
      candidate('a1.json', true, 'a', 0), candidate('a2.json', false, null, 1000),
      candidate('b1.json', true, 'a2', week), candidate('b2.json', false, null, week + 1000)
    ];
    expect(groupPages(twoPulls).pulls.map((p) => p.map((c) => c.name))).toEqual([['a1.json', 'a2.json'], ['b1.json', 'b2.json']]);
    // ... and when the times do not tell them apart, each page stays alone, with a notice.
    const together = twoPulls.map((c) => ({ ...c, lastModified: 0 }));
    const { pulls, notices } = groupPages(together);
    expect(pulls).toHaveLength(4);
    expect(notices).toHaveLength(1);
    expect(PULL_GAP_MS).toBeGreaterThan(60_000);
  });

  it('several cursor pages dropped together are one dataset with every row', async () => {
    const records = Array.from({ length: 5 }, (_, i) => ({
      ...F.NON_TENDER_SELESAI_INAPROC[0]!, kd_nontender: 10391894000 + i * 1000, lls_id: 10391894000 + i * 1000,
      nilai_kontrak: 1000000 + i + 0.5, nilai_pdn_kontrak: 1000000, nilai_umk_kontrak: 1000000
    }));
    const pages = [
      page(records.slice(0, 2), { has_more: true, cursor: 'c1' }),
      page(records.slice(2, 4), { has_more: true, cursor: 'c2' }),
      page(records.slice(4), { has_more: false, cursor: '' })
    ];
    const files = [
      new File([encode(pages[2])], 'nts_page10.json', { lastModified: 3000 }),
      new File([encode(pages[0], true)], 'nts_page1.json', { lastModified: 1000 }),
      new File([encode(F.TENDER_SELESAI_INAPROC)], 'tender.json', { lastModified: 500 }),
      new File([encode(pages[1])], 'nts_page2.json', { lastModified: 2000 })
    ];
    const plan = await planBatch(files);
    expect(plan.units.map((u) => u.file.name)).toEqual(['nts_page1.json + 2 halaman', 'tender.json']);
    const unit = plan.units[0]!;
    expect(unit.pages?.map((p) => p.fileName)).toEqual(['nts_page1.json', 'nts_page2.json', 'nts_page10.json']);
    expect(unit.file.lastModified).toBe(3000);

    const bytes = new Uint8Array(await unit.file.arrayBuffer());
    const read = await readPages(bytes, unit.file.name, unit.pages!);
    const out = mapImportFile(read as ReadFile, { regions });
    expect(out.report.dataset?.id).toBe('SPSE-NonTenderSelesai');
    expect(out.raw.rows).toHaveLength(5);
    expect(read.pages.map((p) => p.records)).toEqual([2, 2, 1]);
    const transaksi = out.tables.transaksi ?? [];
    expect(transaksi.map((t) => t.transaksi_id)).toEqual(records.map((r) => `spse-nontender:${String(r.kd_nontender)}`));
    const expected = records.reduce((sum, r) => sum + rupiah(r.nilai_kontrak), 0n);
    expect(transaksi.reduce((sum, t) => sum + BigInt(t.nilai as bigint), 0n)).toBe(expected);
    expect(out.raw.warnings.map((w) => w.code)).toContain('inaproc-pages');
    expect(out.raw.warnings.map((w) => w.code)).not.toContain('inaproc-more-pages');

    // The same pages dropped in another order are the same bytes: recognised as already imported.
    const again = await planBatch([...files].reverse());
    const againBytes = new Uint8Array(await again.units.find((u) => u.pages)!.file.arrayBuffer());
    expect((await readPages(againBytes, 'x', again.units.find((u) => u.pages)!.pages!)).sha256).toBe(read.sha256);
  });

  it('warns when the last page of the pull is missing', async () => {
    const first = page(F.NON_TENDER_SELESAI_INAPROC, { has_more: true, cursor: 'c1' });
    const second = page(F.NON_TENDER_SELESAI_INAPROC.map((r) => ({ ...r, kd_nontender: 1, lls_id: 1 })), { has_more: true, cursor: 'c2' });
    const plan = await planBatch([new File([encode(first)], 'a.json'), new File([encode(second)], 'b.json')]);
    expect(plan.units).toHaveLength(1);
    const unit = plan.units[0]!;
    const read = await readPages(new Uint8Array(await unit.file.arrayBuffer()), unit.file.name, unit.pages!);
    expect(read.raw.warnings.map((w) => w.code)).toContain('inaproc-incomplete');
  });

  it('puts v6 orders, which name no pemda, after the files that name it', async () => {
    const plan = await planBatch([new File([encode(F.V6_INAPROC)], 'v6.json'), new File([encode(F.MASTER_SATKER_INAPROC)], 'satker.json')]);
    expect(plan.units.map((u) => u.file.name)).toEqual(['satker.json', 'v6.json']);
  });
});

describe.skipIf(!existsSync(SHARED_INAPROC))('real INAPROC files (../shared/data/inaproc)', () => {
  const path = (name: string) => join(SHARED_INAPROC, name);
  const parse = (name: string): F.Rec[] => JSON.parse(readFileSync(path(name), 'utf8').replace(/^\uFEFF/, '')) as F.Rec[];
  const importReal = async (name: string, bytes = new Uint8Array(readFileSync(path(name)))) =>
    mapImportFile(await readImportFile(bytes, name), { regions, importedAt: '2026-01-01T00:00:00Z' });

  it('has the five files of PROVENANCE.txt', () => {
    expect(readdirSync(SHARED_INAPROC).filter((f) => f.endsWith('.json')).sort()).toHaveLength(5);
  });

  it('v1 tender-selesai-nilai (K34): 11 records recognised; a ministry is no pemda', async () => {
    const name = 'v1_tender-selesai-nilai_2026_K34.json';
    const records = parse(name);
    expect(records).toHaveLength(11);
    // Every record has its own key order: recognition must not depend on it.
    expect(new Set(records.map((r) => Object.keys(r).join(','))).size).toBeGreaterThan(1);
    const out = await importReal(name);
    expect(out.report.dataset?.name).toBe('INAPROC v1 tender-selesai-nilai (setara SPSE-TenderSelesaiNilai)');
    expect(out.report.rowsRead).toBe(11);
    expect(out.report.rowsRejected).toBe(11);
    expect(out.report.rejected.every((r) => /KEMENTERIAN, bukan pemerintah daerah/.test(r.reason))).toBe(true);
  });

  it('v1 tender-selesai-nilai as a pemda would pull it: exact values and wall-clock dates', async () => {
    const records = parse('v1_tender-selesai-nilai_2026_K34.json').map((r, i) =>
      F.shuffleKeys({ ...r, kd_klpd: 'D107', nama_klpd: 'Kab. Bandung', jenis_klpd: 'KABUPATEN' }, i));
    const contracted = records.filter((r) => r.nilai_kontrak !== null && rupiah(r.nilai_kontrak) > 0n);
    const expected = contracted.reduce((sum, r) => sum + rupiah(r.nilai_kontrak), 0n);
    expect(contracted.length).toBeGreaterThan(0);
    const out = await importJson(records, 'tsn.json');
    const valued = (out.tables.transaksi ?? []).filter((t) => BigInt(t.nilai as bigint) > 0n);
    expect(valued).toHaveLength(contracted.length);
    expect(valued.reduce((sum, t) => sum + BigInt(t.nilai as bigint), 0n)).toBe(expected);
    for (const r of contracted) {
      const t = valued.find((v) => v.transaksi_id === `spse-tender:${String(r.kd_tender)}`);
      expect(t?.tanggal).toBe(String(r.tgl_penetapan_pemenang).slice(0, 10));
      expect(t?.nilai_umk).toBe(rupiah(r.nilai_umk_kontrak));
    }
    expect(out.report.rowsRead).toBe(11);
  });

  it('legacy struktur-anggaran-pd (D228, UTF-8 with BOM): 58 rows, exact belanja_pengadaan', async () => {
    const name = 'legacy_rup_struktur-anggaran-pd_2026_D228.json';
    const records = parse(name);
    const expected = records.reduce((sum, r) => sum + rupiah(r.belanja_pengadaan), 0n);
    const out = await importReal(name);
    expect(out.raw.source.encoding).toBe('utf-8-bom');
    expect(out.report.dataset?.id).toBe('RUP-StrukturAnggaranPD');
    expect(out.report.rowsRead).toBe(58);
    const anggaran = out.tables.anggaran ?? [];
    expect(anggaran).toHaveLength(new Set(records.map((r) => r.kd_satker_str)).size);
    expect(anggaran.reduce((sum, a) => sum + BigInt(a.belanja_pengadaan as bigint), 0n)).toBe(expected);
    expect(new Set(anggaran.map((a) => a.kode_wilayah))).toEqual(new Set(['62.01'])); // Kab. Kotawaringin Barat
  });

  it('legacy master-satker (D228): recognised by tahun_aktif, satker rows of Kab. Kotawaringin Barat', async () => {
    const name = 'legacy_rup_master-satker_2026_D228.json';
    expect(parse(name)).toHaveLength(121);
    const out = await importReal(name);
    expect(out.report.dataset?.name).toBe('INAPROC v1 rup/master-satker (setara RUP-MasterSatker)');
    expect(out.report.rowsRead).toBe(121);
    expect(out.report.rowsRejected).toBe(0);
    const satker = out.tables.satker ?? [];
    expect(satker.length).toBeGreaterThan(100);
    expect(satker.every((s) => s.kode_wilayah === '62.01')).toBe(true);
  });

  for (const [name, count, id] of [
    ['legacy_rup_paket-swakelola-terumumkan_2026_D228.json', 51, 'INAPROC:rup/paket-swakelola-terumumkan'],
    ['legacy_rup_program-master_2026_D228.json', 250, 'INAPROC:rup/program-master']
  ] as const) {
    it(`${name}: recognised, says what it is, adds no rows`, async () => {
      expect(parse(name)).toHaveLength(count);
      const out = await importReal(name);
      expect(out.report.dataset?.id).toBe(id);
      expect(out.report.rowsRead).toBe(count);
      expect(out.report.rowsLoaded).toBe(0);
      expect(out.tables).toEqual({});
      expect(out.report.messages.find((m) => m.code === 'inaproc-tanpa-baris')?.message).toMatch(/tidak menambah baris/);
    });
  }

  it('the real records keep their values through the ISB-form rewrite ("None" and Z aside)', async () => {
    const name = 'legacy_rup_paket-swakelola-terumumkan_2026_D228.json';
    const records = parse(name);
    const file = await readImportFile(new Uint8Array(readFileSync(path(name))), name);
    const dataset = INAPROC_DATASETS.find((d) => d.id === 'rup/paket-swakelola-terumumkan')!;
    const shaped = toIsbTable(file.raw, dataset).raw;
    const pagu = shaped.columns.indexOf('pagu');
    expect(shaped.rows.reduce((sum, row) => sum + BigInt(row[pagu] ?? '0'), 0n)).toBe(records.reduce((sum, r) => sum + rupiah(r.pagu), 0n));
    const buat = shaped.columns.indexOf('tgl_buat_paket');
    expect(shaped.rows.map((row) => row[buat])).toEqual(records.map((r) => String(r.tgl_buat_paket).replace('T', ' ').replace(/(\.\d+)?Z$/, '')));
  });
});
