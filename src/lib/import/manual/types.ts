/**
 * The contract of a mapping the user makes by hand in the preview step, for a file that is
 * no recognised ISB dataset. A mapping is plain JSON: it is saved as a preset, sent to the
 * import worker and edited in the form, so it holds names and texts, never functions.
 */

import type { ReadOptions } from '../read';
import type { RegionRef } from '../regions/region-list';
import type { RegionMatcher } from '../regions/match-region';
import type { DateFormat, NumberStyle } from '../values';

/** The canonical table a file's rows become. */
export type ManualTarget = 'transaksi' | 'paket_rup' | 'anggaran';

export type FieldKind =
  | 'text'
  | 'identifier'
  | 'money'
  | 'percent'
  | 'date'
  | 'year'
  | 'region'
  | 'channel'
  | 'status'
  | 'boolean';

export interface FieldSpec {
  /** The canonical column name (data/schema.sql) or, for derived fields, the input's name. */
  name: string;
  /** Shown in the form, in the page's language (Indonesian in the import worker and Node). */
  label: string;
  kind: FieldKind;
  required: boolean;
  /** Header texts that name this field in real files, Indonesian and English. */
  synonyms: string[];
}

/** A column of the file, one value for the whole file, or unused. */
export type FieldSource = { column: string } | { fixed: string } | null;

export interface ColumnMapping {
  target: ManualTarget;
  fields: Record<string, FieldSource>;
  /** Applies to every money and percent field. */
  numberStyle: NumberStyle;
  /** null = try every format per cell. */
  dateFormat: DateFormat | null;
}

export interface MappingPreset {
  name: string;
  signature: string;
  mapping: ColumnMapping;
  read?: ReadOptions;
}

export interface ManualContext {
  regions: RegionMatcher;
  /** Prefix of the row ids of a file without its own transaction id. */
  fileKey: string;
  /**
   * The Kemendagri regions the matcher was built from. The matcher reads names only, so a
   * pemda given as a code ('33.22') is looked up here; without the list, codes are rejected.
   */
  regionList?: readonly RegionRef[];
}
