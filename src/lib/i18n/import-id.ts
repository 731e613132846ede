import { formatCount } from '../format/number';
import type { DatasetMeta } from '../storage/dataset-library';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

/** The import panel's words in Bahasa Indonesia. */
export const importText = {
  title: 'Data Anda',
  dropHere: 'Letakkan berkas di sini atau',
  choose: 'pilih berkas',
  accepted: 'CSV/TSV/teks berpemisah, XLSX, JSON (array, NDJSON, respons ISB, halaman API INAPROC: letakkan semua halaman satu tarikan sekaligus) dan Parquet. Berkas tidak pernah meninggalkan peramban Anda.',
  phase: { read: 'Membaca dan memetakan', encode: 'Menyiapkan tabel', save: 'Menyimpan di peramban', load: 'Memuat ke mesin data' },
  cancel: 'Batalkan',
  remove: 'Hapus',
  replace: 'Ganti',
  showSample: 'Tampilkan data contoh bersama data Anda',
  engineMemory: (engine: number, database: number) =>
    `Memori mesin data setelah perubahan data terakhir: ${megabytes(engine)}; berkas data ${megabytes(database)}.`,
  empty: 'Belum ada data yang diimpor.',
  storageUnavailable: 'Penyimpanan peramban (OPFS) tidak tersedia: data yang diimpor tidak akan bertahan setelah halaman dimuat ulang.',
  tooLarge: (name: string, size: number, limit: number) =>
    `${name} (${megabytes(size)}) terlalu besar untuk memori peramban ini (batas ${megabytes(limit)}). Pecah berkas menjadi beberapa bagian, atau ubah dengan npm run import.`,
  alreadyImported: (name: string, same: DatasetMeta) =>
    `${name} sudah pernah diimpor (isinya sama dengan ${same.fileName}, ${new Date(same.importedAt).toLocaleString('id-ID')}).`,
  needsMapping: (name: string, preset: string | undefined) =>
    preset
      ? `${name} bukan dataset ISB yang dikenal, tetapi kolomnya sama dengan preset "${preset}". Periksa pemetaannya lalu impor.`
      : `${name} bukan dataset ISB yang dikenal: periksa usulan pemetaan kolom di bawah, lalu impor.`,
  nothingLoaded: (name: string) => `${name}: tidak ada baris yang dapat dimuat; lihat laporan kualitas data.`,
  sampleHidden: 'Data contoh disembunyikan agar tidak tercampur dengan data Anda. Centang "Tampilkan data contoh" untuk menampilkannya lagi.',
  rows: (n: number) => `${formatCount(n)} baris`,
  report: {
    title: 'Laporan kualitas data',
    read: 'dibaca',
    loaded: 'dimuat',
    rejected: 'ditolak',
    downloadRejected: 'Unduh baris yang ditolak (CSV)',
    dataset: 'Dikenali sebagai',
    basis: 'Dasar angka UMK',
    status: 'Status rekaman transaksi',
    statusLabel: {
      selesai: 'selesai',
      berjalan: 'berjalan',
      dibatalkan: 'batal (bukan realisasi)',
      gagal: 'gagal (bukan realisasi)',
      tanpa_nilai: 'berdiri tetapi belum bernilai (bukan realisasi)'
    } as Record<string, string>,
    statusNote: 'Rekaman yang sama di dataset lain dihitung sekali: lihat buku besar transaksi.',
    findings: 'Temuan',
    source: 'Format terdeteksi'
  }
};
