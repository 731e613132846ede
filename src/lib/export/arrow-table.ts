import { DataType, type Table } from 'apache-arrow';
import type { CellKind, SnapshotCell, SnapshotColumn, SnapshotTable } from './snapshot';
import { maskCell } from '../masking/mask-cell';

/** Rupiah columns by name: every money column of Telisik's queries starts with one of these. */
const RUPIAH = /^(nilai|pagu|belanja|realisasi|komitmen|rencana|selisih|anggaran|hps|gap)/;
/** Whole numbers that are names, not quantities (a year is not "2.025"). */
const CODE = /^(tahun|kode|kd_|prioritas)/;

function kindOf(name: string, type: DataType, given: CellKind | undefined): CellKind {
  if (given) return given;
  if (DataType.isDate(type) || DataType.isTimestamp(type)) return 'date';
  if (DataType.isInt(type) && CODE.test(name)) return 'text';
  if (DataType.isInt(type) || DataType.isDecimal(type)) return RUPIAH.test(name) ? 'rupiah' : 'count';
  if (DataType.isFloat(type)) return 'fraction';
  return 'text';
}

/** One Arrow value as a snapshot cell: exact integers as decimal text, dates as YYYY-MM-DD. */
function cellOf(value: unknown, kind: CellKind): SnapshotCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (kind === 'text' && typeof value === 'number') return String(value);
  if (kind === 'date' && (typeof value === 'number' || value instanceof Date)) return new Date(value).toISOString().slice(0, 10);
  if (typeof value === 'number') return kind === 'rupiah' || kind === 'count' ? String(value) : value;
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  return String(value);
}

export interface ArrowTableOptions {
  name: string;
  title: string;
  sql: string;
  labels?: Record<string, string>;
  kinds?: Record<string, CellKind>;
  /** Mask personal data in every cell (src/lib/masking). */
  mask: boolean;
}

/**
 * An engine answer as a table to export: every row, in order, each cell masked when asked
 * (the row is passed along, so a vendor's name is masked when the same row says the vendor
 * is an individual).
 */
export function snapshotTableOf(table: Table, options: ArrowTableOptions): SnapshotTable {
  const fields = table.schema.fields;
  const columns: SnapshotColumn[] = fields.map((field) => ({
    key: field.name,
    label: options.labels?.[field.name] ?? field.name,
    kind: kindOf(field.name, field.type, options.kinds?.[field.name])
  }));
  const vectors = fields.map((_, index) => table.getChildAt(index));
  const rows: SnapshotCell[][] = [];
  for (let r = 0; r < table.numRows; r++) {
    // No prototype: a column named like a built-in (`constructor`) is a column like any other.
    const record = Object.create(null) as Record<string, unknown>;
    fields.forEach((field, c) => (record[field.name] = vectors[c]?.get(r)));
    rows.push(columns.map((column) => cellOf(options.mask ? maskCell(column.key, record[column.key], record) : record[column.key], column.kind)));
  }
  return { name: options.name, title: options.title, columns, rows, totalRows: table.numRows, sql: options.sql };
}
