/**
 * The small pieces of XML text handling the workbook reader needs: character references,
 * attributes of one tag, and the `_xHHHH_` escapes of spreadsheet strings.
 */

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

function referenced(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED[body] ?? whole;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** Text or an attribute value with its character references resolved (`&amp;` → `&`). */
export function decodeEntities(text: string): string {
  return text.indexOf('&') < 0 ? text : text.replace(REFERENCE, referenced);
}

/** `x:row` → `row`: writers differ in the namespace prefix they put on the same element. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  // Most names have no prefix: no new string then.
  return colon < 0 ? name : name.slice(colon + 1);
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The attributes of one tag (the text between its name and its `>`), by local name, values
 * decoded. `xmlns` declarations are skipped; a malformed rest is ignored.
 */
export function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  const length = raw.length;
  let i = 0;
  while (i < length) {
    const eq = raw.indexOf('=', i);
    if (eq < 0) break;
    const name = raw.slice(i, eq).trim();
    let q = eq + 1;
    while (q < length && isSpace(raw.charCodeAt(q))) q++;
    const quote = raw[q];
    if (quote !== '"' && quote !== "'") break;
    const close = raw.indexOf(quote, q + 1);
    if (close < 0) break;
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) attributes[localName(name)] = decodeEntities(raw.slice(q + 1, close));
    i = close + 1;
  }
  return attributes;
}

/**
 * The values of the named attributes (local names) of one tag into `values`, in one pass and
 * without building an object: the sheet reader calls this for every cell.
 */
export function pickAttributes(raw: string, names: readonly string[], values: (string | undefined)[]): void {
  values.fill(undefined);
  const length = raw.length;
  let i = 0;
  while (i < length) {
    const eq = raw.indexOf('=', i);
    if (eq < 0) return;
    let nameEnd = eq;
    while (nameEnd > i && isSpace(raw.charCodeAt(nameEnd - 1))) nameEnd--;
    const colon = raw.lastIndexOf(':', nameEnd - 1);
    let nameStart = colon >= i ? colon + 1 : i;
    while (nameStart < nameEnd && isSpace(raw.charCodeAt(nameStart))) nameStart++;
    let q = eq + 1;
    while (q < length && isSpace(raw.charCodeAt(q))) q++;
    const quote = raw[q];
    if (quote !== '"' && quote !== "'") return;
    const close = raw.indexOf(quote, q + 1);
    if (close < 0) return;
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      if (nameEnd - nameStart === name.length && raw.startsWith(name, nameStart)) {
        values[k] = decodeEntities(raw.slice(q + 1, close));
        break;
      }
    }
    i = close + 1;
  }
}

const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Spreadsheet strings write characters XML 1.0 cannot carry (control characters) as
 * `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19); `_x005F_` escapes a literal underscore before one.
 * Matches are replaced left to right without overlap, so `_x005F_x0041_` reads `_x0041_`.
 */
export function unescapeSpreadsheetText(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
