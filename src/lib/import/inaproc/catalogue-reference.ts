/**
 * INAPROC endpoints that are recognised so the user is told what the file is, but that add
 * no canonical rows: the ISB importer maps none of their equivalents either (or, for
 * tender-selesai and the realisasi lists, their figures come from another endpoint).
 * Field lists: inaproc-v1.md §4 (real records where there are any).
 */

import { keys, type InaprocDataset } from './types';

function reference(
  id: string,
  isb: string | null,
  required: string,
  rest: Partial<Pick<InaprocDataset, 'markers' | 'markerless' | 'forbidden' | 'closed' | 'sidecar'>> = {}
): InaprocDataset {
  return { id, label: `v1 ${id}`, isb, mapped: false, required: keys(required), markers: [], markerless: true, forbidden: [], ...rest };
}

export const REFERENCE_ENDPOINTS: readonly InaprocDataset[] = [
  // The ISB swakelola record carries `_event_date`; the v1/legacy one does not.
  reference('rup/paket-swakelola-terumumkan', 'RUP-PaketSwakelola-Terumumkan',
    'tahun_anggaran kd_klpd kd_satker kd_rup nama_paket pagu tipe_swakelola kd_klpd_penyelenggara ' +
      'tgl_awal_pelaksanaan_kontrak tgl_akhir_pelaksanaan_kontrak status_umumkan_rup',
    { forbidden: keys('_event_date') }),
  reference('rup/paket-anggaran-penyedia', 'RUP-PaketAnggaranPenyedia', 'id_paket_anggaran_penyedia kd_rup pagu mak sumber_dana'),
  reference('rup/paket-anggaran-swakelola', 'RUP-PaketAnggaranSwakelola', 'id_paket_anggaran_swakelola kd_rup pagu mak sumber_dana'),
  reference('rup/program-master', 'RUP-ProgramMaster', 'tahun_anggaran kd_klpd kd_program kd_program_str nama_program pagu_program is_deleted'),
  reference('rup/history-kaji-ulang', null, 'kd_rup_lama kd_rup_baru jenis_revisi tgl_kaji_ulang'),
  reference('tender/pengumuman', 'SPSE-TenderPengumuman', 'kd_tender versi_tender status_tender nama_paket pagu hps kgr_id'),
  reference('tender/peserta-tender', 'SPSE-PesertaTender', 'tahun_anggaran kd_klpd kd_tender kd_peserta kd_penyedia pemenang pemenang_terverifikasi nilai_penawaran'),
  reference('tender/jadwal-tahapan-tender', 'SPSE-JadwalTahapanTender', 'dtj_id kd_tender kd_tahapan tgl_awal tgl_akhir'),
  reference('tender/jadwal-tahapan-non-tender', 'SPSE-JadwalTahapanNonTender', 'dtj_id kd_nontender kd_tahapan tgl_awal tgl_akhir'),
  // Same names as ISB [1014]; only the page reference tells INAPROC apart.
  reference('tender/tender-selesai', 'SPSE-TenderSelesai',
    'kd_tender nama_paket pagu hps status_tender mtd_pemilihan tgl_penetapan_pemenang',
    { markers: keys('last_update_ref'), markerless: false, forbidden: keys('nilai_kontrak') }),
  reference('tender/non-tender-pengumuman', 'SPSE-NonTenderPengumuman',
    'kd_nontender versi_nontender status_nontender nama_paket pagu hps tgl_pengumuman_nontender',
    { markers: keys('kabkota lokasi_pekerjaan last_update_ref'), markerless: false, forbidden: keys('nilai_kontrak') }),
  reference('tender/pencatatan-non-tender-realisasi', 'SPSE-PencatatanNonTenderRealisasi',
    'kd_nontender_pct no_realisasi tgl_realisasi nilai_realisasi jenis_realisasi'),
  reference('tender/pencatatan-swakelola', 'SPSE-PencatatanSwakelola', 'kd_swakelola_pct nama_paket pagu total_realisasi status_swakelola_pct_ket'),
  reference('tender/pencatatan-swakelola-realisasi', 'SPSE-PencatatanSwakelolaRealisasi',
    'kd_swakelola_pct no_realisasi tgl_realisasi nilai_realisasi', { forbidden: keys('total_realisasi') }),
  reference('ekatalog/e-purchasing-by-produk', null, 'order_id status product_id nama_produk kode_klpd kode_satker nilai_transaksi'),
  reference('ekatalog/list-kategori-produk', null, 'datamart_id', {
    markers: keys('kd_kategori_1 kd_kategori_2 kd_kategori_3'), markerless: false
  }),
  reference('ekatalog/list-produk-penyedia', null, 'kd_produk nama_produk status_produk status_produk_tayang'),
  reference('ekatalog/penyedia-detail', 'Ecat-PenyediaDetail', 'kode_penyedia nama_penyedia nib npwp_penyedia bentuk_usaha status_umkk'),
  reference('ekatalog-archive/instansi-satker', 'Ecat-InstansiSatker', 'kd_klpd nama_klpd jenis_klpd kd_satker kd_satker_str nama_satker', {
    markers: keys('last_update_ref'), markerless: false, closed: true
  }),
  // What download tools save beside the records (inaproc-v1.md §1): a `.meta.json` next to
  // a JSON/CSV dump, and the `_metadata` sheet of an XLSX. Recognised so that dropping a
  // whole download folder does not stop at the column-mapping step for them.
  reference('unduhan/meta-json', null, 'lastupdated rowcount endpoint', { markers: keys('tahun'), closed: true, sidecar: true }),
  reference('unduhan/metadata-sheet', null, 'endpoint year lastupdated totalrecords', {
    markers: keys('keyfields'), closed: true, sidecar: true
  })
];
