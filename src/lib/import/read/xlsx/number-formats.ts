/**
 * Which cell styles show a date: XLSX stores a date as a serial day number, told apart from
 * any other number only by the number format of the cell's style (styles.xml). These are the
 * rules read-excel-file 9.3.17 applies, which the import relied on before this reader, so a
 * workbook reads the same dates as it did.
 */

/** Built-in formats that show a date or time (ECMA-376 §18.8.30 and its CJK and Thai locale variants). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47,
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
  71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81
]);

/** The only tokens a date or time format is made of (after literals and brackets are gone). */
const DATE_TOKENS = new Set([
  's', 'ss', 'm', 'mm', 'mmm', 'mmmm', 'mmmmm', 'h', 'hh', 'am', 'pm', 'a', 'p',
  'd', 'dd', 'ddd', 'dddd', 'aaa', 'aaaa', 'aaaaa', 'y', 'yy', 'yyyy', 'e', 'ee', 'eeee'
]);

function sectionShowsDate(section: string): boolean {
  const tokens = section
    .replace(/"[^"]*"/g, ' ') // quoted literal text
    .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1') // fractions of a second: ss.000
    .replace(/\[([smhd]{1,2})\]/g, '$1') // elapsed time: [h]:mm
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales: [Red], [$-421]
    .split(/[^a-z0#?%]+/)
    .filter((token) => token !== '');
  return tokens.length > 0 && tokens.every((token) => DATE_TOKENS.has(token));
}

/** A custom format code (`dd/mm/yyyy;@`, `[$-421]d mmmm yyyy`) that shows a date in any of its sections. */
export function isDateFormatCode(code: string): boolean {
  const plain = code.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ');
  return plain.split(';').some(sectionShowsDate);
}

/** Number format id → whether it shows a date; custom codes count only with ids ≥ 100 (as before). */
export function formatShowsDate(id: number, customCodes: ReadonlyMap<number, string>): boolean {
  if (BUILT_IN_DATE_FORMATS.has(id)) return true;
  const code = id >= 100 ? customCodes.get(id) : undefined;
  return code !== undefined && code !== '' && isDateFormatCode(code);
}
