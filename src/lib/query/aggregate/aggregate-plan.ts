import { Query, TableRefNode, column, sum, type ExprNode } from '@uwdata/mosaic-sql';
import type { AggregateSpec } from '../../../../workers/db-api';
import { FACT_TABLE } from '../columns';
import { MEASURE_NAMES, measureOverRows } from '../measures';
import { AGGREGATE_SCHEMA, aggregateSpec, canonicalGrouping } from './aggregate-spec';

/**
 * How the worker builds the aggregates a batch of questions needs, and from what. Every
 * measure is additive and a vendor table holds distinct (group, vendor) pairs, so an
 * aggregate can be built from any built aggregate of the same kind whose grouping contains
 * its own: far fewer rows to read than the fact table (10 million rows → about 125,000
 * per year × province × category × vendor type × scale × channel × status).
 */
export interface BuildStep {
  spec: AggregateSpec;
  /** The built aggregate it is read from; none means the fact table. */
  from?: AggregateSpec;
  /** A wider aggregate built only to derive the others of the batch from. */
  master: boolean;
}

const covers = (wide: AggregateSpec, narrow: AggregateSpec) =>
  wide.kind === narrow.kind && wide.name !== narrow.name && narrow.grouping.every((name) => wide.grouping.includes(name));

/** The built aggregate with the fewest grouping columns (the fewest rows) that covers `spec`. */
function bestSource(spec: AggregateSpec, available: readonly AggregateSpec[]): AggregateSpec | undefined {
  const candidates = available.filter((wide) => covers(wide, spec));
  return candidates.sort((a, b) => a.grouping.length - b.grouping.length)[0];
}

/** Groupings by week or day get no master: time multiplies a master's rows by 50 to 365. */
const byTime = (spec: AggregateSpec) => spec.grouping.includes('minggu') || spec.grouping.includes('tanggal');

/**
 * The steps that build `wanted` given what is `built`. Each is read from the narrowest
 * built aggregate that covers it, else from the fact table. Sums without weeks that nothing
 * built covers get a master when two or more of them share one, separately for groupings
 * with and without the pemda (its 500-odd codes multiply a master's rows by about nine);
 * sums by week or day get none (see byTime).
 */
export function planBuilds(wanted: readonly AggregateSpec[], built: readonly AggregateSpec[]): BuildStep[] {
  const isBuilt = new Set(built.map((spec) => spec.name));
  const missing = [...new Map(wanted.filter((spec) => !isBuilt.has(spec.name)).map((spec) => [spec.name, spec])).values()];
  const available = [...built];
  const steps: BuildStep[] = [];
  for (const withPemda of [false, true]) {
    const family = missing.filter(
      (spec) => spec.kind === 'jumlah' && !byTime(spec) && spec.grouping.includes('kode_wilayah') === withPemda && !bestSource(spec, available)
    );
    if (family.length < 2) continue;
    const master = aggregateSpec('jumlah', family.flatMap((spec) => spec.grouping));
    // A master that is itself wanted is built first, from the fact table, like any master.
    const index = missing.findIndex((spec) => spec.name === master.name);
    if (index >= 0) missing.splice(index, 1);
    steps.push({ spec: master, master: true });
    available.push(master);
  }
  for (const spec of missing) {
    const from = bestSource(spec, available);
    steps.push(from ? { spec, from, master: false } : { spec, master: false });
  }
  return steps;
}

/** The SELECT that fills `step.spec`: from the fact table, or summed again from its source. */
export function buildSelect(step: BuildStep): string {
  const grouping = canonicalGrouping(step.spec.grouping);
  const from = step.from ? new TableRefNode([AGGREGATE_SCHEMA, step.from.name]) : FACT_TABLE;
  if (step.spec.kind === 'penyedia') return String(Query.select(...grouping, 'penyedia_id').distinct().from(from));
  const measures: Record<string, ExprNode> = Object.fromEntries(
    MEASURE_NAMES.map((m) => [m, step.from ? sum(column(m)) : measureOverRows(m)])
  );
  return String(Query.from(from).select(...grouping, measures).groupby(...grouping.map((name) => column(name))));
}
