import type { AccruingMeasure, KpiRow, RatioKpi } from '../metrics/kpi-registry';
import type { MonitoringRow } from '../query/monitoring-query';
import { neededFor, progressOf, statusOf, type Progress, type ProgressStatus, type YearParts } from './progress';

/** What a headline card shows against its target: the full progress, or for a plan figure its gap and status. */
export type KpiProgress =
  | { kind: 'accruing'; progress: Progress; yearOnly: boolean }
  | { kind: 'plan'; needed: bigint; gap: bigint; status: ProgressStatus };

export interface ProgressContext {
  target: number;
  fiscalYear: number;
  asof: string;
  threshold: number;
  /**
   * False when the slice spans other years than the fiscal year (no year or several chosen):
   * a target is reached by 31 December of one year, so gap, pace and projection are then of
   * the fiscal year's part of the figure alone.
   */
  singleYear: boolean;
}

function partsOf(parts: MonitoringRow, measure: AccruingMeasure): YearParts {
  return { now: parts[`${measure}__ini`] ?? 0n, lastToDate: parts[`${measure}__lalu`] ?? 0n, lastFull: parts[`${measure}__lalu_penuh`] ?? 0n };
}

const positive = (v: bigint | null | undefined) => (v === null || v === undefined || v <= 0n ? null : v);

/** The progress of one ratio card; null when the figure (or its fiscal year's part) is not computable. */
export function kpiProgress(kpi: RatioKpi, row: KpiRow, parts: MonitoringRow, context: ProgressContext): KpiProgress | null {
  if (!kpi.accrual) {
    // A plan does not build up over the year: its path is the target itself.
    const numerator = kpi.numerator(row) ?? 0n;
    const denominator = kpi.denominator(row);
    if (denominator === null) return null;
    const needed = neededFor(context.target, denominator);
    const gap = needed > numerator ? needed - numerator : 0n;
    return { kind: 'plan', needed, gap, status: statusOf(Number(numerator) / Number(denominator), gap === 0n, context.target, context.threshold) };
  }
  const { numerator: m, denominator: basis } = kpi.accrual;
  const budget = basis === 'belanja_pengadaan' || basis === 'komitmen_pdn';
  // A sum over no rows is NULL in SQL: nothing realised yet is 0 rupiah, as on the card.
  const numerator = context.singleYear ? (kpi.numerator(row) ?? 0n) : (parts[`${m}__ini`] ?? 0n);
  const denominator = context.singleYear ? kpi.denominator(row) : positive(budget ? parts[basis] : parts.nilai__ini);
  if (denominator === null) return null;
  const denominatorParts = budget ? { budget: parts[basis] ?? 0n } : partsOf(parts, basis);
  return {
    kind: 'accruing',
    yearOnly: !context.singleYear,
    progress: progressOf({ ...context, numerator, denominator, numeratorParts: partsOf(parts, m), denominatorParts })
  };
}
