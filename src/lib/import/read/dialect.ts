/**
 * Guessing the dialect of delimited text: which delimiter, and how quotes inside quoted
 * values are escaped. Both guesses parse a sample and keep the reading whose records agree
 * best on their number of cells. The line break is never guessed here: line-endings.ts
 * knows it from the whole text, and PapaParse's own guess sees only its first chunk.
 */
import Papa from 'papaparse';
import type { LineBreak } from './line-endings';
import { dominantWidth, isBlank } from './table-shape';

const DELIMITERS = [',', ';', '\t', '|'];
export const SAMPLE = 64 * 1024;

/** A fraction 0..1 of the text parsed so far; called about a hundred times for a whole file. */
export type ParseProgress = (fraction: number) => void;

export function parseDelimited(
  text: string,
  delimiter: string,
  escapeChar: string,
  newline: LineBreak,
  onProgress?: ParseProgress
): Papa.ParseResult<string[]> {
  const config = { delimiter, quoteChar: '"', escapeChar, newline, header: false, skipEmptyLines: false, dynamicTyping: false } as const;
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

/** Records whose width is the most common one, and that width: how well a guess fits. */
function consistency(records: string[][]): { width: number; matching: number; total: number } {
  const rows = records.filter((r) => !isBlank(r));
  const width = dominantWidth(rows, (r) => r.length);
  return { width, matching: rows.filter((r) => r.length === width).length, total: rows.length };
}

/** The candidate that splits the most records into the same number (≥ 2) of cells. */
export function detectDelimiter(sample: string, newline: LineBreak): string {
  let best = { delimiter: ',', matching: -1, width: 0 };
  for (const delimiter of DELIMITERS) {
    const { width, matching } = consistency(parseDelimited(sample, delimiter, '"', newline).data);
    if (width < 2) continue;
    if (matching > best.matching || (matching === best.matching && width > best.width)) best = { delimiter, matching, width };
  }
  return best.delimiter;
}

/**
 * Some ISB CSV exports write a quote inside a value as `\"` instead of `""` (RFC 4180).
 * When `\"` occurs, parse both ways and keep the one with fewer misfit rows and quote errors;
 * the sample reaches past the first `\"` even when it is deep in the file.
 */
export function detectQuoteEscape(text: string, delimiter: string, newline: LineBreak): '"' | '\\' {
  const first = text.indexOf('\\"');
  if (first < 0) return '"';
  const sample = text.slice(0, Math.min(Math.max(SAMPLE, first + 16 * 1024), 4 * 1024 * 1024));
  const cost = (escape: string): number => {
    const result = parseDelimited(sample, delimiter, escape, newline);
    const { matching, total } = consistency(result.data);
    return total - matching + result.errors.length;
  };
  return cost('\\') < cost('"') ? '\\' : '"';
}
