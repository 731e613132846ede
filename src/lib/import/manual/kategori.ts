/**
 * kategori of a hand-mapped transaction. Marketplace exports name product categories
 * ('Katering', 'Alat Tulis Kantor'): each becomes a kategori whose id is a slug of its
 * name, so the same category in two files is one kategori. A cell that is only a jenis
 * pengadaan ('Barang', 'Jasa Lainnya', code '1'…'4') takes the ISB mappers' kategori, so
 * it lines up with imported SPSE and RUP rows.
 */

import { kategoriOf, UNKNOWN_KATEGORI, useKategori } from '../isb/kategori';
import type { MappingState } from '../isb/mapping-state';

const JENIS_ONLY = new Set([
  'barang', 'pengadaan barang', 'jasa lainnya', 'pekerjaan konstruksi', 'konstruksi', 'jasa konsultansi', 'konsultansi',
  '1', '2', '3', '4'
]);

export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** kategori_id for the row, emitting the kategori row it uses. */
export function useManualKategori(state: MappingState, text: string | null): string {
  const name = text?.replace(/\s+/g, ' ') ?? null;
  const slug = name === null ? '' : slugOf(name);
  if (name === null || slug === '' || JENIS_ONLY.has(name.toLowerCase())) return useKategori(state, name);
  // A name that says its jenis ('Barang Cetakan', 'Jasa Konsultansi Perencanaan') keeps it.
  const jenis = kategoriOf(name);
  const id = slug === UNKNOWN_KATEGORI.id ? `kategori_${slug}` : slug;
  state.putReference('kategori', id, { kategori_id: id, nama: name, jenis_pengadaan: jenis.jenis });
  return id;
}
