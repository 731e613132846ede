/**
 * Excel workbook (.xlsx) → RawTable, with read-excel-file's "universal" entry: it reads an
 * ArrayBuffer with no DOM, no Node API and no worker of its own, so the same code runs in the
 * import web worker and in Node tests.
 */
import readXlsxFile, { readSheet, SheetNotFoundError, type CellValue } from 'read-excel-file/universal';
import type { ImportMessage, RawTable } from '../raw-table';
import { UnreadableFileError } from '../raw-table';
import { dominantWidth, findHeaderRow, isBlank, uniqueHeaders, usedWidth, type Cells } from './table-shape';

export interface XlsxOptions {
  /** Sheet name; default: the first sheet that holds any data. */
  sheet?: string;
  /** 0-based index of the header among the sheet's rows. */
  headerRow?: number;
  /** Rows above the header (used when headerRow is not given). */
  preambleLines?: number;
}

/**
 * A number cell's text exactly as stored in the file. Wrapped so it can be told apart from a
 * text cell holding digits (read-excel-file hands both over as strings otherwise).
 */
class StoredNumber {
  constructor(readonly text: string) {}
}
type Cell = CellValue<StoredNumber> | null;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Excel dates carry no zone; read-excel-file gives them as UTC instants. */
function dateText(date: Date): string {
  const ms = Math.round(date.getTime() / 1000) * 1000; // serial fractions drift by microseconds
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (ms % 86_400_000 === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** A number cell's text; for integers beyond 2^53 the stored digits are already Excel's rounding. */
function numberText(stored: string, lossy: () => void): string {
  const value = Number(stored);
  if (!Number.isFinite(value)) return stored;
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    lossy();
    return /^-?\d+$/.test(stored) ? stored : BigInt(value).toString();
  }
  return String(value);
}

function cellText(cell: Cell, lossy: () => void): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof StoredNumber) return numberText(cell.text, lossy);
  if (typeof cell === 'string') return cell === '' ? null : cell;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return dateText(cell);
  return String(cell);
}

async function loadSheet(buffer: ArrayBuffer, name: string | undefined, warnings: ImportMessage[]): Promise<{ sheet: string; data: Cell[][] }> {
  const options = { trim: false, parseNumber: (text: string) => new StoredNumber(text) };
  try {
    if (name !== undefined) return { sheet: name, data: (await readSheet(buffer, name, options)) as Cell[][] };
    const sheets = await readXlsxFile(buffer, options);
    const chosen = sheets.find((s) => s.data.some((row) => row.some((c) => c !== null && c !== ''))) ?? sheets[0];
    if (!chosen) throw new UnreadableFileError('not-spreadsheet', 'Buku kerja ini tidak memiliki lembar kerja.');
    if (sheets.length > 1) {
      warnings.push({
        code: 'xlsx-sheets',
        message: `Buku kerja berisi ${sheets.length} lembar (${sheets.map((s) => s.sheet).join(', ')}); yang dibaca: "${chosen.sheet}".`
      });
    }
    return { sheet: chosen.sheet, data: chosen.data as Cell[][] };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    if (error instanceof SheetNotFoundError) throw new UnreadableFileError('sheet-not-found', `Lembar "${name}" tidak ada di buku kerja ini.`);
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError('xlsx-corrupt', `Buku kerja Excel rusak atau tidak dapat dibaca (${detail}).`);
  }
}

export async function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<RawTable> {
  // read-excel-file wants an ArrayBuffer of exactly the file (a Uint8Array may be a view).
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const warnings: ImportMessage[] = [];
  const { sheet, data } = await loadSheet(buffer, options.sheet, warnings);

  const lossyRows: number[] = [];
  const grid: Cells[] = data.map((row, i) => row.map((cell) => cellText(cell, () => lossyRows.at(-1) !== i + 1 && lossyRows.push(i + 1))));
  if (lossyRows.length > 0) {
    warnings.push({
      code: 'excel-number',
      message: `Ada angka bulat lebih dari 15–16 digit yang disimpan Excel sebagai angka (baris ${lossyRows.slice(0, 10).join(', ')}${lossyRows.length > 10 ? ', …' : ''}); digit terakhirnya sudah hilang di Excel. Simpan kolom kode sebagai teks.`,
      line: lossyRows[0]
    });
  }

  let headerIndex = options.headerRow ?? (options.preambleLines !== undefined ? options.preambleLines : undefined);
  headerIndex ??= findHeaderRow(grid, dominantWidth(grid, usedWidth), usedWidth);
  headerIndex = Math.min(Math.max(0, headerIndex), Math.max(0, grid.length - 1));
  // Rows are padded to the sheet's width, so the header row spans every used column.
  const header = grid[headerIndex] ?? [];
  const { names, warnings: headerWarnings } = uniqueHeaders(header);
  warnings.push(...headerWarnings);

  const rows: Cells[] = [];
  const lineNumbers: number[] = [];
  let blank = 0;
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const row = grid[i] as Cells;
    if (isBlank(row)) {
      blank++;
      continue;
    }
    rows.push(row.length >= names.length ? row.slice(0, names.length) : row.concat(new Array<null>(names.length - row.length).fill(null)));
    lineNumbers.push(i + 1);
  }
  if (blank > 0) warnings.push({ code: 'blank-lines', message: `${blank} baris kosong di antara data dilewati.` });

  return {
    columns: names,
    rows,
    lineNumbers,
    source: { format: 'xlsx', sheet, headerRow: headerIndex, preambleLines: headerIndex },
    warnings
  };
}
