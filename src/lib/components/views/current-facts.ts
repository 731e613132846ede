import type { Workbench } from '../../state/workbench.svelte';
import type { FilterSelection } from '../../state/filter-selection.svelte';
import type { Masking } from '../../state/masking.svelte';
import { viewFacts } from '../../export/view-facts';
import { appPath } from '../../views/view-path';
import type { SnapshotFact } from '../../export/snapshot';

/** What names the view on screen (page, filters, as-of day, options, masking), for its exports and its default name. */
export function currentViewFacts(pathname: string, base: string, selection: FilterSelection, asof: string, workbench: Workbench, masking: Masking): SnapshotFact[] {
  return viewFacts(appPath(pathname, base), selection.filters, new URLSearchParams(selection.fullSearch), asof, workbench.options, masking.on);
}
