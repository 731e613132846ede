import { column, isIn, literal, lte, type ExprNode } from '@uwdata/mosaic-sql';
import { DIMENSIONS, type Dimension, type Filters } from './filters';
import { BUDGET_DIMENSIONS, FACT_COLUMN, NUMERIC_DIMENSIONS } from './columns';
import type { CubeFilter } from './aggregate/cube-question';

const typedValues = (dimension: Dimension, values: readonly string[]) => (NUMERIC_DIMENSIONS.includes(dimension) ? values.map(Number) : [...values]);

/** One `column IN (…)` per chosen dimension; literals are escaped by mosaic-sql. */
export function dimensionClause(dimension: Dimension, values: readonly string[]): ExprNode {
  return isIn(column(FACT_COLUMN[dimension]), typedValues(dimension, values).map((v) => literal(v)));
}

/**
 * The same clauses as data, for the worker's in-memory copies of aggregates
 * (src/lib/query/aggregate/cube.ts): every chosen dimension of `dimensions` but `except`.
 */
export function cubeFilters(filters: Filters, dimensions: readonly Dimension[], except?: Dimension): CubeFilter[] {
  const chosen = dimensions.filter((d) => d !== except && filters[d].length > 0);
  return chosen.map((d) => ({ column: FACT_COLUMN[d], values: typedValues(d, filters[d]) }));
}

/** The clauses are ANDed by the query's WHERE; an empty list means no WHERE at all. */
function predicateOver(dimensions: readonly Dimension[], filters: Filters, except?: Dimension): ExprNode[] {
  const chosen = dimensions.filter((d) => d !== except && filters[d].length > 0);
  return chosen.map((d) => dimensionClause(d, filters[d]));
}

/**
 * The WHERE of a fact-table query: every chosen dimension except `except`, so a view that
 * filters by a dimension still lists all of that dimension's options (cross-filtering).
 */
export function factPredicate(filters: Filters, except?: Dimension): ExprNode[] {
  return [...predicateOver(DIMENSIONS, filters, except), ...asOfClause(filters.asof)];
}

/**
 * Figures as they stood on a day: transactions dated on or before it (every transaction
 * has a date). No clause without an as-of day: the data then ends at its latest date.
 */
export function asOfClause(asof: string | null): ExprNode[] {
  return asof === null ? [] : [lte(column('tanggal'), literal(asof))];
}

/** The WHERE of a budget query: only year and region restrict a budget. */
export function budgetPredicate(filters: Filters, except?: Dimension): ExprNode[] {
  return predicateOver(BUDGET_DIMENSIONS, filters, except);
}
