import type { AggregateSpec } from '../../../../workers/db-api';
import { DIMENSIONS, NO_FILTERS } from '../filters';
import { kpiQuestion } from '../kpi-query';
import { breakdownQuestion } from '../breakdown-query';
import { trendQuestion } from '../trend-query';
import { monitoringQuestion } from '../monitoring-query';
import { planBuilds, type BuildStep } from './aggregate-plan';

/**
 * The aggregates the dashboard's first round (no filter) reads, with the masters they are
 * derived from, in build order. The sample's database file ships them in its own schema of
 * the same name as the worker's (AGGREGATE_SCHEMA, so a derived table's SQL reads its master
 * inside the file at build time; data/build-database.ts), and the first figures of the
 * embedded sample need no pass over its fact table.
 */
export function firstRoundBuilds(): BuildStep[] {
  // The monitoring parts' table (by year, province and day) serves every year and as-of day,
  // and the province map too: the year and the day given here do not change which table.
  const questions = [
    kpiQuestion(NO_FILTERS),
    trendQuestion(NO_FILTERS, 0),
    monitoringQuestion(NO_FILTERS, 0, '2000-01-01'),
    ...DIMENSIONS.map((d) => breakdownQuestion(d, NO_FILTERS))
  ];
  const wanted: AggregateSpec[] = questions.flatMap((question) => question.fast?.aggregates ?? []);
  return planBuilds(wanted, []);
}

/** The names of the tables a database file built with firstRoundBuilds() ships, each once (StartOptions.shippedAggregates). */
export function shippedAggregateNames(): string[] {
  return [...new Set(firstRoundBuilds().map((step) => step.spec.name))];
}
