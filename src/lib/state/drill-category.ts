import { REKONSILIASI_KATEGORI, type RekonsiliasiKategori } from '../query/rekonsiliasi-query';
import type { FilterSelection } from './filter-selection.svelte';

const DEFAULT: RekonsiliasiKategori = 'terealisasi';

/** The reconciliation category being drilled, kept in the URL (`rincian`) like every page choice. */
export function drillCategory(selection: FilterSelection): RekonsiliasiKategori {
  const chosen = selection.option('rincian');
  return (REKONSILIASI_KATEGORI as readonly string[]).includes(chosen ?? '') ? (chosen as RekonsiliasiKategori) : DEFAULT;
}

/** Drill another category: its tables start on their first page. */
export function setDrillCategory(selection: FilterSelection, kategori: RekonsiliasiKategori): void {
  selection.setOptions({ rincian: kategori === DEFAULT ? null : kategori, halaman_rincian: null, halaman_satker: null });
}
