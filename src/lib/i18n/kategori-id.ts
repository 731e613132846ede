/**
 * Words of the category rules (issue 6 part 9): Bahasa Indonesia here, English in
 * ./en/kategori.ts (same keys); `kategoriText` is the page's language.
 */
import { localized } from './language';
import { kategoriEnglish } from './en/kategori';

export const kategoriIndonesian = {
  title: 'Aturan kategori',
  intro:
    'Kategori transaksi diambil dari data bila dataset melaporkannya; bila tidak, dari kata kunci pada nama paket ' +
    'atau pesanan menurut aturan di bawah (diperiksa berurutan, yang pertama cocok dipakai); bila tidak ada yang ' +
    'cocok, dari jenis pengadaan; selain itu "Tidak diketahui".',
  matching: 'Kata kunci dicocokkan per kata utuh tanpa membedakan huruf besar/kecil; akhiri dengan * untuk awalan kata (mis. mebel*).',
  columns: { prioritas: 'Urutan', kategori: 'Kategori', jenis: 'Jenis', kata: 'Kata kunci', cocok: 'Cocok di data' },
  jenis: { barang: 'Barang', konstruksi: 'Pekerjaan Konstruksi', konsultansi: 'Jasa Konsultansi', jasa_lainnya: 'Jasa Lainnya' },
  basisLabel: 'Dasar kategori',
  panelHint: 'Mengubah aturan menghitung ulang kategori semua transaksi data Anda; data contoh memakai kategori yang dilaporkannya.',
  basis: {
    dilaporkan: 'dilaporkan dataset',
    aturan_kata: 'aturan kata kunci',
    jenis_pengadaan: 'jenis pengadaan saja',
    tidak_diketahui: 'tidak diketahui'
  },
  newKata: 'kata kunci baru',
  newId: 'id (mis. sewa_alat)',
  newNama: 'nama kategori',
  add: 'Tambah',
  addKata: 'Tambah kata',
  addRule: 'Tambah kategori',
  remove: 'Hapus',
  removeKata: (kata: string) => `Hapus kata "${kata}"`,
  removeRule: (nama: string) => `Hapus kategori ${nama}`,
  up: 'Naikkan',
  down: 'Turunkan',
  reset: 'Kembalikan bawaan',
  export: 'Unduh JSON',
  import: 'Muat JSON…',
  matched: (count: string, rupiah: string) => `${count} transaksi, ${rupiah}`,
  custom: 'Aturan Anda (disimpan di peramban ini).',
  defaults: 'Aturan bawaan Telisik.',
  // Validation and loading messages: one sentence each, saying what to change.
  invalid: {
    kataLength: (kata: string) => `Kata kunci "${kata}" harus 2 sampai 60 karakter.`,
    kataChars: (kata: string) =>
      `Kata kunci "${kata}" hanya boleh berisi huruf, angka, spasi dan tanda - ' . / & ( ), dengan * hanya di akhir.`,
    kataNoWord: (kata: string) => `Kata kunci "${kata}" tidak berisi satu kata pun.`,
    kataDuplicate: (kata: string, nama: string) => `Kata kunci "${kata}" sudah ada di kategori ${nama}.`,
    kataTooMany: (nama: string) => `Kategori ${nama} memuat lebih dari 300 kata kunci.`,
    idShape: (id: string) =>
      `Id kategori "${id}" harus 2 sampai 40 karakter huruf kecil, angka atau garis bawah, diawali huruf.`,
    idReserved: (id: string) => `Id "${id}" dipakai Telisik untuk jenis pengadaan atau "tidak diketahui"; pilih id lain.`,
    idDuplicate: (id: string) => `Id kategori "${id}" sudah dipakai.`,
    nama: (id: string) => `Nama kategori ${id} harus 1 sampai 80 karakter.`,
    jenis: (id: string) => `Jenis pengadaan kategori ${id} harus Barang, Pekerjaan Konstruksi, Jasa Konsultansi atau Jasa Lainnya.`,
    prioritas: (id: string) => `Urutan kategori ${id} harus bilangan bulat 0 sampai 100000.`,
    tooManyRules: 'Aturan kategori paling banyak 100 kategori.',
    tooManyKata: 'Seluruh aturan paling banyak memuat 3000 kata kunci.',
    shape: 'Isinya bukan daftar aturan kategori Telisik.',
    json: 'Berkas ini bukan JSON yang sah.'
  },
  corruptStored: (reason: string) =>
    `Aturan kategori yang tersimpan di peramban ini rusak (${reason}); aturan bawaan dipakai.`,
  importFailed: (reason: string) => `Aturan tidak dimuat: ${reason}`,
  imported: (count: number) => `${count} aturan kategori dimuat.`,
  saveFailed: 'Aturan berlaku, tetapi tidak dapat disimpan di peramban ini (penyimpanan penuh atau diblokir).'
} as const;

export const kategoriText = localized({ id: kategoriIndonesian, en: kategoriEnglish });
