/**
 * What Telisik keeps about each imported dataset beside its tables: its identity, pull time
 * and place in import order (DatasetMeta), and what the engine needs of it to count pulls.
 */
import type { DatasetMeta } from '../storage/dataset-library';
import type { DatasetPull } from '../../../workers/db-api';
import type { ImportReply } from '../../../workers/import-api';

/** A newly imported file's meta, from its report. */
export function metaOf(file: File, reply: Extract<ImportReply, { ok: true }>, seq: number): DatasetMeta {
  const { report } = reply;
  return {
    id: report.sha256.slice(0, 16),
    fileName: file.name,
    size: file.size,
    sha256: report.sha256,
    importedAt: report.importedAt,
    // The data's own pull date first (ISB _event_date), else the file's time, else the import's.
    pulledAt: report.pulledAt ?? (file.lastModified > 0 ? new Date(file.lastModified).toISOString() : report.importedAt),
    seq,
    rows: report.rowsRead,
    dataset: report.dataset,
    tables: Object.keys(reply.tables),
    report,
    lookups: reply.lookups
  };
}

/**
 * The dataset's pull time, its place in import order (kept with it; the list, sorted by
 * import time, stands in for datasets stored before) and its kind for tables stored before
 * the ledger. Hand-mapped files are each a kind of their own: no file replaces another.
 */
export function pullOf(meta: DatasetMeta, list: readonly DatasetMeta[]): DatasetPull {
  const index = list.findIndex((m) => m.id === meta.id);
  const dataset = meta.dataset?.id;
  const kind = dataset === undefined || dataset.startsWith('manual') ? `manual:${meta.id}` : dataset;
  return { pulledAt: meta.pulledAt ?? meta.importedAt, seq: meta.seq ?? (index < 0 ? list.length : index), kind };
}

/** The next import's place: after every dataset stored, even removed ones' numbers are not reused. */
export function nextSeq(list: readonly DatasetMeta[]): number {
  return Math.max(list.length - 1, ...list.map((m, i) => m.seq ?? i)) + 1;
}
