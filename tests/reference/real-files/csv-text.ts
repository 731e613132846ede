/**
 * A minimal RFC 4180 reader for the reference computation. It is deliberately written
 * apart from the app's import pipeline (no shared code, no papaparse): a bug there must
 * not be able to hide behind the same bug here.
 */

/** Every record of `text` as an array of cells; quotes are honoured, CRLF and LF both end a line. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  // A leading BOM is an encoding mark, not part of the first header.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw new SyntaxError('CSV: a quoted cell is never closed');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Records keyed by the header row; a row of another width is an error, not a guess. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = csvRows(text);
  if (header === undefined) return [];
  return body
    .filter((cells) => !(cells.length === 1 && cells[0] === ''))
    .map((cells, n) => {
      if (cells.length !== header.length) throw new SyntaxError(`CSV: record ${n + 2} has ${cells.length} cells, header ${header.length}`);
      return Object.fromEntries(header.map((name, c) => [name, cells[c]!]));
    });
}
