import { KPIS, type KpiRow } from '../metrics/kpi-registry';
import type { MonitoringRow } from '../query/monitoring-query';
import { ratio } from '../metrics/ratio';
import type { Target } from '../metrics/targets';
import { kpiProgress, type ProgressContext } from '../monitoring/kpi-progress';
import { deltaText, kpiChange, previousText } from '../monitoring/kpi-change';
import { formatCount, formatPercent, formatRupiah } from '../format/number';
import { id } from '../i18n/id';
import { monitoringId } from '../i18n/monitoring-id';
import type { SnapshotFigure } from './snapshot';

export interface FigureInputs {
  row: KpiRow;
  previousRow: KpiRow | null;
  parts: MonitoringRow | null;
  /** The target of each ratio figure (by KPI name), as the cards resolve it. */
  targetOf: (kpiName: string) => Target | undefined;
  context: Omit<ProgressContext, 'target'>;
  /** The SQL of the figures, of the monitoring parts (gap, status) and of the comparison. */
  sql: { figures: string; parts: string; comparison: string | null };
}

const text = (value: bigint | null | undefined) => (value === null || value === undefined ? null : value.toString());

/**
 * The headline figures of a slice as the cards show them (same registry, same target
 * resolution, same progress and change rules), for exports: each with its exact numerator
 * and denominator, target, gap, status and change, and the SQL that reproduces it.
 */
export function snapshotFigures(inputs: FigureInputs): SnapshotFigure[] {
  const { row, previousRow, parts, context } = inputs;
  const sqlOf = [inputs.sql.figures, ...(parts ? [inputs.sql.parts] : []), ...(previousRow && inputs.sql.comparison ? [inputs.sql.comparison] : [])].join(';\n\n');
  return KPIS.map((kpi): SnapshotFigure => {
    const change = previousRow ? kpiChange(kpi, row, previousRow) : null;
    const changes = { previous: change ? previousText(change) : null, change: change ? deltaText(change) : null };
    const label = id.kpi[kpi.name as keyof typeof id.kpi] ?? kpi.name;
    if (kpi.kind !== 'ratio') {
      const value = kpi.value(row);
      const display = kpi.kind === 'rupiah' ? formatRupiah(value) : formatCount(value);
      return { key: kpi.name, label, display, value: value.toString(), numerator: null, denominator: null, ratio: null, target: null, gap: null, status: null, ...changes, sql: sqlOf };
    }
    const numerator = kpi.numerator(row);
    const denominator = kpi.denominator(row);
    const share = ratio(numerator, denominator).value;
    const target = kpi.target ? inputs.targetOf(kpi.name) : undefined;
    const progress = target && parts ? kpiProgress(kpi, row, parts, { ...context, target: target.nilai }) : null;
    const gap = progress ? (progress.kind === 'plan' ? progress.gap : progress.progress.gap) : null;
    const status = progress ? (progress.kind === 'plan' ? progress.status : progress.progress.status) : null;
    return {
      key: kpi.name,
      label,
      display: share === null ? id.notComputable : formatPercent(share),
      value: null,
      // A sum over no rows is NULL in SQL: with a denominator, nothing realised is 0 rupiah, as on the card.
      numerator: text(numerator ?? (denominator === null ? null : 0n)),
      denominator: text(denominator),
      ratio: share,
      target: target?.nilai ?? null,
      gap: text(gap),
      status: status ? monitoringId.status[status] : null,
      ...changes,
      sql: sqlOf
    };
  });
}
