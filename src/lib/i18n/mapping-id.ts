/**
 * The preview and column-mapping step's words: Bahasa Indonesia here, English in
 * ./en/mapping.ts (same keys); `mappingText` is the one of the page's language (./language.ts).
 * The manual mapping's modules (src/lib/import/manual) take their field labels and problem
 * sentences from here too; the import worker and Node have no page language and get Indonesian.
 */
import type { ColumnType } from '../import/column-types';
import type { ManualTarget } from '../import/manual/types';
import { formatCount } from '../format/number';
import { localized } from './language';
import { mappingEnglish } from './en/mapping';
import { dataKeyed } from './data-keyed';

/** The preview step's words in Bahasa Indonesia. */
export const mappingIndonesian = {
  title: 'Pemetaan kolom',
  suggested: 'Berkas ini bukan dataset ISB yang dikenal. Berikut usulan pemetaan kolom ke model Telisik; ubah bila perlu.',
  fromPreset: (name: string) => `Kolom berkas ini sama dengan preset "${name}"; pemetaannya dipakai lagi.`,
  reading: 'Cara membaca',
  auto: 'otomatis',
  delimiter: 'Pemisah',
  headerRow: 'Baris judul kolom',
  encoding: 'Pengodean',
  table: 'Tabel dalam berkas',
  tableOf: (n: number, total: number) => `${n} dari ${total}`,
  reread: 'Baca ulang',
  target: 'Isi berkas:',
  targets: { transaksi: 'Realisasi (transaksi)', paket_rup: 'Rencana (paket RUP)', anggaran: 'Anggaran (belanja pengadaan)' },
  unused: '— tidak dipakai —',
  fixed: 'nilai tetap untuk semua baris…',
  fixedPlaceholder: 'mis. Kab. Semarang, 2024, blangkon',
  decimal: 'Tanda desimal',
  decimalComma: 'koma (1.234,56)',
  decimalDot: 'titik (1,234.56)',
  dateFormat: 'Format tanggal',
  dateFormats: {
    iso: '2025-03-25',
    dmy: '25/03/2025',
    mdy: '03/25/2025',
    'id-long': '25 Maret 2025',
    'en-long': 'Mar 25, 2025',
    'excel-serial': 'angka tanggal Excel'
  },
  /** The tab character as a delimiter, in the list of delimiters and after "automatic". */
  /** Delimiters that do not show as themselves. */
  delimiterNames: dataKeyed({ '\t': 'tab', ' ': 'spasi', ', ': 'koma + spasi' }),
  line: 'Baris',
  moreColumns: (shown: number, total: number) =>
    `Pratinjau menampilkan ${formatCount(shown)} kolom pertama dari ${formatCount(total)}; semua kolom tetap dapat dipilih di daftar pemetaan di atas.`,
  detectedType: 'jenis terdeteksi',
  columnTypes: {
    kosong: 'kosong',
    tanggal: 'tanggal',
    persen: 'persen',
    uang: 'uang',
    angka: 'angka',
    kode: 'kode',
    teks: 'teks'
  } satisfies Record<ColumnType, string>,
  savePreset: 'Simpan sebagai preset',
  presetName: 'Nama preset',
  import: 'Impor dengan pemetaan ini',
  discard: 'Batal',
  /**
   * The label of each field a file can fill (src/lib/import/manual/fields.ts), by field name:
   * a field shared by several targets (pemda, satker, …) has one label in all of them.
   */
  fieldLabels: {
    pemda: 'Pemda (nama atau kode wilayah)',
    tahun_anggaran: 'Tahun anggaran',
    satker: 'Satker / perangkat daerah (kode SIPD atau nama)',
    kd_rup: 'Kode RUP',
    tanggal: 'Tanggal transaksi',
    nilai: 'Nilai transaksi (Rp)',
    uraian: 'Uraian / nama paket',
    penyedia: 'Penyedia (nama atau ID)',
    bentuk_usaha: 'Bentuk usaha penyedia',
    kanal: 'Kanal pengadaan',
    kategori: 'Kategori',
    nilai_umk: 'Nilai UMKK (Rp)',
    nilai_pdn: 'Nilai PDN (Rp)',
    persen_umk: 'Persentase UMKK dari nilai',
    persen_pdn: 'Persentase PDN dari nilai',
    is_umkk: 'Penyedia UMKK? (Ya/Tidak)',
    status: 'Status transaksi',
    transaksi_id: 'ID transaksi',
    nama_paket: 'Nama paket',
    pagu: 'Pagu (Rp)',
    metode_pengadaan: 'Metode pengadaan',
    status_pdn: 'Status PDN (PDN/Non-PDN)',
    status_ukm: 'Status UKM (UKM/Non-UKM)',
    jenis_pengadaan: 'Jenis pengadaan',
    belanja_pengadaan: 'Belanja pengadaan barang/jasa (Rp)'
  },
  /** What blocks an import, one sentence each (src/lib/import/manual/validate.ts); labels are fieldLabels'. */
  problems: {
    /** A target as the sentences below name it. */
    targetNames: { transaksi: 'transaksi', paket_rup: 'paket RUP', anggaran: 'anggaran' } satisfies Record<ManualTarget, string>,
    unknownTarget: (target: string) => `Isi berkas "${target}" tidak dikenal.`,
    unknownField: (name: string, target: string) => `Isian "${name}" tidak dikenal untuk ${target}; hapus dari pemetaan.`,
    required: (label: string) => `"${label}" wajib diisi: pilih kolom berkas atau isi satu nilai tetap.`,
    missingColumn: (column: string, label: string) => `Kolom "${column}" untuk "${label}" tidak ada di berkas ini.`,
    perRow: (label: string) => `"${label}" tidak boleh bernilai tetap: setiap baris perlu nilainya sendiri.`,
    fixedEmpty: (label: string) => `Nilai tetap untuk "${label}" masih kosong.`,
    /** `why` is a cell problem (below, or one of ./values-id.ts), a sentence of its own. */
    fixedUnreadable: (label: string, why: string) => `Nilai tetap untuk "${label}" tidak terbaca. ${why}`
  },
  /**
   * Why a cell (or a fixed value) is no value of its field's kind (src/lib/import/manual/cell-values.ts);
   * `cell` arrives quoted. Rejected rows of an import quote these too, in Indonesian (the worker's).
   */
  cellProblems: {
    empty: 'kosong.',
    percentRange: (cell: string) => `Persentase di luar 0–100: ${cell}.`,
    notYear: (cell: string) => `Bukan tahun (empat angka, 1990–2100): ${cell}.`,
    /** `ruined` is the values' own sentence about Excel's scientific notation. */
    ruinedId: (ruined: string, cell: string) => `${ruined} Isinya: ${cell}.`,
    notBoolean: (cell: string) => `Bukan ya/tidak (mis. Ya/Tidak, UMKK/Non UMKK): ${cell}.`,
    unknownChannel: (cell: string) =>
      `Kanal tidak dikenal: ${cell} (mis. blangkon, toko_daring, katalog_lokal, tender, pengadaan_langsung).`,
    unknownStatus: (cell: string) => `Status tidak dikenal: ${cell} (mis. Selesai, Proses, Batal, Gagal).`
  }
};

export const mappingText = localized({ id: mappingIndonesian, en: mappingEnglish });
