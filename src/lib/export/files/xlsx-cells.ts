/**
 * How a value becomes a spreadsheet cell. Two promises to whoever opens the file:
 * nothing a user typed (a supplier's name, a package title) can run as a formula, and no
 * rupiah loses a digit.
 *
 * write-excel-file writes a cell of type String as a shared string (`t="s"`, text in
 * xl/sharedStrings.xml) and emits a formula (`<f>`) only for `type: 'Formula'`, which this
 * module never uses. The OWASP apostrophe is still added, because the same text often
 * travels on: copied into another sheet, saved as CSV, pasted into a formula bar.
 */
import type { CellObject } from 'write-excel-file/universal';
import type { CellKind, SnapshotCell } from '../snapshot';
import { neutraliseFormula } from '../../format/csv-text';
import { xmlSafe } from './xml-text';

/** Indonesian rupiah (locale 0x421); Excel shows the reader's own separators. */
export const RUPIAH_FORMAT = '[$Rp-421] #,##0';
export const COUNT_FORMAT = '#,##0';
export const FRACTION_FORMAT = '0.0%';
/** Headline ratios and targets, as the cards show them (47,62 %). */
export const RATIO_FORMAT = '0.00%';

/** Excel's limit for the text of one cell; longer text is cut when the file is opened. */
export const MAX_CELL_TEXT = 32_767;

/** A text cell: XML-safe, formula-neutralised, within Excel's length limit. */
export function textCell(text: string, style: Partial<CellObject> = {}): CellObject {
  const safe = neutraliseFormula(xmlSafe(text));
  const value = safe.length > MAX_CELL_TEXT ? `${safe.slice(0, MAX_CELL_TEXT - 1)}…` : safe;
  return { ...style, type: String, value };
}

export function headerCell(text: string): CellObject {
  return textCell(text, { fontWeight: 'bold' });
}

export function numberCell(value: number, format: string): CellObject {
  return { type: Number, value, format };
}

/**
 * The largest integer a spreadsheet keeps digit for digit. A double is exact up to 2^53
 * (9.007.199.254.740.992, 16 digits), but Excel keeps only 15 significant digits: it shows
 * and re-saves 1.234.567.890.123.456 as …450. Rupiah totals of a national year reach 16
 * digits, so the limit is Excel's, not JavaScript's Number.MAX_SAFE_INTEGER.
 */
export const EXACT_NUMBER_LIMIT = 999_999_999_999_999n;

/**
 * Rupiah and counts arrive as decimal text of an integer. Beyond EXACT_NUMBER_LIMIT (and so
 * beyond Number.MAX_SAFE_INTEGER) a number cell would silently change the last digits, so
 * such a value is written as text: exactness beats being summable.
 */
export function integerCell(value: string | number, format: string): CellObject {
  if (typeof value === 'number') return Number.isFinite(value) ? numberCell(value, format) : textCell(String(value));
  const text = value.trim();
  if (!/^[-+]?\d+$/.test(text)) return textCell(value);
  const exact = BigInt(text);
  if (exact > EXACT_NUMBER_LIMIT || exact < -EXACT_NUMBER_LIMIT) return textCell(text);
  return numberCell(Number(exact), format);
}

export function fractionCell(value: number | string, format = FRACTION_FORMAT): CellObject {
  const number = typeof value === 'number' ? value : Number(value.trim());
  return typeof value === 'string' && (value.trim() === '' || !Number.isFinite(number)) ? textCell(value) : numberCell(number, format);
}

/**
 * Days stay ISO text (2025-03-01), not Excel date serials: the snapshot's days carry no time
 * zone, a serial computed from a JavaScript Date can shift by one around midnight UTC, and
 * ISO text reads the same in every locale and sorts correctly as text.
 */
export function dateCell(value: string | number): CellObject {
  return textCell(String(value));
}

/** A table cell by its column's kind; empty cells stay empty. */
export function cellOf(kind: CellKind, cell: SnapshotCell): CellObject | null {
  if (cell === null || cell === '') return null;
  switch (kind) {
    case 'rupiah':
      return integerCell(cell, RUPIAH_FORMAT);
    case 'count':
      return integerCell(cell, COUNT_FORMAT);
    case 'fraction':
      return fractionCell(cell);
    case 'date':
      return dateCell(cell);
    case 'text':
      return textCell(String(cell));
  }
}

/** Excel forbids these in sheet names, and an apostrophe at either end. */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/**
 * A valid, unique sheet name. No OWASP apostrophe here: a sheet name is never evaluated,
 * and Excel rejects a name that starts with an apostrophe.
 */
export function sheetName(wanted: string, used: Set<string>, fallback: string): string {
  const cleaned = xmlSafe(wanted).replace(SHEET_FORBIDDEN, ' ').replace(/\s+/g, ' ').replace(/^['\s]+|['\s]+$/g, '');
  const base = (cleaned || fallback).slice(0, SHEET_NAME_MAX).replace(/['\s]+$/, '');
  let name = base;
  // Excel compares sheet names without regard to case.
  for (let n = 2; used.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).replace(/['\s]+$/, '')}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}

/** Column widths (in characters) from the longest text per column, within sane bounds. */
export function columnWidths(rows: readonly (readonly (CellObject | null)[])[], min = 8, max = 60): { width: number }[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      const length = cell?.value === undefined ? 0 : String(cell.value).split('\n')[0]?.length ?? 0;
      widths[index] = Math.max(widths[index] ?? min, Math.min(max, length + 2));
    });
  }
  return Array.from(widths, (width) => ({ width: width ?? min }));
}
