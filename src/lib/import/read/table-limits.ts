/**
 * Bounds on a table's shape, for every format: how many columns a table may have, and how
 * long a column name may be. Beyond them the page would allocate per column and per option
 * list until the tab dies (a one-line file with a comma every 10 characters is 5 million
 * columns; a 50 MB cell on the header line is a 50 MB column name in 18 option lists).
 */
import { tableShapeText } from '../../i18n/import-id';
import { UnreadableFileError, type ImportMessage, type RawTable } from '../raw-table';

/**
 * Far above any real dataset (ISB ones have fewer than 100 columns) and well inside what the
 * preview step can list; Excel itself stops at 16,384.
 */
export const MAX_COLUMNS = 2_000;

/** A column name longer than this is cut (to this many characters, '…' included): no header is a paragraph. */
export const MAX_HEADER_CHARS = 200;

/** Refuses a table wider than MAX_COLUMNS before anything is done per column. */
export function assertColumnCount(columns: number): void {
  if (columns > MAX_COLUMNS) throw new UnreadableFileError('too-many-columns', tableShapeText.tooManyColumns(columns, MAX_COLUMNS));
}

/** A text cut to at most `max` characters, the last of them '…', never splitting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 2);
  const cut = code >= 0xd800 && code <= 0xdbff ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

/** Names shortened where too long, and the warning that says which ones (null when none). */
export function shortenHeaders(names: readonly string[]): { names: string[]; warning: ImportMessage | null } {
  const positions: number[] = [];
  let longest = 0;
  const shortened = names.map((name, i) => {
    if (name.length <= MAX_HEADER_CHARS) return name;
    positions.push(i + 1);
    longest = Math.max(longest, name.length);
    return clipText(name, MAX_HEADER_CHARS);
  });
  if (positions.length === 0) return { names: shortened, warning: null };
  return { names: shortened, warning: { code: 'header-long', message: tableShapeText.longHeaders(positions, longest, MAX_HEADER_CHARS) } };
}

/** Makes names unique the way the readers do: the second `nama` becomes `nama (2)`. */
export function dedupeNames(names: readonly string[]): { names: string[]; renamed: string[] } {
  const taken = new Set<string>();
  // The next suffix to try per name, so many equal names cost linear time, not quadratic.
  const nextSuffix = new Map<string, number>();
  const renamed: string[] = [];
  const unique = names.map((name) => {
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
    let k = nextSuffix.get(name) ?? 2;
    while (taken.has(`${name} (${k})`)) k++;
    nextSuffix.set(name, k + 1);
    const result = `${name} (${k})`;
    taken.add(result);
    renamed.push(`"${name}" → "${result}"`);
    return result;
  });
  return { names: unique, renamed };
}

/**
 * Every table, whatever read it, before anything else looks at it: refused when wider than
 * MAX_COLUMNS, its over-long column names shortened (and made unique again) with a warning.
 * A table already within bounds is returned as it is.
 */
export function boundTableShape(raw: RawTable): RawTable {
  assertColumnCount(raw.columns.length);
  const { names, warning } = shortenHeaders(raw.columns);
  if (!warning) return raw;
  const { names: unique, renamed } = dedupeNames(names);
  const warnings = [...raw.warnings, warning];
  if (renamed.length > 0) warnings.push({ code: 'header-duplicate', message: tableShapeText.duplicateHeaders(renamed) });
  return { ...raw, columns: unique, warnings };
}
