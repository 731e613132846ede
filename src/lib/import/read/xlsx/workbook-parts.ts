/**
 * The parts of a workbook around its sheets: the sheet list and date system (workbook.xml),
 * where each part is stored (workbook.xml.rels) and which styles show dates (styles.xml).
 * Paths and fallbacks follow read-excel-file 9.3.17, which the import used before, so the
 * same workbooks open.
 */
import { formatShowsDate } from './number-formats';
import { XmlScanner } from './xml-scanner';
import { attributesOf, unescapeSpreadsheetText } from './xml-text';
import type { ZipArchive } from './zip-archive';
import { ZipFormatError } from './zip-archive';

export interface SheetRef {
  name: string;
  /** Path of the sheet's XML inside the archive. */
  path: string;
}

export interface WorkbookInfo {
  /** The worksheets, in the workbook's order (chart sheets hold no table and are left out). */
  sheets: SheetRef[];
  /** Serial day numbers count from 1904 (old Mac Excel) instead of 1900. */
  epoch1904: boolean;
  stylesPath: string;
  sharedStringsPath: string;
}

const RELATIONSHIP_TYPES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/'
];

function relationshipKind(type: string): string | undefined {
  const base = RELATIONSHIP_TYPES.find((prefix) => type.startsWith(prefix));
  return base === undefined ? undefined : type.slice(base.length);
}

/** Relationship targets are relative to xl/ unless absolute within the package. */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/** Calls onOpen (and onClose) for every tag of a part, streamed like a sheet. */
function eachTag(zip: ZipArchive, path: string, onOpen: (name: string, attributes: string) => void, onClose: (name: string) => void = () => {}): void {
  const scanner = new XmlScanner({ open: onOpen, close: onClose, text: () => {} });
  zip.streamText(path, (piece) => scanner.push(piece));
  scanner.end();
}

export function readWorkbookInfo(zip: ZipArchive): WorkbookInfo {
  for (const required of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
    if (!zip.has(required)) throw new ZipFormatError(`bagian ${required} tidak ada`);
  }
  const worksheets = new Map<string, string>();
  let stylesPath = 'xl/styles.xml';
  let sharedStringsPath = 'xl/sharedStrings.xml';
  eachTag(zip, 'xl/_rels/workbook.xml.rels', (name, raw) => {
    if (name !== 'Relationship') return;
    const { Id, Type, Target } = attributesOf(raw);
    const kind = relationshipKind(Type ?? '');
    if (Target === undefined || kind === undefined) return;
    if (kind === 'worksheet' && Id !== undefined) worksheets.set(Id, partPath(Target));
    else if (kind === 'styles') stylesPath = partPath(Target);
    else if (kind === 'sharedStrings') sharedStringsPath = partPath(Target);
  });

  const sheets: SheetRef[] = [];
  let epoch1904: boolean | undefined;
  eachTag(zip, 'xl/workbook.xml', (name, raw) => {
    if (name === 'workbookPr' && epoch1904 === undefined) {
      const date1904 = attributesOf(raw).date1904;
      epoch1904 = date1904 === '1' || date1904 === 'true';
    } else if (name === 'sheet') {
      // `r:id` loses its prefix like every other name here, so it reads as `id`.
      const { name: sheetName, id } = attributesOf(raw);
      const path = id === undefined ? undefined : worksheets.get(id);
      if (sheetName && path !== undefined) sheets.push({ name: unescapeSpreadsheetText(sheetName), path });
    }
  });
  return { sheets, epoch1904: epoch1904 ?? false, stylesPath, sharedStringsPath };
}

/**
 * For each cell style (the `s` of a cell), whether it shows a date. A cell format inherits
 * the number format of its base style (`xfId`) when it names none of its own; only built-in
 * formats count for a base style. No styles part: no styles at all.
 */
export function readDateStyles(zip: ZipArchive, path: string): boolean[] {
  if (!zip.has(path)) return [];
  const customCodes = new Map<number, string>();
  const noCodes = new Map<number, string>();
  const baseFormats: (number | undefined)[] = [];
  const dateStyles: boolean[] = [];
  let section: 'base' | 'cell' | null = null;
  eachTag(
    zip,
    path,
    (name, raw) => {
      if (name === 'numFmt') {
        const { numFmtId, formatCode } = attributesOf(raw);
        if (formatCode !== undefined) customCodes.set(Number(numFmtId), formatCode);
      } else if (name === 'cellStyleXfs') section = 'base';
      else if (name === 'cellXfs') section = 'cell';
      else if (name === 'xf' && section !== null) {
        const { numFmtId, xfId } = attributesOf(raw);
        const own = numFmtId ? Number(numFmtId) : undefined;
        if (section === 'base') {
          baseFormats.push(own);
          return;
        }
        // Base style 0 is never inherited (read-excel-file treats xfId="0" as no base).
        const baseIndex = xfId ? Number(xfId) : 0;
        const base = baseIndex ? baseFormats[baseIndex] : undefined;
        if (own !== undefined) dateStyles.push(formatShowsDate(own, customCodes));
        else dateStyles.push(base !== undefined && formatShowsDate(base, noCodes));
      }
    },
    (name) => {
      if (name === 'cellStyleXfs' || name === 'cellXfs') section = null;
    }
  );
  return dateStyles;
}
