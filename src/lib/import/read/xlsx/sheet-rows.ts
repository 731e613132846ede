/**
 * A worksheet's XML → its non-empty rows, streamed: only cells that hold a value are kept,
 * each row up to its last such cell, so a sheet whose only cells are A1 and XFD1048576 costs
 * two cells, not the 17 billion of its rectangle. Empty rows between them are only counted.
 */
import { workbookText } from '../../../i18n/import-id';
import { UnreadableFileError } from '../../raw-table';
import { MAX_COLUMNS } from '../table-limits';
import { cellValue, CellValueError, type CellContext } from './cell-value';
import { columnLetters, parseCellAddress } from './cell-address';
import { CellXml } from './cell-xml';
import { XmlScanner, type XmlHandler } from './xml-scanner';
import { pickAttributes } from './xml-text';

export type SheetCells = (string | null)[];

export interface SheetRows {
  /** 1-based row number of each non-empty row, ascending. */
  lines: number[];
  /** Each non-empty row's cells, up to its last non-empty one. */
  rows: SheetCells[];
  /** The highest column holding a value: the table's width. */
  width: number;
  /** The address of the value that sets the width, e.g. `XFD1048576`. */
  widest: string;
  /** How many cells hold a value. */
  filled: number;
  /** Rows holding an integer beyond 2^53 (Excel rounded it), ascending. */
  lossyLines: number[];
}

/**
 * Filled cells a sheet may have. A workbook's size says little about its cells (deflate packs
 * repetitive XML a thousandfold), and each kept cell costs about 130 bytes of memory as read
 * (measured: 5.3 million cells, 1 GB), so this keeps a sheet under about 2.6 GB, the most a
 * browser tab can spare.
 */
export const MAX_FILLED_CELLS = 20_000_000;

const ROW_ATTRIBUTES = ['r'];

/** The state of reading one sheet: the row and the cell being read, and what is kept. */
class SheetHandler implements XmlHandler {
  readonly result: SheetRows = { lines: [], rows: [], width: 0, widest: '', filled: 0, lossyLines: [] };
  private readonly context: CellContext;
  private readonly rowAttributes: (string | undefined)[] = [undefined];
  private readonly cell = new CellXml();
  private inSheetData = false;
  private inCell = false;
  /** The row being read: its number (once known) and its cells so far. */
  private line: number | undefined;
  private cells: SheetCells = [];
  private lastColumn = 0;
  private lastLine = 0;

  constructor(
    private readonly sheet: string,
    context: Omit<CellContext, 'onLossy'>
  ) {
    this.context = { ...context, onLossy: () => this.markLossy() };
  }

  private markLossy(): void {
    const lossy = this.result.lossyLines;
    if (this.line !== undefined && lossy.at(-1) !== this.line) lossy.push(this.line);
  }

  open(name: string, raw: string): void {
    if (name === 'sheetData') this.inSheetData = true;
    if (!this.inSheetData) return;
    if (name === 'row') {
      pickAttributes(raw, ROW_ATTRIBUTES, this.rowAttributes);
      const r = this.rowAttributes[0];
      this.line = r ? Number(r) : undefined;
      this.cells = [];
      this.lastColumn = 0;
    } else if (name === 'c') {
      this.inCell = true;
      this.cell.start(raw);
    } else if (this.inCell) this.cell.open(name);
  }

  close(name: string): void {
    if (name === 'c') this.endCell();
    else if (name === 'row') this.endRow();
    else if (name === 'sheetData') this.inSheetData = false;
    else if (this.inCell) this.cell.close(name);
  }

  text(text: string): void {
    if (this.inCell) this.cell.text(text);
  }

  private endCell(): void {
    this.inCell = false;
    const { reference, type, style, value, inline } = this.cell;
    // A cell without a reference is the one after the previous cell (the reference is optional).
    const at = reference ? parseCellAddress(reference) : { column: this.lastColumn + 1, row: 0 };
    this.line ??= at.row || this.lastLine + 1;
    this.lastColumn = at.column;
    const address = reference ?? `${columnLetters(at.column)}${this.line}`;
    let text: string | null;
    try {
      if (at.column < 1) throw new CellValueError(`alamat "${address}" tidak sah`);
      text = cellValue(type, style, value, inline, this.context);
    } catch (error) {
      if (error instanceof CellValueError) throw new UnreadableFileError('xlsx-corrupt', workbookText.badCell(this.sheet, address, error.message));
      throw error;
    }
    if (text === null) return;
    if (at.column > MAX_COLUMNS) {
      throw new UnreadableFileError('xlsx-far-cell', workbookText.farColumn(this.sheet, address, at.column, MAX_COLUMNS));
    }
    while (this.cells.length < at.column - 1) this.cells.push(null);
    this.cells[at.column - 1] = text;
    if (++this.result.filled > MAX_FILLED_CELLS) {
      throw new UnreadableFileError('xlsx-too-large', workbookText.tooManyCells(this.sheet, MAX_FILLED_CELLS));
    }
    if (at.column > this.result.width) {
      this.result.width = at.column;
      this.result.widest = address;
    }
  }

  private endRow(): void {
    const line = this.line ?? this.lastLine + 1;
    if (line <= this.lastLine) {
      throw new UnreadableFileError('xlsx-corrupt', workbookText.corrupt(`baris ${line} di lembar "${this.sheet}" muncul setelah baris ${this.lastLine}`));
    }
    if (this.cells.length > 0) {
      this.result.lines.push(line);
      this.result.rows.push(this.cells);
    }
    this.lastLine = line;
    this.line = undefined;
    this.cells = [];
  }
}

/** Reads one sheet's XML, fed in text pieces by `source`. */
export function readSheetRows(sheet: string, context: Omit<CellContext, 'onLossy'>, source: (push: (text: string) => void) => void): SheetRows {
  const handler = new SheetHandler(sheet, context);
  const scanner = new XmlScanner(handler);
  source((text) => scanner.push(text));
  scanner.end();
  return handler.result;
}
