import { TableRefNode } from '@uwdata/mosaic-sql';
import type { AggregateSpec } from '../../../../workers/db-api';
import { DIMENSIONS, type Dimension, type Filters } from '../filters';
import { FACT_COLUMN, FACT_TABLE } from '../columns';
import { PARTIAL_SUMS, type FactSource } from '../measures';

/** The worker's schema for pre-aggregated tables (workers/aggregate-store.ts). */
export const AGGREGATE_SCHEMA = 'agregat';

/** Columns an aggregate can group by, in the one order that names a grouping. */
export const GROUPABLE: readonly string[] = [...DIMENSIONS.map((d) => FACT_COLUMN[d]), 'minggu', 'tanggal'];

/**
 * Year and province are always kept: they are what a user clicks most, so a click on a
 * year or a province bar is answered by the tables already built for the view before it.
 */
const ALWAYS = ['tahun_anggaran', 'kode_provinsi'];

/** The grouping columns in their one order; anything not groupable is refused. */
export function canonicalGrouping(columns: Iterable<string>): string[] {
  const wanted = new Set(columns);
  for (const name of wanted) if (!GROUPABLE.includes(name)) throw new Error(`Kolom tidak dapat dikelompokkan: ${name}`);
  return GROUPABLE.filter((name) => wanted.has(name));
}

/**
 * The grouping a view needs: year and province, every dimension the user filters on (its
 * values then go in the WHERE over the aggregate, except the view's own dimension, which
 * a cross-filtered view ignores), and what the view itself groups by. A click that only
 * changes the values of a dimension already filtered needs no new table.
 */
export function groupingFor(filters: Filters, except: Dimension | undefined, own: readonly string[]): string[] {
  const filtered = DIMENSIONS.filter((d) => d !== except && filters[d].length > 0).map((d) => FACT_COLUMN[d]);
  // An as-of day cuts by date: the aggregate keeps the day so the cut stays exact.
  const dated = filters.asof === null ? [] : ['tanggal'];
  return canonicalGrouping([...ALWAYS, ...own, ...filtered, ...dated]);
}

/** An aggregate of `kind` over `grouping`; its name says both, so equal specs share a table. */
export function aggregateSpec(kind: AggregateSpec['kind'], grouping: readonly string[]): AggregateSpec {
  if (kind !== 'jumlah' && kind !== 'penyedia') throw new Error(`Jenis tabel agregat tidak dikenal: ${String(kind)}`);
  const columns = canonicalGrouping(grouping);
  return { name: `${kind}__${columns.join('__')}`, kind, grouping: columns };
}

const tableOf = (spec: AggregateSpec) => new TableRefNode([AGGREGATE_SCHEMA, spec.name]);

/**
 * Vendor pairs of a grouping wider than this are nearly as many as the fact table's rows (a
 * vendor sells in few combinations of category, channel, scale…): building them would cost
 * more memory and time than counting distinct vendors on the fact table, which stays exact.
 */
const VENDOR_PAIRS_MAX_COLUMNS = 4;

/**
 * The fact source of a view answered from the aggregates of `grouping`, and the tables it
 * needs. Distinct vendors are counted over vendor pairs when the grouping is narrow, on the
 * fact table otherwise; views that do not count vendors need neither.
 */
export function aggregateSource(grouping: readonly string[], countsVendors: boolean): { source: FactSource; aggregates: AggregateSpec[] } {
  const sums = aggregateSpec('jumlah', grouping);
  if (!countsVendors || grouping.length > VENDOR_PAIRS_MAX_COLUMNS) return { source: PARTIAL_SUMS(tableOf(sums), FACT_TABLE), aggregates: [sums] };
  const vendors = aggregateSpec('penyedia', grouping);
  return { source: PARTIAL_SUMS(tableOf(sums), tableOf(vendors)), aggregates: [sums, vendors] };
}
