/**
 * A header whose number of names is not the data's number of cells, made to fit when the
 * file shows how: an extra delimiter leaves an empty name (drop it), a missing one glues two
 * names together (split them where the glue shows). When it does not show, the header keeps
 * its names and any column without one is named kolom_N: the data's width always wins, so no
 * value moves to another column.
 */
import type { ImportMessage } from '../raw-table';
import { readText } from '../../i18n/import-read-id';
import { usedWidth, type Cells } from './table-shape';

export interface FittedHeader {
  cells: Cells;
  warning?: ImportMessage;
}

const empty = (c: string | null) => c === null || c.trim() === '';

/** `"name"` → name: the half of a glued pair that kept its quotes. */
function unquote(text: string, quote: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith(quote) && t.endsWith(quote) ? t.slice(1, -1).split(quote + quote).join(quote) : t;
}

type Style = 'upper' | 'capital' | 'lower' | 'other';
function style(token: string): Style {
  if (/^[A-Z]{2,}$/.test(token)) return 'upper';
  if (/^[A-Z][a-z]+$/.test(token)) return 'capital';
  if (/^[a-z]+$/.test(token)) return 'lower';
  return 'other';
}

/** Where two names were glued: at a quote inside the cell, or where the letter case changes style. */
interface Glue {
  cell: number;
  parts: [string, string];
}

/** `"URL"Comments`, `ProductType"Description"`, or `Description"URL` (read from `"Description""URL"`). */
function splitAtQuote(text: string, quote: string): [string, string] | undefined {
  if (text.startsWith(quote)) {
    const close = text.indexOf(quote, 1);
    return close > 0 && close < text.length - 1 ? [text.slice(0, close + 1), text.slice(close + 1)] : undefined;
  }
  const q = text.indexOf(quote);
  if (q <= 0 || q >= text.length - 1) return undefined;
  const right = text.slice(q);
  return right.endsWith(quote) ? [text.slice(0, q), right] : [text.slice(0, q), text.slice(q + 1)];
}

function gluePoints(cells: Cells, quote: string): Glue[] {
  const points: Glue[] = [];
  cells.forEach((cell, i) => {
    const text = (cell ?? '').trim();
    const quoted = splitAtQuote(text, quote);
    if (quoted) {
      points.push({ cell: i, parts: [unquote(quoted[0], quote), unquote(quoted[1], quote)] });
      return;
    }
    // "TIMEQty", "QtyPRODUCTID": an all-caps word next to a capitalised or lower one. A plain
    // camelCase boundary ("ProductType") is how many real names are written: no evidence.
    const tokens = [...text.matchAll(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g)];
    for (let k = 1; k < tokens.length; k++) {
      const [a, b] = [tokens[k - 1] as RegExpMatchArray, tokens[k] as RegExpMatchArray];
      const at = b.index ?? 0;
      if ((a.index ?? 0) + a[0].length !== at) continue;
      const [sa, sb] = [style(a[0]), style(b[0])];
      if (sa !== sb && (sa === 'upper' || sb === 'upper') && sa !== 'other' && sb !== 'other') points.push({ cell: i, parts: [text.slice(0, at), text.slice(at)] });
    }
  });
  return points;
}

/** The one place two names were glued, when exactly one place says so. */
function splitGlued(cells: Cells, quote: string): { cells: Cells; name: string; parts: [string, string] } | undefined {
  const points = gluePoints(cells, quote);
  const pick = points.length === 1 ? points[0] : undefined;
  if (!pick || pick.parts[0] === '' || pick.parts[1] === '') return undefined;
  const name = (cells[pick.cell] ?? '').trim();
  return { cells: [...cells.slice(0, pick.cell), ...pick.parts, ...cells.slice(pick.cell + 1)], name, parts: pick.parts };
}

/**
 * The header made exactly `width` (the data's number of cells) names long; a padded name stays
 * null (uniqueHeaders makes it kolom_N). Even when the data's extra column is empty all the way
 * down (rows ending with a delimiter), it is kept: an empty column costs nothing, a shifted
 * value would.
 */
export function fitHeader(cells: Cells, width: number, line: number, quote: string): FittedHeader {
  if (cells.length === width) return { cells };
  if (cells.length > width) {
    // A trailing delimiter on the header line alone.
    if (usedWidth(cells) <= width) return { cells: cells.slice(0, width) };
    const extra = cells.length - width;
    const blanks = cells.flatMap((c, i) => (empty(c) ? [i] : [])).slice(0, extra);
    if (blanks.length < extra) return { cells };
    const drop = new Set(blanks);
    const warning = { code: 'header-extra-delimiter', message: readText.headerExtraDelimiter(line, blanks.map((i) => i + 1)), line };
    return { cells: cells.filter((_, i) => !drop.has(i)), warning };
  }
  if (width - cells.length === 1) {
    const split = splitGlued(cells, quote);
    if (split) return { cells: split.cells, warning: { code: 'header-missing-delimiter', message: readText.headerSplit(line, split.name, split.parts), line } };
  }
  const padded = cells.concat(new Array<null>(width - cells.length).fill(null));
  return { cells: padded, warning: { code: 'header-short', message: readText.headerShort(line, cells.length, width), line } };
}
