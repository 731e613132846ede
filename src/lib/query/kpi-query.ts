import { Query, cast, count, column, eq, literal, sum, type ExprNode } from '@uwdata/mosaic-sql';
import type { Filters } from './filters';
import { BUDGET_TABLE, FACT_TABLE } from './columns';
import { budgetPredicate, factPredicate } from './predicates';

/** Σ of a BIGINT rupiah column, kept exact as BIGINT (DuckDB's sum would give HUGEINT). */
const rupiahSum = (name: string) => cast(sum(column(name)), 'BIGINT');
/** Σ nilai of the rows where `condition` holds, exact. */
const valueWhere = (condition: ExprNode) => cast(sum(column('nilai')).where(condition), 'BIGINT');

/**
 * One row with every headline figure of the slice: numerators from the realised
 * transactions under all filters, denominators from the budget under year and region only.
 * The rupiah of transactions whose UMK or PDN value is unknown (basis 'tidak_diketahui')
 * come beside the numerators: they count as 0 there, and the card says how much that is.
 */
export function kpiQuery(filters: Filters): string {
  const realised = Query.from(FACT_TABLE)
    .select({
      realisasi: rupiahSum('nilai'),
      realisasi_berjalan: valueWhere(eq(column('status'), literal('berjalan'))),
      nilai_umk: rupiahSum('nilai_umk'),
      nilai_umk_tidak_diketahui: valueWhere(eq(column('basis_umk'), literal('tidak_diketahui'))),
      nilai_pdn: rupiahSum('nilai_pdn'),
      nilai_pdn_tidak_diketahui: valueWhere(eq(column('basis_pdn'), literal('tidak_diketahui'))),
      nilai_epurchasing: valueWhere(eq(column('channel_group'), literal('e_purchasing'))),
      penyedia: cast(count(column('penyedia_id')).distinct(), 'BIGINT'),
      transaksi: cast(count(), 'BIGINT')
    })
    .where(...factPredicate(filters));
  const budget = Query.from(BUDGET_TABLE)
    .select({
      belanja_pengadaan: rupiahSum('belanja_pengadaan'),
      komitmen_pdn: rupiahSum('pagu_pdn'),
      rencana_ukm: rupiahSum('pagu_ukm'),
      paket_rup: rupiahSum('jumlah_paket'),
      pemda_tahun: cast(count(), 'BIGINT')
    })
    .where(...budgetPredicate(filters));
  return String(Query.with({ realisasi: realised, anggaran: budget }).select('*').from('realisasi', 'anggaran'));
}
