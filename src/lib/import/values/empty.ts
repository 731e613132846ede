/**
 * What counts as "no value" in a procurement file. Exports write a missing value in many
 * ways: an empty cell, a dash typed by hand (or the '–' our own formatter prints), the text
 * of a database NULL, or Excel's #N/A. All of them mean "missing", never zero or a code.
 */
const BLANK_TOKENS = new Set(['-', '–', '—', 'null', 'n/a', '#n/a']);

export function isBlank(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return true;
  // String.prototype.trim also removes non-breaking and other Unicode spaces.
  const trimmed = text.trim();
  return trimmed === '' || BLANK_TOKENS.has(trimmed.toLowerCase());
}
