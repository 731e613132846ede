/**
 * Percentages such as '47,62%' (Kota Mojokerto's UMKK realisation) become the exact fraction
 * 0.4762, the form every ratio in the app uses. A cell without '%' is returned as the plain
 * number: whether '47,62' means 47.62 % or 0.4762 % depends on the column, which only the
 * caller knows.
 */
import { normalizeDecimal, shiftDecimal, type ExactDecimal } from './decimal';
import { isBlank } from './empty';
import { readSigned, type NumberStyle } from './number';
import { parsedValue, parsedEmpty, type Parsed } from './parsed';
import { squashSpaces } from './text';

export function parsePercent(text: string | null, style: NumberStyle): Parsed<ExactDecimal> {
  if (text === null || isBlank(text)) return parsedEmpty();
  const clean = squashSpaces(text);
  const withSign = /^(.*?)\s*%$/.exec(clean);
  const number = readSigned(withSign ? (withSign[1] ?? '') : clean, style, text);
  if (!withSign || number.kind !== 'value') return number;
  return parsedValue(normalizeDecimal(shiftDecimal(number.value, -2)));
}
