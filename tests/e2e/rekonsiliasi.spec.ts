import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, waitForView } from './fixtures';
import { nodeQuery, SAMPLE_DIR } from './node-sample';
import { CATEGORIES, parseCsv, reconcile, type Row, type Slice } from '../unit/helpers/rekonsiliasi-truth';

/** The generator's CSVs, read once: the recomputation shares no code or engine with the app. */
let tables: Promise<{ transaksi: Row[]; penyedia: Row[]; paket_rup: Row[]; kanal: Row[] }> | undefined;
function sampleTables() {
  const read = async (t: string) => parseCsv(await readFile(`${SAMPLE_DIR}${t}.csv`, 'utf8'));
  tables ??= Promise.all(['transaksi', 'penyedia', 'paket_rup', 'kanal'].map(read)).then(([transaksi, penyedia, paket_rup, kanal]) => ({
    transaksi: transaksi!, penyedia: penyedia!, paket_rup: paket_rup!, kanal: kanal!
  }));
  return tables;
}

async function cards(page: Page): Promise<Record<string, { count: string | null; value: string | null }>> {
  const entries = await page.locator('[data-rekonsiliasi]').evaluateAll((els) =>
    els.map((el) => [(el as HTMLElement).dataset.rekonsiliasi!, { count: el.getAttribute('data-count'), value: el.getAttribute('data-value') }] as const)
  );
  return Object.fromEntries(entries);
}

async function expectCardsMatch(page: Page, slice: Slice) {
  const truth = reconcile(await sampleTables(), slice);
  const expected = Object.fromEntries(
    CATEGORIES.map((c) => [c, { count: String(truth.figures[c].jumlah), value: String(truth.figures[c].nilai) }])
  );
  expect(await cards(page)).toEqual(expected);
}

test.describe('reconciliation page on the embedded sample', () => {
  test('loads, and every category shows the count and rupiah of an independent recomputation', async ({ page }) => {
    await page.goto('/rekonsiliasi');
    await waitForView(page, '');
    await expect(page.locator('[data-rekonsiliasi]')).toHaveCount(6);
    await expectCardsMatch(page, {});
    // The count on screen is data-count, in Indonesian grouping.
    const count = await page.locator('[data-rekonsiliasi="terealisasi"]').getAttribute('data-count');
    await expect(page.locator('[data-rekonsiliasi="terealisasi"] .count')).toContainText(Number(count).toLocaleString('id-ID'));
    // The table starts on the first category, with its count.
    await expect(page.locator('[data-table="rekonsiliasi"]')).toHaveAttribute('data-total', count!);
    // The SQL behind the figures is one click away.
    const details = page.locator('[data-sql]').first();
    await details.locator('summary').click();
    await expect(details.locator('pre')).toContainText('FROM "fakta_realisasi"');
  });

  test('a filter in the URL changes the categories', async ({ page }) => {
    await page.goto('/rekonsiliasi');
    await waitForView(page, '');
    const before = await cards(page);
    await page.goto('/rekonsiliasi?tahun=2024&provinsi=33');
    await waitForView(page, 'tahun=2024&provinsi=33');
    const after = await cards(page);
    expect(BigInt(after.terealisasi!.count!)).toBeLessThan(BigInt(before.terealisasi!.count!));
    await expectCardsMatch(page, { tahun: ['2024'], provinsi: ['33'] });
    // A facet click is a filter too: same URL parameters as the dashboard.
    await page.locator('[data-facet="kanal"] input[data-value="toko_daring"]').check();
    await waitForView(page, 'tahun=2024&provinsi=33&kanal=toko_daring');
    await expectCardsMatch(page, { tahun: ['2024'], provinsi: ['33'], kanal: ['toko_daring'] });
    // The way back to the dashboard keeps the filters.
    await expect(page.locator('[data-link="dasbor"]')).toHaveAttribute('href', /\/\?tahun=2024&provinsi=33&kanal=toko_daring$/);
  });

  test('drilling a category fills the table, and its CSV holds every row', async ({ page }) => {
    const search = 'tahun=2023';
    await page.goto(`/rekonsiliasi?${search}`);
    await waitForView(page, search);
    const card = page.locator('[data-rekonsiliasi="beda_ukm"]');
    const count = (await card.getAttribute('data-count'))!;
    const value = (await card.getAttribute('data-value'))!;
    expect(Number(count)).toBeGreaterThan(25);

    await card.click();
    const table = page.locator('[data-table="rekonsiliasi"]');
    await expect(table).toHaveAttribute('data-kategori', 'beda_ukm');
    await waitForView(page, search);
    await expect(table).toHaveAttribute('data-total', count);
    await expect(table.locator('tbody tr')).toHaveCount(25);
    const shown = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id));

    const downloading = page.waitForEvent('download');
    await table.locator('[data-action="export-csv"]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^telisik-rekonsiliasi-beda-ukm-tahun-2023-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = (await download.path())!;
    const rows = await nodeQuery(({ file }) => `SELECT kd_rup, pagu FROM ${file(path)}`);
    expect(rows.length).toBe(Number(count));
    expect(rows.slice(0, shown.length).map((r) => r.kd_rup)).toEqual(shown);
    expect(String(rows.reduce((sum, r) => sum + BigInt(r.pagu!), 0n))).toBe(value);

    // Transactions without a plan are transactions: their own columns and count.
    await page.locator('[data-rekonsiliasi="tanpa_rencana"]').click();
    await expect(table).toHaveAttribute('data-kategori', 'tanpa_rencana');
    await waitForView(page, search);
    await expect(table).toHaveAttribute('data-total', (await page.locator('[data-rekonsiliasi="tanpa_rencana"]').getAttribute('data-count'))!);
    await expect(table.locator('tbody tr')).toHaveCount(25);
  });
});
