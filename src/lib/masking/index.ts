/** Masking of personal data: one import for the screens and the exports. */
export { maskCell, maskRow, isIndividualVendor, isIndividualForm, type Row } from './mask-cell';
export { maskText, findPersonalData, scanText, type Finding, type TextScan } from './mask-text';
export { personalColumnKind, isVendorNameColumn, columnRule, normaliseColumn, type ColumnKind, type ColumnRule } from './mask-columns';
export { PERSONAL_PATTERNS, PERSONAL_KINDS, type PersonalKind, type PersonalPattern } from './patterns';
