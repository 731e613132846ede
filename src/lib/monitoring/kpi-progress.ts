import type { KpiRow, RatioKpi } from '../metrics/kpi-registry';
import type { MonitoringRow } from '../query/monitoring-query';
import { neededFor, progressOf, type Progress, type YearParts } from './progress';

/** What a headline card shows against its target: the full progress, or for a plan figure only its gap. */
export type KpiProgress = { kind: 'accruing'; progress: Progress } | { kind: 'plan'; needed: bigint; gap: bigint };

function partsOf(parts: MonitoringRow, measure: 'nilai' | 'nilai_umk' | 'nilai_pdn' | 'nilai_epurchasing'): YearParts {
  return { now: parts[`${measure}__ini`] ?? 0n, lastToDate: parts[`${measure}__lalu`] ?? 0n, lastFull: parts[`${measure}__lalu_penuh`] ?? 0n };
}

/** The progress of one ratio card; null when the figure is not computable. */
export function kpiProgress(
  kpi: RatioKpi,
  row: KpiRow,
  parts: MonitoringRow,
  context: { target: number; fiscalYear: number; asof: string; threshold: number }
): KpiProgress | null {
  // A sum over no rows is NULL in SQL: nothing realised yet is 0 rupiah, as on the card.
  const numerator = kpi.numerator(row) ?? 0n;
  const denominator = kpi.denominator(row);
  if (denominator === null) return null;
  if (!kpi.accrual) {
    const needed = neededFor(context.target, denominator);
    return { kind: 'plan', needed, gap: needed > numerator ? needed - numerator : 0n };
  }
  const { denominator: basis } = kpi.accrual;
  const denominatorParts = basis === 'belanja_pengadaan' || basis === 'komitmen_pdn' ? { budget: parts[basis] ?? 0n } : partsOf(parts, basis);
  return {
    kind: 'accruing',
    progress: progressOf({ ...context, numerator, denominator, numeratorParts: partsOf(parts, kpi.accrual.numerator), denominatorParts })
  };
}
