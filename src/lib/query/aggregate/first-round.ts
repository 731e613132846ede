import type { AggregateSpec } from '../../../../workers/db-api';
import { DIMENSIONS, NO_FILTERS } from '../filters';
import { kpiQuestion } from '../kpi-query';
import { breakdownQuestion } from '../breakdown-query';
import { trendQuestion } from '../trend-query';
import { planBuilds, type BuildStep } from './aggregate-plan';
import { AGGREGATE_SCHEMA } from './aggregate-spec';

/**
 * The aggregates the dashboard's first round (no filter) reads, with the masters they are
 * derived from, in build order. The sample's database file ships them (data/build-database.ts),
 * so the first figures of the embedded sample need no pass over its fact table.
 */
export function firstRoundBuilds(): BuildStep[] {
  const questions = [kpiQuestion(NO_FILTERS), trendQuestion(NO_FILTERS, 0), ...DIMENSIONS.map((d) => breakdownQuestion(d, NO_FILTERS))];
  const wanted: AggregateSpec[] = questions.flatMap((question) => question.fast?.aggregates ?? []);
  return planBuilds(wanted, []);
}

/**
 * Where a database file keeps the aggregates it ships: the schema name the worker uses, so
 * a derived table's SQL ("agregat"."…") reads its master inside the file at build time.
 */
export const SHIPPED_AGGREGATE_SCHEMA = AGGREGATE_SCHEMA;
