/**
 * Month and weekday names, lower case. Indonesian has several customary abbreviations
 * (Agu, Agt, Ags for Agustus; Nop for November; older spellings Pebruari and Nopember), all
 * seen in government letters and exports.
 */

export const INDONESIAN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['jan', 1],
  ['februari', 2], ['pebruari', 2], ['feb', 2], ['peb', 2],
  ['maret', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mei', 5],
  ['juni', 6], ['jun', 6],
  ['juli', 7], ['jul', 7],
  ['agustus', 8], ['agu', 8], ['agt', 8], ['ags', 8], ['agust', 8], ['agus', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10],
  ['november', 11], ['nopember', 11], ['nov', 11], ['nop', 11],
  ['desember', 12], ['des', 12]
]);

export const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12]
]);

export const INDONESIAN_WEEKDAYS: ReadonlySet<string> = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'
]);

export const ENGLISH_WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'
]);

/**
 * Drops a leading weekday ('Senin, 25 Maret 2022'): it adds nothing to the date, and is
 * not checked against it, since a wrong weekday in a letter does not change which day is meant.
 */
export function dropWeekday(text: string, weekdays: ReadonlySet<string>): string {
  const match = /^([a-z']+)\.?(?:\s*,\s*|\s+)(.*)$/i.exec(text);
  if (match && weekdays.has((match[1] ?? '').toLowerCase())) return match[2] ?? '';
  return text;
}
