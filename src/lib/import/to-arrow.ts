/**
 * Canonical and raw tables → Arrow IPC stream bytes for DuckDB's insertArrowFromIPCStream.
 * Columns are encoded by ./arrow-columns (no Arrow builders, so no generated code under CSP).
 */
import { Field, RecordBatch, Schema, Struct, Table, makeData, tableToIPC, type Vector } from 'apache-arrow';
import type { CanonicalColumn } from './canonical-schema';
import type { RawTable } from './raw-table';
import { boolColumn, dateDayColumn, int16Column, int32Column, int64Column, utf8Column } from './arrow-columns';

export type CanonicalValue = string | bigint | number | boolean | null;
export type CanonicalRow = Record<string, CanonicalValue>;

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → days since 1970-01-01; anything else is a bug upstream, not a null. */
function epochDay(value: CanonicalValue, column: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (!match) throw new Error(`${column}: tanggal tidak valid "${String(value)}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** One canonical column with the type schema.sql gives it; a missing value is null. */
function canonicalColumn(rows: readonly CanonicalRow[], column: CanonicalColumn): Vector {
  const at = (i: number): CanonicalValue => (rows[i] as CanonicalRow)[column.name] ?? null;
  const n = rows.length;
  const present = <T>(convert: (v: CanonicalValue) => T) => (i: number): T | null => {
    const v = at(i);
    return v === null ? null : convert(v);
  };
  switch (column.type) {
    case 'BIGINT':
      return int64Column(n, present((v) => (typeof v === 'bigint' ? v : BigInt(v as number | string))));
    case 'INTEGER':
      return int32Column(n, present(Number));
    case 'SMALLINT':
      return int16Column(n, present(Number));
    case 'BOOLEAN':
      return boolColumn(n, present(Boolean));
    case 'DATE':
      return dateDayColumn(n, present((v) => epochDay(v, column.name)));
    default:
      return utf8Column(n, present(String));
  }
}

/**
 * A table whose columns keep the given order. Arrow's `new Table({ name: vector })` takes
 * them from an object, and an object lists integer-like keys ("2", "2024") first: a year
 * column would jump to the front.
 */
function orderedTable(names: readonly string[], vectors: readonly Vector[], length: number): Table {
  const fields = names.map((name, i) => new Field(name, (vectors[i] as Vector).type, true));
  const children = vectors.map((v) => v.data[0] as NonNullable<Vector['data'][number]>);
  const data = makeData({ type: new Struct(fields), length, nullCount: 0, children });
  return new Table([new RecordBatch(new Schema(fields), data)]);
}

/** Every schema column present, in the schema's order. */
export function canonicalTableToIpc(rows: readonly CanonicalRow[], columns: readonly CanonicalColumn[]): Uint8Array {
  const vectors = columns.map((column) => canonicalColumn(rows, column));
  return tableToIPC(orderedTable(columns.map((c) => c.name), vectors, rows.length), 'stream');
}

/** The table exactly as read: every column text, in the file's order. */
export function rawTableToIpc(raw: RawTable): Uint8Array {
  const vectors = raw.columns.map((_, index) => utf8Column(raw.rows.length, (i) => (raw.rows[i] as (string | null)[])[index] ?? null));
  return tableToIPC(orderedTable(raw.columns, vectors, raw.rows.length), 'stream');
}
