import { Query, cast, column, count, sum } from '@uwdata/mosaic-sql';
import type { Filters } from './filters';
import { BUDGET_TABLE, FACT_TABLE } from './columns';
import { budgetPredicate, factPredicate } from './predicates';
import { FACT_ROWS, type FactSource } from './measures';
import { REALISED } from './kpi-query';
import { aggregateSource, groupingFor } from './aggregate/aggregate-spec';
import type { KpiRow } from '../metrics/kpi-registry';
import type { Question } from '../engine/question';

/** A region's figures: every field of the headline row but distinct vendors, per key. */
export type RegionRow = Omit<KpiRow, 'penyedia'> & { key: string };

export type RegionLevel = 'pemda' | 'provinsi';

const KEY_COLUMN: Record<RegionLevel, string> = { pemda: 'kode_wilayah', provinsi: 'kode_provinsi' };

/**
 * The slice a ranking or map compares regions in: every filter applies except the region
 * being ranked (a chosen pemda is marked in the list, not the only one listed). Pemda keep the
 * province filter (rank within the chosen provinces); provinces ignore both.
 */
export function regionFilters(level: RegionLevel, filters: Filters): Filters {
  return level === 'pemda' ? { ...filters, pemda: [] } : { ...filters, pemda: [], provinsi: [] };
}

/**
 * Every headline numerator and denominator per pemda or province: realised figures under
 * the slice's filters and as-of day, budgets and RUP commitments under year and region only,
 * full-joined so a region with a budget and no realisation is listed (at 0 realised).
 */
function regionSql(level: RegionLevel, filters: Filters, source: FactSource): string {
  const scope = regionFilters(level, filters);
  const key = column(KEY_COLUMN[level]);
  const figures = Object.fromEntries(Object.entries(REALISED).map(([name, m]) => [name, source.measure(m)]));
  const realised = Query.from(source.table)
    .select({ key, ...figures, transaksi: source.measure('transaksi') })
    .where(...factPredicate(scope))
    .groupby(key);
  const rupiah = (name: string) => cast(sum(column(name)), 'BIGINT');
  const budget = Query.from(BUDGET_TABLE)
    .select({
      key,
      belanja_pengadaan: rupiah('belanja_pengadaan'),
      komitmen_pdn: rupiah('pagu_pdn'),
      rencana_ukm: rupiah('pagu_ukm'),
      paket_rup: rupiah('jumlah_paket'),
      pemda_tahun: cast(count(), 'BIGINT')
    })
    .where(...budgetPredicate(scope))
    .groupby(key);
  const realisedColumns = [...Object.keys(REALISED), 'transaksi'];
  const zeroed = realisedColumns.map((name) => (name === 'transaksi' ? `coalesce(r.transaksi, 0) AS transaksi` : `r.${name}`));
  return (
    `WITH r AS (${String(realised)}), b AS (${String(budget)}) ` +
    `SELECT coalesce(r.key, b.key) AS key, ${zeroed.join(', ')}, b.belanja_pengadaan, b.komitmen_pdn, b.rencana_ukm, b.paket_rup ` +
    `FROM r FULL JOIN b ON b.key = r.key ORDER BY key`
  );
}

export function regionQuery(level: RegionLevel, filters: Filters): string {
  return regionSql(level, filters, FACT_ROWS(FACT_TABLE));
}

export function regionQuestion(level: RegionLevel, filters: Filters): Question {
  const scope = regionFilters(level, filters);
  const { source, aggregates } = aggregateSource(groupingFor(scope, undefined, [KEY_COLUMN[level]]), false);
  return { sql: regionQuery(level, filters), fast: { sql: regionSql(level, filters, source), aggregates } };
}
