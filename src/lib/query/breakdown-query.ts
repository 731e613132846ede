import { Query, cast, column, sum } from '@uwdata/mosaic-sql';
import { BUDGET_DIMENSIONS, BUDGET_TABLE, FACT_COLUMN, FACT_TABLE } from './columns';
import { DIMENSIONS, type Dimension, type Filters } from './filters';
import type { BreakdownCopy } from './aggregate/cube-question';
import { budgetPredicate, cubeFilters, factPredicate } from './predicates';
import { FACT_ROWS, type FactSource } from './measures';
import { aggregateSource, groupingFor } from './aggregate/aggregate-spec';
import type { Question } from '../engine/question';
import type { AggregateSpec } from '../../../workers/db-api';

/**
 * Realisation per value of one dimension under every other filter (cross-filtering),
 * sorted by value; labels and the options without realisation come from the reference
 * options (breakdown-options.ts). Year and region dimensions also carry their procurement
 * budget, the denominator of the UMKK share, including for values with no realisation.
 */
function breakdownSql(dimension: Dimension, filters: Filters, source: FactSource): string {
  const key = cast(column(FACT_COLUMN[dimension]), 'VARCHAR');
  const realised = Query.from(source.table)
    .select({
      key,
      transaksi: source.measure('transaksi'),
      nilai: source.measure('nilai'),
      nilai_umk: source.measure('nilai_umk'),
      nilai_pdn: source.measure('nilai_pdn')
    })
    .where(...factPredicate(filters, dimension))
    .groupby(key);
  if (!BUDGET_DIMENSIONS.includes(dimension)) {
    return (
      `SELECT key, transaksi, coalesce(nilai, 0) AS nilai, coalesce(nilai_umk, 0) AS nilai_umk, coalesce(nilai_pdn, 0) AS nilai_pdn, ` +
      `CAST(NULL AS BIGINT) AS belanja_pengadaan FROM (${String(realised)}) ORDER BY nilai DESC, key`
    );
  }
  const budget = Query.from(BUDGET_TABLE)
    .select({ key, belanja_pengadaan: cast(sum(column('belanja_pengadaan')), 'BIGINT') })
    .where(...budgetPredicate(filters, dimension))
    .groupby(key);
  return (
    `WITH r AS (${String(realised)}), b AS (${String(budget)}) ` +
    `SELECT coalesce(r.key, b.key) AS key, coalesce(r.transaksi, 0) AS transaksi, coalesce(r.nilai, 0) AS nilai, ` +
    `coalesce(r.nilai_umk, 0) AS nilai_umk, coalesce(r.nilai_pdn, 0) AS nilai_pdn, b.belanja_pengadaan ` +
    `FROM r FULL JOIN b ON b.key = r.key ORDER BY nilai DESC, key`
  );
}

export function breakdownQuery(dimension: Dimension, filters: Filters): string {
  return breakdownSql(dimension, filters, FACT_ROWS(FACT_TABLE));
}

/**
 * The same breakdown as a question for the worker's in-memory copy of its aggregate (and of
 * the budget for a year or region): not with an as-of day, when its aggregate holds every
 * day besides the view's and the filters' columns, mostly too many rows to be worth a copy.
 */
function breakdownCube(dimension: Dimension, filters: Filters, table: AggregateSpec): BreakdownCopy | undefined {
  if (filters.asof !== null) return undefined;
  const question: BreakdownCopy = { kind: 'breakdown', table, groupBy: FACT_COLUMN[dimension], filters: cubeFilters(filters, DIMENSIONS, dimension) };
  return BUDGET_DIMENSIONS.includes(dimension) ? { ...question, budget: { filters: cubeFilters(filters, BUDGET_DIMENSIONS, dimension) } } : question;
}

/** The breakdown, answered from an aggregate grouped by the dimension when the engine has it. */
export function breakdownQuestion(dimension: Dimension, filters: Filters): Question {
  const { source, aggregates } = aggregateSource(groupingFor(filters, dimension, [FACT_COLUMN[dimension]]), false);
  const cube = breakdownCube(dimension, filters, aggregates[0]!);
  return { sql: breakdownQuery(dimension, filters), fast: { sql: breakdownSql(dimension, filters, source), aggregates, ...(cube ? { cube } : {}) } };
}
