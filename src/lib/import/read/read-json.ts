/**
 * JSON and NDJSON → RawTable. JSON.parse would turn 123456789012345678 into
 * 123456789012345680 and 114421517649.17 into whatever double is nearest; lossless-json keeps
 * every number as the literal text it was written as, which is exactly what a cell must be.
 */
import { isLosslessNumber, parse, stringify } from 'lossless-json';
import type { FileFormat, ImportMessage, RawTable } from '../raw-table';
import { UnreadableFileError } from '../raw-table';
import { decodeText } from './decode-text';
import { isbFailure } from './detect-format';
import { readEnvelope } from '../inaproc/envelope';
import { inaprocText } from '../../i18n/inaproc-id';

export interface JsonOptions {
  encoding?: string;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isLosslessNumber(value);
}

// Duplicate keys are legal JSON; keep the last value as JSON.parse does instead of failing.
const parseLossless = (text: string): Json => parse(text, null, { onDuplicateKey: ({ newValue }) => newValue });

/** A cell's text: numbers as written, nested values as their JSON text, "" as empty. */
function cellText(value: Json): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isLosslessNumber(value)) return value.value;
  return stringify(value) ?? null;
}

export function isbEmptyTable(format: FileFormat, encoding?: string): RawTable {
  return {
    columns: [],
    rows: [],
    lineNumbers: [],
    source: { format, ...(encoding ? { encoding } : {}) },
    warnings: [{ code: 'isb-empty', message: 'Respons ISB: data kosong (tidak ada data untuk parameter ini).' }]
  };
}

/** Where the records are: the top-level array, or the first array of objects inside an envelope. */
function findRecords(value: Json, path: string, depth: number): { records: Json[]; path: string } | undefined {
  if (Array.isArray(value)) return { records: value, path };
  if (!isObject(value) || depth > 3) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child) && child.length > 0 && child.every((c) => isObject(c))) return { records: child, path: `${path}.${key}` };
  }
  for (const [key, child] of Object.entries(value)) {
    const found = isObject(child) ? findRecords(child, `${path}.${key}`, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Records → table. Columns are the union of keys in first-seen order. */
function tabulate(records: Json[], warnings: ImportMessage[]): Pick<RawTable, 'columns' | 'rows'> {
  const index = new Map<string, number>();
  const objects: JsonObject[] = records.map((r, i) => {
    if (isObject(r)) return r;
    // Positional rows (arrays, as in DataTables dumps) get kolom_1…; a bare value one column.
    const cells = Array.isArray(r) ? r : [r];
    if (i === 0) warnings.push({ code: 'json-positional', message: 'Rekaman JSON bukan objek; kolom dinamai menurut urutannya (kolom_1, kolom_2, …).' });
    return Object.fromEntries(cells.map((c, k) => [`kolom_${k + 1}`, c]));
  });
  for (const o of objects) for (const key of Object.keys(o)) if (!index.has(key)) index.set(key, index.size);
  const columns = [...index.keys()];
  const rows = objects.map((o) => {
    const row = new Array<string | null>(columns.length).fill(null);
    for (const [key, value] of Object.entries(o)) row[index.get(key) as number] = cellText(value);
    return row;
  });
  return { columns, rows };
}

function readNdjson(text: string, encoding: string, warnings: ImportMessage[]): RawTable {
  const records: Json[] = [];
  const lineNumbers: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push(parseLossless(line));
      lineNumbers.push(i + 1);
    } catch {
      warnings.push({ code: 'bad-json-line', message: `Baris ${i + 1} bukan JSON yang sah dan dilewati.`, line: i + 1 });
    }
  });
  return { ...tabulate(records, warnings), lineNumbers, source: { format: 'ndjson', encoding, recordPath: '$' }, warnings };
}

export function readJson(bytes: Uint8Array, format: 'json' | 'ndjson' = 'json', options: JsonOptions = {}): RawTable {
  const decoded = decodeText(bytes, options.encoding);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (isbFailure(text)?.empty) return isbEmptyTable(format, decoded.encoding);
  const warnings = [...decoded.warnings];
  if (format === 'ndjson') return readNdjson(text, decoded.encoding, warnings);

  let value: Json;
  try {
    value = parseLossless(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError('json-invalid', `Berkas JSON tidak sah dan tidak dapat dibaca (${detail}).`);
  }
  if (typeof value === 'string' && isbFailure(value)?.empty) return isbEmptyTable(format, decoded.encoding);
  // An INAPROC page: its records are `data` (null on an empty page), an error reply is no data.
  const envelope = readEnvelope(value);
  if (envelope?.kind === 'error') throw new UnreadableFileError('inaproc-error', inaprocText.errorReply(envelope.message));
  if (envelope?.kind === 'page' && envelope.records.length === 0) {
    return { ...isbEmptyTable(format, decoded.encoding), warnings: [{ code: 'inaproc-empty', message: inaprocText.emptyPage }] };
  }
  if (envelope?.meta.hasMore === true) warnings.push({ code: 'inaproc-more-pages', message: inaprocText.morePages });
  let found = envelope ? { records: envelope.records, path: '$.data' } : findRecords(value, '$', 0);
  const emptyList = isObject(value) ? Object.entries(value).find(([, v]) => Array.isArray(v) && v.length === 0) : undefined;
  // `{ "data": [] }` is an envelope with no records, not a record with a "data" column.
  if (!found && emptyList) found = { records: [], path: `$.${emptyList[0]}` };
  if (!found && isObject(value)) {
    // One object with no list inside: a single record, as lookup endpoints return.
    found = { records: [value], path: '$' };
    warnings.push({ code: 'json-single-object', message: 'Berkas JSON berisi satu objek; dibaca sebagai satu baris.' });
  }
  if (!found) throw new UnreadableFileError('json-shape', 'Berkas JSON ini tidak berisi daftar rekaman (array objek).');
  const lineNumbers = found.records.map((_, i) => i + 1);
  if (found.path !== '$') warnings.push({ code: 'json-envelope', message: `Rekaman diambil dari ${found.path}.` });
  return {
    ...tabulate(found.records, warnings),
    lineNumbers,
    source: { format: 'json', encoding: decoded.encoding, recordPath: found.path },
    warnings
  };
}
