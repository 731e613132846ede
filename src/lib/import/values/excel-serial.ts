/**
 * Excel serial dates (1900 date system): the number Excel stores for a date cell, which is
 * what a reader gets when a date column was saved as General or converted to CSV by a script.
 * Serial 1 is 1900-01-01. Excel also counts 1900-02-29, a day that never existed (a bug kept
 * for Lotus 1-2-3 compatibility), as serial 60, so from serial 61 (1900-03-01) on the
 * serials are one day ahead of a plain count from 1899-12-31.
 */
import { valueText as say } from '../../i18n/values-id';
import { civilFromDays, daysFromCivil, formatCivilDate, formatSecondOfDay } from './calendar';
import type { ParsedDate } from './date';

export const MIN_SERIAL = 1;
/** 9999-12-31, Excel's last date. */
export const MAX_SERIAL = 2958465;
/** 1970-01-01, day 0 of the calendar module. */
const UNIX_EPOCH_SERIAL = 25569;
const FICTITIOUS_LEAP_DAY = 60;

/**
 * Serials of 1950-01-01 .. 2100-12-31. A bare number is only taken for a date when nothing
 * said so (auto parsing, detection) if it falls here: otherwise a year column (2025 would be
 * 1905-07-17), a count or a small amount would silently turn into dates.
 */
export const PLAUSIBLE_SERIALS = {
  min: daysFromCivil(1950, 1, 1) + UNIX_EPOCH_SERIAL,
  max: daysFromCivil(2100, 12, 31) + UNIX_EPOCH_SERIAL
} as const;

const SECONDS_PER_DAY = 86400n;

/** The whole day number and the fraction's second of the day, rounded to the nearest second. */
function split(whole: string, fraction: string): { serial: number; second: number } {
  let serial = Number(whole);
  let second = 0;
  if (fraction !== '') {
    const denominator = 10n ** BigInt(fraction.length);
    // Half up; exact arithmetic, since '0.1' of a day is not exact in binary.
    second = Number((BigInt(fraction) * SECONDS_PER_DAY * 2n + denominator) / (2n * denominator));
    if (second === 86400) {
      serial += 1;
      second = 0;
    }
  }
  return { serial, second };
}

/**
 * Null when the text is not a serial at all; a reason when it is one Excel cannot show.
 * `plausibleOnly` applies the 1950–2100 window described above.
 */
export function readExcelSerial(text: string, plausibleOnly: boolean): ParsedDate | string | null {
  const match = /^(\d{1,7})(?:[.,](\d+))?$/.exec(text);
  if (!match) return null;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const { serial, second } = split(match[1] ?? '', fraction);
  if (plausibleOnly && (serial < PLAUSIBLE_SERIALS.min || serial > PLAUSIBLE_SERIALS.max)) {
    return say.serialImplausible;
  }
  if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
    return say.serialRange(MIN_SERIAL, MAX_SERIAL);
  }
  if (serial === FICTITIOUS_LEAP_DAY) return say.serialLeapDay;
  const days =
    serial > FICTITIOUS_LEAP_DAY ? serial - UNIX_EPOCH_SERIAL : daysFromCivil(1899, 12, 31) + serial;
  const date = formatCivilDate(civilFromDays(days));
  return fraction === '' ? { date } : { date, time: formatSecondOfDay(second) };
}
