/**
 * A sheet's non-empty rows → the table: the header found below any title rows (or where the
 * user says), every row padded to the sheet's width, empty rows skipped and counted. Rows
 * are numbered as in Excel.
 */
import { tableShapeText, workbookText } from '../../../i18n/import-id';
import { UnreadableFileError, type ImportMessage, type RawTable } from '../../raw-table';
import { dominantWidth, findHeaderRow, uniqueHeaders, usedWidth, type Cells } from '../table-shape';
import type { SheetRows } from './sheet-rows';

/**
 * A sheet padded to its width may hold this many empty cells before its sparseness is
 * questioned: 10 million slots are about 80 MB.
 */
const GRID_FLOOR = 10_000_000;
/** Beyond the floor, a padded sheet may be at most this many times its filled cells. */
const SPARSE_RATIO = 10;

export interface SheetTableOptions {
  /** 0-based index of the header among the sheet's rows. */
  headerRow?: number;
  /** Rows above the header (used when headerRow is not given). */
  preambleLines?: number;
}

function padded(cells: Cells, width: number): Cells {
  while (cells.length < width) cells.push(null);
  return cells;
}

/**
 * Refuses a sheet whose padded rows would be mostly empty slots: typically one value typed
 * far to the right of the data, which would add hundreds of empty columns to every row.
 */
function assertDenseEnough(sheet: string, read: SheetRows): void {
  const grid = read.rows.length * read.width;
  if (grid > Math.max(GRID_FLOOR, SPARSE_RATIO * read.filled)) {
    throw new UnreadableFileError('xlsx-sparse', workbookText.sparse(sheet, read.widest, read.filled, grid));
  }
}

/** The header's 0-based row index: the user's, or the first row that looks like one among the first 50. */
function headerIndexOf(read: SheetRows, options: SheetTableOptions): number {
  const rowCount = read.lines.at(-1) ?? 0;
  let index = options.headerRow ?? options.preambleLines;
  if (index === undefined) {
    // The first 50 rows as Excel numbers them, empty ones included, as the header search expects.
    const scan = Math.min(rowCount, 50);
    const head: Cells[] = Array.from({ length: scan }, () => []);
    for (let k = 0; k < read.lines.length && (read.lines[k] as number) <= scan; k++) head[(read.lines[k] as number) - 1] = read.rows[k] as Cells;
    index = findHeaderRow(head, dominantWidth(read.rows.slice(0, 1000), usedWidth), usedWidth);
  }
  return Math.min(Math.max(0, index), Math.max(0, rowCount - 1));
}

export function sheetTable(sheet: string, read: SheetRows, options: SheetTableOptions, warnings: ImportMessage[]): RawTable {
  assertDenseEnough(sheet, read);
  if (read.lossyLines.length > 0) {
    warnings.push({ code: 'excel-number', message: workbookText.excelNumber(read.lossyLines), line: read.lossyLines[0] });
  }
  const headerIndex = headerIndexOf(read, options);
  const headerAt = read.lines.indexOf(headerIndex + 1);
  const header = headerAt < 0 ? (read.lines.length > 0 ? new Array<null>(read.width).fill(null) : []) : padded([...(read.rows[headerAt] as Cells)], read.width);
  const { names, warnings: headerWarnings } = uniqueHeaders(header);
  warnings.push(...headerWarnings);

  const rows: Cells[] = [];
  const lineNumbers: number[] = [];
  read.lines.forEach((line, k) => {
    if (line <= headerIndex + 1) return;
    rows.push(padded(read.rows[k] as Cells, names.length));
    lineNumbers.push(line);
  });
  const rowCount = read.lines.at(-1) ?? 0;
  const blank = Math.max(0, rowCount - (headerIndex + 1) - rows.length);
  if (blank > 0) warnings.push({ code: 'blank-lines', message: tableShapeText.blankRows(blank) });

  return {
    columns: names,
    rows,
    lineNumbers,
    source: { format: 'xlsx', sheet, headerRow: headerIndex, preambleLines: headerIndex },
    warnings
  };
}
