/**
 * The keyword rule set that derives a transaction's category (issue 6, part 9). Rules are
 * plain data so the user can read, edit, export and import them; the SQL is generated from
 * them (sql.ts) and nothing else decides a category.
 */

/** The jenis pengadaan of a category, as in the `kategori` reference table. */
export type JenisPengadaan = 'barang' | 'konstruksi' | 'konsultansi' | 'jasa_lainnya';

export const JENIS_PENGADAAN: readonly JenisPengadaan[] = ['barang', 'konstruksi', 'konsultansi', 'jasa_lainnya'];

/**
 * Where a transaction's category came from:
 * - 'dilaporkan': the dataset reports a fine category (a category id of the rules, or a
 *   commodity/etalase name that a keyword rule maps);
 * - 'aturan_kata': a keyword rule matched the package or order name;
 * - 'jenis_pengadaan': only the coarse jenis pengadaan of the dataset is known;
 * - 'tidak_diketahui': nothing is known.
 */
export type BasisKategori = 'dilaporkan' | 'aturan_kata' | 'jenis_pengadaan' | 'tidak_diketahui';

export const BASIS_KATEGORI: readonly BasisKategori[] = ['dilaporkan', 'aturan_kata', 'jenis_pengadaan', 'tidak_diketahui'];

/** One category and the keywords that put a transaction in it. */
export interface KategoriRule {
  /** lower-case id, e.g. 'katering'; also the value of the `kategori` URL filter. */
  kategori_id: string;
  /** display name (Indonesian). */
  nama: string;
  jenis_pengadaan: JenisPengadaan;
  /**
   * Keywords, matched case-insensitively on whole words: "makan" matches "Belanja Makan
   * Minum" but not "makanan". Several words match with any punctuation or spaces between
   * them ("alat tulis" matches "Alat-Tulis"). A final `*` makes the last word a prefix
   * ("mebel*" matches "Mebelair"). Words are ASCII letters and digits (see pattern.ts).
   */
  kata: string[];
  /** Smaller is checked first; the first category whose keyword matches wins. */
  prioritas: number;
}

/** A row of the `kategori` reference table. */
export interface KategoriReferenceRow {
  kategori_id: string;
  nama: string;
  jenis_pengadaan: JenisPengadaan | 'tidak_diketahui';
}

/**
 * The coarse categories the import gives a row from its jenis pengadaan (the same ids as
 * src/lib/import/isb/kategori.ts). Rules refine them; they are not rules themselves.
 */
export const JENIS_KATEGORI: readonly KategoriReferenceRow[] = [
  { kategori_id: 'jenis_barang', nama: 'Barang (lainnya)', jenis_pengadaan: 'barang' },
  { kategori_id: 'jenis_konstruksi', nama: 'Pekerjaan Konstruksi (lainnya)', jenis_pengadaan: 'konstruksi' },
  { kategori_id: 'jenis_konsultansi', nama: 'Jasa Konsultansi (lainnya)', jenis_pengadaan: 'konsultansi' },
  { kategori_id: 'jenis_jasa_lainnya', nama: 'Jasa Lainnya (lainnya)', jenis_pengadaan: 'jasa_lainnya' }
];

export const TIDAK_DIKETAHUI: KategoriReferenceRow = {
  kategori_id: 'tidak_diketahui', nama: 'Tidak diketahui', jenis_pengadaan: 'tidak_diketahui'
};

/** Ids a rule may not take: they are the fallbacks the rules refine. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...JENIS_KATEGORI.map((k) => k.kategori_id), TIDAK_DIKETAHUI.kategori_id
]);
