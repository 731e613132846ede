/**
 * XLSX exports: a whole view (what it is, its figures, its tables, its SQL) or one table.
 * Pure: snapshot in, bytes out; runs in the export worker and in Node.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { ExportContext, SnapshotFact, SnapshotTable, ViewSnapshot } from '../snapshot';
import { exportId } from '../../i18n/export-id';
import { progressReporter, type OnProgress } from './progress';
import { sqlEntries } from './sql-list';
import { textCell } from './xlsx-cells';
import { aboutSheet, figuresSheet, sqlChunks, sqlSheet, tableSheet, type XlsxRow, type XlsxSheet } from './xlsx-sheets';
import { restampZip, zipTimeOf } from './zip-time';

const t = exportId;

/**
 * write-excel-file stamps its zip entries with the clock; re-stamping them with the
 * export's time makes the same export give the same bytes (the evidence pack relies on it).
 */
async function writeWorkbook(sheets: XlsxSheet[], exportedAt: string): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets).toBlob();
  return restampZip(new Uint8Array(await blob.arrayBuffer()), zipTimeOf(exportedAt));
}

/** Sheet names the fixed sheets take, so a table titled "SQL" gets "SQL (2)". */
function reservedNames(): Set<string> {
  return new Set([t.sheet.about, t.sheet.figures, t.sheet.sql].map((name) => name.toLowerCase()));
}

/** Keterangan, Angka, one sheet per table, SQL. */
export async function viewWorkbook(snapshot: ViewSnapshot, context: ExportContext, onProgress?: OnProgress): Promise<Uint8Array> {
  const report = progressReporter(onProgress);
  report(t.progress.sheets, 0);
  const head: XlsxRow[] = [
    [textCell(t.about.title), textCell(snapshot.title)],
    [textCell(t.about.note), textCell(snapshot.note)],
    [textCell(t.about.url), textCell(snapshot.url)]
  ];
  const used = reservedNames();
  const sheets = [
    aboutSheet(head, snapshot.facts, context),
    figuresSheet(snapshot.figures),
    ...snapshot.tables.map((table) => tableSheet(table, used)),
    sqlSheet(sqlEntries(snapshot))
  ];
  report(t.progress.zip, 0.5);
  const bytes = await writeWorkbook(sheets, context.exportedAt);
  report(t.progress.done, 1);
  return bytes;
}

/** One table and a Keterangan sheet (facts, sources, version, the table's SQL). */
export async function tableWorkbook(table: SnapshotTable, facts: SnapshotFact[], context: ExportContext): Promise<Uint8Array> {
  const used = reservedNames();
  const head: XlsxRow[] = [[textCell(t.about.table), textCell(table.title)]];
  const sql: XlsxRow[] = sqlChunks(table.sql).map((chunk, index) => [index === 0 ? textCell(t.about.sql) : null, textCell(chunk)]);
  const sheets = [tableSheet(table, used), aboutSheet(head, facts, context, [[], ...sql])];
  return writeWorkbook(sheets, context.exportedAt);
}
