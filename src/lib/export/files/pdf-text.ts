/**
 * Text for jsPDF's built-in Helvetica, which knows only the WinAnsi (Windows-1252)
 * characters: anything else would come out as garbage glyphs. Common symbols get an ASCII
 * spelling, accented letters lose their accents, the rest becomes `?`. Indonesian is
 * written in plain Latin letters, so real content is rarely touched.
 */

/** The characters WinAnsi adds in 0x80–0x9F on top of Latin-1 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SPELLED: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≈': '~',
  '≠': '!=',
  '→': '->',
  '←': '<-',
  '↑': '^',
  '↓': 'v',
  '⇒': '=>',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '-',
  '⁄': '/',
  '′': "'",
  '″': '"',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '∞': 'inf',
  'Δ': 'D',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u200B': '',
  '\u2060': '',
  '\uFEFF': '',
  '\t': ' ',
  '\r': ''
};

function inWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === '\n' || WIN_ANSI_EXTRA.has(char);
}

/** One character (a code point) in WinAnsi terms. */
function mapChar(char: string): string {
  if (inWinAnsi(char)) return char;
  const spelled = SPELLED[char];
  if (spelled !== undefined) return spelled;
  // ă → a, ș → s: decompose and keep the base letter when it is WinAnsi.
  const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (base !== '' && [...base].every(inWinAnsi)) return base;
  return '?';
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) out += mapChar(char);
  return out;
}
