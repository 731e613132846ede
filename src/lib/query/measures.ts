import { and, cast, coalesce, column, count, eq, literal, sum, type ExprNode, type TableRefNode } from '@uwdata/mosaic-sql';

/**
 * The additive measures the dashboard's fact-table views ask for, one registry for the base
 * table and the pre-aggregated tables alike. Every measure is a count or a sum, so the sum
 * of a measure over groups equals the measure over their rows: that is what lets an
 * aggregate answer a view exactly (src/lib/query/aggregate/). Distinct vendors are not
 * additive and have their own path (vendor sets).
 */
/** An aggregate restricted to the rows where `extra` holds, besides its own condition. */
type Restricted = (extra?: ExprNode) => ExprNode;
const only = (own: ExprNode | undefined, extra: ExprNode | undefined) => (own && extra ? and(own, extra) : (own ?? extra));
const sumOf = (name: string, own?: ExprNode): Restricted => (extra) => {
  const condition = only(own, extra);
  return condition ? sum(column(name)).where(condition) : sum(column(name));
};
const valueWhere = (name: string, value: string) => sumOf('nilai', eq(column(name), literal(value)));

const MEASURES = {
  transaksi: (extra) => (extra ? count().where(extra) : count()),
  nilai: sumOf('nilai'),
  nilai_umk: sumOf('nilai_umk'),
  nilai_pdn: sumOf('nilai_pdn'),
  nilai_berjalan: valueWhere('status', 'berjalan'),
  nilai_umk_tidak_diketahui: valueWhere('basis_umk', 'tidak_diketahui'),
  nilai_pdn_tidak_diketahui: valueWhere('basis_pdn', 'tidak_diketahui'),
  nilai_epurchasing: valueWhere('channel_group', 'e_purchasing')
} satisfies Record<string, Restricted>;

export type Measure = keyof typeof MEASURES;
export const MEASURE_NAMES = Object.keys(MEASURES) as Measure[];

/**
 * The measure over rows of the fact table (not cast: an aggregate keeps the exact HUGEINT),
 * over the rows where `where` holds when given (one scan for several periods).
 */
export function measureOverRows(measure: Measure, where?: ExprNode): ExprNode {
  return MEASURES[measure](where);
}

/**
 * Where a view's measures come from: the fact table's rows, or a pre-aggregated table whose
 * columns hold each measure per group. Both give exact BIGINT rupiah.
 */
export interface FactSource {
  table: string | TableRefNode;
  /** The measure over the (filtered) source rows, or those of them where `where` holds, as an exact BIGINT. */
  measure(measure: Measure, where?: ExprNode): ExprNode;
  /**
   * Where distinct vendors are counted: the fact table itself, or a table with one row per
   * group and vendor (a count of distinct vendors over such groups stays exact).
   */
  vendorTable: string | TableRefNode;
}

export const FACT_ROWS = (table: string): FactSource => ({
  table,
  measure: (m, where) => cast(measureOverRows(m, where), 'BIGINT'),
  vendorTable: table
});

/**
 * A table of per-group partial measures: each measure is summed again. Distinct vendors are
 * counted in `vendorTable`: a table of (group, vendor) pairs, or the fact table itself.
 */
export const PARTIAL_SUMS = (table: TableRefNode, vendorTable: string | TableRefNode): FactSource => ({
  table,
  // count(*) over no rows is 0, a sum over no groups is NULL: keep the count's 0.
  measure: (m, where) => {
    const partial = where ? sum(column(m)).where(where) : sum(column(m));
    return cast(m === 'transaksi' ? coalesce(partial, literal(0)) : partial, 'BIGINT');
  },
  vendorTable
});
