import { Query, cast, count, column, sum, type ExprNode } from '@uwdata/mosaic-sql';
import { DIMENSIONS, type Filters } from './filters';
import { BUDGET_DIMENSIONS, BUDGET_TABLE, FACT_TABLE } from './columns';
import { budgetPredicate, cubeFilters, factPredicate } from './predicates';
import type { KpiCopy } from './aggregate/cube-question';
import type { AggregateSpec } from '../../../workers/db-api';
import { FACT_ROWS, type FactSource, type Measure } from './measures';
import { aggregateSource, groupingFor } from './aggregate/aggregate-spec';
import type { Question } from '../engine/question';

/** Σ of a BIGINT rupiah column, kept exact as BIGINT (DuckDB's sum would give HUGEINT). */
const rupiahSum = (name: string) => cast(sum(column(name)), 'BIGINT');

/** The realised figures of the KPI row and the measure each one is (also per region: region-query.ts). */
export const REALISED: Record<string, Measure> = {
  realisasi: 'nilai',
  realisasi_berjalan: 'nilai_berjalan',
  nilai_umk: 'nilai_umk',
  nilai_umk_tidak_diketahui: 'nilai_umk_tidak_diketahui',
  nilai_pdn: 'nilai_pdn',
  nilai_pdn_tidak_diketahui: 'nilai_pdn_tidak_diketahui',
  nilai_epurchasing: 'nilai_epurchasing'
};

const distinctVendors = () => cast(count(column('penyedia_id')).distinct(), 'BIGINT');

/** The realised figures of the slice, read from `source`; one row, vendors and count last. */
function realisedSql(filters: Filters, source: FactSource): string {
  const figures: Record<string, ExprNode> = Object.fromEntries(Object.entries(REALISED).map(([name, m]) => [name, source.measure(m)]));
  const where = factPredicate(filters);
  // On the fact table itself, one pass counts both (the canonical SQL).
  if (source.vendorTable === source.table) {
    return String(Query.from(source.table).select({ ...figures, penyedia: distinctVendors(), transaksi: source.measure('transaksi') }).where(...where));
  }
  const sums = Query.from(source.table).select({ ...figures, transaksi: source.measure('transaksi') }).where(...where);
  const vendors = Query.from(source.vendorTable).select({ penyedia: distinctVendors() }).where(...where);
  return `SELECT ${Object.keys(REALISED).join(', ')}, penyedia, transaksi FROM (${String(sums)}) AS s, (${String(vendors)}) AS v`;
}

/**
 * One row with every headline figure of the slice: numerators from the realised
 * transactions under all filters, denominators from the budget under year and region only.
 * The rupiah of transactions whose UMK or PDN value is unknown (basis 'tidak_diketahui')
 * come beside the numerators: they count as 0 there, and the card says how much that is.
 */
function kpiSql(filters: Filters, source: FactSource): string {
  const budget = Query.from(BUDGET_TABLE)
    .select({
      belanja_pengadaan: rupiahSum('belanja_pengadaan'),
      komitmen_pdn: rupiahSum('pagu_pdn'),
      rencana_ukm: rupiahSum('pagu_ukm'),
      paket_rup: rupiahSum('jumlah_paket'),
      pemda_tahun: cast(count(), 'BIGINT')
    })
    .where(...budgetPredicate(filters));
  return `WITH "realisasi" AS (${realisedSql(filters, source)}), "anggaran" AS (${String(budget)}) SELECT * FROM "realisasi", "anggaran"`;
}

/** The headline figures on the canonical tables (what "Lihat SQL" shows). */
export function kpiQuery(filters: Filters): string {
  return kpiSql(filters, FACT_ROWS(FACT_TABLE));
}

/**
 * The same figures for the worker's in-memory copies: only when vendors are counted over
 * vendor pairs (not on the fact table) and without an as-of day (the aggregates then hold days).
 */
function kpiCopy(filters: Filters, aggregates: readonly AggregateSpec[]): KpiCopy | undefined {
  const [table, vendors] = aggregates;
  if (filters.asof !== null || !table || vendors?.kind !== 'penyedia') return undefined;
  return { kind: 'kpi', table, vendors, filters: cubeFilters(filters, DIMENSIONS), budgetFilters: cubeFilters(filters, BUDGET_DIMENSIONS) };
}

/** The headline figures, answered from pre-aggregated tables when the engine has them. */
export function kpiQuestion(filters: Filters): Question {
  const { source, aggregates } = aggregateSource(groupingFor(filters, undefined, []), true);
  const cube = kpiCopy(filters, aggregates);
  return { sql: kpiQuery(filters), fast: { sql: kpiSql(filters, source), aggregates, ...(cube ? { cube } : {}) } };
}
