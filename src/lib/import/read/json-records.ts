/**
 * Parsed JSON records → the columns and rows of a RawTable, shared by the JSON and the
 * NDJSON reader. Numbers arrive as lossless-json's LosslessNumber, so every cell is the
 * literal text the file wrote.
 */
import { isLosslessNumber, stringify } from 'lossless-json';
import type { ImportMessage, RawTable } from '../raw-table';

export type Json = unknown;
export type JsonObject = Record<string, Json>;

export function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isLosslessNumber(value);
}

/** A cell's text: numbers as written, nested values as their JSON text, "" as empty. */
function cellText(value: Json): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isLosslessNumber(value)) return value.value;
  return stringify(value) ?? null;
}

/**
 * Records → table. Columns are the union of keys in first-seen order; `keyOrder`, the keys as
 * the text wrote them (./json-key-order.ts), comes first when given.
 */
export function tabulate(records: Json[], warnings: ImportMessage[], keyOrder: readonly string[] = []): Pick<RawTable, 'columns' | 'rows'> {
  const index = new Map<string, number>();
  const objects: JsonObject[] = records.map((r, i) => {
    if (isObject(r)) return r;
    // Positional rows (arrays, as in DataTables dumps) get kolom_1…; a bare value one column.
    const cells = Array.isArray(r) ? r : [r];
    if (i === 0) warnings.push({ code: 'json-positional', message: 'Rekaman JSON bukan objek; kolom dinamai menurut urutannya (kolom_1, kolom_2, …).' });
    return Object.fromEntries(cells.map((c, k) => [`kolom_${k + 1}`, c]));
  });
  for (const o of objects) for (const key of Object.keys(o)) if (!index.has(key)) index.set(key, index.size);
  if (keyOrder.length > 0) {
    // The text's order for the keys the records have, then any the text walk did not see.
    const present = new Set(index.keys());
    index.clear();
    for (const key of keyOrder) if (!index.has(key) && present.has(key)) index.set(key, index.size);
    for (const key of present) if (!index.has(key)) index.set(key, index.size);
  }
  const columns = [...index.keys()];
  const rows = objects.map((o) => {
    const row = new Array<string | null>(columns.length).fill(null);
    for (const [key, value] of Object.entries(o)) row[index.get(key) as number] = cellText(value);
    return row;
  });
  return { columns, rows };
}
