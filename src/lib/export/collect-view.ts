import { filtersFromSearch, type Filters } from '../query/filters';
import { kpiQuestion } from '../query/kpi-query';
import { monitoringQuestion, type MonitoringRow } from '../query/monitoring-query';
import { regionQuestion, type RegionLevel, type RegionRow } from '../query/region-query';
import { trendQuestion } from '../query/trend-query';
import type { Question } from '../engine/question';
import type { KpiRow } from '../metrics/kpi-registry';
import { resolveTarget, type Target } from '../metrics/targets';
import { comparisonFilters, effectiveAsOf, fiscalYear } from '../monitoring/comparison';
import { metricOf } from '../monitoring/metric-choice';
import type { OptionRow } from '../query/options-query';
import { snapshotFigures } from './figures';
import { regionChart, regionTable, trendChart, type TrendRow } from './view-charts';
import { comparisonWords, viewFacts } from './view-facts';
import type { SnapshotFigure, SnapshotTable, ViewSnapshot } from './snapshot';
import type { RatioKpi } from '../metrics/kpi-registry';
import { regionTarget } from '../metrics/targets';
import { rekonsiliasiSummaryQuery } from '../query/rekonsiliasi-query';
import { alertWeeksQuery, type AlertWeekRow } from '../query/alert-query';
import { alertList } from '../monitoring/alert-list';
import { alertsSnapshotTable, reconciliationSnapshotTable, type SummaryRow } from './page-tables';
import { exportId } from '../i18n/export-id';

/** A view to collect: a saved view, or the page on screen. */
export interface ViewRef {
  id: string;
  title: string;
  note: string;
  path: string;
  search: string;
}

/** What collecting needs from the app: the engine, the loaded labels and targets, the switch. */
export interface CollectEnv {
  /** Rows of a question's answer (the app asks its coordinator; tests may ask any engine). */
  ask: (name: string, question: Question) => Promise<readonly Record<string, unknown>[]>;
  options: readonly OptionRow[];
  targets: readonly Target[];
  latestDate: string | null;
  latestYear: number;
  masking: boolean;
  threshold: number;
}

/**
 * The figures in the order a slide reads them: the view's chosen figure, those measured
 * against a target, then the rest (a slide shows the first few; every file has them all).
 */
function leading(figures: SnapshotFigure[], chosen: string): SnapshotFigure[] {
  const rank = (f: SnapshotFigure) => (f.key === chosen ? 0 : f.target !== null ? 1 : 2);
  return [...figures].sort((a, b) => rank(a) - rank(b));
}

/** An answer's rows as the row type its query names (the engine's rows carry exactly those columns). */
const typed = <T>(rows: readonly Record<string, unknown>[]) => rows as unknown as readonly T[];

/** The filters a view's figures follow: a pemda page puts its pemda in place of any region. */
export function viewFilters(path: string, params: URLSearchParams): Filters {
  const filters = filtersFromSearch(params);
  const pemda = /^\/pemda\/(\d{2}(?:\.\d{2})?)$/.exec(path)?.[1];
  return pemda ? { ...filters, pemda: [pemda], provinsi: [] } : filters;
}

/**
 * The regions a view compares, as its page does: the leaderboard's and alerts' `tingkat`
 * (pemda by default), the map's provinces, a pemda page's pemda, and on the overview pemda
 * once provinces are chosen.
 */
function levelOf(path: string, filters: Filters, params: URLSearchParams): RegionLevel {
  const chosen = params.get('tingkat');
  if (path === '/peringkat' || path === '/peringatan') return chosen === 'provinsi' ? 'provinsi' : 'pemda';
  if (path === '/peta') return 'provinsi';
  return path.startsWith('/pemda/') || filters.provinsi.length > 0 ? 'pemda' : 'provinsi';
}

/**
 * One view frozen into data, by asking the engine the same questions its page asks: the
 * headline figures (with targets, gaps, changes), the chosen figure by region, the weekly
 * path. The charts' pictures are drawn later (src/lib/export/view-pictures.ts).
 */
export async function collectView(view: ViewRef, env: CollectEnv): Promise<ViewSnapshot> {
  const params = new URLSearchParams(view.search);
  const filters = viewFilters(view.path, params);
  const asof = effectiveAsOf(filters, env.latestDate) ?? `${env.latestYear}-12-31`;
  const year = fiscalYear(filters, asof);
  const comparison = comparisonFilters(filters, env.latestDate);
  const kpi = kpiQuestion(filters);
  const parts = monitoringQuestion(filters, year, asof);
  const previous = comparison ? kpiQuestion(comparison) : null;
  const level = levelOf(view.path, filters, params);
  // A pemda's page compares the pemda with the other pemda of its province.
  const pemda = /^\/pemda\/(\d{2})/.exec(view.path)?.[1];
  const regions = regionQuestion(level, pemda && level === 'pemda' ? { ...filters, provinsi: [pemda] } : filters);
  const trend = trendQuestion(filters, year);
  const [kpiTable, partsTable, previousTable, regionsTable, trendTable] = await Promise.all([
    env.ask('kpi', kpi),
    env.ask('pantau', parts),
    previous ? env.ask('banding', previous) : Promise.resolve(null),
    env.ask('wilayah', regions),
    env.ask('tren', trend)
  ]);
  const row = typed<KpiRow>(kpiTable)[0];
  if (!row) throw new Error(exportId.errors.noFigures(view.title));
  const targetOf = (name: string) => {
    const metric = metricOf(name);
    return metric.target ? resolveTarget(env.targets, metric.target, filters, year) : undefined;
  };
  const metric = metricOf(params.get('metrik') ?? undefined);
  const figures = snapshotFigures({
    row,
    previousRow: previousTable ? (typed<KpiRow>(previousTable)[0] ?? null) : null,
    parts: typed<MonitoringRow>(partsTable)[0] ?? null,
    targetOf,
    context: { fiscalYear: year, asof, threshold: env.threshold, singleYear: filters.tahun.length === 1 },
    sql: { figures: kpi.sql, parts: parts.sql, comparison: previous?.sql ?? null }
  });
  const regionRows = typed<RegionRow>(regionsTable);
  const pageTables = await pageTablesOf(view.path, filters, { metric, year, asof }, env);
  const labelOf = (key: string) => env.options.find((o) => o.dimension === level && o.key === key)?.label ?? key;
  const regionContext = { metric, level, labelOf, sql: regions.sql, targets: env.targets, filters, year };
  return {
    id: view.id,
    title: view.title,
    note: view.note,
    url: `${view.path}${view.search ? `?${view.search}` : ''}`,
    asOf: asof,
    comparison: comparisonWords(filters.banding),
    facts: viewFacts(view.path, filters, params, asof, env.options, env.masking),
    figures: leading(figures, metric.name),
    charts: [regionChart(regionRows, regionContext), trendChart(typed<TrendRow>(trendTable), targetOf('umkk_anggaran')?.nilai ?? null, trend.sql)],
    tables: [...pageTables, regionTable(regionRows, regionContext)]
  };
}

/**
 * The page's own table, first in the snapshot (the PDF prints the first table): the
 * reconciliation's categories on /rekonsiliasi and a pemda's page, the pemda off track on
 * /peringatan, as those pages compute them.
 */
async function pageTablesOf(path: string, filters: Filters, period: { metric: RatioKpi; year: number; asof: string }, env: CollectEnv): Promise<SnapshotTable[]> {
  if (path === '/rekonsiliasi' || path.startsWith('/pemda/')) {
    const sql = rekonsiliasiSummaryQuery(filters);
    return [reconciliationSnapshotTable(typed<SummaryRow>(await env.ask('rekonsiliasi', { sql })), sql)];
  }
  if (path === '/peringatan' && period.metric.accrual) {
    const sql = alertWeeksQuery(filters, period.year, period.asof);
    const weeks = typed<AlertWeekRow>(await env.ask('peringatan', { sql }));
    const { metric, year } = period;
    const targetOf = (kode: string) => (metric.target ? regionTarget(env.targets, metric.target, filters, 'pemda', kode, year) : undefined);
    const alerts = alertList(weeks, metric, { fiscalYear: year, asof: period.asof, threshold: env.threshold, targetOf });
    const nameOf = (kode: string) => env.options.find((o) => o.dimension === 'pemda' && o.key === kode)?.label ?? kode;
    return [alertsSnapshotTable(alerts, nameOf, sql)];
  }
  return [];
}
