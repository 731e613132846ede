import { Query, column, desc } from '@uwdata/mosaic-sql';
import type { Filters } from './filters';
import { FACT_TABLE } from './columns';
import { factPredicate } from './predicates';

/** The transaction columns a user sees in the drill-down table and the CSV export. */
const ROW_COLUMNS =
  `f.transaksi_id, strftime(f.tanggal, '%Y-%m-%d') AS tanggal, f.tahun_anggaran, ` +
  `f.kode_wilayah, p.nama_pemda AS pemda, s.nama_satker AS satker, f.kd_rup, f.uraian, ` +
  `coalesce(k.nama, f.kategori_id) AS kategori, f.basis_kategori, coalesce(c.nama, f.channel) AS kanal, f.source_system, ` +
  `f.sumber_data, v.nama_penyedia AS penyedia, f.jenis_penyedia, f.skala_usaha, f.status, ` +
  `f.nilai, f.nilai_umk, f.basis_umk, f.nilai_pdn, f.basis_pdn`;

const LABEL_JOINS =
  `LEFT JOIN pemda p ON p.kode_wilayah = f.kode_wilayah LEFT JOIN satker s ON s.satker_id = f.satker_id ` +
  `LEFT JOIN kategori k ON k.kategori_id = f.kategori_id LEFT JOIN kanal c ON c.channel = f.channel ` +
  `LEFT JOIN penyedia v ON v.penyedia_id = f.penyedia_id`;

/** Largest first; the id breaks ties so pages and exports are reproducible. */
function slice(filters: Filters) {
  return Query.from(FACT_TABLE)
    .select('*')
    .where(...factPredicate(filters))
    .orderby(desc(column('nilai')), column('transaksi_id'));
}

/** One page of the slice's transactions, labelled for reading. */
export function rowsPageQuery(filters: Filters, page: number, pageSize: number): string {
  const pageRows = slice(filters).limit(pageSize).offset(page * pageSize);
  return `SELECT ${ROW_COLUMNS} FROM (${String(pageRows)}) f ${LABEL_JOINS} ORDER BY f.nilai DESC, f.transaksi_id`;
}

/** Every transaction of the slice, in the same order and columns as the table. */
export function rowsExportQuery(filters: Filters): string {
  return `SELECT ${ROW_COLUMNS} FROM (${String(slice(filters))}) f ${LABEL_JOINS} ORDER BY f.nilai DESC, f.transaksi_id`;
}
