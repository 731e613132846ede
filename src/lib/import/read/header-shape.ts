/**
 * Where a table's header is and what it says, judged by comparing the header's shape with the
 * records' shape: their number of cells and their kinds (a header has names, records have
 * data). A first row that is data like the rest is data, never the header; a header one cell
 * off is repaired to the data's width; a header on two or three lines becomes one name per
 * column.
 */
import type { ImportMessage } from '../raw-table';
import { readText } from '../../i18n/import-read-id';
import { cellKind, looksLikeData, profileColumns, sampleAfter } from './cell-kinds';
import { fitHeader } from './header-fit';
import { isGroupRow, joinHeaderRows, MAX_HEADER_ROWS, namesBelow } from './header-stack';
import { dominantWidth, findHeaderRow, isBlank, usedWidth, type Cells } from './table-shape';

export interface HeaderLayout {
  /** Record indexes of the header rows, top to bottom; empty when the table has none. */
  rows: number[];
  /** The record the table's data starts at. */
  dataStart: number;
  /** Exactly the table's width: the names before uniqueHeaders (null: kolom_N). */
  names: Cells;
  warnings: ImportMessage[];
}

/** The preview step's choices: where the header is and how many rows it has (0: none). */
export interface HeaderChoice {
  headerRow?: number;
  headerRows?: number;
}

const byLength = (r: Cells) => r.length;
/** The data's width is clear when this share of the sampled records have it. */
const CLEAR = 0.8;

interface DataShape {
  width: number;
  clear: boolean;
  sample: Cells[];
}

function dataShape(records: readonly Cells[], from: number, end: number): DataShape {
  const sample = sampleAfter(records, from, end);
  const width = dominantWidth(sample, byLength);
  const clear = sample.length > 0 && sample.filter((r) => r.length === width).length >= sample.length * CLEAR;
  return { width, clear, sample };
}

/** A record one or two cells off the data's width that is mostly names: a polluted header line. */
function pollutedHeader(cells: Cells, width: number): boolean {
  const diff = cells.length - width;
  if (diff === 0 || Math.abs(diff) > 2 || (diff < 0 && width < 3)) return false;
  const used = cells.filter((c): c is string => c !== null && c.trim() !== '');
  return used.length >= 2 && used.filter((c) => cellKind(c) === 'text').length >= used.length * 0.6;
}

const kolom = (width: number): Cells => Array.from({ length: width }, (_, i) => `kolom_${i + 1}`);

/** The header's names at the data's width, repaired when its own width is off and the data's is clear. */
function fittedNames(cells: Cells, data: DataShape, line: number, quote: string): { names: Cells; warning?: ImportMessage } {
  const used = usedWidth(cells);
  if (used === 0) return { names: new Array<null>(data.width).fill(null) };
  if (data.clear) {
    const fitted = fitHeader(cells, data.width, line, quote);
    const names = fitted.cells.map((c, i) => (c === null && i >= cells.length ? `kolom_${i + 1}` : c));
    return fitted.warning ? { names, warning: fitted.warning } : { names };
  }
  // Ragged data without a clear width: the header decides, as it always did (a trailing
  // delimiter on the header line alone does not make a column).
  const width = cells.length > data.width && used <= data.width ? data.width : cells.length;
  return { names: Array.from({ length: width }, (_, i) => cells[i] ?? null) };
}

/** The header rows from `first`: auto-detected, or as many as the preview step says. */
function headerRows(records: readonly Cells[], first: number, start: number, end: number, choice: HeaderChoice): number[] {
  if (choice.headerRows !== undefined) {
    const count = Math.max(0, Math.min(MAX_HEADER_ROWS, choice.headerRows, end - first));
    return Array.from({ length: count }, (_, i) => first + i);
  }
  if (choice.headerRow !== undefined) return [first];
  const width = (records[first] as Cells).length;
  const rows = Array.from({ length: namesBelow(records, first, end, width) }, (_, i) => first + i);
  const above = first - 1;
  if (rows.length < MAX_HEADER_ROWS && above >= start && isGroupRow(records[above] as Cells, width)) rows.unshift(above);
  return rows;
}

export function locateHeader(records: readonly Cells[], start: number, end: number, lines: readonly number[], quote: string, choice: HeaderChoice = {}): HeaderLayout {
  const warnings: ImportMessage[] = [];
  const last = Math.max(start, end - 1);
  let first: number;
  if (choice.headerRow !== undefined) first = Math.min(Math.max(start, choice.headerRow), last);
  else {
    const width = dominantWidth(records.slice(start, Math.min(end, start + 1000)), byLength);
    first = start + findHeaderRow(records.slice(start, Math.min(end, start + 50)), width, byLength);
  }
  const after = dataShape(records, first + 1, end);
  const auto = choice.headerRow === undefined && choice.headerRows === undefined;
  const profile = profileColumns(after.sample, after.width);
  if (auto && looksLikeData(records[first] as Cells, profile)) {
    // The row taken for the header is data, and so may be the rows right above it (a data row
    // with many words passes for names). Above the data may be the header, one cell off.
    while (first - 1 >= start && !isBlank(records[first - 1] as Cells) && looksLikeData(records[first - 1] as Cells, profile)) first--;
    const above = first - 1;
    const cells = above >= start ? (records[above] as Cells) : [];
    const data = dataShape(records, first, end);
    if (!isBlank(cells) && pollutedHeader(cells, data.width)) {
      const fitted = fittedNames(cells, data, lines[above] as number, quote);
      return { rows: [above], dataStart: first, names: fitted.names, warnings: fitted.warning ? [fitted.warning] : [] };
    }
    warnings.push({ code: 'no-header', message: readText.noHeader(lines[first] as number, data.width), line: lines[first] as number });
    return { rows: [], dataStart: first, names: kolom(data.width), warnings };
  }
  const rows = headerRows(records, first, start, end, choice);
  const dataStart = rows.length === 0 ? first : (rows[rows.length - 1] as number) + 1;
  const data = dataShape(records, dataStart, end);
  if (rows.length === 0) return { rows, dataStart, names: kolom(data.width), warnings };
  const top = rows[0] as number;
  const cells = rows.length === 1 ? (records[top] as Cells) : joinHeaderRows(rows.map((r) => records[r] as Cells), (records[first] as Cells).length);
  if (rows.length > 1) {
    const example = cells.find((c) => c !== null && c.includes(' - ')) ?? cells.find((c) => c !== null) ?? '';
    warnings.push({ code: 'header-rows', message: readText.headerRows(rows.map((r) => lines[r] as number), example), line: lines[top] as number });
  }
  const fitted = fittedNames(cells, data, lines[top] as number, quote);
  if (fitted.warning) warnings.push(fitted.warning);
  return { rows, dataStart, names: fitted.names, warnings };
}
