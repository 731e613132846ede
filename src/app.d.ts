// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    /** A filter change's shallow history entry: the canonical query string it shows. */
    interface PageState {
      filterSearch?: string;
    }
  }
}
export {};
