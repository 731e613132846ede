import type { Cube } from './cube';
import type { TrendCopy } from './cube-question';

/** One row of the weekly trend's answer, as its SQL gives it (trend-query.ts). */
export interface TrendRow {
  minggu: string;
  kum_nilai: bigint | null;
  kum_umk: bigint | null;
  kum_pdn: bigint | null;
  belanja_pengadaan: bigint | null;
  komitmen_pdn: bigint | null;
  umkk_anggaran: number | null;
  pdn_komitmen: number | null;
}

const WEEKLY = ['nilai', 'nilai_umk', 'nilai_pdn'] as const;

/** `CAST(part AS DOUBLE) / nullif(whole, 0)`: both are exact integers within 2^53 here. */
const share = (part: bigint | null, whole: bigint | null) => (part === null || whole === null || whole === 0n ? null : Number(part) / Number(whole));

/**
 * The trend's rows from the copy of its per-week aggregate (weeks as YYYY-MM-DD text, which
 * sorts as the dates do) and the copy of the budget: weekly sums, their running totals
 * (`sum() OVER (ORDER BY minggu)`: missing until the first week with a value, as a window sum
 * of NULLs is), and the year's denominators. Null when a week is missing, which the SQL
 * would order and sum differently: the SQL then answers.
 */
export function trendRows(question: TrendCopy, weekly: Cube, budget: Cube): TrendRow[] | null {
  const weeks = weekly.groupSums('minggu', question.filters, WEEKLY);
  if (weeks.some((week) => week.key === null)) return null;
  weeks.sort((a, b) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0));
  const totals = budget.totals(question.budgetFilters, ['belanja_pengadaan', 'pagu_pdn']);
  const [belanja, komitmen] = totals.sums.map((sum, i) => (totals.present[i]! > 0 ? sum : null)) as [bigint | null, bigint | null];
  const running: (bigint | null)[] = WEEKLY.map(() => null);
  return weeks.map((week) => {
    week.sums.forEach((sum, i) => {
      if (week.present[i]! > 0) running[i] = (running[i] ?? 0n) + sum;
    });
    const [kum_nilai, kum_umk, kum_pdn] = running as [bigint | null, bigint | null, bigint | null];
    return {
      minggu: week.key!,
      kum_nilai,
      kum_umk,
      kum_pdn,
      belanja_pengadaan: belanja,
      komitmen_pdn: komitmen,
      umkk_anggaran: share(kum_umk, belanja),
      pdn_komitmen: share(kum_pdn, komitmen)
    };
  });
}
