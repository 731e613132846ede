/**
 * The page a paged table shows. A page belongs to one slice (the filters, and for the
 * reconciliation the category too): when the slice changes, the table starts on its first page.
 */
export class PageCursor {
  #at = $state({ key: '', page: 0 });
  readonly #keyOf: () => string;

  /** `keyOf` names the slice; it is read reactively. */
  constructor(keyOf: () => string) {
    this.#keyOf = keyOf;
  }

  get page(): number {
    return this.#at.key === this.#keyOf() ? this.#at.page : 0;
  }

  goTo(page: number): void {
    this.#at = { key: this.#keyOf(), page };
  }
}
