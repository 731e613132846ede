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
  // Only the pemda list depends on a filter: narrowed to the provinces chosen when its answer
  // was asked (an answer can arrive after the choice changed, for a card off screen), kept
  // by the question's SQL, which those provinces determine.
  const askedProvinces = new Map<string, readonly string[]>();
  const view = workbench.view(`${role}:${dimension}`, () => {
    const question = breakdownQuestion(dimension, selection.filters);
    if (dimension === 'pemda') remember(askedProvinces, question.sql, selection.filters.provinsi);
    return question;
  });
  const rows = $derived(
    view.table ? withOptions(rowsOf<BreakdownFigures>(view.table), workbench.options, dimension, askedProvinces.get(view.resultSql) ?? []) : []
  );
  return { view, rows: () => rows };
}

/** Keeps the provinces of the latest questions only: older answers are not drawn again. */
function remember(asked: Map<string, readonly string[]>, sql: string, provinces: readonly string[]): void {
  asked.delete(sql);
  asked.set(sql, [...provinces]);
  if (asked.size > 32) asked.delete(asked.keys().next().value!);
}
