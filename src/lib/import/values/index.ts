/**
 * Exact parsers for the values found in Indonesian procurement files. Pure functions (no
 * DOM, no Node API), so the import runs the same in a web worker and in tests.
 */
export { parsedEmpty, parsedInvalid, parsedValue, type Parsed } from './parsed';
export { isBlank } from './empty';
export {
  addDecimals,
  compareDecimals,
  decimalFromString,
  decimalToString,
  negateDecimal,
  normalizeDecimal,
  roundToInteger,
  shiftDecimal,
  type ExactDecimal
} from './decimal';
export { detectNumberStyle, INDONESIAN_STYLE, parseNumber, type NumberStyle } from './number';
export { parseRupiah } from './money';
export { parsePercent } from './percent';
export { detectDateFormat, parseDate, type DateFormat, type ParsedDate } from './date';
export { parseIdentifier, RUINED_BY_EXCEL } from './identifier';
