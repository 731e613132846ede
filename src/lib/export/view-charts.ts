import type { RatioKpi } from '../metrics/kpi-registry';
import { ratio } from '../metrics/ratio';
import { regionTarget, type Target } from '../metrics/targets';
import type { Filters } from '../query/filters';
import type { RegionLevel, RegionRow } from '../query/region-query';
import { id } from '../i18n/id';
import { exportId } from '../i18n/export-id';
import type { SnapshotChart, SnapshotTable } from './snapshot';
import { shortRegionName } from '../format/region-name';

/** How many regions a chart shows (all of them are in the table). */
const CHART_REGIONS = 15;

export interface RegionContext {
  metric: RatioKpi;
  level: RegionLevel;
  labelOf: (key: string) => string;
  sql: string;
  targets: readonly Target[];
  filters: Filters;
  year: number;
}

/** One week of the weekly trend (src/lib/query/trend-query.ts). */
export interface TrendRow {
  minggu: string;
  umkk_anggaran: number | null;
  pdn_komitmen: number | null;
}

/** A region's row as a headline row (a ratio never reads the vendor count). */
const full = (row: RegionRow) => ({ ...row, penyedia: 0n });
const valueOf = (metric: RatioKpi, row: RegionRow) => ratio(metric.numerator(full(row)), metric.denominator(full(row))).value;

/** A region's own target for the figure in the fiscal year (its pemda's, its province's or the national one). */
function ownTarget(context: RegionContext, key: string): number | null {
  const name = context.metric.target;
  return name ? (regionTarget(context.targets, name, context.filters, context.level, key, context.year)?.nilai ?? null) : null;
}

/** Regions ordered by the figure, highest first; not computable last, then by name. */
function ranked(rows: readonly RegionRow[], context: RegionContext): RegionRow[] {
  return [...rows].sort((a, b) => (valueOf(context.metric, b) ?? -1) - (valueOf(context.metric, a) ?? -1) || context.labelOf(a.key).localeCompare(context.labelOf(b.key)));
}

/** The chosen figure of the top regions as a bar chart, each region with its own target. */
export function regionChart(rows: readonly RegionRow[], context: RegionContext): SnapshotChart {
  const top = ranked(rows, context).slice(0, CHART_REGIONS);
  const label = id.kpi[context.metric.name as keyof typeof id.kpi];
  return {
    name: `per-${context.level}`,
    title: exportId.charts.byRegion(label, id.dimension[context.level], top.length, rows.length),
    kind: 'bar',
    unit: 'fraction',
    categories: top.map((row) => shortRegionName(context.labelOf(row.key))),
    series: [{ name: label, values: top.map((row) => valueOf(context.metric, row)) }],
    targets: top.map((row) => ownTarget(context, row.key)),
    svg: null,
    png: null,
    sql: context.sql
  };
}

/** Every region with the chosen figure's numerator, denominator, value and own target. */
export function regionTable(rows: readonly RegionRow[], context: RegionContext): SnapshotTable {
  const c = exportId.columns;
  const metric = context.metric;
  return {
    name: `per-${context.level}`,
    title: exportId.charts.regionTable(id.kpi[metric.name as keyof typeof id.kpi], id.dimension[context.level]),
    columns: [
      { key: 'kode', label: c.code, kind: 'text' },
      { key: 'nama', label: c.name, kind: 'text' },
      { key: 'pembilang', label: c.numerator, kind: 'rupiah' },
      { key: 'penyebut', label: c.denominator, kind: 'rupiah' },
      { key: 'nilai', label: c.value, kind: 'fraction' },
      { key: 'target', label: c.target, kind: 'fraction' }
    ],
    rows: ranked(rows, context).map((row) => [
      row.key,
      context.labelOf(row.key),
      (metric.numerator(full(row)) ?? (metric.denominator(full(row)) === null ? null : 0n))?.toString() ?? null,
      metric.denominator(full(row))?.toString() ?? null,
      valueOf(metric, row),
      ownTarget(context, row.key)
    ]),
    totalRows: rows.length,
    sql: context.sql
  };
}

/** The fiscal year's cumulative UMKK and PDN shares week by week, with the UMKK target. */
export function trendChart(rows: readonly TrendRow[], target: number | null, sql: string): SnapshotChart {
  return {
    name: 'tren-mingguan',
    title: exportId.charts.trend,
    kind: 'line',
    unit: 'fraction',
    categories: rows.map((row) => row.minggu),
    series: [
      { name: id.kpi.umkk_anggaran, values: rows.map((row) => row.umkk_anggaran) },
      { name: id.kpi.pdn_komitmen, values: rows.map((row) => row.pdn_komitmen) }
    ],
    targets: rows.map(() => target),
    svg: null,
    png: null,
    sql
  };
}
