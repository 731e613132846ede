import type { ImportMessage, RawTable, SourceInfo } from './raw-table';
import { collectRejected, rejectedCsv, type RejectedRow } from './rejected-rows';

export type { RejectedRow } from './rejected-rows';

/** What the user reads after every import (and downloads as CSV for the rejected rows). */
export interface QualityReport {
  fileName: string;
  size: number;
  sha256: string;
  importedAt: string;
  /** When the data was pulled from LKPP, when the file says (ISB `_event_date`); else absent. */
  pulledAt?: string;
  source: SourceInfo;
  /**
   * The ISB dataset the headers matched, or null for a file mapped by hand / not mapped. An
   * INAPROC file carries the ISB id of its equivalent and the endpoint it was saved from.
   */
  dataset: { id: string; name: string; endpoint?: string } | null;
  /** The cursor pages of one INAPROC pull imported together as this one dataset, in order. */
  pages?: { fileName: string; size: number; sha256: string; records: number }[];
  /** Records found in the file: rows read into the table and records the reader could not read. */
  rowsRead: number;
  rowsLoaded: number;
  /** Rows the mapping rejected and records the reader could not read: loaded + rejected = read. */
  rowsRejected: number;
  /** Each rejected row with its line, reason and content, ordered by line. */
  rejected: RejectedRow[];
  /** The file's columns, naming the cells of rejected rows' content (absent when none has cells). */
  rejectedColumns?: string[];
  /** True when NIK and NPWP were replaced by this browser's keyed pseudonyms (pseudonym.ts). */
  pseudonymised?: boolean;
  /** Counts per finding code ('empty-row', 'duplicate-row', 'date-outside-year', …). */
  findings: Record<string, number>;
  /** Transactions per basis of their UMK figure (reported, vendor flag, channel rule, unknown). */
  basis: Record<string, number>;
  /**
   * Transaction records per status ('selesai', 'berjalan', 'dibatalkan', 'gagal'), and
   * 'tanpa_nilai' for those that stand with no value yet. Absent in reports stored before it.
   */
  status?: Record<string, number>;
  /** Every message, reader's and mapper's, with its line where it concerns one row. */
  messages: ImportMessage[];
  /** Rows loaded into each canonical table. */
  tables: Record<string, number>;
}

export interface MappingOutcome {
  tables: Record<string, unknown[]>;
  rejected: { line: number; reason: string }[];
  notices: ImportMessage[];
  basis: Record<string, number>;
  status?: Record<string, number>;
}

export function buildReport(
  file: { name: string; size: number; sha256: string; importedAt: string; pulledAt?: string },
  raw: RawTable,
  dataset: { id: string; name: string; endpoint?: string } | null,
  mapped: MappingOutcome | null
): QualityReport {
  const messages = [...raw.warnings, ...(mapped?.notices ?? [])];
  const findings: Record<string, number> = {};
  for (const message of messages) findings[message.code] = (findings[message.code] ?? 0) + 1;
  const { rejected, columns, mappedRows } = collectRejected(raw, mapped?.rejected ?? []);
  const unreadable = raw.unreadable?.length ?? 0;
  const tables = Object.fromEntries(Object.entries(mapped?.tables ?? {}).map(([name, rows]) => [name, rows.length]));
  return {
    fileName: file.name,
    size: file.size,
    sha256: file.sha256,
    importedAt: file.importedAt,
    ...(file.pulledAt ? { pulledAt: file.pulledAt } : {}),
    source: raw.source,
    dataset,
    rowsRead: raw.rows.length + unreadable,
    rowsLoaded: mapped ? raw.rows.length - mappedRows : 0,
    rowsRejected: mappedRows + unreadable,
    rejected,
    ...(columns ? { rejectedColumns: columns } : {}),
    findings,
    basis: mapped?.basis ?? {},
    status: mapped?.status ?? {},
    messages,
    tables
  };
}

/**
 * The rejected rows as RFC 4180 CSV for the working papers: line number, reason and the row
 * itself, one column per column of the file (see rejected-rows.ts).
 */
export function rejectedRowsCsv(report: QualityReport, mask?: (text: string) => string): string {
  return rejectedCsv(report.rejected, report.rejectedColumns ?? [], mask);
}
