import type { Dimension } from './filters';

/** The tables the dashboard reads (derived from the canonical model: see derived-tables.ts). */
export const FACT_TABLE = 'fakta_realisasi';
export const BUDGET_TABLE = 'anggaran_pemda';

/** The column of the fact table each filter dimension restricts. */
export const FACT_COLUMN: Record<Dimension, string> = {
  tahun: 'tahun_anggaran',
  provinsi: 'kode_provinsi',
  pemda: 'kode_wilayah',
  kategori: 'kategori_id',
  jenis_penyedia: 'jenis_penyedia',
  skala: 'skala_usaha',
  kanal: 'channel',
  status: 'status'
};

/**
 * A budget has a year and a region but no category, vendor or channel: only these
 * dimensions restrict the denominators (belanja_pengadaan, PDN commitment).
 */
export const BUDGET_DIMENSIONS: readonly Dimension[] = ['tahun', 'provinsi', 'pemda'];

/** Dimensions whose values are numbers in SQL. */
export const NUMERIC_DIMENSIONS: readonly Dimension[] = ['tahun'];
