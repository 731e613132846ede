// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /** The app's version and the commit it was built from (vite.config.ts), named in every export. */
  const __TELISIK_VERSION__: string;
  namespace App {
    /** A filter change's shallow history entry: the canonical query string it shows. */
    interface PageState {
      filterSearch?: string;
    }
  }
}
export {};
