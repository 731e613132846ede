import { DIMENSIONS, type Dimension } from './filters';
import { BUDGET_TABLE, FACT_TABLE } from './columns';

/**
 * Every option each dimension can take, with its label from the reference tables, so a
 * facet also lists options that have no rows under the other filters. They change only
 * with the data, so the workbench reads them once per change (one query), not each round.
 * Constant SQL: no user input.
 */
const OPTIONS_SQL: Record<Dimension, string> = {
  // Years come from the data, realisation or budget alike (an import may hold only one).
  tahun: `SELECT DISTINCT CAST(tahun_anggaran AS VARCHAR) AS key, CAST(tahun_anggaran AS VARCHAR) AS label, NULL AS kode_provinsi, NULL AS jenis FROM (SELECT tahun_anggaran FROM ${BUDGET_TABLE} UNION SELECT tahun_anggaran FROM ${FACT_TABLE})`,
  provinsi: `SELECT kode_wilayah AS key, nama AS label, NULL AS kode_provinsi, NULL AS jenis FROM wilayah WHERE jenis = 'provinsi'`,
  pemda: `SELECT kode_wilayah AS key, nama_pemda AS label, kode_provinsi, jenis FROM pemda`,
  kategori: `SELECT kategori_id AS key, nama AS label, NULL AS kode_provinsi, NULL AS jenis FROM kategori`,
  jenis_penyedia: `SELECT *, NULL AS kode_provinsi, NULL AS jenis FROM (VALUES ('badan_usaha', 'badan_usaha'), ('perseorangan', 'perseorangan'), ('tidak_diketahui', 'tidak_diketahui')) AS v(key, label)`,
  skala: `SELECT *, NULL AS kode_provinsi, NULL AS jenis FROM (VALUES ('mikro', 'mikro'), ('kecil', 'kecil'), ('koperasi', 'koperasi'), ('menengah', 'menengah'), ('besar', 'besar'), ('tidak_diketahui', 'tidak_diketahui')) AS v(key, label)`,
  kanal: `SELECT channel AS key, nama AS label, NULL AS kode_provinsi, NULL AS jenis FROM kanal`,
  status: `SELECT *, NULL AS kode_provinsi, NULL AS jenis FROM (VALUES ('selesai', 'selesai'), ('berjalan', 'berjalan')) AS v(key, label)`
};

/** One option of one dimension; a pemda names its province and its kind (provinsi, kabupaten, kota). */
export interface OptionRow {
  dimension: Dimension;
  key: string;
  label: string;
  kode_provinsi: string | null;
  jenis: string | null;
}

/** Every dimension's options in one query. */
export const OPTIONS_QUERY = DIMENSIONS.map(
  (dimension) => `SELECT '${dimension}' AS dimension, CAST(key AS VARCHAR) AS key, CAST(label AS VARCHAR) AS label, CAST(kode_provinsi AS VARCHAR) AS kode_provinsi, CAST(jenis AS VARCHAR) AS jenis FROM (${OPTIONS_SQL[dimension]})`
).join(' UNION ALL ');
