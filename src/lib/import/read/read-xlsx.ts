/**
 * Excel workbook (.xlsx) → RawTable, streamed: the archive's parts are inflated and scanned
 * a chunk at a time and only the cells that hold a value are kept, so the memory a workbook
 * takes follows its data, not the size of its XML or of the rectangle its cells span. No
 * DOM, worker or Node API: the same code runs in the import worker and in Node.
 *
 * It replaces read-excel-file 9.3.17, whose sheet parser recurses once per XML chunk
 * (modules/xml/parseXml.js, `loop()`): its chunks shrink as the sheet grows (each one copies
 * every row read so far, modules/xlsx/parseSheet.js `rows.concat`), so a sheet of about a
 * million rows overflows the stack ("Maximum call stack size exceeded"), and it pads every
 * row to the widest one, so a single value in XFD1048576 allocates the whole sheet. Cell
 * semantics are kept: see xlsx/cell-value.ts.
 */
import { workbookText } from '../../i18n/import-id';
import type { ImportMessage, RawTable } from '../raw-table';
import { UnreadableFileError } from '../raw-table';
import type { CellContext } from './xlsx/cell-value';
import { readSheetRows, type SheetRows } from './xlsx/sheet-rows';
import { sheetTable, type SheetTableOptions } from './xlsx/sheet-table';
import { readSharedStrings } from './xlsx/shared-strings';
import { readDateStyles, readWorkbookInfo, type SheetRef } from './xlsx/workbook-parts';
import { ZipArchive } from './xlsx/zip-archive';

export interface XlsxOptions extends SheetTableOptions {
  /** Sheet name; default: the first sheet that holds any data. */
  sheet?: string;
}

/**
 * A sheet's XML may unpack to at most this many characters, about 50 s of reading: a few MB
 * of deflated empty cells would otherwise keep the worker inflating for many minutes (filled
 * cells are bounded by MAX_FILLED_CELLS long before). 20 million filled cells are well under
 * 1 GB of XML.
 */
export const MAX_SHEET_XML_CHARS = 2 * 1024 ** 3;

interface OpenWorkbook {
  zip: ZipArchive;
  sheets: SheetRef[];
  context: Omit<CellContext, 'onLossy'>;
}

function openWorkbook(bytes: Uint8Array): OpenWorkbook {
  const zip = new ZipArchive(bytes);
  const info = readWorkbookInfo(zip);
  const context = {
    sharedStrings: readSharedStrings(zip, info.sharedStringsPath),
    dateStyles: readDateStyles(zip, info.stylesPath),
    epoch1904: info.epoch1904
  };
  return { zip, sheets: info.sheets, context };
}

function readSheet(book: OpenWorkbook, sheet: SheetRef): SheetRows {
  if (!book.zip.has(sheet.path)) throw new UnreadableFileError('xlsx-corrupt', workbookText.corrupt(`bagian ${sheet.path} tidak ada`));
  return readSheetRows(sheet.name, book.context, (push) => {
    let read = 0;
    book.zip.streamText(sheet.path, (text) => {
      read += text.length;
      if (read > MAX_SHEET_XML_CHARS) throw new UnreadableFileError('xlsx-too-large', workbookText.tooLarge(sheet.name, MAX_SHEET_XML_CHARS));
      push(text);
    });
  });
}

/** The named sheet, or the first that holds a value (noting the others when there are several). */
function chooseSheet(book: OpenWorkbook, name: string | undefined, warnings: ImportMessage[]): { sheet: string; rows: SheetRows } {
  if (name !== undefined) {
    const named = book.sheets.find((s) => s.name === name);
    if (!named) throw new UnreadableFileError('sheet-not-found', workbookText.sheetNotFound(name));
    return { sheet: name, rows: readSheet(book, named) };
  }
  const first = book.sheets[0];
  if (!first) throw new UnreadableFileError('not-spreadsheet', workbookText.noSheets);
  let chosen: { sheet: string; rows: SheetRows } | undefined;
  let firstEmpty: { sheet: string; rows: SheetRows } | undefined;
  for (const sheet of book.sheets) {
    const rows = readSheet(book, sheet);
    if (rows.filled > 0) {
      chosen = { sheet: sheet.name, rows };
      break;
    }
    firstEmpty ??= { sheet: sheet.name, rows };
  }
  chosen ??= firstEmpty as { sheet: string; rows: SheetRows };
  if (book.sheets.length > 1) {
    warnings.push({ code: 'xlsx-sheets', message: workbookText.sheetsRead(book.sheets.map((s) => s.name), chosen.sheet) });
  }
  return chosen;
}

export async function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<RawTable> {
  const warnings: ImportMessage[] = [];
  try {
    const book = openWorkbook(bytes);
    const { sheet, rows } = chooseSheet(book, options.sheet, warnings);
    return sheetTable(sheet, rows, options, warnings);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError('xlsx-corrupt', workbookText.corrupt(detail));
  }
}
