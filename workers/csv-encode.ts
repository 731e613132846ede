import type { Table } from 'apache-arrow';

/** Quote a field only when RFC 4180 requires it (comma, quote, CR or LF inside). */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Encode an Arrow table as RFC 4180 CSV in UTF-8 with a header row and CRLF line ends.
 * bigint values are written with all their digits; callers cast dates to text in SQL.
 */
export function arrowToCsv(table: Table): Uint8Array {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((_, index) => table.getChildAt(index));
  const lines: string[] = [names.map(csvField).join(',')];
  for (let row = 0; row < table.numRows; row++) {
    lines.push(columns.map((column) => csvField(column?.get(row))).join(','));
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}
