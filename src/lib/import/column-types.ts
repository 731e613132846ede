import { detectNumberStyle, isBlank, parseDate, parseNumber, parsePercent, parseRupiah, type DateFormat } from './values';

export type ColumnType = 'kosong' | 'tanggal' | 'persen' | 'uang' | 'angka' | 'kode' | 'teks';

/** Most of the non-blank cells must fit, so a stray note in a column does not hide its type. */
const SHARE = 0.8;

/**
 * What a column's values look like, for the preview step: the detected type the user
 * checks before mapping. Codes (leading zeros, long digit strings) are told apart from
 * numbers because they must stay text.
 */
export function detectColumnType(values: readonly (string | null)[], dateFormat: DateFormat | null = null): ColumnType {
  const cells = values.filter((v): v is string => !isBlank(v)).map((v) => v.trim());
  if (cells.length === 0) return 'kosong';
  const fits = (test: (cell: string) => boolean) => cells.filter(test).length >= SHARE * cells.length;
  const style = detectNumberStyle(cells);
  if (fits((c) => /^0\d|^\d{16,}$/.test(c) || /^\d+(\.\d+){2,}$/.test(c))) return 'kode';
  if (fits((c) => /[/\- ]/.test(c) && parseDate(c, dateFormat ?? undefined).kind === 'value')) return 'tanggal';
  if (fits((c) => c.includes('%') && parsePercent(c, style).kind === 'value')) return 'persen';
  if (fits((c) => /rp|idr|jt|juta|miliar|\bm\b/i.test(c) && parseRupiah(c, style).kind === 'value')) return 'uang';
  if (fits((c) => parseNumber(c, style).kind === 'value')) return 'angka';
  return 'teks';
}
