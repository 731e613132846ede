import { readRawTable, type ReadOptions } from './read';
import { recogniseDataset, mapDataset, type LearntLookups } from './isb';
import { createRegionMatcher, type RegionRef } from './regions';
import type { RawTable } from './raw-table';
import type { CanonicalRow } from './to-arrow';
import { buildReport, type QualityReport } from './quality-report';
import { sha256Hex } from './sha256';

export interface ImportOptions {
  regions: readonly RegionRef[];
  read?: ReadOptions;
  /** What other files of the same import teach (satker codes, pemda names, catalogue types). */
  lookups?: LearntLookups;
  /** ISO timestamp of the import; defaults to now. */
  importedAt?: string;
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

/** Read a file as it is. Throws UnreadableFileError (one clear sentence) when it cannot. */
export async function readImportFile(bytes: Uint8Array, fileName: string, read?: ReadOptions): Promise<ReadFile> {
  const sha256 = await sha256Hex(bytes);
  const raw = await readRawTable(bytes, fileName, read);
  return { raw, name: fileName, size: bytes.byteLength, sha256 };
}

/**
 * Recognise an ISB dataset by its headers, map it into the canonical tables and report on
 * its quality. Pure of DOM and Node APIs: the browser runs it in a worker, the CLI in Node.
 */
export function mapImportFile(file: ReadFile, options: ImportOptions): ImportOutcome {
  const { raw } = file;
  const recognised = recogniseDataset(raw.columns);
  const context = { regions: createRegionMatcher([...options.regions]), ...options.lookups };
  const mapped = recognised ? mapDataset(recognised.id, raw, context) : null;
  const meta = { name: file.name, size: file.size, sha256: file.sha256, importedAt: options.importedAt ?? new Date().toISOString() };
  const dataset = recognised ? { id: recognised.id, name: recognised.name } : null;
  const tables = (mapped?.tables ?? {}) as Record<string, CanonicalRow[]>;
  return { raw, tables, report: buildReport(meta, raw, dataset, mapped) };
}

/** One file through the whole pipeline. */
export async function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportOutcome> {
  return mapImportFile(await readImportFile(bytes, fileName, options.read), options);
}
