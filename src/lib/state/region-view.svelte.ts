import type { Filters } from '../query/filters';
import { regionQuestion, type RegionLevel, type RegionRow } from '../query/region-query';
import { comparisonFilters } from '../monitoring/comparison';
import { rowsOf } from '../engine/rows';
import { useWorkbench } from './workbench.svelte';
import type { ViewQuery } from './view-query.svelte';

/**
 * The figures of every pemda or province under the slice, and the same at the comparison
 * date (without a comparison the second view asks the first one's question, answered once).
 * Call during component initialisation; the caller marks both views drawn.
 */
export function useRegionFigures(key: string, level: () => RegionLevel, filters: () => Filters) {
  const workbench = useWorkbench();
  const comparison = $derived(comparisonFilters(filters(), workbench.latestDate));
  const current = workbench.view(`${key}:wilayah`, () => regionQuestion(level(), filters()));
  const previous = workbench.view(`${key}:wilayah-banding`, () => regionQuestion(level(), comparison ?? filters()));
  const rows = $derived(current.table ? rowsOf<RegionRow>(current.table) : null);
  const previousRows = $derived(comparison && previous.table ? rowsOf<RegionRow>(previous.table) : null);
  return {
    views: [current, previous] as ViewQuery[],
    get rows() {
      return rows;
    },
    get previousRows() {
      return previousRows;
    },
    get comparing() {
      return comparison !== null;
    }
  };
}
