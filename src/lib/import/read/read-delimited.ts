/**
 * Delimited text (CSV, semicolon "CSV" from Indonesian Excel, TSV, pipe) → RawTable.
 * Every detection here can be overridden from the preview step, because a guess about a
 * file is only a guess.
 */
import type Papa from 'papaparse';
import type { ImportMessage, RawTable } from '../raw-table';
import { decodeText } from './decode-text';
import { detectDelimiter, detectQuoteEscape, parseDelimited, SAMPLE, type ParseProgress } from './dialect';
import { mixedLineEndingsWarning, physicalLines, unifyLineEndings, type UnifiedText } from './line-endings';
import { dominantWidth, findHeaderRow, fitRecord, isBlank, RaggedRows, uniqueHeaders, usedWidth } from './table-shape';

export interface DelimitedOptions {
  encoding?: string;
  delimiter?: string;
  quoteEscape?: '"' | '\\';
  /** 0-based index among the records after any `sep=` line. */
  headerRow?: number;
  /** Physical lines before the header (used when headerRow is not given). */
  preambleLines?: number;
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
  const delimiter = options.delimiter ?? sepDelimiter ?? detectDelimiter(text.slice(0, SAMPLE), newline);
  const quoteEscape = options.quoteEscape ?? detectQuoteEscape(text, delimiter, newline);
  const result = parseDelimited(text, delimiter, quoteEscape, newline, onProgress);
  const records = result.data;

  const { lines, breaksInCells } = physicalLines(records, 1 + lineOffset);
  const mixed = mixedLineEndingsWarning(decoded.mixed, breaksInCells);
  if (mixed) warnings.push(mixed);
  // The newline that ends the last line is not a record of its own.
  while (records.length > 0 && isBlank(records[records.length - 1] as string[])) {
    records.pop();
    lines.pop();
  }
  quoteWarnings(result.errors, lines, warnings);

  const byLength = (r: (string | null)[]) => r.length;
  let headerIndex = options.headerRow;
  if (headerIndex === undefined && options.preambleLines !== undefined) {
    const skip = options.preambleLines;
    headerIndex = Math.max(0, lines.findIndex((l) => l > skip));
  }
  headerIndex ??= findHeaderRow(records, dominantWidth(records, byLength), byLength);
  headerIndex = Math.min(Math.max(0, headerIndex), Math.max(0, records.length - 1));
  const headerCells = records[headerIndex] ?? [];
  const dataWidth = dominantWidth(records.slice(headerIndex + 1), byLength);
  const headerUsed = usedWidth(headerCells);
  // A blank header row (a user's pick) gets kolom_N names; a trailing delimiter on the header
  // line alone would otherwise make every data row look short.
  const width = headerUsed === 0 || (headerCells.length > dataWidth && headerUsed <= dataWidth) ? dataWidth : headerCells.length;
  const { names, warnings: headerWarnings } = uniqueHeaders(Array.from({ length: width }, (_, i) => headerCells[i] ?? null));
  warnings.push(...headerWarnings);

  const rows: (string | null)[][] = [];
  const lineNumbers: number[] = [];
  const ragged = new RaggedRows(warnings);
  let blank = 0;
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i] as string[];
    if (isBlank(record)) {
      blank++;
      continue;
    }
    const fitted = fitRecord(record, width, delimiter);
    if (fitted.warning) ragged.add(lines[i] as number, fitted.warning);
    rows.push(fitted.cells.map((c) => (c === '' || c === null ? null : c)));
    lineNumbers.push(lines[i] as number);
  }
  ragged.finish();
  if (blank > 0) warnings.push({ code: 'blank-lines', message: `${blank} baris kosong di antara data dilewati.` });

  return {
    columns: names,
    rows,
    lineNumbers,
    source: {
      format: 'csv',
      encoding: decoded.encoding,
      delimiter,
      quoteEscape,
      headerRow: headerIndex,
      preambleLines: headerIndex < lines.length ? (lines[headerIndex] as number) - 1 : lineOffset
    },
    warnings
  };
}
