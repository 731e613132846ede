import { Query, cast, column, eq, literal, sum } from '@uwdata/mosaic-sql';
import { DIMENSIONS, type Filters } from './filters';
import { BUDGET_DIMENSIONS, BUDGET_TABLE, FACT_TABLE } from './columns';
import type { TrendCopy } from './aggregate/cube-question';
import type { AggregateSpec } from '../../../workers/db-api';
import { budgetPredicate, cubeFilters, factPredicate } from './predicates';
import { FACT_ROWS, type FactSource } from './measures';
import { aggregateSource, groupingFor } from './aggregate/aggregate-spec';
import type { Question } from '../engine/question';

/**
 * The week-by-week cumulative UMKK and PDN realisation of one fiscal year against the
 * year's denominators (belanja_pengadaan for UMKK, the RUP PDN commitment for PDN), as the
 * weekly P3DN monitoring (since 9 May 2022) reports it. Weeks start on Monday.
 */
function trendSql(filters: Filters, year: number, source: FactSource): string {
  const inYear = eq(column('tahun_anggaran'), literal(year));
  const weekly = Query.from(source.table)
    .select({ minggu: 'minggu', nilai: source.measure('nilai'), nilai_umk: source.measure('nilai_umk'), nilai_pdn: source.measure('nilai_pdn') })
    .where(...factPredicate(filters, 'tahun'), inYear)
    .groupby('minggu');
  const budget = Query.from(BUDGET_TABLE)
    .select({
      belanja_pengadaan: cast(sum(column('belanja_pengadaan')), 'BIGINT'),
      komitmen_pdn: cast(sum(column('pagu_pdn')), 'BIGINT')
    })
    .where(...budgetPredicate(filters, 'tahun'), inYear);
  const running = (name: string) => `CAST(sum(${name}) OVER (ORDER BY minggu) AS BIGINT)`;
  return (
    `WITH mingguan AS (${String(weekly)}), anggaran AS (${String(budget)}), ` +
    `kumulatif AS (SELECT minggu, ${running('nilai')} AS kum_nilai, ${running('nilai_umk')} AS kum_umk, ` +
    `${running('nilai_pdn')} AS kum_pdn FROM mingguan) ` +
    `SELECT strftime(minggu, '%Y-%m-%d') AS minggu, kum_nilai, kum_umk, kum_pdn, ` +
    `anggaran.belanja_pengadaan, anggaran.komitmen_pdn, ` +
    `CAST(kum_umk AS DOUBLE) / nullif(anggaran.belanja_pengadaan, 0) AS umkk_anggaran, ` +
    `CAST(kum_pdn AS DOUBLE) / nullif(anggaran.komitmen_pdn, 0) AS pdn_komitmen ` +
    `FROM kumulatif, anggaran ORDER BY minggu`
  );
}

export function trendQuery(filters: Filters, year: number): string {
  return trendSql(filters, year, FACT_ROWS(FACT_TABLE));
}

/**
 * The same trend for the worker's in-memory copies (per-week aggregate and budget): not with
 * an as-of day, when the aggregate holds days.
 */
function trendCopy(filters: Filters, year: number, table: AggregateSpec): TrendCopy | undefined {
  if (filters.asof !== null) return undefined;
  const inYear = { column: 'tahun_anggaran', values: [year] };
  return {
    kind: 'trend',
    table,
    filters: [...cubeFilters(filters, DIMENSIONS, 'tahun'), inYear],
    budgetFilters: [...cubeFilters(filters, BUDGET_DIMENSIONS, 'tahun'), inYear]
  };
}

/** The weekly trend, answered from a per-week aggregate when the engine has it. */
export function trendQuestion(filters: Filters, year: number): Question {
  const { source, aggregates } = aggregateSource(groupingFor(filters, 'tahun', ['minggu']), false);
  const copy = trendCopy(filters, year, aggregates[0]!);
  return { sql: trendQuery(filters, year), fast: { sql: trendSql(filters, year, source), aggregates, ...(copy ? { cube: copy } : {}) } };
}
