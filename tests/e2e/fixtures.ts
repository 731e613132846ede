import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

/** Chromium's console sentence for anything a Content Security Policy blocked. */
const CSP_REFUSAL = /Content Security Policy|Refused to (load|execute|evaluate|apply|create|connect|frame)/i;

/**
 * Every browser test runs with two guards: any request that leaves the app's origin (from the
 * page, our worker or DuckDB's own worker) is blocked and recorded, and anything the Content
 * Security Policy refuses (in the page or any worker; `vite preview` sends the policy as a
 * header, so workers run under it) is recorded; either fails the test.
 */
export const test = base.extend<{ outsideRequests: string[]; cspViolations: string[]; offscreen: 'eager' | 'lazy' }>({
  /**
   * 'eager' (the tests' default): every view is asked and drawn, off screen too, so a figure
   * below the fold can be read as soon as html[data-state] is ready (the automation
   * contract's sessionStorage switch). 'lazy' is what a user gets: `test.use({ offscreen: 'lazy' })`.
   */
  offscreen: ['eager', { option: true }],
  context: async ({ context, offscreen }, use) => {
    if (offscreen === 'eager') await context.addInitScript(() => sessionStorage.setItem('telisik:offscreen', 'eager'));
    await use(context);
  },
  cspViolations: [
    async ({ context }, use) => {
      const refused: string[] = [];
      const record = (where: string) => (message: ConsoleMessage) => {
        if (CSP_REFUSAL.test(message.text())) refused.push(`${where}: ${message.text()}`);
      };
      context.on('page', (page) => {
        page.on('console', record('page'));
        page.on('worker', (worker) => worker.on('console', record(`worker ${worker.url()}`)));
      });
      await use(refused);
      expect(refused, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true }
  ],
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

/** The links of the navigation bar (a[data-nav=…]), one per page of the workbench. */
export type NavLink = 'ringkasan' | 'peringkat' | 'peta' | 'peringatan' | 'rekonsiliasi' | 'target' | 'data';

/**
 * Go to another page through the navigation bar, as a user would: a client-side navigation
 * that keeps the engine and the loaded data (cheaper than page.goto), and keeps the URL's
 * filters. Waits until the page is current, then until it is ready for `search`.
 */
export async function navigate(page: Page, to: NavLink, search = ''): Promise<void> {
  const link = page.locator(`a[data-nav="${to}"]`);
  await link.click();
  // Until the new page is mounted the old one may still say ready for the same view.
  await expect(link).toHaveAttribute('aria-current', 'page');
  await waitForView(page, search);
}

export async function kpi(page: Page, name: string) {
  const card = page.locator(`[data-kpi="${name}"]`);
  return {
    value: await card.getAttribute('data-value'),
    numerator: await card.getAttribute('data-numerator'),
    denominator: await card.getAttribute('data-denominator')
  };
}
