/**
 * Reading the fields a canonical row cannot do without. A missing or unreadable one rejects
 * the row with a reason the user can act on (which column, what was in it).
 */

import { parseIdentifier, type ExactDecimal } from '../values';
import type { Cells } from './cells';
import type { MappingState } from './mapping-state';

/** Runs `map` on every row that is not entirely blank; blank rows are reported, not loaded. */
export function eachRow(cells: Cells, state: MappingState, map: (r: number, line: number) => void): void {
  for (let r = 0; r < cells.rowCount; r++) {
    const line = cells.line(r);
    if (cells.isEmptyRow(r)) {
      state.reject(line, 'Baris kosong.');
      state.notice('empty-row', 'Baris kosong dilewati.', line);
      continue;
    }
    map(r, line);
  }
}

export function tahunOf(cells: Cells, state: MappingState, r: number): number | null {
  const found = cells.first(r, ['tahun_anggaran', 'tahun']);
  const text = found?.text.replace(/\.0+$/, '') ?? null;
  if (text !== null && /^\d{4}$/.test(text)) return Number(text);
  state.reject(cells.line(r), text === null ? 'Tahun anggaran kosong.' : `Tahun anggaran tidak valid: "${text}".`);
  return null;
}

export function requiredId(cells: Cells, state: MappingState, r: number, column: string): string | null {
  const parsed = cells.id(r, column);
  if (parsed.kind === 'value') return parsed.value;
  state.reject(cells.line(r), parsed.kind === 'empty' ? `Kolom ${column} kosong.` : `Kolom ${column}: ${parsed.reason}`);
  return null;
}

export function requiredDecimal(cells: Cells, state: MappingState, r: number, column: string): ExactDecimal | null {
  const parsed = cells.money(r, column);
  if (parsed.kind === 'value') return parsed.value;
  state.reject(cells.line(r), parsed.kind === 'empty' ? `Kolom ${column} kosong.` : `Kolom ${column}: ${parsed.reason}`);
  return null;
}

export function requiredMoney(cells: Cells, state: MappingState, r: number, column: string): bigint | null {
  const value = requiredDecimal(cells, state, r, column);
  return value === null ? null : state.rupiah(value);
}

/** The first of `columns` that has a value, as YYYY-MM-DD. */
export function requiredDate(cells: Cells, state: MappingState, r: number, columns: readonly string[]): string | null {
  const found = cells.first(r, columns);
  if (found === null) {
    state.reject(cells.line(r), `Tanggal kosong (${columns.join(', ')}).`);
    return null;
  }
  const parsed = cells.date(r, found.column);
  if (parsed.kind === 'value') return parsed.value.date;
  state.reject(cells.line(r), `Kolom ${found.column}: ${parsed.kind === 'invalid' ? parsed.reason : 'kosong'}`);
  return null;
}

/**
 * kd_rup as text. Pencatatan may list several packages ('60832782;45828523'): the list is
 * kept, each code cleaned, so a join can split it; one unreadable code drops the link only.
 */
export function kdRupOf(cells: Cells, r: number, column: string): string | null {
  const text = cells.text(r, column);
  if (text === null) return null;
  const codes: string[] = [];
  for (const part of text.split(';')) {
    const parsed = parseIdentifier(part);
    if (parsed.kind === 'invalid') return null;
    if (parsed.kind === 'value') codes.push(parsed.value);
  }
  return codes.length === 0 ? null : codes.join(';');
}

/** The row's description, or a stand-in naming the record when the source has none. */
export function uraianOf(cells: Cells, r: number, columns: readonly string[], fallback: string): string {
  return cells.first(r, columns)?.text ?? fallback;
}
