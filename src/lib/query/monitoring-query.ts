import { Query, and, cast, column, eq, isIn, literal, lte, sum, type ExprNode } from '@uwdata/mosaic-sql';
import { DIMENSIONS, type Filters } from './filters';
import { BUDGET_DIMENSIONS, BUDGET_TABLE, FACT_TABLE } from './columns';
import { budgetPredicate, cubeFilters, factPredicate } from './predicates';
import type { MonitoringCopy } from './aggregate/cube-question';
import type { AggregateSpec } from '../../../workers/db-api';
import { FACT_ROWS, type FactSource } from './measures';
import { aggregateSource, groupingFor } from './aggregate/aggregate-spec';
import { ACCRUING_MEASURES, type AccruingMeasure } from '../metrics/kpi-registry';
import { yearBefore } from '../monitoring/calendar';
import type { Question } from '../engine/question';
import { regionFilters, type RegionLevel } from './region-query';

/**
 * What gap, pace and projection need beyond the figure itself (src/lib/monitoring/progress.ts):
 * each realised measure of the slice in fiscal year Y up to the as-of day ("ini"), in Y−1 up
 * to the same day a year earlier ("lalu"), and in Y−1 in full ("lalu_penuh"), plus Y's
 * budget and PDN commitment. Every filter applies except the year (Y decides) and the
 * as-of day (the three periods decide).
 */
export const PERIODS = ['ini', 'lalu', 'lalu_penuh'] as const;
export type Period = (typeof PERIODS)[number];

export type MonitoringRow = Record<`${AccruingMeasure}__${Period}`, bigint | null> & {
  belanja_pengadaan: bigint | null;
  komitmen_pdn: bigint | null;
};

/** The rows of one period, as a condition on the fact table's (or an aggregate's) year and day. */
function periodCondition(period: Period, year: number, asof: string): ExprNode {
  if (period === 'ini') return and(eq(column('tahun_anggaran'), literal(year)), lte(column('tanggal'), literal(asof)));
  if (period === 'lalu') return and(eq(column('tahun_anggaran'), literal(year - 1)), lte(column('tanggal'), literal(yearBefore(asof))));
  return eq(column('tahun_anggaran'), literal(year - 1));
}

/**
 * One row for the slice, or with `key` one row per value of that column (a region): the three
 * periods read in one scan (each measure restricted to its period's rows), the budget joined.
 */
function monitoringSql(filters: Filters, year: number, asof: string, source: FactSource, key?: string): string {
  const slice = factPredicate({ ...filters, asof: null }, 'tahun');
  const keyed: Record<string, ExprNode> = key ? { key: column(key) } : {};
  const group = key ? [column(key)] : [];
  const measures = Object.fromEntries(
    PERIODS.flatMap((period) => ACCRUING_MEASURES.map((m) => [`${m}__${period}`, source.measure(m, periodCondition(period, year, asof))]))
  );
  const realised = Query.from(source.table)
    .select({ ...keyed, ...measures })
    .where(...slice, isIn(column('tahun_anggaran'), [literal(year), literal(year - 1)]))
    .groupby(...group);
  const budget = Query.from(BUDGET_TABLE)
    .select({ ...keyed, belanja_pengadaan: cast(sum(column('belanja_pengadaan')), 'BIGINT'), komitmen_pdn: cast(sum(column('pagu_pdn')), 'BIGINT') })
    .where(...budgetPredicate(filters, 'tahun'), eq(column('tahun_anggaran'), literal(year)))
    .groupby(...group);
  if (!key) return `SELECT * FROM (${String(realised)}) AS realisasi, (${String(budget)}) AS anggaran`;
  // USING (key) merges the key of a full join into one column, so every row has its key.
  return `SELECT * FROM (${String(realised)}) AS realisasi FULL JOIN (${String(budget)}) AS anggaran USING (key) ORDER BY key`;
}

/** The monitoring parts on the canonical tables (what "Lihat SQL" shows). */
export function monitoringQuery(filters: Filters, year: number, asof: string): string {
  return monitoringSql(filters, year, asof, FACT_ROWS(FACT_TABLE));
}

/** The monitoring parts per pemda or province (for the map's colours and the ranking). */
export function regionMonitoringQuestion(level: RegionLevel, filters: Filters, year: number, asof: string): Question {
  const scope = regionFilters(level, filters);
  const key = level === 'pemda' ? 'kode_wilayah' : 'kode_provinsi';
  const { source, aggregates } = aggregateSource(groupingFor({ ...scope, asof }, 'tahun', [key]), false);
  return {
    sql: monitoringSql(scope, year, asof, FACT_ROWS(FACT_TABLE), key),
    fast: { sql: monitoringSql(scope, year, asof, source, key), aggregates }
  };
}

/** The same parts for the worker's in-memory copies of the per-day aggregate and the budget. */
function monitoringCopy(filters: Filters, year: number, asof: string, table: AggregateSpec): MonitoringCopy {
  const through: Record<Period, string | null> = { ini: asof, lalu: yearBefore(asof), lalu_penuh: null };
  const yearOfPeriod: Record<Period, number> = { ini: year, lalu: year - 1, lalu_penuh: year - 1 };
  return {
    kind: 'monitoring',
    table,
    filters: [...cubeFilters(filters, DIMENSIONS, 'tahun'), { column: 'tahun_anggaran', values: [year, year - 1] }],
    periods: PERIODS.map((name) => ({ name, year: yearOfPeriod[name], through: through[name] })),
    measures: [...ACCRUING_MEASURES],
    budgetFilters: [...cubeFilters(filters, BUDGET_DIMENSIONS, 'tahun'), { column: 'tahun_anggaran', values: [year] }]
  };
}

/** The monitoring parts, answered from aggregates by day when the engine has them. */
export function monitoringQuestion(filters: Filters, year: number, asof: string): Question {
  const { source, aggregates } = aggregateSource(groupingFor({ ...filters, asof }, 'tahun', []), false);
  const cube = monitoringCopy(filters, year, asof, aggregates[0]!);
  return { sql: monitoringQuery(filters, year, asof), fast: { sql: monitoringSql(filters, year, asof, source), aggregates, cube } };
}
