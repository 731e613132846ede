/**
 * NDJSON (one JSON record per line) → RawTable. A line that is not JSON cannot become a
 * row, but it must not vanish either: it is handed on as an unreadable record with its line
 * number, its text and the reason, and the quality report counts it as a rejected row.
 */
import { parse } from 'lossless-json';
import type { ImportMessage, RawTable, UnreadableRecord } from '../raw-table';
import { readText } from '../../i18n/import-read-id';
import { DuplicateKeys, ndjsonDuplicateWarning } from './json-duplicates';
import { tabulate, type Json } from './json-records';
import { hasIndexKey, recordKeyOrder } from './json-key-order';

/** Where lossless-json stopped understanding the line, as a 1-based character number. */
function brokenAt(error: unknown): number | null {
  const at = error instanceof Error ? /at position (\d+)/.exec(error.message) : null;
  return at ? Number(at[1]) + 1 : null;
}

export function readNdjson(text: string, encoding: string, warnings: ImportMessage[]): RawTable {
  const records: Json[] = [];
  const lineNumbers: number[] = [];
  const unreadable: UnreadableRecord[] = [];
  const duplicates = new DuplicateKeys();
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    duplicates.line = i + 1;
    try {
      records.push(parse(line, null, duplicates.options));
      lineNumbers.push(i + 1);
    } catch (error) {
      duplicates.forgetLine(i + 1);
      unreadable.push({ line: i + 1, reason: readText.badJsonReason(brokenAt(error)), content: line });
    }
  });
  const first = unreadable[0];
  if (first) warnings.push({ code: 'bad-json-line', message: readText.badJsonLines(unreadable.length, first.line), line: first.line });
  const duplicated = ndjsonDuplicateWarning(duplicates);
  if (duplicated) warnings.push(duplicated);
  const table = tabulate(records, warnings);
  // Parsed objects put "2024"-like keys first: take the order from the lines' text instead.
  const ordered = () => {
    const order: string[] = [];
    const seen = new Set<string>();
    for (const line of text.split(/\r\n|\r|\n/)) recordKeyOrder(line, [], order, seen);
    return tabulate(records, [], order);
  };
  return {
    ...(hasIndexKey(table.columns) ? ordered() : table),
    lineNumbers,
    source: { format: 'ndjson', encoding, recordPath: '$' },
    warnings,
    ...(unreadable.length > 0 ? { unreadable } : {})
  };
}
