/**
 * Bahasa Indonesia and English (issue 10): `?lang=en` or the switch in the header changes the
 * interface's language and keeps it across reloads; html[lang] follows; numbers and dates
 * are written the language's way; the Indonesian interface shows no English words.
 */
import { test, expect, waitForView, kpi } from './fixtures';
import { nonTenderCsv } from '../fixtures/isb-fixtures';

/** English words of the interface that must never show in the Indonesian one. */
const ENGLISH = /\b(the|of|and|Download|Cancel|Loading|Show|Save|Search|Filter|Error|Close|Next|Previous|Page|Retry|Export|Clear|Target met|Behind)\b/;

test.describe('language', () => {
  test('?lang=en gives the English interface with English numbers, kept across a reload; the switch goes back', async ({ page }) => {
    await page.goto('/?lang=en&tahun=2024');
    await waitForView(page, 'tahun=2024');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-kpi="realisasi"]')).toContainText('Total realisation');
    const value = (await kpi(page, 'realisasi')).value!;
    // Rp with English grouping: commas, exact.
    const grouped = BigInt(value).toLocaleString('en-GB');
    await expect(page.locator('[data-kpi="realisasi"]')).toContainText(`Rp ${grouped}`);
    await expect(page.locator('[data-action="set-language"][value="en"]')).toHaveAttribute('aria-pressed', 'true');

    // Kept in the browser: a plain reload without the parameter stays English.
    await page.goto('/?tahun=2024');
    await waitForView(page, 'tahun=2024');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('nav a[data-nav="peringkat"]')).not.toHaveText('Peringkat');

    await page.locator('[data-action="set-language"][value="id"]').click();
    await waitForView(page, 'tahun=2024');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('[data-kpi="realisasi"]')).toContainText('Total realisasi');
    await expect(page.locator('[data-kpi="realisasi"]')).toContainText(`Rp ${BigInt(value).toLocaleString('id-ID')}`);
    await page.reload();
    await waitForView(page, 'tahun=2024');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  test('the Indonesian interface shows no English words on its screens', async ({ page }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const path of ['/', '/peringkat', '/peta', '/peringatan', '/rekonsiliasi', '/target', '/dataset', '/pemda/33.25']) {
      await page.goto(path);
      await waitForView(page, '');
      // The page's own words: data labels (names of channels, categories, vendors) and the
      // SQL under "Lihat SQL" are not the interface.
      const texts = await page.evaluate(() => {
        const skip = 'pre, code, svg, style, script, tbody, [data-facet] label, [lang]:not([lang="id"])';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const out: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          if (text && !node.parentElement?.closest(skip)) out.push(text);
        }
        return out;
      });
      for (const text of texts) if (ENGLISH.test(text)) found.push(`${path}: ${text}`);
    }
    expect(found).toEqual([]);
  });

  test('in English, the import worker reports its findings in English', async ({ page }) => {
    await page.goto('/dataset?lang=en');
    await waitForView(page, '');
    const mixed = nonTenderCsv().split('\r\n').map((line, i) => line + ['\r\n', '\n', '\r'][i % 3]).join('');
    await page.locator('[data-action="choose-files"]').setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(mixed) });
    await expect(page.locator('[data-dataset]')).toHaveCount(1);
    const report = page.locator('[data-import-report]');
    await report.locator('details summary').first().click();
    await expect(report).toContainText('This file mixes line endings');
    await expect(report).not.toContainText('Akhir baris');
  });
});
