/**
 * The import's words: the panel, its quality report, and what the readers say about a
 * table's shape and a workbook. Bahasa Indonesia here, English in ./en/import.ts (same keys);
 * the exports without a language in their name are the page's language (./language.ts).
 * The import worker always speaks Indonesian, so its messages reach the report in Indonesian.
 */
import { formatCount } from '../format/number';
import type { DatasetMeta } from '../storage/dataset-library';
import { locale, localized } from './language';
import type { DatabaseStorage } from '../../../workers/db-api';
import { importEnglish, tableShapeEnglish, workbookEnglish } from './en/import';

/** Where the engine reads the database file from (EngineInfo.databaseStorage). */
const whereTheFileIs: Record<DatabaseStorage, string> = {
  memory: 'disimpan di memori',
  stored: 'disimpan di penyimpanan peramban dan dibaca dari sana',
  reused: 'dibaca dari salinan di penyimpanan peramban (tidak diunduh ulang)'
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;

/** The import panel's words in Bahasa Indonesia. */
export const importIndonesian = {
  title: 'Data Anda',
  dropHere: 'Letakkan berkas di sini atau',
  choose: 'pilih berkas',
  accepted: 'CSV/TSV/teks berpemisah, XLSX, JSON (array, NDJSON, respons ISB, halaman API INAPROC: letakkan semua halaman satu tarikan sekaligus) dan Parquet. Berkas tidak pernah meninggalkan peramban Anda.',
  phase: { read: 'Membaca dan memetakan', encode: 'Menyiapkan tabel', save: 'Menyimpan di peramban', load: 'Memuat ke mesin data' },
  cancel: 'Batalkan',
  remove: 'Hapus',
  replace: 'Ganti',
  showSample: 'Tampilkan data contoh bersama data Anda',
  engineMemory: (engine: number, database: number, storage: DatabaseStorage) =>
    `Memori mesin data setelah perubahan data terakhir: ${megabytes(engine)}; berkas data ${megabytes(database)}, ${whereTheFileIs[storage]}.`,
  empty: 'Belum ada data yang diimpor.',
  storageUnavailable: 'Penyimpanan peramban (OPFS) tidak tersedia: data yang diimpor tidak akan bertahan setelah halaman dimuat ulang.',
  tooLarge: (name: string, size: number, limit: number) =>
    `${name} (${megabytes(size)}) terlalu besar untuk memori peramban ini (batas ${megabytes(limit)}). Pecah berkas menjadi beberapa bagian, atau ubah dengan npm run import.`,
  alreadyImported: (name: string, same: DatasetMeta) =>
    `${name} sudah pernah diimpor (isinya sama dengan ${same.fileName}, ${new Date(same.importedAt).toLocaleString(locale)}).`,
  needsMapping: (name: string, preset: string | undefined) =>
    preset
      ? `${name} bukan dataset ISB yang dikenal, tetapi kolomnya sama dengan preset "${preset}". Periksa pemetaannya lalu impor.`
      : `${name} bukan dataset ISB yang dikenal: periksa usulan pemetaan kolom di bawah, lalu impor.`,
  nothingLoaded: (name: string) => `${name}: tidak ada baris yang dapat dimuat; lihat laporan kualitas data.`,
  sampleHidden: 'Data contoh disembunyikan agar tidak tercampur dengan data Anda. Centang "Tampilkan data contoh" untuk menampilkannya lagi.',
  rows: (n: number) => `${formatCount(n)} baris`,
  /** Beside the panel's title: how many datasets are imported, and whether the sample data shows too. */
  datasetCount: (n: number, withSample: boolean) => `${formatCount(n)} dataset${withSample ? ' + data contoh' : ''}`,
  /** Headings of the table of imported datasets. */
  table: { file: 'Berkas', dataset: 'Dataset', size: 'Ukuran', rows: 'Baris', sha256: 'SHA-256', imported: 'Diimpor' },
  showReport: 'Laporan',
  report: {
    title: 'Laporan kualitas data',
    read: 'dibaca',
    loaded: 'dimuat',
    rejected: 'ditolak',
    downloadRejected: 'Unduh baris yang ditolak (CSV)',
    /** Headings of the rejected rows' CSV around the file's own columns: line, reason, and a line's text when it had no cells. */
    rejectedCsv: { line: 'baris', reason: 'alasan', text: 'isi_baris' },
    /** The rejected rows' CSV: the file's name without its extension, and a suffix. */
    rejectedFileName: (name: string) => `${name}.ditolak.csv`,
    dataset: 'Dikenali sebagai',
    basis: 'Dasar angka UMK',
    basisLabel: {
      dilaporkan: 'dilaporkan sistem sumber',
      status_penyedia: 'dari status UKM penyedia',
      aturan_kanal: 'dari aturan kanal',
      tidak_diketahui: 'tidak diketahui'
    } as Record<string, string>,
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
    /** A finding's line in the file, before its message. */
    findingLine: (line: number) => `Baris ${line}: `,
    source: 'Format terdeteksi',
    /** Parts of the detected format after its name and encoding. */
    delimiter: (delimiter: string) => `pemisah "${delimiter}"`,
    preamble: (lines: number) => `${lines} baris pembuka dilewati`,
    sheet: (name: string) => `lembar ${name}`
  }
};

/** The first few items of a list, and how many more there are. */
function someOf(items: readonly (string | number)[], shown = 10): string {
  const listed = items.slice(0, shown).join(', ');
  return items.length > shown ? `${listed} dan ${formatCount(items.length - shown)} lainnya` : listed;
}

/**
 * What the readers say about a table's header and shape: names they had to make up, shorten
 * or tell apart, and a table too wide for the browser. One sentence each.
 */
export const tableShapeIndonesian = {
  emptyHeaders: (positions: readonly number[]) =>
    `Kolom ke-${someOf(positions)} tidak bernama; diberi nama ${someOf(positions.map((i) => `kolom_${i}`))}.`,
  duplicateHeaders: (renamed: readonly string[]) => `Nama kolom ganda dibedakan: ${someOf(renamed)}.`,
  blankRows: (count: number) => `${count} baris kosong di antara data dilewati.`,
  tooManyColumns: (columns: number, limit: number) =>
    `Tabel ini memiliki ${formatCount(columns)} kolom, lebih dari ${formatCount(limit)} kolom yang dapat dibaca; periksa apakah pemisah kolomnya benar, atau simpan hanya kolom yang diperlukan.`,
  longHeaders: (positions: readonly number[], longest: number, limit: number) =>
    `Judul kolom ke-${someOf(positions)} lebih dari ${formatCount(limit)} karakter (terpanjang ${formatCount(longest)} karakter), ` +
    `jadi dipendekkan menjadi ${formatCount(limit)} karakter; teks selengkapnya bukan nama kolom.`
};

/** What the Excel reader says about a workbook it cannot read, or read only in part. */
export const workbookIndonesian = {
  corrupt: (detail: string) => `Buku kerja Excel rusak atau tidak dapat dibaca (${detail}).`,
  noSheets: 'Buku kerja ini tidak memiliki lembar kerja.',
  sheetNotFound: (name: string) => `Lembar "${name}" tidak ada di buku kerja ini.`,
  sheetsRead: (names: readonly string[], chosen: string) => `Buku kerja berisi ${names.length} lembar (${names.join(', ')}); yang dibaca: "${chosen}".`,
  badCell: (sheet: string, cell: string, reason: string) =>
    `Sel ${cell} di lembar "${sheet}" tidak dapat dibaca (${reason}); buka berkasnya di Excel lalu simpan ulang.`,
  farColumn: (sheet: string, cell: string, column: number, limit: number) =>
    `Lembar "${sheet}" berisi sel ${cell} di kolom ke-${formatCount(column)}, padahal yang dapat dibaca paling banyak ${formatCount(limit)} kolom; ` +
    `bila sel itu terisi tanpa sengaja, hapus isinya di Excel lalu simpan ulang.`,
  sparse: (sheet: string, cell: string, filled: number, grid: number) =>
    `Lembar "${sheet}" hanya berisi ${formatCount(filled)} sel terisi, tetapi sel ${cell} yang jauh di kanan membentangkan tabelnya menjadi ${formatCount(grid)} sel; ` +
    `hapus isi sel itu di Excel lalu simpan ulang.`,
  tooManyCells: (sheet: string, limit: number) =>
    `Lembar "${sheet}" berisi lebih dari ${formatCount(limit)} sel terisi, lebih banyak daripada yang muat di memori peramban; pecah datanya menjadi beberapa berkas.`,
  tooLarge: (sheet: string, limitBytes: number) =>
    `Lembar "${sheet}" terlalu besar untuk dibaca di peramban (isinya lebih dari ${formatCount(Math.round(limitBytes / 1024 ** 3))} GB setelah dibuka); pecah datanya menjadi beberapa berkas.`,
  excelNumber: (lines: readonly number[]) =>
    `Ada angka bulat lebih dari 15–16 digit yang disimpan Excel sebagai angka (baris ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}); ` +
    `digit terakhirnya sudah hilang di Excel. Simpan kolom kode sebagai teks.`
};

export const importText = localized({ id: importIndonesian, en: importEnglish });
export const tableShapeText = localized({ id: tableShapeIndonesian, en: tableShapeEnglish });
export const workbookText = localized({ id: workbookIndonesian, en: workbookEnglish });
