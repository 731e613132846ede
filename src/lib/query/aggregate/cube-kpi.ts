import type { Cube } from './cube';
import type { KpiCopy } from './cube-question';
import { REALISED } from '../kpi-query';

/** A one-row answer as (column, value) pairs in the SQL's column order. */
export type OneRow = [string, bigint | null][];

const sumOrNull = (sum: bigint, present: number) => (present > 0 ? sum : null);

/**
 * The headline figures from the copies of the slice's aggregate, its vendor pairs and the
 * budget, as the SQL's one row: each realised figure (missing when no row has a value, as
 * SQL's sum over none is), distinct vendors, transactions (0 over none), then the budget's
 * sums and its count of pemda-years.
 */
export function kpiRow(question: KpiCopy, sums: Cube, vendors: Cube, budget: Cube): OneRow {
  const measures = Object.values(REALISED);
  const realised = sums.totals(question.filters, [...measures, 'transaksi']);
  const figures = Object.keys(REALISED).map((name, i): [string, bigint | null] => [name, sumOrNull(realised.sums[i]!, realised.present[i]!)]);
  const transaksi = realised.sums[measures.length]!;
  const spent = budget.totals(question.budgetFilters, ['belanja_pengadaan', 'pagu_pdn', 'pagu_ukm', 'jumlah_paket']);
  const [belanja, komitmen, rencana, paket] = spent.sums.map((sum, i) => sumOrNull(sum, spent.present[i]!));
  return [
    ...figures,
    ['penyedia', BigInt(vendors.distinct('penyedia_id', question.filters))],
    ['transaksi', transaksi],
    ['belanja_pengadaan', belanja ?? null],
    ['komitmen_pdn', komitmen ?? null],
    ['rencana_ukm', rencana ?? null],
    ['paket_rup', paket ?? null],
    ['pemda_tahun', BigInt(spent.rows)]
  ];
}
