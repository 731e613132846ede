/**
 * One cell (or a value typed once for the whole file) read as the kind its field expects.
 * Reasons quote the value, so a rejected row says what was in it; their sentences are in
 * src/lib/i18n/mapping-id.ts (`cellProblems`), in the page's language (Indonesian in the worker).
 */

import { mappingText } from '../../i18n/mapping-id';
import {
  compareDecimals,
  parseDate,
  parseIdentifier,
  parsePercent,
  parseRupiah,
  parsedInvalid,
  parsedValue,
  RUINED_BY_EXCEL,
  shiftDecimal,
  type DateFormat,
  type ExactDecimal,
  type NumberStyle,
  type Parsed,
  type ParsedDate
} from '../values';
import type { FieldKind } from './types';
import { booleanOf, channelOf, statusOf, yearOf } from './vocab';

const quoted = (text: string) => `"${text.trim()}"`;
const say = mappingText.cellProblems;

const ZERO: ExactDecimal = { units: 0n, scale: 0 };
const ONE: ExactDecimal = { units: 1n, scale: 0 };

/**
 * A share as a fraction. '47,62%' carries its sign; a bare '47,62' sits in a column whose
 * header says '(%)', so it is read as percentage points too (a fraction such as 0,4762
 * would need the '%' dropped by the exporter, which Indonesian recaps do not do).
 */
export function readPercent(text: string, style: NumberStyle): Parsed<ExactDecimal> {
  const parsed = parsePercent(text, style);
  if (parsed.kind !== 'value') return parsed;
  const fraction = /%\s*$/.test(text) ? parsed.value : shiftDecimal(parsed.value, -2);
  if (compareDecimals(fraction, ZERO) < 0 || compareDecimals(fraction, ONE) > 0) {
    return parsedInvalid(say.percentRange(quoted(text)));
  }
  return parsedValue(fraction);
}

/**
 * With a format: cells in another unambiguous shape are still read on their own, as the
 * ISB reader does; never in an m/d/y column, where '03/04/2025' would turn day-first.
 */
export function readDate(text: string, format: DateFormat | null): Parsed<ParsedDate> {
  const parsed = parseDate(text, format ?? undefined);
  return parsed.kind === 'invalid' && format !== null && format !== 'mdy' ? parseDate(text) : parsed;
}

export function readYear(text: string): Parsed<number> {
  const year = yearOf(text);
  return year === null ? parsedInvalid(say.notYear(quoted(text))) : parsedValue(year);
}

export function readId(text: string): Parsed<string> {
  const parsed = parseIdentifier(text);
  return parsed.kind === 'invalid' && parsed.reason === RUINED_BY_EXCEL
    ? parsedInvalid(say.ruinedId(RUINED_BY_EXCEL, quoted(text)))
    : parsed;
}

export function readBoolean(text: string): Parsed<boolean> {
  const value = booleanOf(text);
  return value === null ? parsedInvalid(say.notBoolean(quoted(text))) : parsedValue(value);
}

export function readChannel(text: string): Parsed<string> {
  const value = channelOf(text);
  return value === null
    ? parsedInvalid(say.unknownChannel(quoted(text)))
    : parsedValue(value);
}

export function readStatus(text: string): Parsed<string> {
  const value = statusOf(text);
  return value === null ? parsedInvalid(say.unknownStatus(quoted(text))) : parsedValue(value);
}

/** Why `text` is not a value of `kind`, or null when it is (for validation and suggestion). */
export function problemOf(kind: FieldKind, text: string, style: NumberStyle, format: DateFormat | null): string | null {
  const parsed = readAs(kind, text, style, format);
  if (parsed.kind === 'value') return null;
  return parsed.kind === 'empty' ? say.empty : parsed.reason;
}

function readAs(kind: FieldKind, text: string, style: NumberStyle, format: DateFormat | null): Parsed<unknown> {
  switch (kind) {
    case 'money': return parseRupiah(text, style);
    case 'percent': return readPercent(text, style);
    case 'date': return readDate(text, format);
    case 'year': return readYear(text);
    case 'identifier': return readId(text);
    case 'boolean': return readBoolean(text);
    case 'channel': return readChannel(text);
    case 'status': return readStatus(text);
    case 'region':
    case 'text': return text.trim() === '' ? { kind: 'empty' } : parsedValue(text.trim());
  }
}
