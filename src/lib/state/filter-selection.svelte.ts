import { getContext, setContext } from 'svelte';
import { goto } from '$app/navigation';
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
 */
export class FilterSelection {
  readonly filters: Filters = $derived(filtersFromSearch(page.url.searchParams));
  /** The canonical query string of the current filters (empty when none). */
  readonly search: string = $derived(filtersToSearch(this.filters));

  toggle(dimension: Dimension, value: string): Promise<void> {
    return this.#apply(toggleValue(this.filters, dimension, value));
  }

  set(dimension: Dimension, values: readonly string[]): Promise<void> {
    return this.#apply(withValues(this.filters, dimension, values));
  }

  clear(): Promise<void> {
    return this.#apply(NO_FILTERS);
  }

  #apply(next: Filters): Promise<void> {
    const search = filtersToSearch(next);
    const url = search ? `?${search}` : page.url.pathname;
    return goto(url, { keepFocus: true, noScroll: true });
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
