import type { AlertWeekRow } from '../query/alert-query';
import type { RatioKpi } from '../metrics/kpi-registry';
import type { Target } from '../metrics/targets';
import { pemdaAlert, type PemdaAlert } from './alerts';

export interface AlertListContext {
  fiscalYear: number;
  asof: string;
  threshold: number;
  /** The target of one pemda (regionTarget), or undefined when none applies. */
  targetOf: (kode: string) => Target | undefined;
}

/**
 * The pemda off track for a figure, from the weekly rows of alertWeeksQuery: each pemda with
 * a target judged week by week (src/lib/monitoring/alerts.ts), furthest below its path first.
 * The alerts page and the exports of a saved alerts view read the same list.
 */
export function alertList(rows: readonly AlertWeekRow[], kpi: RatioKpi, context: AlertListContext): PemdaAlert[] {
  const byPemda = new Map<string, AlertWeekRow[]>();
  for (const row of rows) {
    const weeks = byPemda.get(row.key) ?? [];
    weeks.push(row);
    byPemda.set(row.key, weeks);
  }
  const found: PemdaAlert[] = [];
  for (const [kode, weeks] of byPemda) {
    const target = context.targetOf(kode);
    if (!target) continue;
    const alert = pemdaAlert(kode, weeks, kpi, { target: target.nilai, fiscalYear: context.fiscalYear, asof: context.asof, threshold: context.threshold });
    if (alert) found.push(alert);
  }
  return found.sort((a, b) => a.value - a.path - (b.value - b.path) || a.kode.localeCompare(b.kode));
}
