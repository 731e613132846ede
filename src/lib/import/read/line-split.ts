/**
 * One physical line split into cells on its own, for the rare line the full parse got wrong: a
 * stray quote on the header line opens a quoted cell that swallows the lines after it. Here a
 * quoted cell closes at a quote followed by the delimiter (or the line's end); a quote at
 * `literal`, or one that never closes on this line, is an ordinary character.
 */
export interface LineDialect {
  delimiter: string;
  quoteChar: string;
  /** '"' when a quote inside a quoted cell is doubled, '\\' when it is backslash-escaped. */
  quoteEscape: '"' | '\\';
}

/** The closing quote of the cell opened at `open`, or -1 when it does not close on the line. */
function closingQuote(line: string, open: number, d: LineDialect, literal: number): number {
  const q = d.quoteChar;
  let from = open + 1;
  for (;;) {
    const k = line.indexOf(q, from);
    if (k < 0) return -1;
    from = k + 1;
    if (k === literal) continue;
    if (d.quoteEscape === '"' && line[k + 1] === q) {
      from = k + 2;
      continue;
    }
    if (d.quoteEscape === '\\' && line[k - 1] === '\\') continue;
    let after = k + 1;
    // PapaParse also lets spaces sit between a closing quote and the delimiter.
    if (!line.startsWith(d.delimiter, after)) while (line[after] === ' ') after++;
    if (after >= line.length || line.startsWith(d.delimiter, after)) return k;
  }
}

function unescape(text: string, d: LineDialect): string {
  const escaped = d.quoteEscape === '"' ? d.quoteChar + d.quoteChar : `\\${d.quoteChar}`;
  return text.split(escaped).join(d.quoteChar);
}

export function splitLine(line: string, d: LineDialect, literal = -1): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === d.quoteChar && i !== literal) {
      const close = closingQuote(line, i, d, literal);
      if (close >= 0) {
        cells.push(unescape(line.slice(i + 1, close), d));
        const next = line.indexOf(d.delimiter, close + 1);
        if (next < 0) return cells;
        i = next + d.delimiter.length;
        continue;
      }
    }
    const next = line.indexOf(d.delimiter, i);
    if (next < 0) {
      cells.push(line.slice(i));
      return cells;
    }
    cells.push(line.slice(i, next));
    i = next + d.delimiter.length;
  }
}

/** Where a quote opens a cell: the line's start or right after a delimiter. */
export function quotesAtCellStarts(line: string, d: LineDialect, limit = Infinity): number[] {
  const found: number[] = [];
  for (let i = line.indexOf(d.quoteChar); i >= 0 && found.length < limit; i = line.indexOf(d.quoteChar, i + 1)) {
    if (i === 0 || line.startsWith(d.delimiter, i - d.delimiter.length)) found.push(i);
  }
  return found;
}

/**
 * Every reading of the line: as it stands, and with each cell-opening quote in turn taken as
 * an ordinary character. The caller keeps the one whose width fits the data.
 */
export function lineReadings(line: string, d: LineDialect, limit = Infinity): string[][] {
  return [splitLine(line, d), ...quotesAtCellStarts(line, d, limit).map((at) => splitLine(line, d, at))];
}
