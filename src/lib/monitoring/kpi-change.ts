import type { KpiDefinition, KpiRow } from '../metrics/kpi-registry';
import { ratio } from '../metrics/ratio';
import { formatCount, formatPercent, formatRupiahShort } from '../format/number';
import { monitoringId as t } from '../i18n/monitoring-id';
import { locale } from '../i18n/language';

/** A figure at the comparison date and the change since (a share's in fractions). */
export type KpiChange =
  | { kind: 'share'; previous: number | null; delta: number | null }
  | { kind: 'rupiah' | 'count'; previous: bigint; delta: bigint };

/** The change of one headline figure between the comparison row and the current one. */
export function kpiChange(kpi: KpiDefinition, row: KpiRow, previousRow: KpiRow): KpiChange {
  if (kpi.kind === 'ratio') {
    const before = ratio(kpi.numerator(previousRow), kpi.denominator(previousRow)).value;
    const now = ratio(kpi.numerator(row), kpi.denominator(row)).value;
    return { kind: 'share', previous: before, delta: before === null || now === null ? null : now - before };
  }
  const before = kpi.value(previousRow);
  return { kind: kpi.kind, previous: before, delta: kpi.value(row) - before };
}

const sign = (v: number | bigint) => (v > 0 ? '+' : v < 0 ? '−' : '±');
const abs = <T extends number | bigint>(v: T): T => (v < 0 ? -v : v) as T;
const points = (delta: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(Math.abs(delta) * 100);

/** The previous value as shown (`41,20 %`, `Rp 1,2 M`, `1.234`). */
export function previousText(change: KpiChange): string {
  if (change.kind === 'share') return formatPercent(change.previous);
  return change.kind === 'rupiah' ? formatRupiahShort(change.previous) : formatCount(change.previous);
}

/** The change alone (`+1,30 poin`, `+Rp 3 miliar`), or null when a share was not computable then. */
export function deltaText(change: KpiChange): string | null {
  if (change.kind === 'share') return change.delta === null ? null : `${sign(change.delta)}${t.deltaPoints(points(change.delta))}`;
  const format = change.kind === 'rupiah' ? formatRupiahShort : formatCount;
  return `${sign(change.delta)}${format(abs(change.delta))}`;
}

/** The card's line: "previous … (change)". */
export function changeLine(change: KpiChange): string {
  const delta = deltaText(change);
  return delta === null ? t.previous(previousText(change)) : `${t.previous(previousText(change))} (${delta})`;
}
