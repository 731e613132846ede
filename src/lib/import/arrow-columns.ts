/**
 * Arrow columns built straight from typed arrays with `makeData`, never through Arrow's
 * builders: `vectorFromArray` compiles its null check with `new Function()`, which a strict
 * Content Security Policy (no 'unsafe-eval') forbids in the import worker
 * (apache/arrow-js builder/valid.ts `createIsValidFunction`).
 */
import { Bool, DateDay, Float64, Int16, Int32, Int64, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';

/** One bit per row, 1 = value present; null when every row has a value (Arrow's convention). */
class Validity {
  readonly bits: Uint8Array;
  nulls = 0;
  constructor(length: number) {
    this.bits = new Uint8Array(Math.ceil(length / 8));
  }
  set(row: number, present: boolean): void {
    if (present) this.bits[row >> 3] = (this.bits[row >> 3] as number) | (1 << (row & 7));
    else this.nulls++;
  }
  bitmap(): Uint8Array | undefined {
    return this.nulls === 0 ? undefined : this.bits;
  }
}

type Cell<T> = (row: number) => T | null;

/** Visits every row once: records which are present and hands present values to `store`. */
function fill<T>(length: number, cell: Cell<T>, store: (row: number, value: T) => void): Validity {
  const valid = new Validity(length);
  for (let i = 0; i < length; i++) {
    const v = cell(i);
    valid.set(i, v !== null);
    if (v !== null) store(i, v);
  }
  return valid;
}

export function int64Column(length: number, cell: Cell<bigint>): Vector {
  const data = new BigInt64Array(length);
  const valid = fill(length, cell, (i, v) => (data[i] = v));
  return makeVector(makeData({ type: new Int64(), length, nullCount: valid.nulls, nullBitmap: valid.bitmap(), data }));
}

export function float64Column(length: number, cell: Cell<number>): Vector {
  const data = new Float64Array(length);
  const valid = fill(length, cell, (i, v) => (data[i] = v));
  return makeVector(makeData({ type: new Float64(), length, nullCount: valid.nulls, nullBitmap: valid.bitmap(), data }));
}

export function int32Column(length: number, cell: Cell<number>): Vector {
  const data = new Int32Array(length);
  const valid = fill(length, cell, (i, v) => (data[i] = v));
  return makeVector(makeData({ type: new Int32(), length, nullCount: valid.nulls, nullBitmap: valid.bitmap(), data }));
}

export function int16Column(length: number, cell: Cell<number>): Vector {
  const data = new Int16Array(length);
  const valid = fill(length, cell, (i, v) => (data[i] = v));
  return makeVector(makeData({ type: new Int16(), length, nullCount: valid.nulls, nullBitmap: valid.bitmap(), data }));
}

/** Days since 1970-01-01, as DuckDB's DATE arrives from Arrow. */
export function dateDayColumn(length: number, cell: Cell<number>): Vector {
  const data = new Int32Array(length);
  const valid = fill(length, cell, (i, v) => (data[i] = v));
  return makeVector(makeData({ type: new DateDay(), length, nullCount: valid.nulls, nullBitmap: valid.bitmap(), data }));
}

export function boolColumn(length: number, cell: Cell<boolean>): Vector {
  const data = new Uint8Array(Math.ceil(length / 8));
  const valid = fill(length, cell, (i, v) => {
    if (v) data[i >> 3] = (data[i >> 3] as number) | (1 << (i & 7));
  });
  return makeVector(makeData({ type: new Bool(), length, nullCount: valid.nulls, nullBitmap: valid.bitmap(), data }));
}

const encoder = new TextEncoder();

export function utf8Column(length: number, cell: Cell<string>): Vector {
  const parts: Uint8Array[] = [];
  const valueOffsets = new Int32Array(length + 1);
  let size = 0;
  const valid = fill(length, cell, (i, v) => {
    const bytes = encoder.encode(v);
    parts.push(bytes);
    size += bytes.length;
    // Arrow's 32-bit offsets: more than 2 GiB of text cannot travel as one column.
    if (size > 0x7fffffff) throw new RangeError('Kolom teks melebihi 2 GiB dan tidak dapat dikirim ke mesin data dalam satu bagian.');
    valueOffsets[i + 1] = size;
  });
  // A null row has the same end offset as the row before it.
  for (let i = 1; i <= length; i++) if ((valueOffsets[i] as number) < (valueOffsets[i - 1] as number)) valueOffsets[i] = valueOffsets[i - 1] as number;
  const data = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    data.set(part, at);
    at += part.length;
  }
  return makeVector(makeData({ type: new Utf8(), length, nullCount: valid.nulls, nullBitmap: valid.bitmap(), valueOffsets, data }));
}
