import { Query, cast, count, column, eq, literal, sum } from '@uwdata/mosaic-sql';
import type { Filters } from './filters';
import { BUDGET_TABLE, FACT_TABLE } from './columns';
import { budgetPredicate, factPredicate } from './predicates';

/** Σ of a BIGINT rupiah column, kept exact as BIGINT (DuckDB's sum would give HUGEINT). */
const rupiahSum = (name: string) => cast(sum(column(name)), 'BIGINT');

/**
 * One row with every headline figure of the slice: numerators from the realised
 * transactions under all filters, denominators from the budget under year and region only.
 */
export function kpiQuery(filters: Filters): string {
  const realised = Query.from(FACT_TABLE)
    .select({
      realisasi: rupiahSum('nilai'),
      nilai_umk: rupiahSum('nilai_umk'),
      nilai_pdn: rupiahSum('nilai_pdn'),
      nilai_epurchasing: cast(
        sum(column('nilai')).where(eq(column('channel_group'), literal('e_purchasing'))),
        'BIGINT'
      ),
      penyedia: cast(count(column('penyedia_id')).distinct(), 'BIGINT'),
      transaksi: cast(count(), 'BIGINT')
    })
    .where(...factPredicate(filters));
  const budget = Query.from(BUDGET_TABLE)
    .select({
      belanja_pengadaan: rupiahSum('belanja_pengadaan'),
      komitmen_pdn: rupiahSum('pagu_pdn'),
      rencana_ukm: rupiahSum('pagu_ukm'),
      pemda_tahun: cast(count(), 'BIGINT')
    })
    .where(...budgetPredicate(filters));
  return String(Query.with({ realisasi: realised, anggaran: budget }).select('*').from('realisasi', 'anggaran'));
}
