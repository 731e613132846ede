/**
 * Accessibility (issue 10): no serious axe-core violation on any screen, on a desktop and on
 * a 390 px phone, where no page scrolls sideways; a skip link past the header and filters;
 * charts usable from the keyboard, each with the table of its data as a text alternative.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForView } from './fixtures';

const SCREENS = ['/', '/peringkat', '/peta', '/peringatan', '/rekonsiliasi', '/target', '/dataset', '/pemda/33.25', '/presentasi'];

async function seriousViolations(page: import('@playwright/test').Page, path: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

test.describe('accessibility', () => {
  test('on a 390 px phone every screen fits the width and axe-core finds nothing serious', async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 390, height: 844 });
    const found: string[] = [];
    for (const path of SCREENS) {
      await page.goto(path);
      await waitForView(page, '');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) found.push(`${path}: ${width} px wide`);
      found.push(...(await seriousViolations(page, path)));
    }
    expect(found).toEqual([]);
  });

  test("chart text is drawn whole inside its chart: on a 390 px phone (long pemda names shortened) and in presentation mode's large type", async ({ page }) => {
    /** Every text of the charts on the page, and whether it reaches outside its drawing. */
    const chartTexts = () =>
      page.locator('[data-chart] svg').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          const chart = svg.closest('[data-chart]')!.getAttribute('data-chart');
          return [...svg.querySelectorAll('text')].map((text) => {
            const own = text.getBoundingClientRect();
            const axis = text.closest('g[aria-label]')?.getAttribute('aria-label') ?? '';
            return { chart, axis, text: text.textContent ?? '', cut: own.width > 0 && (own.left < box.left - 0.5 || own.right > box.right + 0.5) };
          });
        })
      );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?tahun=2024&provinsi=33');
    await waitForView(page, 'tahun=2024&provinsi=33');
    const phone = await chartTexts();
    const pemda = phone.filter((l) => l.chart === 'pemda' && l.axis === 'y-axis tick label');
    expect(pemda.length).toBeGreaterThan(30);
    expect(phone.filter((l) => l.cut)).toEqual([]);
    // "Pemerintah Kabupaten Banjarnegara" does not fit beside a bar on a phone: "Kab. Banjarnegara" does.
    expect(pemda.filter((l) => /^Pemerintah /.test(l.text))).toEqual([]);
    expect(pemda.some((l) => /^Kab\. /.test(l.text))).toBe(true);
    // The bar itself still names the pemda in full.
    expect(await page.locator('[data-chart="pemda"] [data-key]').first().getAttribute('aria-label')).toMatch(/Pemerintah (Kabupaten|Kota|Provinsi) /);

    // A rakor projector: the charts lay themselves out for 18 px text.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/presentasi?tahun=2024&provinsi=33');
    await waitForView(page, 'tahun=2024&provinsi=33');
    const projector = await chartTexts();
    expect(projector.filter((l) => l.chart === 'pemda').length).toBeGreaterThan(30);
    expect(projector.filter((l) => l.cut)).toEqual([]);
  });

  test('a skip link leads past the header and filters to the charts, whose bars work from the keyboard', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#isi')).toBeFocused();
    // From there the first bar is a few stops away, not a hundred.
    let presses = 0;
    while (presses < 40 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-key') ?? false))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThan(40);
    const key = await page.evaluate(() => document.activeElement!.getAttribute('data-key'));
    const chart = await page.evaluate(() => document.activeElement!.closest('[data-chart]')!.getAttribute('data-chart'));
    await page.keyboard.press('Enter');
    await waitForView(page, `${chart}=${key}`);
    // The chosen bar says it is pressed and keeps the focus (its chart is not drawn again), so
    // Enter once more takes the filter off.
    const focused = await page.evaluate(() => [document.activeElement?.getAttribute('data-key'), document.activeElement?.getAttribute('aria-pressed')]);
    expect(focused).toEqual([key, 'true']);
    // A chart drawn again (here: a narrower window) keeps the keyboard user on the same bar.
    const drawing = page.locator(`[data-chart="${chart}"] .plot svg`).first();
    const width = await drawing.getAttribute('width');
    await page.setViewportSize({ width: 900, height: 900 });
    await expect(drawing).not.toHaveAttribute('width', width!);
    await waitForView(page, `${chart}=${key}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(key);
    await page.keyboard.press('Enter');
    await waitForView(page, '');
  });

  test('each chart carries the table of its data, one row per bar with the exact rupiah', async ({ page }) => {
    await page.goto('/?tahun=2024');
    await waitForView(page, 'tahun=2024');
    const chart = page.locator('[data-chart="kanal"]');
    const bars = chart.locator('.plot [data-key]');
    const count = await bars.count();
    expect(count).toBeGreaterThan(0);
    await chart.locator('[data-chart-table] summary').click();
    const rows = chart.locator('[data-chart-table] tbody tr');
    await expect(rows).toHaveCount(count);
    const values = (await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).map((v) => BigInt(v!));
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]!.textContent!.replace(/\D/g, '')));
    expect(cells.map(BigInt).sort()).toEqual([...values].sort());
    // The weekly path has its table too.
    await page.locator('[data-chart="tren"] [data-chart-table] summary').click();
    await expect(page.locator('[data-chart="tren"] [data-chart-table] tbody tr').first()).toBeVisible();
  });
});
