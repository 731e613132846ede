import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs with a guard: any request that leaves the app's origin (from the
 * page, our worker or DuckDB's own worker) is blocked and recorded, and the test fails.
 */
export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        const allowed = url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:');
        if (allowed) return route.continue();
        outside.push(url);
        return route.abort('blockedbyclient');
      });
      await use(outside);
      expect(outside, 'requests that left the app origin').toEqual([]);
    },
    { auto: true }
  ]
});

export { expect };

/**
 * Wait until the app says it is ready for exactly this filter state (the automation
 * contract: html[data-state=ready] and html[data-view] = the canonical query string).
 */
export async function waitForView(page: Page, search = ''): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-view', search);
  // A click may still be turning into a navigation: confirm ready once more after the view.
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
}

export async function kpi(page: Page, name: string) {
  const card = page.locator(`[data-kpi="${name}"]`);
  return {
    value: await card.getAttribute('data-value'),
    numerator: await card.getAttribute('data-numerator'),
    denominator: await card.getAttribute('data-denominator')
  };
}
