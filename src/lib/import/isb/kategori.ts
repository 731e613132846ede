/**
 * kategori from the jenis pengadaan of the source. RUP writes 'Barang', SPSE the finer
 * 'Pengadaan Barang' and 'Jasa Konsultansi Badan Usaha Non Konstruksi'; RUP may list several
 * ('Barang;Barang', '3;3;4'). Imported rows get one kategori per jenis: the product
 * categories of the sample are not in any ISB file.
 */

import type { MappingState } from './mapping-state';

interface Jenis {
  id: string;
  nama: string;
  jenis: string;
}

const JENIS: readonly (Jenis & { test: RegExp; code: string })[] = [
  { id: 'jenis_barang', nama: 'Barang', jenis: 'barang', test: /barang/, code: '1' },
  { id: 'jenis_konstruksi', nama: 'Pekerjaan Konstruksi', jenis: 'konstruksi', test: /^pekerjaan konstruksi/, code: '2' },
  { id: 'jenis_konsultansi', nama: 'Jasa Konsultansi', jenis: 'konsultansi', test: /konsultansi/, code: '3' },
  { id: 'jenis_jasa_lainnya', nama: 'Jasa Lainnya', jenis: 'jasa_lainnya', test: /jasa lainnya/, code: '4' }
];
export const UNKNOWN_KATEGORI: Jenis = { id: 'tidak_diketahui', nama: 'Tidak diketahui', jenis: 'tidak_diketahui' };

function one(part: string): Jenis | undefined {
  const text = part.trim().toLowerCase();
  return JENIS.find((j) => j.code === text || j.test.test(text));
}

/** The kategori of a jenis text (or code); several different jenis in one cell are unknown, not guessed. */
export function kategoriOf(text: string | null): Jenis {
  if (text === null) return UNKNOWN_KATEGORI;
  const found = new Set(text.split(';').filter((p) => p.trim() !== '').map(one));
  if (found.size !== 1) return UNKNOWN_KATEGORI;
  return [...found][0] ?? UNKNOWN_KATEGORI;
}

/** kategori_id for the row, emitting the kategori reference row it uses. */
export function useKategori(state: MappingState, text: string | null): string {
  const k = kategoriOf(text);
  state.putReference('kategori', k.id, { kategori_id: k.id, nama: k.nama, jenis_pengadaan: k.jenis });
  return k.id;
}
