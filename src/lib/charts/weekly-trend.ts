import * as Plot from '@observablehq/plot';
import type { Target } from '../metrics/targets';
import { formatPercent, formatRupiah } from '../format/number';
import { formatDay } from '../format/date';
import { addDays } from '../monitoring/calendar';
import { locale } from '../i18n/language';
import { chartText } from '../i18n/chart-id';
import { chartTableId } from '../i18n/chart-table-id';
import { keepsGroupRole } from './plot-svg';
import { SCREEN_TYPE_PX, forType } from './chart-type';

/** A row of trendQuery. */
export interface TrendRow {
  minggu: string;
  kum_nilai: bigint;
  kum_umk: bigint;
  kum_pdn: bigint;
  belanja_pengadaan: bigint | null;
  komitmen_pdn: bigint | null;
  umkk_anggaran: number | null;
  pdn_komitmen: number | null;
}

export interface TrendOptions {
  width: number;
  year: number;
  umkkTarget: Target | undefined;
  pdnTarget: Target | undefined;
  /** The comparison period's rows, drawn thin and faded; a year earlier is moved on to this year's calendar. */
  comparison?: { rows: readonly TrendRow[]; shiftYears: number; label: string };
  /** Size of the chart's text in px (larger in presentation mode); the layout follows it. */
  typePx?: number;
}

interface TrendPoint {
  week: Date;
  series: string;
  share: number;
}

/** One week as its tip reads: both shares with what each divides, placed at the higher one. */
interface WeekTip {
  week: Date;
  share: number;
  title: string;
}

const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });

/** A share as the chart's data table writes it, "not computable" included. */
const shareText = (share: number | null) => (share === null ? chartTableId.notComputable : formatPercent(share));

const UMKK = chartText.umkkOfBudget;
const PDN = chartText.pdnOfCommitment;

/** The lines' colours; their legend is drawn once beside the chart (ChartPanel). */
export const TREND_COLOR: Plot.ScaleOptions = { domain: [UMKK, PDN], range: ['#15803d', '#1d4ed8'] };

/** Cumulative weekly shares of one year, each against its own target rule. */
export function weeklyTrend(rows: readonly TrendRow[], options: TrendOptions): Plot.PlotOptions {
  const points: TrendPoint[] = [];
  for (const row of rows) {
    const week = new Date(row.minggu); // ISO date: parsed as UTC midnight, drawn on a UTC scale
    if (row.umkk_anggaran !== null) points.push({ week, series: UMKK, share: row.umkk_anggaran });
    if (row.pdn_komitmen !== null) points.push({ week, series: PDN, share: row.pdn_komitmen });
  }
  const compared = options.comparison ? comparisonWeeks(options.comparison) : [];
  const previous = comparisonPoints(compared);
  const weeks = weekTips(rows, compared, options.comparison?.label ?? '');
  const weeksOf = new Map<string, number>();
  for (const point of points) weeksOf.set(point.series, (weeksOf.get(point.series) ?? 0) + 1);
  const rules = [
    options.umkkTarget ? { series: UMKK, value: options.umkkTarget.nilai } : null,
    options.pdnTarget ? { series: PDN, value: options.pdnTarget.nilai } : null
  ].filter((rule) => rule !== null);
  const px = options.typePx ?? SCREEN_TYPE_PX;
  return {
    width: options.width,
    height: forType(260, px),
    style: { fontSize: `${px}px` },
    // Room for "100%" (Plot's default 40 px cuts its first digit at 12 px).
    marginLeft: forType(50, px),
    marginRight: forType(20, px),
    marginTop: forType(20, px),
    marginBottom: forType(30, px),
    x: { type: 'utc', label: chartText.weekAxis(options.year), tickFormat: (d: Date) => monthFormat.format(d) },
    y: { label: chartText.cumulativeAxis, tickFormat: (v: number) => formatPercent(v, 0), grid: true, domain: [0, Math.max(1, ...points.map((p) => p.share), ...previous.map((p) => p.share))] },
    color: TREND_COLOR,
    marks: [
      Plot.ruleY(rules, { y: 'value', stroke: 'series', strokeDasharray: '5 3', strokeWidth: 1.5 }),
      Plot.lineY(previous, { x: 'week', y: 'share', z: 'series', stroke: 'series', strokeWidth: 1.5, strokeOpacity: 0.45, strokeDasharray: '2 2' }),
      Plot.lineY(points, { x: 'week', y: 'share', stroke: 'series', strokeWidth: 2 }),
      // A line of one week is a dot.
      Plot.dot(points.filter((point) => weeksOf.get(point.series) === 1), { x: 'week', y: 'share', fill: 'series', r: 3 }),
      Plot.ruleY([0]),
      // The week under the pointer, drawn only while pointed at (Plot's pointer transform): a dot
      // and a title per week and line were 212 of the chart's 259 elements, laid out again in
      // every cross-filter round. The chart's data table lists every week.
      Plot.ruleX(weeks, Plot.pointerX(keepsGroupRole({ x: 'week', stroke: 'currentColor', strokeOpacity: 0.3 }))),
      Plot.tip(weeks, Plot.pointerX(keepsGroupRole({ x: 'week', y: 'share', title: 'title' })))
    ]
  };
}

/** The tips of the weeks with at least one share, with the comparison's shares (`compared`, labelled `label`) when there is one. */
function weekTips(rows: readonly TrendRow[], compared: readonly ComparedWeek[], label: string): WeekTip[] {
  // The comparison as it stood at each week: its week that starts nearest to it, at most
  // three days later (a Monday a year earlier, moved on a year, falls a day or two after this
  // year's Monday), else its last week before.
  const byWeek = [...compared].sort((a, b) => a.week.getTime() - b.week.getTime());
  let next = 0;
  const tips: WeekTip[] = [];
  for (const row of rows) {
    const shares = [row.umkk_anggaran, row.pdn_komitmen].filter((share) => share !== null);
    if (shares.length === 0) continue;
    const week = new Date(row.minggu);
    const latest = new Date(addDays(row.minggu, 3)).getTime();
    while (next < byWeek.length && byWeek[next]!.week.getTime() <= latest) next++;
    const then = next > 0 ? byWeek[next - 1]!.row : undefined;
    const lines = [
      chartText.weekTip(formatDay(row.minggu)),
      row.umkk_anggaran === null ? null : chartText.umkkWeekTip(formatRupiah(row.kum_umk), formatRupiah(row.belanja_pengadaan), formatPercent(row.umkk_anggaran)),
      row.pdn_komitmen === null ? null : chartText.pdnWeekTip(formatRupiah(row.kum_pdn), formatRupiah(row.komitmen_pdn), formatPercent(row.pdn_komitmen)),
      then ? chartText.comparisonWeekTip(label, formatDay(then.minggu), shareText(then.umkk_anggaran), shareText(then.pdn_komitmen)) : null
    ];
    tips.push({ week, share: Math.max(...shares), title: lines.filter((line) => line !== null).join('\n') });
  }
  return tips;
}

/** A comparison row at its week on this year's calendar. */
interface ComparedWeek {
  week: Date;
  row: TrendRow;
}

/** The comparison's rows, each at its week on this year's calendar (a year earlier moved on by `shiftYears`). */
function comparisonWeeks({ rows, shiftYears }: NonNullable<TrendOptions['comparison']>): ComparedWeek[] {
  return rows.map((row) => {
    const week = new Date(row.minggu);
    week.setUTCFullYear(week.getUTCFullYear() + shiftYears);
    return { week, row };
  });
}

/** The comparison's shares on this year's calendar. */
function comparisonPoints(compared: readonly ComparedWeek[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const { week, row } of compared) {
    if (row.umkk_anggaran !== null) points.push({ week, series: UMKK, share: row.umkk_anggaran });
    if (row.pdn_komitmen !== null) points.push({ week, series: PDN, share: row.pdn_komitmen });
  }
  return points;
}
