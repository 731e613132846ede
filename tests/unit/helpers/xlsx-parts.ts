/**
 * Workbooks built in memory from their XML parts (fflate zip), so a test can make exactly
 * the odd workbook it needs: a stray far cell, a huge sheet, a cell Excel would not write.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface BookParts {
  /** Each sheet's name and its whole worksheet XML (text, or bytes for a very large one). */
  sheets: { name: string; xml: string | Uint8Array }[];
  shared?: string[];
  /** The whole styles.xml; none when absent. */
  styles?: string;
  /** E.g. `<workbookPr date1904="1"/>`. */
  workbookPr?: string;
  /** 0 stores the parts uncompressed (fast to build at any size). */
  level?: 0 | 1 | 6;
}

/** A worksheet with these rows (`<row>` elements) and, optionally, what comes before sheetData. */
export const worksheet = (rows: string, before = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}">${before}<sheetData>${rows}</sheetData></worksheet>`;

export const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
export const numberCell = (ref: string, value: string, style?: number) => `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${value}</v></c>`;

/** Column letters of a 1-based column number: 1 → A, 16384 → XFD. */
export function letters(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

export function xlsxBytes(book: BookParts): Uint8Array {
  const sheets = book.sheets.map((s, i) => ({ ...s, id: `rId${i + 1}`, path: `worksheets/sheet${i + 1}.xml` }));
  const relations = sheets.map((s) => `<Relationship Id="${s.id}" Type="${REL}/worksheet" Target="${s.path}"/>`);
  if (book.shared) relations.push(`<Relationship Id="rStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (book.styles) relations.push(`<Relationship Id="rStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}">${book.workbookPr ?? ''}<sheets>` +
        sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="${s.id}"/>`).join('') +
        '</sheets></workbook>'
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relations.join('')}</Relationships>`
    )
  };
  for (const s of sheets) files[`xl/${s.path}`] = typeof s.xml === 'string' ? strToU8(s.xml) : s.xml;
  if (book.shared) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${book.shared.map((s) => `<si>${s}</si>`).join('')}</sst>`);
  if (book.styles) files['xl/styles.xml'] = strToU8(book.styles);
  return zipSync(files, { level: book.level ?? 6 });
}

/** styles.xml with these custom number formats and these cell formats (`<xf …/>`), base styles optional. */
export const stylesXml = (formats: string, cellXfs: string, baseXfs = '<xf numFmtId="0"/>') =>
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts>${formats}</numFmts>` +
  `<cellStyleXfs>${baseXfs}</cellStyleXfs><cellXfs>${cellXfs}</cellXfs></styleSheet>`;
