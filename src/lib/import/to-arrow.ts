import { Bool, DateDay, Int16, Int32, Int64, Utf8, tableToIPC, vectorFromArray, Table, type DataType } from 'apache-arrow';
import type { CanonicalColumn, SqlType } from './canonical-schema';
import type { RawTable } from './raw-table';

export type CanonicalValue = string | bigint | number | boolean | null;
export type CanonicalRow = Record<string, CanonicalValue>;

function arrowType(type: SqlType): DataType {
  switch (type) {
    case 'BIGINT':
      return new Int64();
    case 'SMALLINT':
      return new Int16();
    case 'INTEGER':
      return new Int32();
    case 'BOOLEAN':
      return new Bool();
    case 'DATE':
      return new DateDay();
    default:
      return new Utf8();
  }
}

/** Convert one cell to what the Arrow builder of its column takes; reject what does not fit. */
function cell(value: CanonicalValue | undefined, column: CanonicalColumn): unknown {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'BIGINT':
      return typeof value === 'bigint' ? value : BigInt(value as number | string);
    case 'SMALLINT':
    case 'INTEGER':
      return Number(value);
    case 'BOOLEAN':
      return Boolean(value);
    case 'DATE': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      if (!match) throw new Error(`${column.name}: tanggal tidak valid "${String(value)}"`);
      return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    }
    default:
      return String(value);
  }
}

/**
 * A canonical table as Arrow with the column types of schema.sql, every schema column
 * present (missing ones are null), ready for DuckDB's insertArrowFromIPCStream.
 */
export function canonicalTableToIpc(rows: readonly CanonicalRow[], columns: readonly CanonicalColumn[]): Uint8Array {
  const vectors = Object.fromEntries(
    columns.map((column) => [column.name, vectorFromArray(rows.map((row) => cell(row[column.name], column)), arrowType(column.type))])
  );
  return tableToIPC(new Table(vectors), 'stream');
}

/** The table exactly as read: every column text. */
export function rawTableToIpc(raw: RawTable): Uint8Array {
  const vectors = Object.fromEntries(
    raw.columns.map((name, index) => [name, vectorFromArray(raw.rows.map((row) => row[index] ?? null), new Utf8())])
  );
  return tableToIPC(new Table(vectors), 'stream');
}
