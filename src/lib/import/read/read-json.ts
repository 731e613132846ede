/**
 * JSON and NDJSON → RawTable. JSON.parse would turn 123456789012345678 into
 * 123456789012345680 and 114421517649.17 into whatever double is nearest; lossless-json keeps
 * every number as the literal text it was written as, which is exactly what a cell must be.
 */
import { parse } from 'lossless-json';
import type { FileFormat, RawTable } from '../raw-table';
import { UnreadableFileError } from '../raw-table';
import { decodeText } from './decode-text';
import { isbFailure } from './detect-format';
import { readEnvelope } from '../inaproc/envelope';
import { inaprocText } from '../../i18n/inaproc-id';
import { DuplicateKeys, jsonDuplicateWarning } from './json-duplicates';
import { isObject, tabulate, type Json } from './json-records';
import { hasIndexKey, recordKeyOrder } from './json-key-order';
import { readNdjson } from './read-ndjson';

export interface JsonOptions {
  encoding?: string;
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

interface FoundRecords {
  records: Json[];
  /** Shown to the user, e.g. '$.data'. */
  path: string;
  /** The keys leading to the records (['data']), to tell where a duplicate key sits. */
  keys: string[];
}

/** Where the records are: the top-level array, or the first array of objects inside an envelope. */
function findRecords(value: Json, keys: string[], depth: number): FoundRecords | undefined {
  const path = ['$', ...keys].join('.');
  if (Array.isArray(value)) return { records: value, path, keys };
  if (!isObject(value) || depth > 3) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child) && child.length > 0 && child.every((c) => isObject(c))) return findRecords(child, [...keys, key], depth + 1);
  }
  for (const [key, child] of Object.entries(value)) {
    const found = isObject(child) ? findRecords(child, [...keys, key], depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

export function readJson(bytes: Uint8Array, format: 'json' | 'ndjson' = 'json', options: JsonOptions = {}): RawTable {
  const decoded = decodeText(bytes, options.encoding);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (isbFailure(text)?.empty) return isbEmptyTable(format, decoded.encoding);
  const warnings = [...decoded.warnings];
  if (format === 'ndjson') return readNdjson(text, decoded.encoding, warnings);

  let value: Json;
  // Duplicate keys are legal JSON: the last value is kept, as JSON.parse keeps it, and reported.
  const duplicates = new DuplicateKeys();
  try {
    value = parse(text, null, duplicates.options);
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
  let found: FoundRecords | undefined = envelope ? { records: envelope.records, path: '$.data', keys: ['data'] } : findRecords(value, [], 0);
  const emptyList = isObject(value) ? Object.entries(value).find(([, v]) => Array.isArray(v) && v.length === 0) : undefined;
  // `{ "data": [] }` is an envelope with no records, not a record with a "data" column.
  if (!found && emptyList) found = { records: [], path: `$.${emptyList[0]}`, keys: [emptyList[0]] };
  if (!found && isObject(value)) {
    // One object with no list inside: a single record, as lookup endpoints return.
    found = { records: [value], path: '$', keys: [] };
    warnings.push({ code: 'json-single-object', message: 'Berkas JSON berisi satu objek; dibaca sebagai satu baris.' });
  }
  if (!found) throw new UnreadableFileError('json-shape', 'Berkas JSON ini tidak berisi daftar rekaman (array objek).');
  const lineNumbers = found.records.map((_, i) => i + 1);
  if (found.path !== '$') warnings.push({ code: 'json-envelope', message: `Rekaman diambil dari ${found.path}.` });
  const duplicated = jsonDuplicateWarning(duplicates, text, found.keys);
  if (duplicated) warnings.push(duplicated);
  const table = tabulate(found.records, warnings);
  return {
    ...(hasIndexKey(table.columns) ? tabulate(found.records, [], recordKeyOrder(text, found.keys)) : table),
    lineNumbers,
    source: { format: 'json', encoding: decoded.encoding, recordPath: found.path },
    warnings
  };
}
