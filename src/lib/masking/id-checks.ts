/**
 * Plausibility checks for Indonesian identity numbers. The masking patterns use them where a
 * shape alone would also fit procurement codes, so that a code that only looks like an id
 * stays readable. Everything here is pure: it runs in the export worker too.
 */

/** Only the digits of a matched value (NIK and NIP are often written with spaces or dots). */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * A NIK is PP KK CC DDMMYY SSSS with PP a province code 11–94 (Aceh to Papua). Only the
 * province is checked, for the grouped forms ('3204 0112 3456 0001') where the grouping
 * could also come from a code list: hand-typed NIKs in free text are often not valid dates
 * of birth, and leaving a real NIK visible costs more than hiding a code.
 */
export function isPlausibleNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  const province = Number(digits.slice(0, 2));
  return province >= 11 && province <= 94;
}

/**
 * True when the digits just before a match make it the decimal part of a number
 * ('10,3328257559278 Ha', '0.54844606946984 Kali' in SiRUP volumes): such a run is a
 * measurement, not an id. A long integer part before the separator does not count, so a
 * list of ids written '3204…0001,3204…0002' is still masked.
 */
export function isDecimalFraction(before: string): boolean {
  return /(?:^|[^\d.,])\d{1,6}[.,]$/.test(before);
}
