import { neutraliseFormula, quoteCsvText } from '../format/csv-text';
import type { SnapshotCell, SnapshotFact, SnapshotTable } from './snapshot';

/**
 * A cell as CSV text: null is an empty field, a number its digits, text quoted if needed and
 * neutralised when a spreadsheet would run it as a formula (imported values are hostile
 * until proven otherwise).
 */
function csvField(value: SnapshotCell, numeric: boolean): string {
  if (value === null) return '';
  // A number (also an exact integer kept as text) is written as is: `-5` is a value, not a formula.
  if (typeof value === 'number' || (numeric && /^-?\d+$/.test(value))) return String(value);
  return quoteCsvText(neutraliseFormula(value));
}

/**
 * A table as RFC 4180 CSV (UTF-8, CRLF). Before the header, one row per fact names what the
 * rows are (filters, as-of day, sources, masking, the SQL): a single quoted field starting
 * with `#`. Quoted, so that the quotes inside the SQL cannot open a field across lines and a
 * reader can skip them as rows (`read_csv(..., skip=N, strict_mode=false)` in DuckDB,
 * `skiprows=N` in pandas; the first one says N); the header follows.
 */
export function csvFile(table: SnapshotTable, preamble: readonly SnapshotFact[]): Uint8Array {
  const notes = preamble.map((fact) => `"${`# ${fact.label}: ${fact.value.replace(/\s+/g, ' ').trim()}`.replaceAll('"', '""')}"`);
  const numeric = table.columns.map((column) => column.kind === 'rupiah' || column.kind === 'count');
  const lines = [
    ...notes,
    table.columns.map((column) => csvField(column.key, false)).join(','),
    ...table.rows.map((row) => row.map((cell, index) => csvField(cell, numeric[index]!)).join(','))
  ];
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}
