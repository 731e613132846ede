/** Value reasons in English: the same keys as valuesIndonesian in ../values-id.ts. */
import type { Dictionary } from '../language';
import type { valuesIndonesian } from '../values-id';

export const valuesEnglish: Dictionary<typeof valuesIndonesian> = {
  notNumber: 'Not a number',
  doubleSign: 'Minus or plus sign given twice',
  exponentTooLarge: 'Exponent too large',
  mixedThousands: 'Mixed thousands separators',
  thousandsGroups: 'Thousands groups must have three digits',
  manyDecimalMarks: (mark: string) => `More than one decimal mark "${mark}"`,
  styleMismatch: (mark: string) => `Does not match the column's number style (decimal mark "${mark}")`,
  digitsAfterMark: 'A decimal mark must be followed by digits',
  notDate: 'Not a recognised date',
  notInFormat: (format: string) => `Does not match the date format ${format}`,
  dateFormats: {
    iso: 'ISO (2025-03-25)',
    dmy: 'day/month/year',
    mdy: 'month/day/year',
    'id-long': 'day, Indonesian month name, year (25 Maret 2022)',
    'en-long': 'English (Jul 3, 2025)',
    'excel-serial': 'Excel serial number'
  },
  noSuchDate: 'No such date in the calendar',
  dayMonthSwapped: '(day and month swapped?)',
  fourDigitYear: 'The year must have four digits',
  clockUnknown: 'Time of day not recognised',
  meridiemHour: 'An AM/PM hour must be between 1 and 12',
  noSuchTime: 'No such time of day',
  zoneUnknown: 'Time zone not recognised',
  dateOutOfRange: 'Date out of range',
  serialImplausible: 'This number does not look like a date (an Excel serial number outside the years 1950–2100)',
  serialRange: (min: number, max: number) => `An Excel date serial number must be between ${min} and ${max}`,
  serialLeapDay: 'Serial number 60 is 29 February 1900, a day that never existed',
  ruinedByExcel: 'Excel has turned this ID number into scientific notation and its digits are lost; export the column again as text.'
};
