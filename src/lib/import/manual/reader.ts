/**
 * A file's rows read through a mapping: each field's text comes from its column or from
 * the value typed once, and is parsed with the mapping's number style and date format.
 * A required field that is empty or unreadable rejects the row with a reason naming the
 * column and the value; an optional one is left unknown with a notice.
 */

import type { MappingState } from '../isb/mapping-state';
import type { RawTable } from '../raw-table';
import { isBlank, type ExactDecimal, type Parsed, type ParsedDate } from '../values';
import { readBoolean, readDate, readId, readPercent, readYear } from './cell-values';
import { parseRupiah } from '../values';
import { fieldOf } from './fields';
import { columnIndex } from './header';
import type { ManualNotes } from './notes';
import type { ColumnMapping } from './types';

type Source = { column: string; index: number } | { fixed: string };
type Read<T> = (text: string) => Parsed<T>;

export class RowReader {
  private readonly sources = new Map<string, Source>();

  constructor(
    readonly raw: RawTable,
    readonly mapping: ColumnMapping,
    private readonly state: MappingState,
    private readonly notes: ManualNotes
  ) {
    for (const [field, source] of Object.entries(mapping.fields)) {
      if (source === null) continue;
      if ('fixed' in source) this.sources.set(field, { fixed: source.fixed });
      else this.sources.set(field, { column: source.column, index: columnIndex(raw.columns, source.column) });
    }
  }

  line(r: number): number {
    return this.raw.lineNumbers[r] ?? r + 1;
  }

  has(field: string): boolean {
    return this.sources.has(field);
  }

  /** Trimmed text, null when blank ('', '-', 'null', '#N/A') or unmapped. */
  text(r: number, field: string): string | null {
    const source = this.sources.get(field);
    if (source === undefined) return null;
    const cell = 'fixed' in source ? source.fixed : (this.raw.rows[r]?.[source.index] ?? null);
    return cell === null || isBlank(cell) ? null : cell.trim();
  }

  /** 'Kolom "Nilai Transaksi" (Nilai transaksi (Rp))' or 'Nilai tetap untuk …', for reasons. */
  where(field: string): string {
    const label = fieldOf(this.mapping.target, field)?.label ?? field;
    const source = this.sources.get(field);
    if (source === undefined) return `"${label}"`;
    return 'column' in source ? `Kolom "${source.column}" (${label})` : `Nilai tetap untuk "${label}"`;
  }

  parse<T>(r: number, field: string, read: Read<T>): Parsed<T> {
    const text = this.text(r, field);
    return text === null ? { kind: 'empty' } : read(text);
  }

  /** The value, or null after rejecting the row. */
  required<T>(r: number, field: string, read: Read<T>): T | null {
    const parsed = this.parse(r, field, read);
    if (parsed.kind === 'value') return parsed.value;
    const why = parsed.kind === 'empty' ? `${this.where(field)} kosong.` : `${this.where(field)}: ${parsed.reason}`;
    this.state.reject(this.line(r), why);
    return null;
  }

  /** The value, or null when blank or unreadable (the latter with a notice on the row). */
  optional<T>(r: number, field: string, read: Read<T>): T | null {
    const parsed = this.parse(r, field, read);
    if (parsed.kind === 'value') return parsed.value;
    if (parsed.kind === 'invalid') {
      this.notes.add('value-unreadable', `${this.where(field)}: ${parsed.reason} Dianggap tidak diketahui.`, this.line(r));
    }
    return null;
  }

  readonly money: Read<ExactDecimal> = (text) => parseRupiah(text, this.mapping.numberStyle);
  readonly percent: Read<ExactDecimal> = (text) => readPercent(text, this.mapping.numberStyle);
  readonly date: Read<ParsedDate> = (text) => readDate(text, this.mapping.dateFormat);
  readonly year: Read<number> = readYear;
  readonly id: Read<string> = readId;
  readonly boolean: Read<boolean> = readBoolean;
}
