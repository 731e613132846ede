import { readRawTable, type ReadOptions } from './read';
import { boundTableShape } from './read/table-limits';
import { recogniseDataset, mapDataset, type LearntLookups } from './isb';
import { mapInaproc, noRowsMessage, recogniseInaproc, reportDataset } from './inaproc';
import { createRegionMatcher, type RegionRef } from './regions';
import { applyMapping, type ColumnMapping } from './manual';
import type { RawTable } from './raw-table';
import type { CanonicalRow } from './to-arrow';
import { buildReport, type QualityReport } from './quality-report';
import { sha256Hex } from './sha256';
import { pullTimeOf } from './pull-time';
import { Pseudonymiser } from './pseudonym';

export interface ImportOptions {
  regions: readonly RegionRef[];
  read?: ReadOptions;
  /** What other files of the same import teach (satker codes, pemda names, catalogue types). */
  lookups?: LearntLookups;
  /** ISO timestamp of the import; defaults to now. */
  importedAt?: string;
  /** A mapping the user confirmed in the preview step: used instead of ISB recognition. */
  manual?: ColumnMapping;
  /** This browser's secret: NIK and NPWP become keyed pseudonyms (./pseudonym.ts). Absent in the CLI. */
  pseudonymKey?: Uint8Array;
}

/** A file read as it is, before any mapping. */
export interface ReadFile {
  raw: RawTable;
  name: string;
  size: number;
  sha256: string;
}

export interface ImportOutcome {
  raw: RawTable;
  /** Canonical rows per table (empty when the file was not recognised). */
  tables: Record<string, CanonicalRow[]>;
  report: QualityReport;
}

/**
 * Read a file as it is. Throws UnreadableFileError (one clear sentence) when it cannot,
 * including when the table is wider than the browser can hold; over-long column names come
 * back shortened, whatever the format.
 */
export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  read?: ReadOptions,
  onProgress?: (fraction: number) => void
): Promise<ReadFile> {
  const sha256 = await sha256Hex(bytes);
  const raw = boundTableShape(await readRawTable(bytes, fileName, read, onProgress));
  return { raw, name: fileName, size: bytes.byteLength, sha256 };
}

/**
 * Recognise an ISB dataset by its headers, map it into the canonical tables and report on
 * its quality. Pure of DOM and Node APIs: the browser runs it in a worker, the CLI in Node.
 */
export function mapImportFile(file: ReadFile, options: ImportOptions): ImportOutcome {
  const { raw } = file;
  const regions = createRegionMatcher([...options.regions]);
  // INAPROC first: its key sets are told apart from the ISB ones they resemble.
  const inaproc = options.manual ? null : recogniseInaproc(raw.columns);
  const recognised = options.manual || inaproc ? null : recogniseDataset(raw.columns);
  const mapped = options.manual
    ? applyMapping(raw, options.manual, { regions, regionList: options.regions, fileKey: file.sha256.slice(0, 16) })
    : inaproc
      ? mapInaproc(inaproc, raw, { regions, ...options.lookups })
      : recognised
        ? mapDataset(recognised.id, raw, { regions, ...options.lookups })
        : null;
  const importedAt = options.importedAt ?? new Date().toISOString();
  const pulledAt = pullTimeOf(raw, importedAt) ?? undefined;
  const meta = { name: file.name, size: file.size, sha256: file.sha256, importedAt, pulledAt };
  const dataset = options.manual
    ? { id: `manual-${options.manual.target}`, name: `Pemetaan manual (${options.manual.target})` }
    : inaproc
      ? reportDataset(inaproc)
      : recognised
        ? { id: recognised.id, name: recognised.name }
        : null;
  const tables = (mapped?.tables ?? {}) as Record<string, CanonicalRow[]>;
  // A recognised file that adds no rows says so in the report, as the reader's finding.
  const reported = inaproc && !mapped ? { ...raw, warnings: [...raw.warnings, noRowsMessage(inaproc)] } : raw;
  const report = buildReport(meta, reported, dataset, mapped);
  if (options.pseudonymKey) {
    const pseudonyms = new Pseudonymiser(options.pseudonymKey);
    pseudonyms.tables(tables);
    report.rejected = pseudonyms.rejected(report.rejected);
    report.pseudonymised = true;
  }
  return { raw, tables, report };
}

/** One file through the whole pipeline (recognition, or the mapping the user confirmed). */
export async function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportOutcome> {
  return mapImportFile(await readImportFile(bytes, fileName, options.read), options);
}
