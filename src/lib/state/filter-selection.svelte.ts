import { getContext, setContext } from 'svelte';
import { pushState } from '$app/navigation';
import { page } from '$app/state';
import {
  NO_FILTERS,
  filtersFromSearch,
  filtersToSearch,
  toggleValue,
  withPeriod,
  withValues,
  type Dimension,
  type Filters
} from '../query/filters';
import { PAGE_OPTIONS, TABLE_PAGES, type PageOption } from './page-options';

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
  readonly #params: URLSearchParams = $derived(new URLSearchParams(page.state.filterSearch ?? page.url.search));
  /** The filters the URL's query holds. */
  readonly urlFilters: Filters = $derived(filtersFromSearch(this.#params));
  /**
   * The filters the figures follow: the URL's, or on a pemda's page (`/pemda/<kode>`) the
   * URL's with that pemda in place of any region chosen.
   */
  readonly filters: Filters = $derived.by(() => {
    const pemda = this.#pemda?.();
    return pemda ? { ...this.urlFilters, pemda: [pemda], provinsi: [] } : this.urlFilters;
  });
  /** The pemda a page is scoped to (`/pemda/<kode>`), or null. */
  get scope(): string | null {
    return this.#pemda?.() ?? null;
  }
  /** The canonical query string of the URL's filters (empty when none). */
  readonly search: string = $derived(filtersToSearch(this.urlFilters));
  readonly #pemda: (() => string | null) | undefined;

  /** `pemda`: the pemda of the page (a route parameter), for a selection scoped to it. */
  constructor(pemda?: () => string | null) {
    this.#pemda = pemda;
  }
  /** A page's own choices (metric, level, peers, sort…): in the URL, but not filters of the data. */
  readonly options: ReadonlyMap<string, string> = $derived(
    new Map(PAGE_OPTIONS.flatMap((name) => (this.#params.get(name) ? [[name, this.#params.get(name)!] as const] : [])))
  );

  option(name: PageOption): string | undefined {
    return this.options.get(name);
  }

  setOption(name: PageOption, value: string | null): void {
    this.setOptions({ [name]: value });
  }

  /** Change several page options in one history entry (null or '' removes one). */
  setOptions(changes: Partial<Record<PageOption, string | null>>): void {
    const options = new Map(this.options);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === '') options.delete(name);
      else options.set(name, value);
    }
    this.#go(this.urlFilters, options);
  }

  setPeriod(asof: string | null, banding: string | null): void {
    return this.#apply(withPeriod(this.urlFilters, asof, banding));
  }

  toggle(dimension: Dimension, value: string): void {
    return this.#apply(toggleValue(this.urlFilters, dimension, value));
  }

  set(dimension: Dimension, values: readonly string[]): void {
    return this.#apply(withValues(this.urlFilters, dimension, values));
  }

  clear(): void {
    return this.#apply(NO_FILTERS);
  }

  #apply(next: Filters): void {
    if (filtersToSearch(next) === this.search) return;
    // A table page belongs to one slice: new filters start every table on its first page.
    const options = new Map([...this.options].filter(([name]) => !(TABLE_PAGES as readonly string[]).includes(name)));
    this.#go(next, options);
  }

  /** The query string of the whole state: filters and page options (what a saved view keeps). */
  readonly fullSearch: string = $derived.by(() => {
    const params = new URLSearchParams(this.search);
    for (const name of PAGE_OPTIONS) if (this.options.has(name)) params.set(name, this.options.get(name)!);
    return params.toString().replaceAll('%2C', ',');
  });

  #go(filters: Filters, options: ReadonlyMap<string, string>): void {
    const params = new URLSearchParams(filtersToSearch(filters));
    for (const name of PAGE_OPTIONS) if (options.has(name)) params.set(name, options.get(name)!);
    const search = params.toString().replaceAll('%2C', ',');
    if (search === this.fullSearch) return;
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
