import { Query, and, cast, column, eq, literal, lte, or, sum } from '@uwdata/mosaic-sql';
import type { Filters } from './filters';
import { BUDGET_TABLE, FACT_TABLE } from './columns';
import { budgetPredicate, factPredicate } from './predicates';
import { measureOverRows } from './measures';
import { ACCRUING_MEASURES } from '../metrics/kpi-registry';
import { yearBefore } from '../monitoring/calendar';

/**
 * One pemda's realised sums in one week of fiscal year Y ("ini") or of Y−1 placed on Y's
 * calendar, Y−1's split at the as-of day a year earlier ("sebelum"). A pemda with a budget
 * and no transaction in the slice has one row with no week.
 */
export interface AlertWeekRow {
  key: string;
  minggu: string | null;
  ini: boolean | null;
  sebelum: boolean | null;
  nilai: bigint | null;
  nilai_umk: bigint | null;
  nilai_pdn: bigint | null;
  nilai_epurchasing: bigint | null;
  belanja_pengadaan: bigint | null;
  komitmen_pdn: bigint | null;
}

/**
 * Week-by-week sums per pemda for the alert list and a pemda's weekly path
 * (src/lib/monitoring/alerts.ts): fiscal year Y up to the as-of day, and Y−1 in full with
 * each transaction moved one year on, so Y−1's cumulative sum at the end of a week of Y is
 * "Y−1 up to the same day" (the seasonal profile); the as-of week's share of Y−1 stops at
 * the as-of day a year earlier, as the cards' does. Each row carries the pemda's budget and
 * PDN commitment of Y, and every pemda with a budget in scope is listed. Every filter but
 * pemda and year applies; `onlyPemda` restricts it to one pemda (its page). Read from the
 * fact table: the moved weeks are not in any aggregate.
 */
export function alertWeeksQuery(filters: Filters, year: number, asof: string, onlyPemda?: string): string {
  const pemda = onlyPemda ? [onlyPemda] : [];
  const slice = factPredicate({ ...filters, pemda, tahun: [], asof: null });
  const inYear = and(eq(column('tahun_anggaran'), literal(year)), lte(column('tanggal'), literal(asof)));
  const lastYear = eq(column('tahun_anggaran'), literal(year - 1));
  const where = [...slice, or(inYear, lastYear)].map((clause) => `(${String(clause)})`).join(' AND ');
  // `year` is a number and the days are checked dates, never text from the URL as such.
  const y = Number(year);
  const week = `CAST(date_trunc('week', CASE WHEN tahun_anggaran = ${y} THEN tanggal ELSE CAST(tanggal + INTERVAL 1 YEAR AS DATE) END) AS DATE)`;
  const before = `(tahun_anggaran = ${y} OR ${String(lte(column('tanggal'), literal(yearBefore(asof))))})`;
  const sums = ACCRUING_MEASURES.map((m) => `CAST(${String(measureOverRows(m))} AS BIGINT) AS ${m}`).join(', ');
  const budget = Query.from(BUDGET_TABLE)
    .select({ key: column('kode_wilayah'), belanja_pengadaan: cast(sum(column('belanja_pengadaan')), 'BIGINT'), komitmen_pdn: cast(sum(column('pagu_pdn')), 'BIGINT') })
    .where(...budgetPredicate({ ...filters, pemda, tahun: [] }), eq(column('tahun_anggaran'), literal(year)))
    .groupby(column('kode_wilayah'));
  return (
    `WITH w AS (SELECT kode_wilayah AS key, ${week} AS minggu, tahun_anggaran = ${y} AS ini, ${before} AS sebelum, ${sums} ` +
    `FROM ${FACT_TABLE} WHERE ${where} GROUP BY ALL), b AS (${String(budget)}) ` +
    `SELECT coalesce(w.key, b.key) AS key, strftime(w.minggu, '%Y-%m-%d') AS minggu, w.ini, w.sebelum, ` +
    `${ACCRUING_MEASURES.map((m) => `w.${m}`).join(', ')}, b.belanja_pengadaan, b.komitmen_pdn ` +
    `FROM w FULL JOIN b ON b.key = w.key ORDER BY 1, 2`
  );
}
