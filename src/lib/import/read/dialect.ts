/**
 * Guessing the dialect of delimited text: which delimiter, which quote character, and how
 * quotes inside quoted values are escaped. Every guess parses a sample and keeps the reading
 * whose records agree best on their number of cells. The line break is never guessed here:
 * line-endings.ts knows it from the whole text, and PapaParse's own guess sees only its first
 * chunk.
 */
import Papa from 'papaparse';
import type { LineBreak } from './line-endings';
import type { LineDialect } from './line-split';
import { dominantWidth, isBlank } from './table-shape';

export const SAMPLE = 64 * 1024;

export type QuoteChar = '"' | "'";
export interface Dialect extends LineDialect {
  quoteChar: QuoteChar;
}

/** A fraction 0..1 of the text parsed so far; called about a hundred times for a whole file. */
export type ParseProgress = (fraction: number) => void;

export function parseDelimited(text: string, dialect: Dialect, newline: LineBreak, onProgress?: ParseProgress): Papa.ParseResult<string[]> {
  const { delimiter, quoteChar } = dialect;
  // Papa's escapeChar: the quote character itself means "doubled", as RFC 4180 has it.
  const escapeChar = dialect.quoteEscape === '\\' ? '\\' : quoteChar;
  const config = { delimiter, quoteChar, escapeChar, newline, header: false, skipEmptyLines: false, dynamicTyping: false } as const;
  if (!onProgress) return Papa.parse<string[]>(text, config);
  // Record by record, so a long file can report how far it got; errors keep their record index.
  const data: string[][] = [];
  const errors: Papa.ParseError[] = [];
  let meta: Papa.ParseMeta | undefined;
  const step = Math.max(1, Math.floor(text.length / 100));
  let next = step;
  Papa.parse<string[]>(text, {
    ...config,
    step: (result) => {
      for (const error of result.errors) errors.push({ ...error, row: data.length });
      data.push(result.data);
      meta = result.meta;
      if (result.meta.cursor >= next) {
        onProgress(result.meta.cursor / text.length);
        next = result.meta.cursor + step;
      }
    }
  });
  onProgress(1);
  return { data, errors, meta: meta ?? { delimiter, linebreak: newline, aborted: false, truncated: false, cursor: text.length } };
}

/** How well a reading fits: records of the most common width, that width, and all records. */
export interface Consistency {
  width: number;
  matching: number;
  total: number;
  errors: number;
}

export function consistency(sample: string, dialect: Dialect, newline: LineBreak): Consistency {
  const result = parseDelimited(sample, dialect, newline);
  const rows = result.data.filter((r) => !isBlank(r));
  const width = dominantWidth(rows, (r) => r.length);
  return { width, matching: rows.filter((r) => r.length === width).length, total: rows.length, errors: result.errors.length };
}

/**
 * Some ISB CSV exports write a quote inside a value as `\"` instead of `""` (RFC 4180).
 * When `\"` occurs, parse both ways and keep the one with fewer misfit rows and quote errors;
 * the sample reaches past the first `\"` even when it is deep in the file.
 */
export function detectQuoteEscape(text: string, delimiter: string, newline: LineBreak, quoteChar: QuoteChar = '"'): '"' | '\\' {
  const first = text.indexOf(`\\${quoteChar}`);
  if (first < 0) return '"';
  const sample = text.slice(0, Math.min(Math.max(SAMPLE, first + 16 * 1024), 4 * 1024 * 1024));
  const cost = (quoteEscape: '"' | '\\'): number => {
    const { matching, total, errors } = consistency(sample, { delimiter, quoteChar, quoteEscape }, newline);
    return total - matching + errors;
  };
  return cost('\\') < cost('"') ? '\\' : '"';
}
