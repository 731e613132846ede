/**
 * Exact numbers as they appear in Indonesian procurement files: '1.234.567,89',
 * '1,234,567.89', '114421517649.17', '1 234 567', '(250.000)', '1.5E+3'. No value ever passes
 * through a JS number, so 18-digit amounts and sen survive.
 */
import { valueText as say } from '../../i18n/values-id';
import { negateDecimal, normalizeDecimal, shiftDecimal, type ExactDecimal } from './decimal';
import { isBlank } from './empty';
import type { NumberStyle } from './number-style';
import { parsedEmpty, parsedInvalid, parsedValue, type Parsed } from './parsed';
import { shown, squashSpaces } from './text';

export { detectNumberStyle, INDONESIAN_STYLE, type NumberStyle } from './number-style';

/** Larger exponents are no real figure, and 1E+1000000 would build a huge bigint. */
const MAX_EXPONENT = 100;

/** A reason without the quoted cell; the caller adds the cell the user typed. */
type Failure = { failure: string };

export interface SignedText {
  negative: boolean;
  /** True when a sign was written (a second one is then an error). */
  signed: boolean;
  rest: string;
}

/** Takes one sign off the front: accounting parentheses '(…)', '-', '+' or '−' (U+2212). */
export function takeSign(text: string): SignedText {
  if (text.startsWith('(') && text.endsWith(')')) {
    return { negative: true, signed: true, rest: text.slice(1, -1).trim() };
  }
  const first = text.charAt(0);
  if (first === '-' || first === '−' || first === '+') {
    return { negative: first !== '+', signed: true, rest: text.slice(1).trim() };
  }
  return { negative: false, signed: false, rest: text };
}

function fromDigits(whole: string, fraction: string): ExactDecimal {
  return { units: BigInt(`${whole}${fraction}` || '0'), scale: fraction.length };
}

/** '1.5E+3', '1,23457E+17': the mantissa's one mark is always the decimal mark. */
function readScientific(body: string): ExactDecimal | Failure | null {
  const match = /^(\d*)(?:[.,](\d+))?[eE]([+-]?\d+)$/.exec(body);
  if (!match || (match[1] === '' && match[2] === undefined)) return null;
  const exponent = Number(match[3]);
  if (Math.abs(exponent) > MAX_EXPONENT) return { failure: say.exponentTooLarge };
  return shiftDecimal(fromDigits(match[1] ?? '', match[2] ?? ''), exponent);
}

/** Digits grouped by one separator (the style's thousands mark or a space) in groups of 3. */
function readWhole(whole: string, thousands: string): string | Failure {
  const separators = new Set(whole.replace(/\d/g, ''));
  if (separators.size === 0) return whole;
  if (separators.size > 1) return { failure: say.mixedThousands };
  const [separator = ''] = [...separators];
  if (separator !== thousands && separator !== ' ') return { failure: say.notNumber };
  const groups = whole.split(separator);
  const [lead = '', ...rest] = groups;
  if (lead.length < 1 || lead.length > 3 || rest.some((group) => group.length !== 3)) {
    return { failure: say.thousandsGroups };
  }
  return groups.join('');
}

/** A number without sign, currency or suffix, read in the column's style. */
export function readUnsigned(body: string, style: NumberStyle): ExactDecimal | Failure {
  if (!/\d/.test(body)) return { failure: say.notNumber };
  const scientific = readScientific(body);
  if (scientific) return scientific;
  if (/[^\d., ]/.test(body)) return { failure: say.notNumber };
  const thousands = style.decimal === ',' ? '.' : ',';
  const parts = body.split(style.decimal);
  if (parts.length > 2) return { failure: say.manyDecimalMarks(style.decimal) };
  const [whole = '', fraction = ''] = parts;
  if (parts.length === 2 && !/^\d+$/.test(fraction)) {
    return fraction.includes(thousands)
      ? { failure: say.styleMismatch(style.decimal) }
      : { failure: say.digitsAfterMark };
  }
  const digits = whole === '' ? '0' : readWhole(whole, thousands);
  if (typeof digits !== 'string') return digits;
  return fromDigits(digits, fraction);
}

/** Sign (once) plus unsigned number; `cell` is the original text quoted in a reason. */
export function readSigned(text: string, style: NumberStyle, cell: string): Parsed<ExactDecimal> {
  const { negative, rest } = takeSign(text);
  const result = readUnsigned(rest, style);
  if ('failure' in result) return parsedInvalid(`${result.failure}: ${shown(cell)}.`);
  const value = normalizeDecimal(result);
  return parsedValue(negative ? negateDecimal(value) : value);
}

export function parseNumber(text: string | null, style: NumberStyle): Parsed<ExactDecimal> {
  if (text === null || isBlank(text)) return parsedEmpty();
  return readSigned(squashSpaces(text), style, text);
}
