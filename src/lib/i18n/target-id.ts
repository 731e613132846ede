/**
 * Words of the target page (/target) and of target validation: Bahasa Indonesia here,
 * English in ./en/target.ts (same keys); `targetId` and `TARGET_METRIC_LABELS` are the ones
 * of the page's language (./language.ts). The metric labels are exported on their own so
 * every screen names a target's basis alike.
 */
import type { TargetMetric } from '../metrics/targets';
import type { TargetOrigin } from '../targets/target-edits';
import { formatCount } from '../format/number';
import { localized } from './language';
import { targetEnglish, targetMetricLabelsEnglish } from './en/target';

/** What each target metric divides by what: the basis is part of the name. */
export const targetMetricLabelsIndonesian = {
  umkk: 'UMKK ÷ realisasi',
  umkk_anggaran: 'UMKK ÷ belanja pengadaan',
  pdn: 'PDN ÷ realisasi',
  pdn_komitmen: 'PDN ÷ komitmen PDN (RUP)',
  epurchasing: 'E-purchasing ÷ realisasi',
  epurchasing_anggaran: 'E-purchasing ÷ belanja pengadaan'
} as const satisfies Record<TargetMetric, string>;

export const TARGET_METRIC_LABELS = localized({ id: targetMetricLabelsIndonesian, en: targetMetricLabelsEnglish });

/** A metric's label, or the raw name when a row carries one this build does not know. */
export function metricLabel(metrik: string): string {
  return Object.hasOwn(TARGET_METRIC_LABELS, metrik) ? TARGET_METRIC_LABELS[metrik as TargetMetric] : metrik;
}

export const targetIndonesian = {
  title: 'Target',
  subtitle:
    'Target adalah data: nilai, pembanding, dasar hukum, wilayah dan tahun berlaku bisa dilihat, ditambah, diubah dan dipensiunkan',
  intro:
    'Setiap angka di dasbor diukur terhadap target yang berlaku untuk tahun dan wilayah irisannya; target pemda sendiri ' +
    'mengalahkan target provinsi, dan target provinsi mengalahkan target nasional. Perubahan Anda disimpan di peramban ini.',
  tableCaption: 'Daftar target',
  columns: {
    target_id: 'Id',
    metrik: 'Metrik',
    nilai: 'Nilai',
    pembanding: 'Pembanding',
    dasar_hukum: 'Dasar hukum',
    kode_wilayah: 'Wilayah',
    tahun: 'Tahun berlaku',
    asal: 'Asal',
    aksi: 'Aksi'
  },
  origin: { bawaan: 'bawaan', diubah: 'diubah', pengguna: 'buatan pengguna' } satisfies Record<TargetOrigin, string>,
  originHint: {
    bawaan: 'Target bawaan data Telisik.',
    diubah: 'Target bawaan yang Anda ubah; "Kembalikan bawaan" memulihkan nilai aslinya.',
    pengguna: 'Target yang Anda tambahkan.'
  } satisfies Record<TargetOrigin, string>,
  status: { aktif: 'aktif', pensiun: 'dipensiunkan' },
  allRegions: 'Semua pemda',
  unknownRegion: 'wilayah tidak ada di data',
  regionNow: (text: string) => `Cakupan: ${text}.`,
  provinceScope: (nama: string) => `${nama} dan kab/kotanya`,
  years: (mulai: number, akhir: number | null) => (akhir === null ? `${mulai}–sekarang` : mulai === akhir ? `${mulai}` : `${mulai}–${akhir}`),
  edit: 'Ubah',
  editLabel: (id: string) => `Ubah target ${id}`,
  retire: 'Pensiunkan',
  retireLabel: (id: string) => `Pensiunkan target ${id}`,
  restore: 'Pulihkan',
  restoreLabel: (id: string) => `Pulihkan target ${id}`,
  revert: 'Kembalikan bawaan',
  revertLabel: (id: string) => `Kembalikan target ${id} ke versi bawaan`,
  add: 'Tambah target',
  formAdd: 'Target baru',
  formEdit: (id: string) => `Ubah target ${id}`,
  save: 'Simpan',
  cancel: 'Batal',
  fields: {
    target_id: 'Id target (huruf kecil, angka, garis bawah)',
    metrik: 'Metrik',
    nilai: 'Nilai target (%)',
    pembanding: 'Pembanding (pecahan dari apa)',
    dasar_hukum: 'Dasar hukum',
    kode_wilayah: 'Kode wilayah (kosong = semua pemda)',
    tahun_mulai: 'Tahun mulai',
    tahun_akhir: 'Tahun akhir (kosong = masih berlaku)'
  },
  hints: {
    nilai: 'Dalam persen, mis. 40 untuk 40 %; paling banyak dua angka di belakang koma.',
    kode_wilayah: 'Mis. 36 untuk Banten beserta kab/kotanya, 35.76 untuk satu pemda.'
  },
  export: 'Unduh JSON',
  import: 'Muat JSON…',
  resetAll: 'Kembalikan semua ke bawaan',
  resetConfirm: 'Semua perubahan target Anda (tambahan, ubahan, pensiun) akan dihapus. Lanjutkan?',
  resetYes: 'Ya, hapus perubahan',
  resetDone: 'Semua perubahan target dihapus; target bawaan berlaku lagi.',
  fileName: 'telisik-target.json',
  saved: (id: string) => `Target ${id} disimpan.`,
  imported: (targets: number) => `${formatCount(targets)} target berlaku setelah berkas dimuat.`,
  importFailed: (reason: string) => `Target tidak dimuat: ${reason}`,
  corruptStored: (reason: string) =>
    `Perubahan target yang tersimpan di peramban ini rusak (${reason}); target bawaan dipakai.`,
  saveFailed: 'Perubahan berlaku, tetapi tidak dapat disimpan di peramban ini (penyimpanan penuh atau diblokir).',
  exportNote: 'Yang dimuat kembali adalah "perubahan"; "targets" adalah salinan target yang berlaku saat diekspor.',
  // Validation: one sentence each, saying what to change.
  invalid: {
    idShape: (id: string) => `Id target "${id}" harus 1 sampai 60 karakter huruf kecil, angka atau garis bawah.`,
    idDuplicate: (id: string) => `Id target "${id}" sudah dipakai; pilih id lain.`,
    idUnknown: (id: string) => `Target "${id}" tidak ada.`,
    metrik: (metrik: string) =>
      `Metrik "${metrik}" tidak dikenal; pilih salah satu dari: ${Object.values(targetMetricLabelsIndonesian).join(', ')}.`,
    persen: (text: string) => `Nilai "${text}" bukan persen yang sah; tulis angka seperti 40 atau 37,5.`,
    nilaiRange: 'Nilai target harus lebih dari 0 % dan paling tinggi 100 %.',
    persenDecimals: 'Nilai target paling banyak dua angka di belakang koma (mis. 37,25 %).',
    fraction: (nilai: number) => `Nilai ${nilai} harus pecahan lebih dari 0 dan paling tinggi 1 (0.4 berarti 40 %).`,
    fractionDecimals: (nilai: number) => `Nilai ${nilai} paling banyak memuat empat angka di belakang titik (mis. 0.3725).`,
    wilayah: (kode: string) =>
      `Kode wilayah "${kode}" harus kosong (semua pemda), dua angka untuk provinsi (mis. 36) atau dua angka, titik, dua angka untuk satu pemda (mis. 35.76).`,
    tahunMulai: 'Tahun mulai harus bilangan bulat dari 2000 sampai 2100.',
    tahunAkhir: 'Tahun akhir harus kosong (masih berlaku) atau bilangan bulat dari tahun mulai sampai 2100.',
    text: (field: string) => `${field} wajib diisi, paling banyak 300 karakter, tanpa baris baru atau karakter kendali.`,
    // Loading a file or the browser's storage.
    json: 'Berkas ini bukan JSON yang sah.',
    tooLarge: 'Berkas target lebih dari 1 MB; itu bukan berkas target Telisik.',
    forbiddenKey: (key: string) => `Berkas memuat kunci "${key}" yang tidak diizinkan.`,
    format: 'Isinya bukan berkas target Telisik (format "telisik-target").',
    version: (version: string) => `Berkas target versi ${version} tidak dikenal Telisik ini; hanya versi 1.`,
    shape: (field: string) => `Bagian "${field}" tidak ada atau bentuknya salah.`,
    tooMany: (field: string, max: number) => `Bagian "${field}" memuat lebih dari ${formatCount(max)} baris.`,
    row: (field: string, place: number, id: string | null, problem: string) =>
      `${field} baris ke-${place}${id === null ? '' : ` ("${id}")`}: ${problem}`,
    type: (name: string, type: string) => `kolom ${name} harus ${type}.`,
    notObject: 'isinya bukan satu target.',
    retiredDuplicate: (id: string) => `Id "${id}" tercantum dua kali di daftar pensiun.`
  },
  /** The two lists of a target file, as a problem's place names them. */
  lists: { changed: 'Perubahan target', retired: 'Daftar pensiun' },
  types: { teks: 'teks', angka: 'angka', bulat: 'bilangan bulat', teksAtauNull: 'teks atau null', bulatAtauNull: 'bilangan bulat atau null' }
} as const;

export const targetId = localized({ id: targetIndonesian, en: targetEnglish });
