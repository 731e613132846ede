/**
 * Delimited text (CSV, semicolon "CSV" from Indonesian Excel, TSV, pipe, and the odd ones:
 * space, colon, "comma space", apostrophe quotes) → RawTable. Every detection here can be
 * overridden from the preview step, because a guess about a file is only a guess.
 */
import type Papa from 'papaparse';
import type { ImportMessage, RawTable } from '../raw-table';
import { readText } from '../../i18n/import-read-id';
import { decodeText } from './decode-text';
import { parseDelimited, type ParseProgress, type QuoteChar } from './dialect';
import { resolveDialect } from './dialect-guess';
import { repairStrayQuotes } from './stray-quote';
import { mixedLineEndingsWarning, physicalLines, unifyLineEndings, type UnifiedText } from './line-endings';
import { findTables, type TableLayout } from './multi-table';
import { tableRows } from './table-rows';
import { isBlank, uniqueHeaders, type Cells } from './table-shape';

export interface DelimitedOptions {
  encoding?: string;
  delimiter?: string;
  /** '"' (usual) or "'" (some exports quote with apostrophes). */
  quoteChar?: QuoteChar;
  quoteEscape?: '"' | '\\';
  /** 0-based index among the records after any `sep=` line: the header's first row. */
  headerRow?: number;
  /** Physical lines before the header (used when headerRow is not given). */
  preambleLines?: number;
  /** How many rows form the header (1–3); 0 when the file has none and its first row is data. */
  headerRows?: number;
  /** 1-based: which table to read when the file holds several (SourceInfo.tables). */
  table?: number;
}

function quoteWarnings(errors: Papa.ParseError[], lines: number[], warnings: ImportMessage[]): void {
  const lineOf = (e: Papa.ParseError) => lines[Math.min(e.row ?? 0, lines.length - 1)] ?? 1;
  const missing = errors.find((e) => e.code === 'MissingQuotes');
  if (missing) {
    const line = lineOf(missing);
    warnings.push({ code: 'csv-quote', message: `Tanda kutip yang dibuka di baris ${line} tidak pernah ditutup; sisa berkas terbaca sebagai satu sel.`, line });
  }
  const invalid = errors.filter((e) => e.code === 'InvalidQuotes');
  if (invalid.length > 0) {
    const line = lineOf(invalid[0] as Papa.ParseError);
    warnings.push({
      code: 'csv-invalid-quotes',
      message: `${invalid.length} sel memuat tanda kutip yang tidak lazim (pertama di baris ${line}); periksa pemisah dan gaya kutip di pratinjau.`,
      line
    });
  }
}

/**
 * The text to parse. Decoded and unified here so that, when line breaks had to be rewritten,
 * only the rewritten copy outlives this call: files are up to hundreds of MB.
 */
function decodeForParsing(bytes: Uint8Array, encoding: string | undefined): UnifiedText & { encoding: string; warnings: ImportMessage[] } {
  const decoded = decodeText(bytes, encoding);
  return { ...unifyLineEndings(decoded.text.replace(/^\uFEFF/, '')), encoding: decoded.encoding, warnings: decoded.warnings };
}

/** The table the options ask for (the first by default), and the warning that names the others. */
function pickTable(
  tables: TableLayout[],
  wanted: number | undefined,
  lines: number[],
  records: readonly Cells[]
): { table: TableLayout; warning?: ImportMessage } {
  const index = Math.min(Math.max(1, wanted ?? 1), tables.length) - 1;
  const table = tables[index] as TableLayout;
  if (tables.length < 2) return { table };
  const starts = tables.map((t) => lines[t.rows[0] ?? t.dataStart] ?? 1);
  // The other tables' records are not read: said with their count, so none goes unnoticed.
  let unread = 0;
  for (const other of tables) {
    if (other === table) continue;
    for (let i = other.dataStart; i < other.end; i++) if (!isBlank(records[i] as Cells)) unread++;
  }
  return { table, warning: { code: 'multiple-tables', message: readText.multipleTables(starts, index + 1, unread), line: starts[index] } };
}

export function readDelimited(bytes: Uint8Array, options: DelimitedOptions = {}, onProgress?: ParseProgress): RawTable {
  const decoded = decodeForParsing(bytes, options.encoding);
  const { newline } = decoded;
  const warnings = [...decoded.warnings];
  let text = decoded.text;

  // Excel writes `sep=;` as the first line to say which delimiter follows.
  let lineOffset = 0;
  let sepDelimiter: string | undefined;
  const sep = /^sep=(.)[^\S\r\n]*(\r\n|\r|\n|$)/i.exec(text);
  if (sep) {
    sepDelimiter = sep[1];
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const dialect = resolveDialect(text, newline, options, sepDelimiter);
  const result = parseDelimited(text, dialect, newline, onProgress);
  const { lines, breaksInCells } = physicalLines(result.data, 1 + lineOffset);
  const mixed = mixedLineEndingsWarning(decoded.mixed, breaksInCells);
  if (mixed) warnings.push(mixed);
  const repaired = repairStrayQuotes(text, { records: result.data, lines, errors: result.errors }, dialect, newline, 1 + lineOffset);
  const { records } = repaired;
  // The newline that ends the last line is not a record of its own.
  while (records.length > 0 && isBlank(records[records.length - 1] as string[])) {
    records.pop();
    repaired.lines.pop();
  }
  warnings.push(...repaired.warnings);
  quoteWarnings(repaired.errors, repaired.lines, warnings);

  let headerRow = options.headerRow;
  if (headerRow === undefined && options.preambleLines !== undefined) {
    const skip = options.preambleLines;
    headerRow = Math.max(0, repaired.lines.findIndex((l) => l > skip));
  }
  const choice = { ...(headerRow !== undefined ? { headerRow } : {}), ...(options.headerRows !== undefined ? { headerRows: options.headerRows } : {}) };
  const tables = records.length === 0 ? [] : findTables(records, repaired.lines, dialect.quoteChar, choice);
  const source = { format: 'csv' as const, encoding: decoded.encoding, delimiter: dialect.delimiter, quoteEscape: dialect.quoteEscape };
  const quote = dialect.quoteChar === '"' ? {} : { quoteChar: dialect.quoteChar };
  if (tables.length === 0) {
    return { columns: [], rows: [], lineNumbers: [], source: { ...source, ...quote, headerRow: 0, preambleLines: lineOffset }, warnings };
  }
  const { table, warning } = pickTable(tables, options.table, repaired.lines, records);
  if (warning) warnings.push(warning);
  warnings.push(...table.warnings);
  const { names, warnings: headerWarnings } = uniqueHeaders(table.names);
  warnings.push(...headerWarnings);
  const { rows, lineNumbers } = tableRows(records, repaired.lines, table.dataStart, table.end, names.length, dialect.delimiter, warnings);
  const first = table.rows[0] ?? table.dataStart;
  return {
    columns: names,
    rows,
    lineNumbers,
    source: {
      ...source,
      ...quote,
      headerRow: first,
      ...(table.rows.length !== 1 ? { headerRows: table.rows.length } : {}),
      preambleLines: (repaired.lines[first] as number) - 1,
      ...(tables.length > 1 ? { table: tables.indexOf(table) + 1, tables: tables.length } : {})
    },
    warnings
  };
}
