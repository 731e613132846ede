import { KPIS, type RatioKpi } from '../metrics/kpi-registry';

/** The figures a ranking, map or alert list can be about: every ratio of the headline row. */
export const RATIO_KPIS: readonly RatioKpi[] = KPIS.filter((kpi): kpi is RatioKpi => kpi.kind === 'ratio');

/** The UMKK share of the procurement budget (Perpres 12/2021) unless the URL names another. */
export const DEFAULT_METRIC = 'umkk_anggaran';

export function metricOf(name: string | undefined): RatioKpi {
  return RATIO_KPIS.find((kpi) => kpi.name === name) ?? RATIO_KPIS.find((kpi) => kpi.name === DEFAULT_METRIC)!;
}
