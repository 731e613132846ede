import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, waitForView, navigate, kpi } from './fixtures';
import { NON_TENDER_TOTAL, nonTenderCsv } from '../fixtures/isb-fixtures';

/**
 * The ledger as a user meets it, on files the project writes itself: the summary, figures
 * that say what they lack, years from the data, the status filter and the category rules.
 */

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** Imports on /dataset (the import panel's page), then shows the overview, ready. */
async function importNonTender(page: Page) {
  await page.goto('/dataset');
  await waitForView(page, '');
  await page.locator('[data-action="choose-files"]').setInputFiles(csvFile('nontender.csv', nonTenderCsv()));
  await expect(page.locator('[data-dataset]')).toHaveCount(1);
  await navigate(page, 'ringkasan');
}

test.describe('the ledger on a realisation-only import', () => {
  test('counts what stands with a value, reports the rest, and says which figures cannot be computed', async ({ page }) => {
    await importNonTender(page);
    expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL));
    expect((await kpi(page, 'transaksi')).value).toBe('3');
    await expect(page.locator('[data-table="transaksi"]')).toHaveAttribute('data-total', '3');

    // No RUP and no budget loaded: "not computable", with the dataset that would fix it.
    for (const [name, dataset] of [['ukm_rencana', 'RUP-PaketPenyedia-Terumumkan'], ['umkk_anggaran', 'RUP-StrukturAnggaranPD'], ['epurchasing_anggaran', 'RUP-StrukturAnggaranPD']]) {
      const card = page.locator(`[data-kpi="${name}"]`);
      await expect(card).toHaveAttribute('data-value', '');
      await expect(card).toContainText('tidak dapat dihitung');
      await expect(card).toContainText(dataset!);
      await expect(card).not.toHaveClass(/below/);
    }
    // Years come from the data, never the clock.
    await expect(page.locator('[data-facet="tahun"] input[data-value="2025"]')).toHaveCount(1);
    await expect(page.locator('[data-chart="tren"]')).toContainText('TA 2025');

    // The ledger summary is on /dataset.
    await navigate(page, 'data');
    const ledger = page.locator('[data-ledger]');
    // Three contracts counted; the package without a contract value yet is reported, not counted.
    await expect(ledger).toHaveAttribute('data-counted', '3');
    await expect(ledger).toHaveAttribute('data-excluded', '1');
    await expect(ledger).toHaveAttribute('data-merged', '0');
    await expect(ledger).toHaveAttribute('data-conflicts', '0');

    // The whole ledger downloads as CSV: one row per record, with its role.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-ledger"]').click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + 4);
    expect(lines.filter((line) => line.includes('tanpa_nilai'))).toHaveLength(1);
  });

  test('a category rule the user removes moves the rupiah to another category, and a reset brings it back', async ({ page }) => {
    await importNonTender(page);
    // "Katering rapat koordinasi" is katering by the default keyword rule.
    const bar = (key: string) => page.locator(`[data-chart="kategori"] [data-key="${key}"]`);
    await expect(bar('katering')).toHaveAttribute('data-value', '42750000');

    // The category rules are on /dataset, the chart on the overview.
    const panel = page.locator('[data-panel="kategori"]');
    await navigate(page, 'data');
    await panel.locator(':scope > summary').click();
    await panel.locator('[data-rule="katering"] [data-action="hapus-aturan"]').click();
    await waitForView(page, '');
    await expect(panel.locator('[data-rules-source]')).toHaveAttribute('data-rules-source', 'pengguna');
    await navigate(page, 'ringkasan');
    await expect(bar('katering')).toHaveCount(0);
    // The rules are the user's: they survive a reload.
    await page.reload();
    await waitForView(page, '');
    await expect(bar('katering')).toHaveCount(0);

    await navigate(page, 'data');
    await panel.locator(':scope > summary').click();
    await panel.locator('[data-action="reset-aturan"]').click();
    await waitForView(page, '');
    await navigate(page, 'ringkasan');
    await expect(bar('katering')).toHaveAttribute('data-value', '42750000');
    expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL));
  });
});

test.describe('pulls of one dataset', () => {
  test('the later pull counts, whichever was imported first; the earlier one stays as a snapshot', async ({ page }) => {
    // A week later LKPP lists one contract with a new value (an addendum) and no longer the last one.
    const earlier = nonTenderCsv();
    const later = earlier
      .replaceAll('2025-10-10', '2025-10-17')
      .replace(/,42750000,42750000,42750000,42750000,42750000,42750000,42750000,42750000,/, ',45000000,45000000,45000000,45000000,45000000,45000000,45000000,45000000,')
      .replace(/\r\n[^\r\n]*90000001[^\r\n]*/, '');
    expect(later).not.toBe(earlier);
    await page.goto('/dataset');
    await waitForView(page, '');
    // The later pull first: import order must not matter.
    await page.locator('[data-action="choose-files"]').setInputFiles(csvFile('nontender-17okt.csv', later));
    await expect(page.locator('[data-dataset]')).toHaveCount(1);
    await page.locator('[data-action="choose-files"]').setInputFiles(csvFile('nontender-10okt.csv', earlier));
    await expect(page.locator('[data-dataset]')).toHaveCount(2);
    await navigate(page, 'ringkasan');
    const expected = NON_TENDER_TOTAL - 150_000_000n - 42_750_000n + 45_000_000n;
    expect((await kpi(page, 'realisasi')).value).toBe(String(expected));
    await navigate(page, 'data');
    await expect(page.locator('[data-ledger]')).toHaveAttribute('data-counted', '2');
    // Every record of the earlier pull is kept, marked as replaced.
    await expect(page.locator('[data-ledger-dataset][data-role="diganti"]').first()).toHaveAttribute('data-count', '4');

    // The data as pulled on 10 October: only the earlier pull counts, and every page says so.
    await page.locator('[data-control="ditarik"]').selectOption('2025-10-10');
    await expect(page.locator('[data-pulled-by="2025-10-10"]')).toBeVisible();
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL));
    await page.locator('[data-action="pulled-latest"]').click();
    await expect(page.locator('[data-pulled-by]')).toHaveCount(0);
    await waitForView(page, '');
    expect((await kpi(page, 'realisasi')).value).toBe(String(expected));
  });
});

test.describe('the status filter on the sample', () => {
  test('completed and in-progress realisation add up to the whole, and the URL keeps the choice', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    const all = BigInt((await kpi(page, 'realisasi')).value!);

    await page.locator('[data-facet="status"] input[data-value="berjalan"]').check();
    await waitForView(page, 'status=berjalan');
    expect(page.url()).toContain('status=berjalan');
    const berjalan = BigInt((await kpi(page, 'realisasi')).value!);
    expect(berjalan).toBeGreaterThan(0n);

    await page.goto('/?status=selesai');
    await waitForView(page, 'status=selesai');
    const selesai = BigInt((await kpi(page, 'realisasi')).value!);
    expect(selesai + berjalan).toBe(all);
    await expect(page.locator('[data-facet="status"] input[data-value="selesai"]')).toBeChecked();
    // The budget has no status: the denominator does not move.
    const budget = (await kpi(page, 'umkk_anggaran')).denominator;
    await page.goto('/');
    await waitForView(page, '');
    expect((await kpi(page, 'umkk_anggaran')).denominator).toBe(budget);
  });
});
