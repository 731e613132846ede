import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, waitForView } from './fixtures';

/**
 * Cards off screen as a user meets them (issue 7): a round asks and draws only the cards
 * near the screen, a card is brought up to date as the user scrolls to it, and an evidence
 * pack pictures every chart card current. The other specs run with every view eager.
 */
test.use({ offscreen: 'lazy' });

interface Sent {
  sql: string;
  fromCopy: boolean;
}

const ROWS_SQL = 'SELECT f.transaksi_id';

async function sentSince(page: Page, from: number): Promise<{ next: number; entries: Sent[] }> {
  return page.evaluate((n) => window.telisik!.sentSince(n), from);
}

/** The chart cards whose top is further below the window than the app's look-ahead (300 px). */
async function farCharts(page: Page): Promise<string[]> {
  return page.locator('[data-chart]').evaluateAll((cards) =>
    cards.filter((card) => card.getBoundingClientRect().top > window.innerHeight + 400).map((card) => card.getAttribute('data-chart')!)
  );
}

/** A breakdown chart's bars (key → rupiah) against its canonical SQL run in the page now. */
async function expectChartMatchesSql(page: Page, chart: string, column: string): Promise<void> {
  const drawn = await page.locator(`[data-chart="${chart}"] [data-key]`).evaluateAll((bars) =>
    Object.fromEntries(bars.map((bar) => [bar.getAttribute('data-key'), bar.getAttribute('data-value')]))
  );
  const sql = (await page.evaluate(() => window.telisik!.viewSql())).find((text) => text.includes(`("${column}")::VARCHAR AS "key"`))!;
  const rows = await page.evaluate((text) => window.telisik!.queryRows(text), sql);
  const expected = Object.fromEntries(rows.filter((row) => row.nilai !== '0').map((row) => [String(row.key), String(row.nilai)]));
  expect(Object.keys(expected).length, chart).toBeGreaterThan(0);
  expect(Object.fromEntries(Object.entries(drawn).filter(([key]) => key in expected)), chart).toEqual(expected);
}

test('cards off screen are asked when they near it; an evidence pack brings every chart up to date', async ({ page }) => {
  await page.goto('/');
  await waitForView(page, '');
  const table = page.locator('[data-table="transaksi"]');
  const far = await farCharts(page);
  expect(far, 'charts below the first screen').toContain('jenis_penyedia');
  // Nothing below the fold was asked: the table's page of rows is not in the journal, and the
  // far cards say they are not up to date (they hold no drawing yet).
  const start = await sentSince(page, 0);
  expect(start.entries.some((entry) => entry.sql.startsWith(ROWS_SQL))).toBe(false);
  await expect(table).toHaveAttribute('aria-busy', 'true');
  await expect(table.locator('tbody tr')).toHaveCount(0);
  for (const chart of far) await expect(page.locator(`[data-chart="${chart}"]`), chart).toHaveAttribute('aria-busy', 'true');

  // A click on a chart near the top: the round asks only what is near the screen. The first
  // two bars are clicked, which need no scrolling (a scroll would move the far cards).
  const [one, two] = await page.locator('[data-chart="provinsi"] [data-key]').evaluateAll((bars) => [...new Set(bars.map((bar) => bar.getAttribute('data-key')!))]);
  await page.locator(`[data-chart="provinsi"] [data-key="${one}"]`).first().click();
  await waitForView(page, `provinsi=${one}`);
  const round = await sentSince(page, start.next);
  expect(round.entries.length).toBeGreaterThan(0);
  expect(round.entries.some((entry) => entry.sql.startsWith(ROWS_SQL))).toBe(false);
  await expect(page.locator('[data-chart="provinsi"]')).toHaveAttribute('aria-busy', 'false');

  // Scrolled to, the table is asked, drawn, and shows the canonical SQL's first page.
  await table.scrollIntoViewIfNeeded();
  await expect(table).toHaveAttribute('aria-busy', 'false');
  await waitForView(page, `provinsi=${one}`);
  const rowsSql = (await page.evaluate(() => window.telisik!.viewSql())).find((sql) => sql.startsWith(ROWS_SQL))!;
  const canonical = await page.evaluate((sql) => window.telisik!.queryRows(sql), rowsSql);
  expect(canonical.length).toBeGreaterThan(0);
  await expect(table.locator('tbody tr')).toHaveCount(canonical.length);
  const shownValues = await table.locator('tbody td[data-nilai]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-nilai')));
  expect(shownValues).toEqual(canonical.map((row) => String(row.nilai)));

  // Back at the top, another province: the card at the bottom keeps its older drawing, marked
  // as not up to date, until the evidence pack asks for every card.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(`[data-chart="provinsi"] [data-key="${one}"]`).first().click();
  await waitForView(page, '');
  await page.locator(`[data-chart="provinsi"] [data-key="${two}"]`).first().click();
  await waitForView(page, `provinsi=${two}`);
  const bottom = page.locator('[data-chart="jenis_penyedia"]');
  expect(await farCharts(page)).toContain('jenis_penyedia');
  await expect(bottom).toHaveAttribute('aria-busy', 'true');
  // Printed now, that card shows a sentence instead of its older drawing.
  await page.emulateMedia({ media: 'print' });
  const printed = await bottom.evaluate((card) => ({
    sentence: getComputedStyle(card, '::before').content,
    drawing: getComputedStyle(card.querySelector('.plot')!).visibility
  }));
  expect(printed.sentence).toContain('belum diperbarui');
  expect(printed.drawing).toBe('hidden');
  await page.emulateMedia({ media: 'screen' });
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="export-evidence"]').click();
  const pack = unzipSync(new Uint8Array(readFileSync((await (await downloading).path())!)));
  await expect(bottom).toHaveAttribute('aria-busy', 'false');
  await expectChartMatchesSql(page, 'jenis_penyedia', 'jenis_penyedia');
  // The pack's picture of that card is the drawing now on screen (its bar values included).
  const pictured = strFromU8(pack['grafik-layar/jenis_penyedia.svg']!);
  const values = await bottom.locator('[data-key]').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-value')));
  for (const value of values) expect(pictured).toContain(`data-value="${value}"`);

  // Scrolled to, a far card is current without any export.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(`[data-chart="provinsi"] [data-key="${two}"]`).first().click();
  await waitForView(page, '');
  expect(await farCharts(page)).toContain('jenis_penyedia');
  await expect(bottom).toHaveAttribute('aria-busy', 'true');
  await bottom.scrollIntoViewIfNeeded();
  await expect(bottom).toHaveAttribute('aria-busy', 'false');
  await waitForView(page, '');
  await expectChartMatchesSql(page, 'jenis_penyedia', 'jenis_penyedia');

  // A restarted engine (as after any change to the data) outdates a card off screen even
  // though its question, the SQL, is the same: it is not presented as current.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await farCharts(page)).toContain('jenis_penyedia');
  await page.locator('[data-action="reset-engine"]').click();
  await expect(page.locator('[data-notice]')).toContainText('dimulai ulang');
  await waitForView(page, '');
  await expect(bottom).toHaveAttribute('aria-busy', 'true');
  await bottom.scrollIntoViewIfNeeded();
  await expect(bottom).toHaveAttribute('aria-busy', 'false');
  await waitForView(page, '');
  await expectChartMatchesSql(page, 'jenis_penyedia', 'jenis_penyedia');
});
