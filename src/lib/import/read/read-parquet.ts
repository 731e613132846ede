/**
 * Parquet → RawTable with hyparquet (pure JS, reads an ArrayBuffer) and hyparquet-compressors
 * (zstd, gzip, brotli, lz4: DuckDB writes zstd or snappy). Every value becomes text without
 * passing through a lossy JS number: INT64 arrives as bigint, and DECIMAL columns are read as
 * their unscaled integers and written out with the scale by hand, because hyparquet would
 * otherwise multiply them by 10^-scale as doubles.
 */
import { parquetMetadata, parquetRead, type FileMetaData, type ParquetParsers, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { stringify } from 'lossless-json';
import type { RawTable } from '../raw-table';
import { UnreadableFileError } from '../raw-table';

const pad = (n: number | bigint, width = 2) => String(n).padStart(width, '0');

function dayText(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `YYYY-MM-DD HH:MM:SS[.fraction]` from a count of units since the epoch, exact to the unit. */
function timestampText(value: bigint, unitsPerSecond: bigint, digits: number): string {
  let seconds = value / unitsPerSecond;
  let fraction = value % unitsPerSecond;
  if (fraction < 0n) {
    fraction += unitsPerSecond;
    seconds -= 1n;
  }
  const d = new Date(Number(seconds) * 1000);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const frac = fraction === 0n ? '' : `.${pad(fraction, digits).replace(/0+$/, '')}`;
  return `${dayText(d)} ${time}${frac}`;
}

const utf8 = new TextDecoder('utf-8');
const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v: bigint) => timestampText(BigInt(v), 1000n, 3),
  timestampFromMicroseconds: (v: bigint) => timestampText(BigInt(v), 1_000_000n, 6),
  timestampFromNanoseconds: (v: bigint) => timestampText(BigInt(v), 1_000_000_000n, 9),
  dateFromDays: (days: number) => dayText(new Date(days * 86_400_000)),
  // Keep JSON columns as their text: JSON.parse would round big numbers inside them.
  jsonFromBytes: (bytes: Uint8Array) => bytes && utf8.decode(bytes)
};

/** Big-endian two's complement bytes → bigint (DECIMAL stored as a byte array). */
function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  if (bytes.length > 0 && ((bytes[0] as number) & 0x80) !== 0) value -= 1n << BigInt(bytes.length * 8);
  return value;
}

function decimalText(raw: unknown, scale: number): string | null {
  if (raw === null || raw === undefined) return null;
  const unscaled = raw instanceof Uint8Array ? bytesToBigInt(raw) : BigInt(raw as number | bigint);
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'bigint' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) {
    try {
      return strictUtf8.decode(value);
    } catch {
      return `0x${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
  }
  return stringify(value) ?? null;
}

/** Top-level columns, with the scale of each primitive DECIMAL one. */
function topLevelColumns(schema: SchemaElement[]): { name: string; scale?: number }[] {
  const columns: { name: string; scale?: number }[] = [];
  let i = 1;
  const skip = (index: number): number => {
    let next = index + 1;
    for (let c = 0; c < (schema[index]?.num_children ?? 0); c++) next = skip(next);
    return next;
  };
  while (i < schema.length) {
    const el = schema[i] as SchemaElement;
    const decimal = !el.num_children && (el.converted_type === 'DECIMAL' || el.logical_type?.type === 'DECIMAL');
    columns.push({ name: el.name, ...(decimal ? { scale: el.scale ?? 0 } : {}) });
    i = skip(i);
  }
  return columns;
}

const corrupt = (detail: string) =>
  new UnreadableFileError('parquet-corrupt', `Berkas Parquet rusak dan tidak dapat dibaca (${detail}).`);

export async function readParquet(bytes: Uint8Array): Promise<RawTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const n = bytes.length;
  if (n < 12 || bytes[n - 4] !== 0x50 || bytes[n - 3] !== 0x41 || bytes[n - 2] !== 0x52 || bytes[n - 1] !== 0x31) {
    throw new UnreadableFileError('parquet-truncated', 'Berkas Parquet terpotong: penanda akhir berkas tidak ada. Unduh atau salin ulang berkasnya.');
  }
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer, { parsers: PARSERS });
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error));
  }
  const columns = topLevelColumns(metadata.schema);
  // Hide the DECIMAL annotation from hyparquet so it hands over the exact unscaled integers.
  const schema = metadata.schema.map((el, i) =>
    i > 0 && !el.num_children && (el.converted_type === 'DECIMAL' || el.logical_type?.type === 'DECIMAL')
      ? { ...el, converted_type: undefined, logical_type: undefined }
      : el
  );
  let data: unknown[][] = [];
  try {
    await parquetRead({
      file: buffer,
      metadata: { ...metadata, schema },
      compressors,
      parsers: PARSERS,
      utf8: false, // un-annotated byte arrays: decoded below only when they are valid UTF-8
      onComplete: (rows: unknown[][]) => {
        data = rows;
      }
    });
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error));
  }
  const rows = data.map((row) =>
    columns.map((col, c) => (col.scale !== undefined ? decimalText(row[c], col.scale) : cellText(row[c])))
  );
  return {
    columns: columns.map((c) => c.name),
    rows,
    lineNumbers: rows.map((_, i) => i + 1),
    source: { format: 'parquet' },
    warnings: []
  };
}
