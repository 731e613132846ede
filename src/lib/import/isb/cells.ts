/**
 * Typed access to a RawTable's cells by column name. The number style and the date format
 * are detected once per column from all its values, because one cell cannot tell
 * '1.234' (Indonesian thousands) from '1.234' (a decimal), nor 03/04 from 04/03.
 */

import type { RawTable } from '../raw-table';
import {
  detectDateFormat,
  detectNumberStyle,
  isBlank,
  parseDate,
  parseIdentifier,
  parseRupiah,
  type DateFormat,
  type ExactDecimal,
  type NumberStyle,
  type Parsed,
  type ParsedDate
} from '../values';
import { normaliseColumn } from './datasets';

// Enough values with a separator to outvote any odd cell; more would only cost time.
const STYLE_SAMPLES = 2000;
const DATE_SAMPLES = 2000;

export class Cells {
  readonly raw: RawTable;
  private readonly index = new Map<string, number>();
  private readonly styles = new Map<string, NumberStyle>();
  private readonly formats = new Map<string, DateFormat | null>();

  constructor(raw: RawTable) {
    this.raw = raw;
    raw.columns.forEach((name, i) => {
      const key = normaliseColumn(name);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  get rowCount(): number {
    return this.raw.rows.length;
  }

  line(row: number): number {
    return this.raw.lineNumbers[row] ?? row + 1;
  }

  has(column: string): boolean {
    return this.index.has(column);
  }

  /** The trimmed text, or null for a blank cell (empty, '-', 'null', '#N/A') or a missing column. */
  text(row: number, column: string): string | null {
    const i = this.index.get(column);
    if (i === undefined) return null;
    const cell = this.raw.rows[row]?.[i] ?? null;
    return cell === null || isBlank(cell) ? null : cell.trim();
  }

  isEmptyRow(row: number): boolean {
    return (this.raw.rows[row] ?? []).every((cell) => isBlank(cell));
  }

  money(row: number, column: string): Parsed<ExactDecimal> {
    return parseRupiah(this.text(row, column), this.styleOf(column));
  }

  date(row: number, column: string): Parsed<ParsedDate> {
    const text = this.text(row, column);
    const format = this.formatOf(column);
    const parsed = parseDate(text, format ?? undefined);
    // The format was detected on a sample; a later cell in another shape (ISB mixes
    // '2025-01-01' and 'Jul 3, 2025, 12:00:00AM') is read on its own. Not in an m/d/y
    // column: read alone, '03/04/2025' would silently turn day-first.
    return parsed.kind === 'invalid' && format !== null && format !== 'mdy' ? parseDate(text) : parsed;
  }

  id(row: number, column: string): Parsed<string> {
    return parseIdentifier(this.text(row, column));
  }

  /** The first of `columns` with a value in this row. */
  first(row: number, columns: readonly string[]): { column: string; text: string } | null {
    for (const column of columns) {
      const text = this.text(row, column);
      if (text !== null) return { column, text };
    }
    return null;
  }

  private samples(column: string, limit: number, keep: (text: string) => boolean): string[] {
    const out: string[] = [];
    for (let r = 0; r < this.rowCount && out.length < limit; r++) {
      const text = this.text(r, column);
      if (text !== null && keep(text)) out.push(text);
    }
    return out;
  }

  private styleOf(column: string): NumberStyle {
    let style = this.styles.get(column);
    if (style === undefined) {
      // Only values with a mark can vote; plain integers read the same in either style.
      style = detectNumberStyle(this.samples(column, STYLE_SAMPLES, (t) => /[.,]/.test(t)));
      this.styles.set(column, style);
    }
    return style;
  }

  private formatOf(column: string): DateFormat | null {
    if (!this.formats.has(column)) {
      this.formats.set(column, detectDateFormat(this.samples(column, DATE_SAMPLES, () => true)));
    }
    return this.formats.get(column) ?? null;
  }
}
