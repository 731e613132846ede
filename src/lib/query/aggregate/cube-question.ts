import type { AggregateSpec } from '../../../../workers/db-api';

/** The measures a breakdown sums, in the order of its answer's columns. */
export const CUBE_MEASURES = ['transaksi', 'nilai', 'nilai_umk', 'nilai_pdn'] as const;
export type CubeMeasure = (typeof CUBE_MEASURES)[number];

/** `column IN (values)`: the values typed as the column is (numbers for the year). */
export interface CubeFilter {
  column: string;
  values: (string | number)[];
}

/**
 * A question the worker can answer from its in-memory copy of one aggregate table, without
 * a statement to DuckDB: the rows of `table` where every filter holds, grouped by
 * `groupBy` (as text), each CUBE_MEASURES summed. Its answer has exactly the columns, types
 * and order of the breakdown SQL it stands for (breakdown-query.ts); the SQL stays the
 * reference and runs whenever the copy cannot answer (tests prove both agree).
 * Pure description: column names and the user's filter values, never SQL.
 */
export interface CubeQuestion {
  table: AggregateSpec;
  groupBy: string;
  filters: CubeFilter[];
  /** For a year or region breakdown: the budget's sum per key, under these filters, joined in. */
  budget?: { filters: CubeFilter[] };
}

/** The columns of the budget table (BUDGET_TABLE) a copy keeps: year and region, and the budget. */
export const BUDGET_GROUPING = ['tahun_anggaran', 'kode_provinsi', 'kode_wilayah'] as const;
