import { untrack } from 'svelte';
import { breakdownQuestion } from '../query/breakdown-query';
import { withOptions, type BreakdownFigures } from '../query/breakdown-options';
import type { Dimension } from '../query/filters';
import { rowsOf } from '../engine/rows';
import type { BreakdownRow } from '../charts/breakdown-row';
import { useWorkbench } from './workbench.svelte';
import { useFilterSelection } from './filter-selection.svelte';
import type { ViewQuery } from './view-query.svelte';

/**
 * Wire a component to the breakdown of one dimension under the other filters: the view
 * takes part in readiness and re-asks whenever the filters or the engine change. A facet
 * and a chart of the same dimension ask the same SQL: the coordinator runs it once. The
 * options without realisation and the labels come from the workbench's reference options.
 */
export function useBreakdown(role: string, dimension: Dimension): { view: ViewQuery; rows: () => BreakdownRow[] } {
  const workbench = useWorkbench();
  const selection = useFilterSelection();
  const view = workbench.view(`${role}:${dimension}`, () => breakdownQuestion(dimension, selection.filters));
  // Only the pemda list depends on a filter (narrowed to the chosen provinces), and on those
  // its answer was asked with: read when the answer arrives, not at the click, so a click
  // neither rebuilds the rows (552 pemda) for an old answer nor shows old figures on a new list.
  const rows = $derived.by(() => {
    const table = view.table;
    if (!table) return [];
    const provinces = dimension === 'pemda' ? untrack(() => [...selection.filters.provinsi]) : [];
    return withOptions(rowsOf<BreakdownFigures>(table), workbench.options, dimension, provinces);
  });
  return { view, rows: () => rows };
}
