/**
 * The page options a URL may carry besides the filters (read by the pages that use them):
 * the chosen metric, level, peers, leaderboard sort and compared pemda; the transaction
 * table's sort; the reconciliation category drilled; the tables' pages; and in presentation
 * mode the slide and the page an unsaved view was presented from.
 */
export const PAGE_OPTIONS = [
  'metrik', 'tingkat', 'sejawat', 'urut', 'bandingkan', 'urutan', 'rincian', 'halaman', 'halaman_rincian', 'halaman_satker', 'slide', 'asal'
] as const;
/** The options that are a table's page (1-based), reset when the filters change. */
export const TABLE_PAGES = ['halaman', 'halaman_rincian', 'halaman_satker'] as const satisfies readonly PageOption[];
export type PageOption = (typeof PAGE_OPTIONS)[number];
