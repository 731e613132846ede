import type { Filters } from '../query/filters';
import { effectiveAsOf, fiscalYear } from '../monitoring/comparison';
import { useWorkbench } from './workbench.svelte';

/**
 * The as-of day and the fiscal year the monitoring views of a slice are about (README
 * "Weekly monitoring"): the URL's day, else the latest transaction date; the latest chosen
 * year, else that day's. Without any data, 31 December of the latest year stands in.
 */
export function useMonitoringPeriod(filters: () => Filters) {
  const workbench = useWorkbench();
  const asof = $derived(effectiveAsOf(filters(), workbench.latestDate) ?? `${workbench.latestYear}-12-31`);
  const year = $derived(fiscalYear(filters(), asof));
  return {
    get asof() {
      return asof;
    },
    get year() {
      return year;
    }
  };
}
