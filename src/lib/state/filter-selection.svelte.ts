import { getContext, setContext } from 'svelte';
import { pushState } from '$app/navigation';
import { page } from '$app/state';
import {
  NO_FILTERS,
  filtersFromSearch,
  filtersToSearch,
  toggleValue,
  withValues,
  type Dimension,
  type Filters
} from '../query/filters';

/**
 * The filter selection lives in the URL (only what the user chose), so a copied link, a
 * reload or the back button restore the same view. This class reads and writes it.
 *
 * A filter change is a shallow history entry (SvelteKit's pushState): the address bar and
 * the back button work as usual, but no route navigation runs, which would cost a forced
 * layout of the whole dashboard on every click. The entry's state carries the query string;
 * the first entry of a visit has none and is read from the URL itself.
 */
export class FilterSelection {
  readonly filters: Filters = $derived(
    filtersFromSearch(new URLSearchParams(page.state.filterSearch ?? page.url.search))
  );
  /** The canonical query string of the current filters (empty when none). */
  readonly search: string = $derived(filtersToSearch(this.filters));

  toggle(dimension: Dimension, value: string): void {
    return this.#apply(toggleValue(this.filters, dimension, value));
  }

  set(dimension: Dimension, values: readonly string[]): void {
    return this.#apply(withValues(this.filters, dimension, values));
  }

  clear(): void {
    return this.#apply(NO_FILTERS);
  }

  #apply(next: Filters): void {
    const search = filtersToSearch(next);
    if (search === this.search) return;
    pushState(search ? `?${search}` : page.url.pathname, { filterSearch: search });
  }
}

const KEY = Symbol('filter-selection');

export function provideFilterSelection(selection: FilterSelection): FilterSelection {
  return setContext(KEY, selection);
}

export function useFilterSelection(): FilterSelection {
  const selection = getContext<FilterSelection | undefined>(KEY);
  if (!selection) throw new Error('useFilterSelection() dipanggil di luar halaman yang menyediakannya.');
  return selection;
}
