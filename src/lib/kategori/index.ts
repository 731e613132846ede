/** Category rules (issue 6 part 9): data, validation and the SQL the ledger embeds. */
export { DEFAULT_KATEGORI_RULES, defaultRules } from './default-rules';
export { kategoriColumnsSql, kategoriReferenceRows } from './sql';
export { checkKata, checkRules, parseRules } from './validate';
export { rulesFromJson, rulesToJson } from './rules-json';
export * from './types';
