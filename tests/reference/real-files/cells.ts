/**
 * One source row as text cells, whatever the file format: a JSON record and a CSV line of
 * the same export must read the same. null = no value (JSON null, an empty cell, or the
 * text 'null' that ISB's CSV exports write for a database NULL).
 */
import { JsonNumber, type JsonValue } from './exact-json';

export type TextRow = Readonly<Record<string, string | null>>;

export function textOf(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'null' ? null : trimmed;
}

/** A JSON record's fields as text: numbers keep their digits, nested values their JSON text. */
export function jsonRecordToText(record: JsonValue): TextRow {
  if (record === null || typeof record !== 'object' || Array.isArray(record) || record instanceof JsonNumber) {
    throw new TypeError('expected a JSON object per record');
  }
  const out: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(record)) out[key] = jsonCellText(value);
  return out;
}

export function jsonCellText(value: JsonValue): string | null {
  if (value === null) return null;
  if (value instanceof JsonNumber) return value.text;
  if (typeof value === 'string') return textOf(value);
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof JsonNumber ? Number(v.text) : v));
}
