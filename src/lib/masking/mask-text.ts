/**
 * Pattern-based masking of one piece of text: every personal value found by the rules in
 * patterns.ts is replaced by a token that says what was hidden ('[NIK]', '[telepon]'), so a
 * reader of a projected table or a shared export knows a value existed without seeing it.
 * Tokens contain no digit and no '@', so masking masked text changes nothing (idempotent).
 */
import { maskingId } from '../i18n/masking-id';
import { PERSONAL_PATTERNS, type PersonalKind, type PersonalPattern } from './patterns';

/** One hidden value. `value` is the personal data itself: for tests and counts, never logs. */
export interface Finding {
  kind: PersonalKind;
  /** Name of the rule that caught it (PersonalPattern.name). */
  pattern: string;
  value: string;
}

export interface TextScan {
  text: string;
  found: readonly Finding[];
}

/** Every pattern needs a digit, an '@' or the word 'npwp': most cells leave here at once. */
const MAY_HOLD = /[\d@]|npwp/i;
/**
 * Values no pattern can match, checked in one step because they fill most numeric cells of
 * an import read as text: an amount or code of at most 14 digits not starting with 0 (a
 * phone starts with 0 or +62, a NIK/NPWP has 15+ digits), with at most 14 decimals (so
 * '60832782,3204011234560001' still goes through the patterns), and an ISO date or time.
 */
const PLAIN = /^(?:-?(?:0|[1-9]\d{0,13})(?:[.,]\d{1,14})?|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?)$/;

/** What a found value becomes: the masking token by default, a pseudonym at import. */
type Replacement = (kind: PersonalKind, value: string) => string;
const token: Replacement = (kind) => maskingId.token[kind];

function applyPattern(text: string, pattern: PersonalPattern, found: Finding[], replace: Replacement = token): string {
  // test() first: most cells match no pattern, and matchAll builds an iterator and a regex
  // copy each call (exports mask millions of cells). lastIndex is reset because the regex is
  // global and shared, and matchAll starts from it.
  const hit = pattern.regex.test(text);
  pattern.regex.lastIndex = 0;
  if (!hit) return text;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern.regex)) {
    // The keyword group, when there is one, always opens the match and stays visible.
    const lead = match.groups?.['lead'] ?? '';
    const start = match.index + lead.length;
    const value = match[0].slice(lead.length);
    if (pattern.accept && !pattern.accept(value, text.slice(0, start))) continue;
    out += text.slice(last, start) + replace(pattern.kind, value);
    last = match.index + match[0].length;
    found.push({ kind: pattern.kind, pattern: pattern.name, value });
  }
  return out + text.slice(last);
}

/** Masks `text` and reports what it hid, in the order the rules ran. */
export function scanText(text: string): TextScan {
  const found: Finding[] = [];
  if (!MAY_HOLD.test(text) || PLAIN.test(text)) return { text, found };
  let masked = text;
  for (const pattern of PERSONAL_PATTERNS) masked = applyPattern(masked, pattern, found);
  return { text: masked, found };
}

/**
 * `text` with each NIK and NPWP (LKPP's hashed `npwp:…` too) replaced by what `replace`
 * makes of it: the import's pseudonyms. Other personal data is left to masking.
 */
export function replaceTaxIds(text: string, replace: Replacement): string {
  if (!MAY_HOLD.test(text) || PLAIN.test(text)) return text;
  const found: Finding[] = [];
  let out = text;
  for (const pattern of PERSONAL_PATTERNS) if (pattern.kind === 'nik' || pattern.kind === 'npwp') out = applyPattern(out, pattern, found, replace);
  return out;
}

/** `text` with each personal value replaced by its token ('[NIK]', '[email]', …). */
export function maskText(text: string): string {
  return scanText(text).text;
}

/** The kinds of personal data in `text`, one entry per value (for tests and reports). */
export function findPersonalData(text: string): PersonalKind[] {
  return scanText(text).found.map((finding) => finding.kind);
}
