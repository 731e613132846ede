/**
 * Dates as they come from ISB and from Indonesian exports. Several formats can meet in one
 * column, and d/m/y versus m/d/y cannot be told from one cell, so a column's format is
 * detected from its samples; a single cell without a format is read by the rules below.
 */
import { valueText as say } from '../../i18n/values-id';
import {
  readDayMonthYear,
  readEnglishLong,
  readIndonesianLong,
  readIso,
  readMonthDayYear,
  type DateReader
} from './date-formats';
import { isBlank } from './empty';
import { readExcelSerial } from './excel-serial';
import { parsedEmpty, parsedInvalid, parsedValue, type Parsed } from './parsed';
import { shown, squashSpaces } from './text';

export type DateFormat = 'iso' | 'dmy' | 'mdy' | 'id-long' | 'en-long' | 'excel-serial';

export interface ParsedDate {
  /** YYYY-MM-DD, an Indonesian calendar day (WIB when the source gave a zone). */
  date: string;
  /** HH:MM:SS, only when the source had a time. */
  time?: string;
}

const READERS: Readonly<Record<DateFormat, DateReader>> = {
  iso: readIso,
  dmy: readDayMonthYear,
  mdy: readMonthDayYear,
  'id-long': readIndonesianLong,
  'en-long': readEnglishLong,
  'excel-serial': (text) => readExcelSerial(text, false)
};

/**
 * Without a format: unambiguous shapes first; numeric dates are day first, as Indonesians
 * write them; a bare number is an Excel serial only when it lands in 1950–2100.
 */
const AUTO_READERS: readonly DateReader[] = [
  readIso,
  readIndonesianLong,
  readEnglishLong,
  readDayMonthYear,
  (text) => readExcelSerial(text, true)
];

/** Detection order: the first format that reads every sample wins (so dmy beats mdy). */
const DETECTION_ORDER: readonly DateFormat[] = ['iso', 'dmy', 'mdy', 'id-long', 'en-long', 'excel-serial'];

function toParsed(result: ParsedDate | string, cell: string): Parsed<ParsedDate> {
  return typeof result === 'string' ? parsedInvalid(`${result}: ${shown(cell)}.`) : parsedValue(result);
}

export function parseDate(text: string | null, format?: DateFormat): Parsed<ParsedDate> {
  if (text === null || isBlank(text)) return parsedEmpty();
  const clean = squashSpaces(text);
  if (format !== undefined) {
    const result = READERS[format](clean);
    return toParsed(result ?? say.notInFormat(say.dateFormats[format]), text);
  }
  for (const read of AUTO_READERS) {
    const result = read(clean);
    if (result !== null) return toParsed(result, text);
  }
  return toParsed(say.notDate, text);
}

/**
 * The format that reads every non-blank sample, or null (no samples, or a mix of formats:
 * then read each cell with parseDate(text) without a format). Excel serials count only in
 * 1950–2100, so a column of years or counts is not taken for dates.
 */
export function detectDateFormat(samples: readonly string[]): DateFormat | null {
  const cells = samples.filter((sample) => !isBlank(sample)).map(squashSpaces);
  if (cells.length === 0) return null;
  const readsAll = (read: DateReader): boolean =>
    cells.every((cell) => {
      const result = read(cell);
      return result !== null && typeof result !== 'string';
    });
  for (const format of DETECTION_ORDER) {
    const read = format === 'excel-serial' ? (text: string) => readExcelSerial(text, true) : READERS[format];
    if (readsAll(read)) return format;
  }
  return null;
}
