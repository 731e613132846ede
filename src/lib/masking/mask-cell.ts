/**
 * The one entry point the screens and every export call per cell when "Samarkan data
 * pribadi" is on. Pure TypeScript without DOM, so the CSV export worker runs the same rules
 * as the screen: a personal column (by its name) is replaced whole by its token, any other
 * text goes through the free-text patterns, and numbers of ordinary columns (amounts, codes)
 * are never touched.
 */
import { maskingId } from '../i18n/masking-id';
import { columnRule, normaliseColumn, type ColumnKind } from './mask-columns';
import { maskText } from './mask-text';

export type Row = Readonly<Record<string, unknown>>;

/**
 * Columns saying what legal form a vendor has: Telisik's jenis_penyedia ('perseorangan')
 * and bentuk_usaha ('Perorangan'), SPSE e-kontrak's bentuk_usaha_penyedia ('Orang
 * Perseorangan', 'Konsultan Perseorangan'). Not e-kontrak's tipe_penyedia: its 'Penyedia
 * Perseorangan' means a single vendor as opposed to a KSO, and the real file has it on a PT.
 */
const VENDOR_FORM = new Set(['jenis_penyedia', 'bentuk_usaha', 'bentuk_usaha_penyedia']);

/**
 * A form that is a natural person. 'PT Perorangan' (Perseroan Terbatas (PT) Perorangan) has
 * the word too but is a company under UU 6/2023, so its name stays visible.
 */
export function isIndividualForm(text: string): boolean {
  const t = text.toLowerCase();
  return /perseorangan|perorangan|individu/.test(t) && !/perseroan|\bpt\b/.test(t);
}

/**
 * True when the row says its vendor is a person: one of the form columns above, or
 * is_badan_usaha = false (the canonical penyedia table; Telisik derives jenis_penyedia
 * 'perseorangan' from it, so usaha dagang count as individuals there too). A row that does
 * not say is treated as not individual: vendor names are public on LPSE announcements and
 * are the main key of the analysis.
 */
export function isIndividualVendor(row: Row | undefined): boolean {
  if (!row) return false;
  for (const [column, value] of Object.entries(row)) {
    if (typeof value === 'string' && VENDOR_FORM.has(normaliseColumn(column)) && isIndividualForm(value)) return true;
  }
  return row['is_badan_usaha'] === false;
}

/** A personal column's value as its token; empty text and booleans say nothing about anyone. */
function hide(kind: ColumnKind, value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && value.trim() === '') return value;
  return maskingId.token[kind];
}

/**
 * `value` of `column`, masked. `row` (the whole record) lets a vendor-name column be masked
 * when the same row says the vendor is an individual; without it vendor names stay.
 */
export function maskCell(column: string, value: unknown, row?: Row): unknown {
  if (value === null || value === undefined) return value;
  const rule = columnRule(column);
  if (rule && (!rule.whenIndividual || isIndividualVendor(row))) return hide(rule.kind, value);
  return typeof value === 'string' ? maskText(value) : value;
}

/** Every cell of a record masked, in a new object (the record itself is not changed). */
export function maskRow(row: Row): Record<string, unknown> {
  const masked: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) masked[column] = maskCell(column, value, row);
  return masked;
}
