/**
 * Identifiers (NIP, NIK, NPWP, kd_rup, kd_satker_str, codes with leading zeros) are text:
 * '007' and '123456789012345678' must survive byte for byte, so nothing here goes near
 * Number. Two Excel/pandas accidents are recognised.
 */
import { valueText as say } from '../../i18n/values-id';
import { isBlank } from './empty';
import { parsedEmpty, parsedInvalid, parsedValue, type Parsed } from './parsed';

/**
 * Excel shows a long number as '1.23457E+17' (or '1,23457E+17' in an Indonesian locale)
 * and saves that text to CSV: the digits are gone and cannot be recovered here. Excel,
 * pandas and JS always sign the exponent, which keeps codes such as '12E3' apart.
 */
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]\d+$/i;

/** A column read as floating point (pandas, some JSON writers) gains '.0': '60608395.0'. */
const FLOAT_TAIL = /^(\d+)\.0+$/;

export const RUINED_BY_EXCEL: string = say.ruinedByExcel;

export function parseIdentifier(text: string | null): Parsed<string> {
  if (text === null || isBlank(text)) return parsedEmpty();
  const trimmed = text.trim();
  if (SCIENTIFIC.test(trimmed)) return parsedInvalid(RUINED_BY_EXCEL);
  const floatTail = FLOAT_TAIL.exec(trimmed);
  return parsedValue(floatTail ? (floatTail[1] ?? trimmed) : trimmed);
}
