import type { Page } from '@playwright/test';

/**
 * Source text that runs `fn(arg)` in the page.
 *
 * tsx compiles this benchmark with esbuild's keepNames, which rewrites named inner functions
 * as `__name(fn, "fn")`. Playwright sends a function to the page as its source text, where
 * that helper does not exist ("__name is not defined"). The wrapper declares a local
 * identity `__name` that the function's source resolves lexically, so nothing is added to
 * the app's globals.
 */
export function pageSource<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}

/** page.evaluate for a function that may use named inner functions (see pageSource). */
export async function inPage<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  return (await page.evaluate(pageSource(fn, arg))) as Awaited<R>;
}
