import { ACCRUING_MEASURES, type AccruingMeasure, type RatioKpi } from '../metrics/kpi-registry';
import type { AlertWeekRow } from '../query/alert-query';
import { addDays, mondayOf } from './calendar';
import { progressOf, type ProgressStatus } from './progress';

/**
 * The alert list: pemda whose figure is off track (below its target path by more than the
 * threshold, the same rule as a card's status) at the as-of day, with the week since which
 * it has been off track without a break. Each week is judged as it stood at its Sunday (the
 * as-of day for its own week), with the same progress rule as the cards (progress.ts).
 */
export interface PemdaAlert {
  kode: string;
  /** The Monday of the first week of the current off-track run. */
  since: string;
  value: number;
  path: number;
  target: number;
}

type Sums = Record<AccruingMeasure, bigint>;

interface Week {
  minggu: string;
  ini: Sums;
  /** Y−1 up to the same day a year earlier (the cards' profile). */
  laluSebelum: Sums;
  /** Y−1 in full. */
  lalu: Sums;
}

const zero = (): Sums => Object.fromEntries(ACCRUING_MEASURES.map((m) => [m, 0n])) as Sums;

function weeksOf(rows: readonly AlertWeekRow[]): Week[] {
  const byWeek = new Map<string, Week>();
  for (const row of rows) {
    if (row.minggu === null) continue; // a pemda with a budget and nothing realised in the slice
    const week = byWeek.get(row.minggu) ?? { minggu: row.minggu, ini: zero(), laluSebelum: zero(), lalu: zero() };
    const sides = row.ini ? [week.ini] : row.sebelum ? [week.lalu, week.laluSebelum] : [week.lalu];
    for (const side of sides) for (const m of ACCRUING_MEASURES) side[m] += row[m] ?? 0n;
    byWeek.set(row.minggu, week);
  }
  return [...byWeek.values()].sort((a, b) => (a.minggu < b.minggu ? -1 : 1));
}

/** A week of the fiscal year as it stood at its Sunday (or the as-of day). */
export interface WeekPoint {
  minggu: string;
  value: number | null;
  path: number | null;
  status: ProgressStatus | null;
}

interface Context {
  target: number;
  fiscalYear: number;
  asof: string;
  threshold: number;
}

const sum = (weeks: readonly Week[], pick: (w: Week) => bigint) => weeks.reduce((s, w) => s + pick(w), 0n);

/**
 * Every Monday of the fiscal year up to the as-of day's week (never past 31 December),
 * with or without transactions: the cumulative figure, the target path and the status.
 */
export function weeklyProgress(rows: readonly AlertWeekRow[], kpi: RatioKpi, context: Context): WeekPoint[] {
  if (!kpi.accrual || rows.length === 0) return [];
  const { numerator: m, denominator: d } = kpi.accrual;
  const budget = d === 'belanja_pengadaan' || d === 'komitmen_pdn' ? (rows[0]![d] ?? null) : undefined;
  const weeks = weeksOf(rows);
  const lastFull = { num: sum(weeks, (w) => w.lalu[m]), den: sum(weeks, (w) => w.lalu.nilai) };
  const end = `${context.fiscalYear}-12-31` < context.asof ? `${context.fiscalYear}-12-31` : context.asof;
  const cum = { num: 0n, den: 0n, lastNum: 0n, lastDen: 0n };
  const points: WeekPoint[] = [];
  let next = 0;
  for (let monday = mondayOf(`${context.fiscalYear}-01-01`); monday <= end; monday = addDays(monday, 7)) {
    for (; next < weeks.length && weeks[next]!.minggu <= monday; next++) {
      const week = weeks[next]!;
      cum.num += week.ini[m];
      cum.den += week.ini.nilai;
      cum.lastNum += week.laluSebelum[m];
      cum.lastDen += week.laluSebelum.nilai;
    }
    const sunday = addDays(monday, 6);
    const denominator = budget === undefined ? cum.den : budget;
    if (denominator === null || denominator <= 0n) {
      points.push({ minggu: monday, value: null, path: null, status: null });
      continue;
    }
    const p = progressOf({
      ...context,
      asof: sunday < context.asof ? sunday : context.asof,
      numerator: cum.num,
      denominator,
      numeratorParts: { now: cum.num, lastToDate: cum.lastNum, lastFull: lastFull.num },
      denominatorParts: budget === undefined ? { now: cum.den, lastToDate: cum.lastDen, lastFull: lastFull.den } : { budget: denominator }
    });
    points.push({ minggu: monday, value: Number(cum.num) / Number(denominator), path: p.path, status: p.status });
  }
  return points;
}

/** One pemda's alert, or null when it is not off track at the as-of day (or cannot be judged). */
export function pemdaAlert(kode: string, rows: readonly AlertWeekRow[], kpi: RatioKpi, context: Context): PemdaAlert | null {
  const points = weeklyProgress(rows, kpi, context);
  const last = points.at(-1);
  if (!last || last.status !== 'tertinggal') return null;
  let first = points.length - 1;
  while (first > 0 && points[first - 1]!.status === 'tertinggal') first--;
  return { kode, since: points[first]!.minggu, value: last.value!, path: last.path!, target: context.target };
}
