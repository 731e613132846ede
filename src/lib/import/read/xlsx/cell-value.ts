/**
 * One cell's text, from what its XML holds: the type `t`, the style `s`, the value `<v>` and
 * an inline string. The same text the import produced with read-excel-file 9.3.17 and its
 * `parseNumber` hook: a number exactly as stored, a date as `YYYY-MM-DD[ HH:MM:SS]`, a
 * boolean as `true`/`false`, strings untrimmed; empty strings, errors (`#N/A`) and formulas
 * without a cached result are empty cells (null).
 */
import { unescapeSpreadsheetText } from './xml-text';

export interface CellContext {
  sharedStrings: readonly string[];
  /** Per cell style: whether its number format shows a date. */
  dateStyles: readonly boolean[];
  epoch1904: boolean;
  /** Called when a number is an integer beyond 2^53: Excel rounded it before saving. */
  onLossy: () => void;
}

/** A cell whose XML cannot mean anything; the reason is an Indonesian phrase. */
export class CellValueError extends Error {}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY_MS = 86_400_000;
/** Serial day of 1970-01-01 in the 1900 system (which counts the fictitious 1900-02-29). */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 systems' day zero. */
const EPOCH_1904_OFFSET = 1_462;

/** Excel dates carry no zone: a serial day is read as UTC and written as its wall-clock text. */
export function dateText(date: Date): string {
  const ms = Math.round(date.getTime() / 1000) * 1000; // serial fractions drift by microseconds
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (ms % DAY_MS === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function serialDate(serial: number, epoch1904: boolean): Date {
  return new Date(Math.floor((serial + (epoch1904 ? EPOCH_1904_OFFSET : 0) - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/** A number cell's text; for integers beyond 2^53 the stored digits are already Excel's rounding. */
export function numberText(stored: string, lossy: () => void): string {
  const value = Number(stored);
  if (!Number.isFinite(value)) return stored;
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    lossy();
    return /^-?\d+$/.test(stored) ? stored : BigInt(value).toString();
  }
  return String(value);
}

const textOrEmpty = (text: string) => (text === '' ? null : text);

function numberCell(style: string | undefined, v: string, context: CellContext): string {
  if (style) {
    const isDate = context.dateStyles[Number(style)];
    if (isDate === undefined) throw new CellValueError(`gaya sel ${style} tidak ada di buku kerja`);
    if (isDate) {
      const serial = Number(v);
      if (Number.isNaN(serial)) throw new CellValueError(`tanggal "${v}" bukan angka`);
      return dateText(serialDate(serial, context.epoch1904));
    }
  }
  return numberText(v, context.onLossy);
}

/**
 * `v` is undefined when the cell has no `<v>`, `inline` when it has no `<is>`. Throws
 * CellValueError for a value that contradicts its type.
 */
export function cellValue(type: string | undefined, style: string | undefined, v: string | undefined, inline: string | undefined, context: CellContext): string | null {
  switch (type || 'n') {
    case 'n':
      return v ? numberCell(style, v, context) : null;
    case 's': {
      if (!v) return null;
      const text = context.sharedStrings[Number(v)];
      if (text === undefined) throw new CellValueError(`teks bersama nomor ${v} tidak ada`);
      return textOrEmpty(text);
    }
    case 'str': // a formula's cached text
      return v ? textOrEmpty(unescapeSpreadsheetText(v)) : null;
    case 'inlineStr':
      return inline === undefined ? null : textOrEmpty(inline);
    case 'b':
      if (!v) return null;
      if (v === '1' || v === '0') return v === '1' ? 'true' : 'false';
      throw new CellValueError(`nilai logika "${v}" bukan 0 atau 1`);
    case 'e': // #N/A, #DIV/0!: no value
      return null;
    case 'd': {
      if (!v) return null;
      const date = new Date(v);
      if (Number.isNaN(date.getTime())) throw new CellValueError(`tanggal "${v}" tidak sah`);
      return dateText(date);
    }
    default:
      throw new CellValueError(`jenis sel "${type}" tidak dikenal`);
  }
}
