/**
 * The sheets of an exported workbook, as write-excel-file data: what the view is
 * (Keterangan), its headline figures (Angka), its tables, and every SQL statement.
 */
import type { CellObject, Sheet } from 'write-excel-file/universal';
import type { ExportContext, SnapshotDataset, SnapshotFact, SnapshotFigure, SnapshotTable } from '../snapshot';
import { exportId } from '../../i18n/export-id';
import type { SqlEntry } from './sql-list';
import {
  COUNT_FORMAT,
  RATIO_FORMAT,
  RUPIAH_FORMAT,
  cellOf,
  columnWidths,
  headerCell,
  integerCell,
  MAX_CELL_TEXT,
  numberCell,
  sheetName,
  textCell
} from './xlsx-cells';

export type XlsxRow = (CellObject | null)[];
/** write-excel-file's universal build takes pictures as Blobs; these sheets have none. */
export type XlsxSheet = Sheet<Blob>;

const t = exportId;

function optionalText(text: string | null): CellObject | null {
  return text === null || text === '' ? null : textCell(text);
}

function sheet(name: string, rows: XlsxRow[], stickyRowsCount = 0): XlsxSheet {
  return { sheet: name, data: rows, columns: columnWidths(rows), stickyRowsCount };
}

/** App, version, time of export, masking: the lines every Keterangan sheet starts with. */
export function contextRows(context: ExportContext): XlsxRow[] {
  return [
    [textCell(t.about.app), textCell(t.appName)],
    [textCell(t.about.version), textCell(context.appVersion)],
    [textCell(t.about.exportedAt), textCell(context.exportedAt)],
    [textCell(t.about.masking), textCell(context.masking ? t.about.maskingOn : t.about.maskingOff)]
  ];
}

export function factRows(facts: readonly SnapshotFact[]): XlsxRow[] {
  return [[headerCell(t.about.facts)], ...facts.map((fact): XlsxRow => [textCell(fact.label), textCell(fact.value)])];
}

export function sourceRows(sources: readonly SnapshotDataset[]): XlsxRow[] {
  const s = t.source;
  const header = [s.fileName, s.size, s.sha256, s.importedAt, s.pulledAt, s.rows, s.dataset].map(headerCell);
  if (sources.length === 0) return [[headerCell(t.about.sources)], [textCell(t.about.noSources)]];
  return [
    [headerCell(t.about.sources)],
    header,
    ...sources.map((source): XlsxRow => [
      textCell(source.fileName),
      numberCell(source.size, COUNT_FORMAT),
      textCell(source.sha256),
      textCell(source.importedAt),
      optionalText(source.pulledAt),
      numberCell(source.rows, COUNT_FORMAT),
      optionalText(source.dataset)
    ])
  ];
}

export function aboutSheet(head: XlsxRow[], facts: readonly SnapshotFact[], context: ExportContext, tail: XlsxRow[] = []): XlsxSheet {
  const rows = [...contextRows(context), ...head, [], ...factRows(facts), [], ...sourceRows(context.sources), ...tail];
  return sheet(t.sheet.about, rows);
}

/**
 * One row per headline figure. Value, numerator and denominator may be rupiah or a count
 * (the snapshot does not say which), so they get plain grouping; the gap is always rupiah.
 */
export function figuresSheet(figures: readonly SnapshotFigure[]): XlsxSheet {
  const f = t.figure;
  const header = [f.label, f.key, f.display, f.value, f.numerator, f.denominator, f.ratio, f.target, f.gap, f.status, f.previous, f.change, f.sql];
  const rows = figures.map((figure): XlsxRow => [
    textCell(figure.label),
    textCell(figure.key),
    textCell(figure.display),
    figure.value === null ? null : integerCell(figure.value, COUNT_FORMAT),
    figure.numerator === null ? null : integerCell(figure.numerator, COUNT_FORMAT),
    figure.denominator === null ? null : integerCell(figure.denominator, COUNT_FORMAT),
    figure.ratio === null ? null : numberCell(figure.ratio, RATIO_FORMAT),
    figure.target === null ? null : numberCell(figure.target, RATIO_FORMAT),
    figure.gap === null ? null : integerCell(figure.gap, RUPIAH_FORMAT),
    optionalText(figure.status),
    optionalText(figure.previous),
    optionalText(figure.change),
    textCell(figure.sql)
  ]);
  return sheet(t.sheet.figures, [header.map(headerCell), ...rows], 1);
}

/** Excel's last row, less the header, a blank line and the note saying rows were left out. */
const MAX_TABLE_ROWS = 1_048_576 - 3;

/** A table as it was on screen; a page of a longer answer says how much of it is here. */
export function tableSheet(table: SnapshotTable, usedNames: Set<string>): XlsxSheet {
  const header = table.columns.map((column) => headerCell(column.label));
  const kept = table.rows.slice(0, MAX_TABLE_ROWS);
  const rows = kept.map((row): XlsxRow => table.columns.map((column, index) => cellOf(column.kind, row[index] ?? null)));
  const total = Math.max(table.totalRows, table.rows.length);
  const note: XlsxRow[] = kept.length < total ? [[], [textCell(t.rowsIncluded(kept.length, total))]] : [];
  const name = sheetName(table.title || table.name, usedNames, t.sheet.table);
  const all = [header, ...rows, ...note];
  // The note is one long line: leave it out of the column widths.
  return { ...sheet(name, all, 1), columns: columnWidths([header, ...rows]) };
}

/** Room for the apostrophe neutraliseFormula may add, inside Excel's per-cell limit. */
const SQL_CHUNK = MAX_CELL_TEXT - 1;

/** Statements longer than a cell continue on the next rows, cut at a line break if one is near. */
export function sqlChunks(sql: string): string[] {
  const chunks: string[] = [];
  let rest = sql;
  while (rest.length > SQL_CHUNK) {
    const newline = rest.lastIndexOf('\n', SQL_CHUNK);
    const cut = newline > SQL_CHUNK / 2 ? newline + 1 : SQL_CHUNK;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  chunks.push(rest);
  return chunks;
}

export function sqlSheet(entries: readonly SqlEntry[]): XlsxSheet {
  const s = t.sql;
  const kind = { figure: s.figure, chart: s.chart, table: s.table } as const;
  const rows = entries.flatMap((entry) => {
    const chunks = sqlChunks(entry.sql);
    return chunks.map((chunk, index): XlsxRow => [
      textCell(kind[entry.kind]),
      textCell(chunks.length === 1 ? entry.name : `${entry.name} ${s.part(index + 1, chunks.length)}`),
      textCell(entry.key),
      textCell(chunk)
    ]);
  });
  return sheet(t.sheet.sql, [[s.kind, s.name, s.key, s.statement].map(headerCell), ...rows], 1);
}
