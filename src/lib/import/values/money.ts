/**
 * Rupiah amounts as people and exports write them: 'Rp 12.341.140.000,00', 'IDR 1,500,000.00',
 * 'Rp 1.500.000,-', '(Rp 250.000)', and the short forms of news and slides: '22,1 M',
 * '310,8 Jt'. The result is exact and may keep sen.
 */
import { valueText as say } from '../../i18n/values-id';
import { negateDecimal, normalizeDecimal, shiftDecimal, type ExactDecimal } from './decimal';
import { isBlank } from './empty';
import { readUnsigned, takeSign, type NumberStyle } from './number';
import { parsedEmpty, parsedInvalid, parsedValue, type Parsed } from './parsed';
import { shown, squashSpaces } from './text';

/**
 * Indonesian magnitude words. 'M' is miliar (10^9), not million: that is how Indonesian
 * reports abbreviate, and 'Jt' is the million. 'K' (kilo) is ribu.
 */
const MAGNITUDES: Readonly<Record<string, number>> = {
  triliun: 12,
  t: 12,
  miliar: 9,
  milyar: 9,
  m: 9,
  juta: 6,
  jt: 6,
  ribu: 3,
  rb: 3,
  k: 3
};

// Longest words first so 'triliun' is not read as 't' + 'riliun'.
const MAGNITUDE_SUFFIX = /^(.*\d)\s*(triliun|miliar|milyar|juta|ribu|jt|rb|t|m|k)\.?$/i;
const CURRENCY_PREFIX = /^(?:rp\.?|idr)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:idr|rupiah)$/i;
/** 'Rp 1.500.000,-' (and ',--', '.-'): the dash says "no sen", it is not a minus. */
const NO_SEN_SUFFIX = /[.,]-+$/;

export function parseRupiah(text: string | null, style: NumberStyle): Parsed<ExactDecimal> {
  if (text === null || isBlank(text)) return parsedEmpty();
  const fail = (why: string): Parsed<ExactDecimal> => parsedInvalid(`${why}: ${shown(text)}.`);

  // A sign may stand outside the currency ('-Rp 250.000', '(Rp 250.000)') or inside it
  // ('Rp -250.000', 'Rp (250.000)'), but only once.
  const outer = takeSign(squashSpaces(text));
  const inner = takeSign(outer.rest.replace(CURRENCY_PREFIX, ''));
  if (outer.signed && inner.signed) return fail(say.doubleSign);
  const negative = outer.negative || inner.negative;

  let body = inner.rest.replace(CURRENCY_SUFFIX, '').replace(NO_SEN_SUFFIX, '');
  let exponent = 0;
  const magnitude = MAGNITUDE_SUFFIX.exec(body);
  if (magnitude) {
    body = magnitude[1] ?? '';
    exponent = MAGNITUDES[(magnitude[2] ?? '').toLowerCase()] ?? 0;
  }

  const result = readUnsigned(body.trim(), style);
  if ('failure' in result) return fail(result.failure);
  const value = normalizeDecimal(shiftDecimal(result, exponent));
  return parsedValue(negative ? negateDecimal(value) : value);
}
