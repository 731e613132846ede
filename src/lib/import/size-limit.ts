/** Without a heap figure from the browser, the limit a 4 GB tab can afford. */
const DEFAULT_LIMIT = 512 * 1024 * 1024;

/**
 * The largest file we try to import, from the page's JS heap limit (Chromium's
 * performance.memory): parsing holds the text, its cells and the Arrow tables at once,
 * several times the file, so a larger file is refused with a clear sentence instead of
 * crashing the tab.
 */
export function importLimitBytes(heapLimit: number | undefined): number {
  return heapLimit && heapLimit > 0 ? Math.floor(heapLimit / 8) : DEFAULT_LIMIT;
}
