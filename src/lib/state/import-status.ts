/**
 * What the data panel shows about imports under way: the progress of one file, the
 * notice after it, and a file waiting in the preview step for its mapping.
 */
import type { DatasetMeta } from '../storage/dataset-library';
import { importLimitBytes } from '../import/size-limit';
import type { ColumnMapping } from '../import/manual';
import type { ReadOptions } from '../import/read';
import type { RawPreview } from '../../../workers/import-api';
import type { PageRef } from '../import/inaproc/read-pages';

export interface ImportStatus {
  fileName: string;
  phase: 'read' | 'encode' | 'save' | 'load';
  /** 0..1 while the parse reports it; undefined shows an indeterminate bar. */
  fraction?: number;
}

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** A file that is no recognised ISB dataset, waiting in the preview step for its mapping. */
export interface PendingMapping {
  file: File;
  preview: RawPreview;
  mapping: ColumnMapping;
  /** The saved preset the mapping came from, if the headers matched one. */
  preset?: string;
  read?: ReadOptions;
  /** Set when `file` is the joined cursor pages of one INAPROC pull. */
  pages?: PageRef[];
  replacing?: DatasetMeta;
  /** Files of the same batch still to import after this one. */
  rest: File[];
}

/** The largest file we try to parse: beyond it the tab would run out of memory first. */
export function maxImportBytes(): number {
  return importLimitBytes((performance as Performance & { memory?: { jsHeapSizeLimit: number } }).memory?.jsHeapSizeLimit);
}
