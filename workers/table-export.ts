import { tableFromIPC } from 'apache-arrow';
import type { ExportContext, ExportProgress, SnapshotFact, SnapshotTable } from '../src/lib/export/snapshot';
import { snapshotTableOf } from '../src/lib/export/arrow-table';
import { csvFile } from '../src/lib/export/csv-file';
import { tableWorkbook } from '../src/lib/export/files/xlsx-file';
import { exportId } from '../src/lib/i18n/export-id';
import type { TableExportMeta, TableFormat } from './export-api';

/** What a CSV's comment lines say: the view's facts, the sources, masking, version and SQL. */
function preambleOf(meta: Pick<TableExportMeta, 'title' | 'facts' | 'sql'>, context: ExportContext, rows: number): SnapshotFact[] {
  const e = exportId.csv;
  const lines = [
    { label: 'Telisik', value: `${meta.title} (${context.appVersion})` },
    ...meta.facts,
    { label: e.sources, value: context.sourcesLine },
    { label: e.rows, value: String(rows) },
    { label: e.exportedAt, value: context.exportedAt },
    { label: 'SQL', value: meta.sql }
  ];
  // The first line says how many comment lines there are, for readers without comment support.
  return [{ label: 'CSV', value: exportId.csv.header(lines.length + 1) }, ...lines];
}

/** Rows from the engine (Arrow IPC) as a CSV or XLSX file, masked when the context says so. */
export async function tableExport(
  ipc: Uint8Array,
  format: TableFormat,
  meta: TableExportMeta,
  context: ExportContext,
  onProgress: (p: ExportProgress) => void = () => {}
): Promise<Uint8Array> {
  onProgress({ step: exportId.progress.reading, fraction: 0.1 });
  const table = snapshotTableOf(tableFromIPC(ipc), { ...meta, mask: context.masking });
  onProgress({ step: exportId.progress.writing, fraction: 0.5 });
  if (format === 'csv') return csvFile(table, preambleOf(meta, context, table.totalRows));
  return tableWorkbook(table, meta.facts, context);
}

/** A table built on the page as a CSV or XLSX file (its cells are already masked). */
export async function snapshotTableExport(table: SnapshotTable, format: TableFormat, facts: SnapshotFact[], context: ExportContext): Promise<Uint8Array> {
  if (format === 'csv') return csvFile(table, preambleOf({ title: table.title, facts, sql: table.sql }, context, table.totalRows));
  return tableWorkbook(table, facts, context);
}
