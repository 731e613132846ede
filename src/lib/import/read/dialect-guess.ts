/**
 * The delimiter and quote character of a text, guessed on a sample (the first 64 KB) so a
 * file of hundreds of megabytes is still parsed once. Each candidate is judged by how many
 * records it splits into the same number of cells.
 */
import type { LineBreak } from './line-endings';
import { consistency, detectQuoteEscape, SAMPLE, type Consistency, type Dialect, type QuoteChar } from './dialect';

/** What Indonesian exports use; one of these wins whenever it fits. */
const PREFERRED = [',', ';', '\t', '|'];
/**
 * Tried only when none of the preferred ones fits the sample well: each of these also occurs
 * inside ordinary values (a space in every name, a colon in every time of day).
 */
const UNUSUAL = [' ', ':', '~'];
/** Comma followed by a space: values must not keep the space, and a quote after it opens a cell. */
const COMMA_SPACE = ', ';

interface Scored extends Consistency {
  delimiter: string;
}

const fraction = (s: Scored) => (s.total === 0 ? 0 : s.matching / s.total);

function scorer(sample: string, newline: LineBreak, quoteChar: QuoteChar): (delimiter: string) => Scored {
  return (delimiter) => ({ delimiter, ...consistency(sample, { delimiter, quoteChar, quoteEscape: '"' }, newline) });
}

/** The candidate that splits the most records into the same number (≥ 2) of cells; ties go to the wider. */
function best(candidates: Scored[]): Scored | undefined {
  let found: Scored | undefined;
  for (const c of candidates) {
    if (c.width < 2) continue;
    if (!found || c.matching > found.matching || (c.matching === found.matching && c.width > found.width)) found = c;
  }
  return found;
}

export function detectDelimiter(sample: string, newline: LineBreak, quoteChar: QuoteChar = '"'): string {
  const score = scorer(sample, newline, quoteChar);
  const preferred = PREFERRED.map(score);
  let chosen = best(preferred);
  const comma = preferred[0] as Scored;
  if (comma.width >= 2) {
    const spaced = score(COMMA_SPACE);
    // Same split, or a better one (a quote after the space only opens a cell this way).
    const same = spaced.matching === comma.matching && spaced.width === comma.width;
    if (spaced.width >= 2 && (same ? chosen === comma : !chosen || spaced.matching > chosen.matching)) chosen = spaced;
  }
  if (!chosen || fraction(chosen) < 0.9) {
    for (const candidate of UNUSUAL.map(score)) {
      // Wider too: a colon in every time and every URL splits each record into three.
      const clearlyBetter =
        candidate.width >= 3 && fraction(candidate) >= 0.9 && candidate.matching > (chosen?.matching ?? 0) && candidate.width > (chosen?.width ?? 1);
      if (clearlyBetter) chosen = candidate;
    }
  }
  return chosen?.delimiter ?? ',';
}

/** How often the character opens a cell: at a line's start or after a plausible delimiter. */
function cellStarts(sample: string, quote: QuoteChar): number {
  return sample.match(new RegExp(`(?:^|[,;\\t|:~ ])${quote}`, 'gm'))?.length ?? 0;
}

/**
 * The apostrophe quotes when it opens cells and reading with it fits the records better than
 * with the double quote (more of them alike, or as many and wider); on a tie, only when the
 * double quote never opens a cell. A value like "Men's" keeps its apostrophe either way.
 */
export function detectQuoteChar(sample: string, newline: LineBreak, delimiter?: string): QuoteChar {
  if (cellStarts(sample, "'") === 0) return '"';
  const fit = (quoteChar: QuoteChar) =>
    consistency(sample, { delimiter: delimiter ?? detectDelimiter(sample, newline, quoteChar), quoteChar, quoteEscape: '"' }, newline);
  const double = fit('"');
  const single = fit("'");
  if (single.width < 2 || single.errors > double.errors) return '"';
  if (single.matching !== double.matching) return single.matching > double.matching ? "'" : '"';
  if (single.width !== double.width) return single.width > double.width ? "'" : '"';
  return cellStarts(sample, '"') === 0 ? "'" : '"';
}

export interface DialectOverrides {
  delimiter?: string;
  quoteChar?: QuoteChar;
  quoteEscape?: '"' | '\\';
}

/** The preview step's overrides win; `sep` is Excel's `sep=;` line. */
export function resolveDialect(text: string, newline: LineBreak, options: DialectOverrides, sep?: string): Dialect {
  const sample = text.slice(0, SAMPLE);
  const fixed = options.delimiter ?? sep;
  const quoteChar = options.quoteChar ?? detectQuoteChar(sample, newline, fixed);
  const delimiter = fixed ?? detectDelimiter(sample, newline, quoteChar);
  const quoteEscape = options.quoteEscape ?? detectQuoteEscape(text, delimiter, newline, quoteChar);
  return { delimiter, quoteChar, quoteEscape };
}
