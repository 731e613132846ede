/**
 * Small text helpers shared by the value parsers (internal to this folder).
 */

/**
 * Every kind of space (non-breaking U+00A0, narrow U+202F, thin U+2009, tabs, BOM…) becomes
 * one ASCII space: spreadsheets and web pages put non-breaking spaces inside numbers
 * ("1 234 567", "Rp 1.500.000") and they must read like ordinary ones.
 */
export function squashSpaces(text: string): string {
  return text.replace(/[\s\uFEFF]+/g, ' ').trim();
}

const MAX_SHOWN = 40;

/** The cell as quoted inside a reason: trimmed, and cut when long so a reason stays one line. */
export function shown(text: string): string {
  const clean = squashSpaces(text);
  const cut = clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN - 1)}…` : clean;
  return `"${cut}"`;
}
