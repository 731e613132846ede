import type { Cube } from './cube';
import type { MonitoringCopy } from './cube-question';
import type { OneRow } from './cube-kpi';


/**
 * The monitoring parts from the copy of a per-day aggregate and the copy of the budget, as
 * the SQL's one row: each measure per period, `<measure>__<period>` (missing when no row of
 * the period has a value, as SQL's sum over none is), then the year's budget and PDN
 * commitment.
 */
export function monitoringRow(question: MonitoringCopy, daily: Cube, budget: Cube): OneRow {
  const periods = daily.periodTotals(question.filters, question.periods, question.measures);
  const realised = question.periods.flatMap((period, p) =>
    question.measures.map((measure, m): [string, bigint | null] => [`${measure}__${period.name}`, periods[p]!.present[m]! > 0 ? periods[p]!.sums[m]! : null])
  );
  const totals = budget.totals(question.budgetFilters, ['belanja_pengadaan', 'pagu_pdn']);
  const [belanja, komitmen] = totals.sums.map((sum, i) => (totals.present[i]! > 0 ? sum : null));
  return [...realised, ['belanja_pengadaan', belanja ?? null], ['komitmen_pdn', komitmen ?? null]];
}
