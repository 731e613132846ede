/**
 * The typed contract of the import worker: a file's bytes in, its canonical tables (Arrow
 * IPC bytes, transferred) and its quality report out. Parsing runs here, off the main
 * thread; cancelling an import terminates the worker.
 */
import type { QualityReport } from '../src/lib/import/quality-report';
import type { ReadOptions } from '../src/lib/import/read';
import type { SourceInfo } from '../src/lib/import/raw-table';
import type { ColumnMapping, MappingPreset } from '../src/lib/import/manual';
import type { StoredLookups } from '../src/lib/import/lookups';
import type { PageRef } from '../src/lib/import/inaproc/read-pages';
import type { Language } from '../src/lib/i18n/language';

export interface ImportProgress {
  /** Reading, recognising and mapping the file; then encoding its tables for the engine. */
  phase: 'read' | 'encode';
  /** How much of the file has been parsed (delimited text), when known. */
  fraction?: number;
}

/** The first rows of the table as read, for the preview and the mapping step. */
export interface RawPreview {
  columns: string[];
  rows: (string | null)[][];
  lineNumbers: number[];
  source: SourceInfo;
}

export type ImportReply =
  | {
      ok: true;
      report: QualityReport;
      preview: RawPreview;
      /** Canonical table name → Arrow IPC stream bytes. */
      tables: Record<string, Uint8Array>;
      /**
       * For a file that is no recognised ISB dataset and came without a mapping: the
       * mapping to offer in the preview step (a saved preset for the same headers, or a
       * suggestion), and the preset's name when one matched.
       */
      proposal: { mapping: ColumnMapping; preset?: string } | null;
      /** What this file can teach later imports (kept with the dataset). */
      lookups: StoredLookups;
    }
  | { ok: false; code: string; message: string };

export interface ImportRequest {
  read?: ReadOptions;
  /** The mapping the user confirmed for a file that is not a recognised ISB dataset. */
  mapping?: ColumnMapping;
  /** Saved presets, offered again for a file with the same headers. */
  presets?: MappingPreset[];
  /** What earlier imports taught, oldest first (satker codes, pemda names, catalogue types). */
  lookups?: StoredLookups[];
  /**
   * The bytes are the cursor pages of one INAPROC pull back to back: each page's name and
   * size, in order. They are read page by page and imported as one dataset.
   */
  pages?: PageRef[];
  /** This browser's secret for the pseudonyms of NIK and NPWP (src/lib/import/pseudonym.ts). */
  pseudonymKey?: Uint8Array;
}

export interface ImportApi {
  /** The page's language, told before the first import (its findings are written in it). */
  setLanguage(language: Language): void;
  importFile(
    bytes: Uint8Array,
    fileName: string,
    options: ImportRequest,
    onProgress?: (p: ImportProgress) => void
  ): Promise<ImportReply>;
}
