/**
 * One reader per written date format. A reader returns null when the text does not have its
 * shape, a reason when it has the shape but names no real date or time, else the date.
 */
import { valueText as say } from '../../i18n/values-id';
import { isRealDate } from './calendar';
import { withClock } from './date-clock';
import {
  dropWeekday,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  INDONESIAN_MONTHS,
  INDONESIAN_WEEKDAYS
} from './date-names';
import type { ParsedDate } from './date';

export type DateReader = (text: string) => ParsedDate | string | null;

function build(year: number, month: number, day: number, rest: string): ParsedDate | string {
  if (!isRealDate(year, month, day)) return say.noSuchDate;
  return withClock({ year, month, day }, rest);
}

/** 2025-01-01, 2025-02-20 16:00:00, 2025-03-11T00:00:00.000000Z, 2025-03-11T08:30:00+07:00 */
export const readIso: DateReader = (text) => {
  const match = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)(.*)$/.exec(text);
  if (!match) return null;
  return build(Number(match[1]), Number(match[3]), Number(match[4]), match[5] ?? '');
};

/** 25/03/2022, 25-03-2022, 25.03.2022 (or month first): the same separator twice. */
function readNumeric(text: string, dayFirst: boolean): ParsedDate | string | null {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})(?!\d)(.*)$/.exec(text);
  if (!match) return null;
  const year = match[4] ?? '';
  // '25/03/22' could be 1922 or 2022; guessing a century would invent data.
  if (year.length !== 4) return say.fourDigitYear;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const [day, month] = dayFirst ? [first, second] : [second, first];
  // '7/13/2025' read day first: say that the other order would work.
  if (!isRealDate(Number(year), month, day) && isRealDate(Number(year), day, month)) {
    return `${say.noSuchDate} ${say.dayMonthSwapped}`;
  }
  return build(Number(year), month, day, match[5] ?? '');
}

export const readDayMonthYear: DateReader = (text) => readNumeric(text, true);
export const readMonthDayYear: DateReader = (text) => readNumeric(text, false);

/** 25 Maret 2022, 5 Okt 2022, 1 Agt. 2024, 25-Mar-2022, Senin, 25 Maret 2022 */
export const readIndonesianLong: DateReader = (text) => {
  const match = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})(?!\d)(.*)$/i.exec(dropWeekday(text, INDONESIAN_WEEKDAYS));
  const month = match ? INDONESIAN_MONTHS.get((match[2] ?? '').toLowerCase()) : undefined;
  if (!match || month === undefined) return null;
  return build(Number(match[3]), month, Number(match[1]), match[4] ?? '');
};

/** Jul 3, 2025 / Jul 3, 2025, 12:00:00AM / July 3rd, 2025 / 3 July 2025 / 03-Aug-2024 */
export const readEnglishLong: DateReader = (text) => {
  const clean = dropWeekday(text, ENGLISH_WEEKDAYS);
  const monthFirst = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)(.*)$/i.exec(clean);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})(?!\d)(.*)$/i.exec(clean);
  const [name, day] = monthFirst ? [monthFirst[1], monthFirst[2]] : dayFirst ? [dayFirst[2], dayFirst[1]] : [];
  const match = monthFirst ?? dayFirst;
  const month = ENGLISH_MONTHS.get((name ?? '').toLowerCase());
  if (!match || month === undefined) return null;
  return build(Number(match[3]), month, Number(day), match[4] ?? '');
};
