/**
 * The preview and column-mapping step's words: Bahasa Indonesia here, English in
 * ./en/mapping.ts (same keys); `mappingText` is the one of the page's language (./language.ts).
 */
import type { ColumnType } from '../import/column-types';
import { formatCount } from '../format/number';
import { localized } from './language';
import { mappingEnglish } from './en/mapping';

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
  tab: 'tab',
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
  discard: 'Batal'
};

export const mappingText = localized({ id: mappingIndonesian, en: mappingEnglish });
