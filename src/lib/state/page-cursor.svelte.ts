import type { FilterSelection } from './filter-selection.svelte';
import type { TABLE_PAGES } from './page-options';

/**
 * The page a paged table shows, kept in the URL (`halaman=3`, 1-based) so a copied link or
 * a saved view opens the same page. New filters reset it (FilterSelection drops the table
 * pages when the filters change); a page past the end of the rows shows the last page
 * (`within`).
 */
export class PageCursor {
  readonly #selection: FilterSelection;
  readonly #option: (typeof TABLE_PAGES)[number];

  constructor(selection: FilterSelection, option: (typeof TABLE_PAGES)[number]) {
    this.#selection = selection;
    this.#option = option;
  }

  /** 0-based. */
  get page(): number {
    const value = Number(this.#selection.option(this.#option));
    return Number.isSafeInteger(value) && value > 1 ? value - 1 : 0;
  }

  /** The page to show for `total` rows (null while the count is not known yet). */
  within(total: number | null, pageSize: number): number {
    return total === null ? this.page : Math.min(this.page, Math.max(0, Math.ceil(total / pageSize) - 1));
  }

  goTo(page: number): void {
    this.#selection.setOption(this.#option, page > 0 ? String(page + 1) : null);
  }
}
