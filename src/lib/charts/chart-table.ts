/**
 * The data behind a chart as a plain table: the text alternative a screen reader (or anyone
 * who wants the exact figures) reads instead of the drawing. Every figure exact, in rupiah.
 */
import type { BreakdownRow } from './breakdown-row';
import type { TrendRow } from './weekly-trend';
import type { WeekPoint } from '../monitoring/alerts';
import { formatCount, formatPercent, formatRupiah, targetText } from '../format/number';
import { formatDay } from '../format/date';
import { chartTableId as t } from '../i18n/chart-table-id';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

const share = (numerator: bigint, denominator: bigint | null): string =>
  denominator === null || denominator === 0n ? t.notComputable : formatPercent(Number(numerator) / Number(denominator));

/**
 * A breakdown's bars: one row per key with its counts, rupiah and, when budgeted, the UMKK
 * share; with `targetOf` (the share charts), each row's own target beside its share.
 */
export function breakdownTable(
  rows: readonly BreakdownRow[],
  keyHeading: string,
  labelOf: (row: BreakdownRow) => string,
  targetOf?: (key: string) => number | null
): ChartTable {
  const budgeted = rows.some((row) => row.belanja_pengadaan !== null);
  const targeted = budgeted && targetOf !== undefined;
  const columns = [keyHeading, t.transactions, t.value, t.umkk, t.pdn, ...(budgeted ? [t.budget, t.umkkOfBudget] : []), ...(targeted ? [t.target] : [])];
  return {
    columns,
    rows: rows.map((row) => {
      const goal = targeted ? targetOf(row.key) : null;
      return [
        labelOf(row),
        formatCount(row.transaksi),
        formatRupiah(row.nilai),
        formatRupiah(row.nilai_umk),
        formatRupiah(row.nilai_pdn),
        ...(budgeted ? [row.belanja_pengadaan === null ? t.unknown : formatRupiah(row.belanja_pengadaan), share(row.nilai_umk, row.belanja_pengadaan)] : []),
        ...(targeted ? [goal === null ? t.noTarget : targetText(goal)] : [])
      ];
    })
  };
}

/** The weekly path: cumulative rupiah per week and the two shares it draws. */
export function trendTable(rows: readonly TrendRow[]): ChartTable {
  return {
    columns: [t.week, t.cumulativeValue, t.cumulativeUmkk, t.umkkOfBudget, t.cumulativePdn, t.pdnOfCommitment],
    rows: rows.map((row) => [
      formatDay(row.minggu),
      formatRupiah(row.kum_nilai),
      formatRupiah(row.kum_umk),
      row.umkk_anggaran === null ? t.notComputable : formatPercent(row.umkk_anggaran),
      formatRupiah(row.kum_pdn),
      row.pdn_komitmen === null ? t.notComputable : formatPercent(row.pdn_komitmen)
    ])
  };
}

/** A pemda's weekly path: its cumulative figure and the target path, week by week. */
export function weeklyPathTable(points: readonly WeekPoint[], figure: string): ChartTable {
  const share = (value: number | null) => (value === null ? t.notComputable : formatPercent(value));
  return {
    columns: [t.week, figure, t.targetPath],
    rows: points.map((point) => [formatDay(point.minggu), share(point.value), share(point.path)])
  };
}
