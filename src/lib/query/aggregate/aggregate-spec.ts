import { Query, TableRefNode, column, type ExprNode } from '@uwdata/mosaic-sql';
import type { AggregateSpec } from '../../../../workers/db-api';
import { DIMENSIONS, type Dimension, type Filters } from '../filters';
import { FACT_COLUMN, FACT_TABLE } from '../columns';
import { MEASURE_NAMES, PARTIAL_SUMS, measureOverRows, type FactSource } from '../measures';

/** The worker's schema for pre-aggregated tables (workers/aggregate-store.ts). */
export const AGGREGATE_SCHEMA = 'agregat';

/** Columns an aggregate can group by, in the one order that names a grouping. */
const GROUPABLE = [...DIMENSIONS.map((d) => FACT_COLUMN[d]), 'minggu'];

/**
 * Year and province are always kept: they are what a user clicks most, so a click on a
 * year or a province bar is answered by the tables already built for the view before it.
 */
const ALWAYS = ['tahun_anggaran', 'kode_provinsi'];

/**
 * The grouping a view needs: year and province, every dimension the user filters on (its
 * values then go in the WHERE over the aggregate, except the view's own dimension, which
 * a cross-filtered view ignores), and what the view itself groups by. A click that only
 * changes the values of a dimension already filtered needs no new table.
 */
export function groupingFor(filters: Filters, except: Dimension | undefined, own: readonly string[]): string[] {
  const wanted = new Set<string>([...ALWAYS, ...own]);
  for (const dimension of DIMENSIONS) {
    if (dimension !== except && filters[dimension].length > 0) wanted.add(FACT_COLUMN[dimension]);
  }
  for (const name of wanted) if (!GROUPABLE.includes(name)) throw new Error(`Not a groupable column: ${name}`);
  return GROUPABLE.filter((name) => wanted.has(name));
}

const tableName = (kind: string, grouping: readonly string[]) => `${kind}__${grouping.join('__')}`;

/** Every additive measure per group: counts and exact (HUGEINT) sums of rupiah. */
export function sumsAggregate(grouping: readonly string[]): AggregateSpec {
  const partials: Record<string, ExprNode> = Object.fromEntries(MEASURE_NAMES.map((m) => [m, measureOverRows(m)]));
  const select = Query.from(FACT_TABLE)
    .select(...grouping, partials)
    .groupby(...grouping.map((name) => column(name)));
  return { name: tableName('jumlah', grouping), select: String(select) };
}

/** One row per group and vendor. */
export function vendorAggregate(grouping: readonly string[]): AggregateSpec {
  const select = Query.select(...grouping, 'penyedia_id').distinct().from(FACT_TABLE);
  return { name: tableName('penyedia', grouping), select: String(select) };
}

const tableOf = (spec: AggregateSpec) => new TableRefNode([AGGREGATE_SCHEMA, spec.name]);

/**
 * The fact source of a view answered from the aggregates of `grouping`, and the tables it
 * needs. Distinct vendors need the vendor table; views that do not count vendors skip it.
 */
export function aggregateSource(grouping: readonly string[], countsVendors: boolean): { source: FactSource; aggregates: AggregateSpec[] } {
  const sums = sumsAggregate(grouping);
  if (!countsVendors) return { source: PARTIAL_SUMS(tableOf(sums), tableOf(sums)), aggregates: [sums] };
  const vendors = vendorAggregate(grouping);
  return { source: PARTIAL_SUMS(tableOf(sums), tableOf(vendors)), aggregates: [sums, vendors] };
}
