/**
 * The export worker's interface (workers/export.worker.ts): files are built off the main
 * thread, one fresh worker per export, so a cancel terminates it and nothing else.
 */
import type { Language } from '../src/lib/i18n/language';
import type { CellKind, ExportContext, ExportProgress, SnapshotFact, SnapshotTable, ViewSnapshot } from '../src/lib/export/snapshot';

export type TableFormat = 'csv' | 'xlsx';

/** What names a table export: its title, the view's facts and the SQL that produced the rows. */
export interface TableExportMeta {
  name: string;
  title: string;
  facts: SnapshotFact[];
  sql: string;
  /** Column labels and kinds for the spreadsheet (by column name); others are read from the Arrow types. */
  labels?: Record<string, string>;
  kinds?: Record<string, CellKind>;
}

export type ViewFormat = 'xlsx' | 'pdf' | 'pptx' | 'evidence';

/** An extra file of an evidence pack (e.g. the rows as CSV). */
export interface ExtraFile {
  name: string;
  bytes: Uint8Array;
}

export type ExportReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export interface ExportApi {
  /** The page's language, told before the first file is built (its words are written in it). */
  setLanguage(language: Language): void;
  /** Rows (Arrow IPC from the engine) as CSV or XLSX, masked when `context.masking` is on. */
  tableFile(ipc: Uint8Array, format: TableFormat, meta: TableExportMeta, context: ExportContext, onProgress?: (p: ExportProgress) => void): Promise<ExportReply>;
  /** A table built on the page (e.g. the leaderboard) as CSV or XLSX; masked by the caller. */
  snapshotTableFile(table: SnapshotTable, format: TableFormat, facts: SnapshotFact[], context: ExportContext): Promise<ExportReply>;
  /** One or more views as a workbook, a PDF, a PPTX deck or an evidence pack. */
  viewFile(format: ViewFormat, snapshots: ViewSnapshot[], context: ExportContext, extras: ExtraFile[], onProgress?: (p: ExportProgress) => void): Promise<ExportReply>;
}
