import { Query, asc, column, desc } from '@uwdata/mosaic-sql';
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

/** How the rows are sorted (URL `urutan`): by value or by date, either way; largest value first by default. */
export const ROW_ORDERS = ['nilai', 'nilai_naik', 'tanggal', 'tanggal_naik'] as const;
export type RowOrder = (typeof ROW_ORDERS)[number];

export function rowOrderOf(value: string | undefined): RowOrder {
  return (ROW_ORDERS as readonly string[]).includes(value ?? '') ? (value as RowOrder) : 'nilai';
}

function orderColumns(order: RowOrder) {
  const by = order.startsWith('tanggal') ? 'tanggal' : 'nilai';
  const first = order.endsWith('_naik') ? asc(column(by)) : desc(column(by));
  // Ties broken by the id (and the value under a date sort), so pages and exports are reproducible.
  return by === 'tanggal' ? [first, desc(column('nilai')), column('transaksi_id')] : [first, column('transaksi_id')];
}

function orderSql(order: RowOrder): string {
  const direction = order.endsWith('_naik') ? 'ASC' : 'DESC';
  return order.startsWith('tanggal') ? `f.tanggal ${direction}, f.nilai DESC, f.transaksi_id` : `f.nilai ${direction}, f.transaksi_id`;
}

function slice(filters: Filters, order: RowOrder) {
  return Query.from(FACT_TABLE)
    .select('*')
    .where(...factPredicate(filters))
    .orderby(...orderColumns(order));
}

/** One page of the slice's transactions, labelled for reading. */
export function rowsPageQuery(filters: Filters, page: number, pageSize: number, order: RowOrder = 'nilai'): string {
  const pageRows = slice(filters, order).limit(pageSize).offset(page * pageSize);
  return `SELECT ${ROW_COLUMNS} FROM (${String(pageRows)}) f ${LABEL_JOINS} ORDER BY ${orderSql(order)}`;
}

/** Every transaction of the slice, in the same order and columns as the table. */
export function rowsExportQuery(filters: Filters, order: RowOrder = 'nilai'): string {
  return `SELECT ${ROW_COLUMNS} FROM (${String(slice(filters, order))}) f ${LABEL_JOINS} ORDER BY ${orderSql(order)}`;
}
