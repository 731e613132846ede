/** What the file readers say in the quality report, in English: the keys of importReadIndonesian. */
import type { Dictionary } from '../language';
import type { importReadIndonesian } from '../import-read-id';

const n = (count: number) => count.toLocaleString('en-GB');

function someNames(names: readonly string[], shown = 5): string {
  const quoted = names.slice(0, shown).map((name) => `"${name}"`).join(', ');
  return names.length > shown ? `${quoted} and ${n(names.length - shown)} more` : quoted;
}

export const importReadEnglish: Dictionary<typeof importReadIndonesian> = {
  mixedLineEndings: (kinds) =>
    `This file mixes line endings (${kinds.join(', ')}); each kind is read as the end of a line, so no rows were merged.`,
  duplicateKeysJson: (keys, records, firstRecord, firstLine) =>
    records > 0
      ? `Duplicate keys with different values (${someNames(keys)}) occur in ${n(records)} records, the first being record ${n(firstRecord ?? 0)} ` +
        `(text line ${n(firstLine)}); the last value is used.`
      : `Duplicate keys with different values (${someNames(keys)}) occur outside the records (text line ${n(firstLine)}); the last value is used.`,
  duplicateKeysNdjson: (keys, lines, firstLine) =>
    `Duplicate keys with different values (${someNames(keys)}) occur on ${n(lines)} lines, the first being line ${n(firstLine)}; the last value is used.`,
  badJsonLines: (lines, firstLine) =>
    lines === 1
      ? `Line ${n(firstLine)} is not valid JSON; it was rejected and appears in the list of rejected rows.`
      : `${n(lines)} lines are not valid JSON (the first is line ${n(firstLine)}); all were rejected and appear in the list of rejected rows.`,
  badJsonReason: (column) =>
    column === null ? 'This line is not valid JSON.' : `This line is not valid JSON (broken from character ${n(column)}).`,
  headerQuote: (line) =>
    `The header line (line ${n(line)}) has an unpaired quote; it was ignored so the header does not swallow the data rows below it.`,
  strayQuotes: (rows, firstLine) =>
    `${n(rows)} data ${rows === 1 ? 'row has' : 'rows have'} an unpaired quote (the first on line ${n(firstLine)}); it was read as an ordinary character so the rows after it are not swallowed into one cell.`,
  headerExtraDelimiter: (line, positions) =>
    `The header line (line ${n(line)}) has a surplus delimiter that leaves an empty name in column ${positions.map(n).join(', ')}; the empty name was dropped so the header lines up with the data.`,
  headerSplit: (line, name, parts) =>
    `The header line (line ${n(line)}) lacks one delimiter: "${name}" was split into "${parts[0]}" and "${parts[1]}" so the header lines up with the data.`,
  headerShort: (line, names, width) =>
    `The header line (line ${n(line)}) has only ${n(names)} names for ${n(width)} data columns; the unnamed columns are called ` +
    `kolom_${n(names + 1)}${width - names > 1 ? ` to kolom_${n(width)}` : ''}. Check in the preview whether the names have shifted.`,
  noHeader: (line, width) =>
    `This file seems to have no header line: line ${n(line)} holds the same kind of data as the lines below it, so it is read as data and the columns are named kolom_1 to kolom_${n(width)}.`,
  headerRows: (lines, example) =>
    `The header spans ${n(lines.length)} lines (lines ${lines.map(n).join(', ')}); each column's names were joined into one, for example "${example}".`,
  multipleTables: (starts, chosen, unread) =>
    `This file holds ${n(starts.length)} tables (separated by blank lines or a new header line), starting on lines ${starts.map(n).join(', ')}; ` +
    `table ${n(chosen)} was read, so ${n(unread)} data rows of the other tables were not. Another can be chosen with the table option; npm run import writes each table to a file of its own.`,
  emptyFile: 'Empty file (0 bytes): read as a table without columns or rows.'
};
