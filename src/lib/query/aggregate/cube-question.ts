import type { AggregateSpec } from '../../../../workers/db-api';
import { MEASURE_NAMES } from '../measures';

/** The measures a copy of an aggregate keeps: all of them (src/lib/query/measures.ts). */
export const CUBE_MEASURES: readonly string[] = MEASURE_NAMES;
export type CubeMeasure = (typeof CUBE_MEASURES)[number];

/** `column IN (values)`: the values typed as the column is (numbers for the year). */
export interface CubeFilter {
  column: string;
  values: (string | number)[];
}

/**
 * Questions the worker can answer from its in-memory copies of aggregate tables and of the
 * budget (workers/cube-store.ts), without a statement to DuckDB. Each answer has exactly the
 * columns, types and order of the SQL it stands for; that SQL stays the reference and runs
 * whenever no copy can answer (tests prove both agree). Pure description: column names and
 * the user's filter values, never SQL.
 */
export type CubeQuestion = BreakdownCopy | TrendCopy | MonitoringCopy | KpiCopy;

/**
 * A breakdown (breakdown-query.ts): the rows of `table` where every filter holds, grouped
 * by `groupBy` (as text), each CUBE_MEASURES summed.
 */
export interface BreakdownCopy {
  kind: 'breakdown';
  table: AggregateSpec;
  groupBy: string;
  filters: CubeFilter[];
  /** For a year or region breakdown: the budget's sum per key, under these filters, joined in. */
  budget?: { filters: CubeFilter[] };
}

/**
 * The weekly trend of one year (trend-query.ts): weekly sums of a per-week aggregate under
 * `filters` (the year among them), their running totals, and the year's budget under
 * `budgetFilters` as the denominators.
 */
export interface TrendCopy {
  kind: 'trend';
  table: AggregateSpec;
  filters: CubeFilter[];
  budgetFilters: CubeFilter[];
}

/** Rows of one year, up to a day (YYYY-MM-DD, compared with `tanggal`) when given; `name` suffixes its columns. */
export interface PeriodCondition {
  name: string;
  year: number;
  through: string | null;
}

/**
 * The monitoring parts of a slice (monitoring-query.ts): each accruing measure summed over
 * the rows of each period (in the order of its answer's columns), and the year's budget.
 */
export interface MonitoringCopy {
  kind: 'monitoring';
  table: AggregateSpec;
  filters: CubeFilter[];
  periods: PeriodCondition[];
  measures: string[];
  budgetFilters: CubeFilter[];
}

/**
 * The headline figures (kpi-query.ts): every measure of the slice, its distinct vendors
 * counted over `vendors` (a table of distinct group and vendor pairs), and the budget's
 * sums and row count under `budgetFilters`.
 */
export interface KpiCopy {
  kind: 'kpi';
  table: AggregateSpec;
  vendors: AggregateSpec;
  filters: CubeFilter[];
  budgetFilters: CubeFilter[];
}

/** The columns of the budget table (BUDGET_TABLE) a copy keeps: year and region, and its sums. */
export const BUDGET_GROUPING = ['tahun_anggaran', 'kode_provinsi', 'kode_wilayah'] as const;
export const BUDGET_MEASURES = ['belanja_pengadaan', 'pagu_pdn', 'pagu_ukm', 'jumlah_paket'] as const;
