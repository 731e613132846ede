import type { Table } from 'apache-arrow';
import { neutraliseFormula, quoteCsvText } from '../src/lib/format/csv-text';
import { maskCell } from '../src/lib/masking/mask-cell';

/**
 * A cell as CSV text: null is an empty field, everything else its text, quoted if needed.
 * Text that a spreadsheet would run as a formula is neutralised (imported values are
 * hostile until proven otherwise); numbers stay numbers.
 */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  return quoteCsvText(typeof value === 'string' ? neutraliseFormula(value) : String(value));
}

/**
 * Encode an Arrow table as RFC 4180 CSV in UTF-8 with a header row and CRLF line ends.
 * bigint values are written with all their digits; callers cast dates to text in SQL.
 * With `mask`, personal data is masked (src/lib/masking).
 */
export function arrowToCsv(table: Table, mask = false): Uint8Array {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((_, index) => table.getChildAt(index));
  const lines: string[] = [names.map(csvField).join(',')];
  for (let row = 0; row < table.numRows; row++) {
    const values = columns.map((column) => column?.get(row) as unknown);
    // Masking needs the whole row: a vendor's name is personal when its row says it is an individual.
    const record = mask ? Object.fromEntries(names.map((name, i) => [name, values[i]])) : null;
    lines.push(values.map((value, i) => csvField(record ? maskCell(names[i]!, value, record) : value)).join(','));
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}
