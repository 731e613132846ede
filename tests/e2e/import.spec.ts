import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, waitForView, navigate, kpi } from './fixtures';
import { MARKETPLACE_TOTAL, NON_TENDER_TOTAL, marketplaceExport, nonTenderCsv } from '../fixtures/isb-fixtures';

const SHARED_ISB = join(import.meta.dirname, '../../../shared/data/isb');
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/**
 * The import panel is on /dataset: go there through the navigation bar (the loaded data stays),
 * and open the panel as a user would if it is folded.
 */
async function openDataPanel(page: Page) {
  await navigate(page, 'data');
  const panel = page.locator('[data-panel="datasets"]');
  if ((await panel.getAttribute('open')) === null) await panel.locator(':scope > summary').click();
}

test.describe('importing files', () => {
  test('an ISB export chosen through the file chooser becomes the dashboard, and survives a reload', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    const sampleTotal = (await kpi(page, 'realisasi')).value;

    await openDataPanel(page);
    await page.locator('[data-action="choose-files"]').setInputFiles(csvFile('nontender_bandung.csv', nonTenderCsv()));
    await expect(page.locator('[data-dataset]')).toHaveCount(1);
    await expect(page.locator('[data-import-report] [data-count="read"]')).toHaveText('4');
    await expect(page.locator('[data-import-report] [data-count="rejected"]')).toHaveText('0');
    // The first real data hides the synthetic sample so the two are never mixed silently.
    await expect(page.locator('[data-action="toggle-sample"]')).not.toBeChecked();
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL));
    expect((await kpi(page, 'realisasi')).value).not.toBe(sampleTotal);

    // A reload of the overview reads the stored dataset back.
    await page.reload();
    await waitForView(page, '');
    expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL));
    await openDataPanel(page);
    await expect(page.locator('[data-dataset]')).toHaveCount(1);

    // Showing the sample beside the user's data adds both.
    await page.locator('[data-action="toggle-sample"]').check();
    await navigate(page, 'ringkasan');
    expect(BigInt((await kpi(page, 'realisasi')).value!)).toBe(BigInt(sampleTotal!) + NON_TENDER_TOTAL);

    // Removing the dataset leaves the sample alone.
    await openDataPanel(page);
    await page.locator('[data-action="remove-dataset"]').click();
    await expect(page.locator('[data-dataset]')).toHaveCount(0);
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(sampleTotal);
  });

  test('the same file twice is recognised, and an unreadable file gets one clear sentence', async ({ page }) => {
    await page.goto('/dataset');
    await waitForView(page, '');
    const chooser = page.locator('[data-action="choose-files"]');
    await chooser.setInputFiles(csvFile('a.csv', nonTenderCsv()));
    await expect(page.locator('[data-dataset]')).toHaveCount(1);
    await chooser.setInputFiles(csvFile('copy-of-a.csv', nonTenderCsv()));
    await expect(page.locator('[data-import-notice]')).toContainText('sudah pernah diimpor');
    await expect(page.locator('[data-dataset]')).toHaveCount(1);

    await chooser.setInputFiles({ name: 'kosong.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect(page.locator('[data-import-notice]')).toContainText('kosong');
    // The app stays usable and nothing already loaded is lost.
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL));
  });

  test('a long import can be cancelled; nothing is saved and the app stays usable', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    const before = (await kpi(page, 'realisasi')).value;
    await openDataPanel(page);
    // About 40 MB: long enough to still be reading when the cancel arrives.
    const [header, ...rows] = nonTenderCsv().trimEnd().split('\r\n');
    const big = [header, ...Array.from({ length: 100_000 }, (_, i) => rows[i % 3]!.replace(/9000000\d/, String(80000000 + i)))].join('\r\n');
    await page.locator('[data-action="choose-files"]').setInputFiles(csvFile('besar.csv', big));
    await page.locator('[data-action="cancel-import"]').click();
    await expect(page.locator('[data-import-notice]')).toContainText('dibatalkan');
    await expect(page.locator('[data-importing]')).toHaveCount(0);
    await expect(page.locator('[data-dataset]')).toHaveCount(0);
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(before);
  });

  test('replacing a dataset swaps its file and its figures', async ({ page }) => {
    await page.goto('/dataset');
    await waitForView(page, '');
    await page.locator('[data-action="choose-files"]').setInputFiles(csvFile('maret.csv', nonTenderCsv()));
    await expect(page.locator('[data-dataset]')).toHaveCount(1);
    await waitForView(page, '');

    // A corrected export: the first contract's value was wrong by Rp 1.000.000.
    const corrected = nonTenderCsv().replace(',150000000,150000000,150000000,150000000,150000000,150000000,', ',150000000,150000000,150000000,150000000,150000000,151000000,');
    const choosing = page.waitForEvent('filechooser');
    await page.locator('[data-dataset] button', { hasText: 'Ganti' }).click();
    await (await choosing).setFiles(csvFile('maret-revisi.csv', corrected));
    await expect(page.locator('[data-dataset]')).toHaveCount(1);
    await expect(page.locator('[data-dataset]')).toContainText('maret-revisi.csv');
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL + 1_000_000n));
  });

  test.describe('real ISB files', () => {
    test.skip(!existsSync(SHARED_ISB), 'needs ../shared (this team only)');

    test('the Kalbar 2025 RUP with its budget structure plans 63.2 % for UKM', async ({ page }) => {
      // Imported on the filtered data page: the overview link keeps the filter.
      await page.goto('/dataset?tahun=2025&provinsi=61');
      await waitForView(page, 'tahun=2025&provinsi=61');
      await page
        .locator('[data-action="choose-files"]')
        .setInputFiles([join(SHARED_ISB, 'd197_2025_rup_paket_penyedia_terumumkan.csv'), join(SHARED_ISB, 'd197_2025_rup_struktur_anggaran_pd.json')]);
      await expect(page.locator('[data-dataset]')).toHaveCount(2, { timeout: 60_000 });
      await navigate(page, 'ringkasan', 'tahun=2025&provinsi=61');
      const plan = await kpi(page, 'ukm_rencana');
      expect(plan.numerator).toBe('1591253055361');
      expect(plan.denominator).toBe('2516304995084');
      expect(Number(plan.value)).toBeCloseTo(0.6324, 4);
    });
  });
});

test.describe('formats in the browser', () => {
  test('a file dropped on the panel is imported', async ({ page }) => {
    await page.goto('/dataset');
    await waitForView(page, '');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dijatuhkan.csv', { type: 'text/csv' }));
      return transfer;
    }, nonTenderCsv());
    await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer });
    await expect(page.locator('[data-dataset]')).toContainText('dijatuhkan.csv');
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL));
  });

  test('Parquet is read in the browser without any DuckDB extension', async ({ page }) => {
    await page.goto('/dataset');
    await waitForView(page, '');
    await page.locator('[data-action="choose-files"]').setInputFiles(join(import.meta.dirname, '../fixtures/import/sample.parquet'));
    // Not an ISB dataset: its columns reach the preview step, the 18-digit id intact.
    const step = page.locator('[data-mapping-step]');
    await expect(step).toContainText('kd_rup');
    await expect(step).toContainText('123456789012345678');
  });

  test.describe('real XLSX', () => {
    test.skip(!existsSync(SHARED_ISB), 'needs ../shared (this team only)');
    test('the Kalbar 2023 RUP spreadsheet is recognised and loaded', async ({ page }) => {
      await page.goto('/dataset');
      await waitForView(page, '');
      await page.locator('[data-action="choose-files"]').setInputFiles(join(SHARED_ISB, 'd197_2023_rup_paket_penyedia_terumumkan.xlsx'));
      await expect(page.locator('[data-dataset]')).toHaveCount(1, { timeout: 60_000 });
      await expect(page.locator('[data-import-report] [data-count="read"]')).toHaveText('4.396');
      await expect(page.locator('[data-dataset]')).toContainText('RUP-PaketPenyedia');
    });
  });
});

test.describe('files that are not ISB datasets', () => {
  test('are mapped in a preview step, and the mapping is offered again for the same headers', async ({ page }) => {
    await page.goto('/dataset');
    await waitForView(page, '');
    await page.locator('[data-action="choose-files"]').setInputFiles(csvFile('blangkon-maret.csv', marketplaceExport()));
    const step = page.locator('[data-mapping-step]');
    await expect(step).toBeVisible();
    // The suggestion found the header under the title lines and the obvious columns.
    await expect(step.locator('select[data-field="nilai"]')).toHaveValue('Nilai Transaksi');
    await expect(step.locator('select[data-field="tanggal"]')).toHaveValue('Tanggal');
    await expect(step.locator('select[data-field="pemda"]')).toHaveValue('Kab/Kota');
    await expect(step).toContainText('Toko Makmur');
    await expect(step.locator('[data-column-type]')).toHaveText(['angka', 'tanggal', 'teks', 'teks', 'uang', 'teks', 'teks']);
    // The whole file is one marketplace: a fixed channel for every row.
    await step.locator('select[data-field="kanal"]').selectOption({ label: 'nilai tetap untuk semua baris…' });
    await step.locator('[data-fixed="kanal"]').fill('blangkon');
    await step.locator('[data-action="confirm-mapping"]').click();

    await expect(page.locator('[data-dataset]')).toHaveCount(1);
    await expect(page.locator('[data-import-report] [data-count="rejected"]')).toHaveText('1');
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(String(MARKETPLACE_TOTAL));
    // Blangkon is a UMKK marketplace: the channel rule makes all of it UMKK.
    expect((await kpi(page, 'umkk')).value).toBe('1');

    // The same headers again (another month): the saved mapping is proposed.
    const april = marketplaceExport().replaceAll('/03/2022', '/04/2022').replace('Maret', 'April');
    await openDataPanel(page);
    await page.locator('[data-action="choose-files"]').setInputFiles(csvFile('blangkon-april.csv', april));
    await expect(page.locator('[data-import-notice]')).toContainText('preset');
    await expect(step.locator('[data-fixed="kanal"]')).toHaveValue('blangkon');
    await step.locator('[data-action="confirm-mapping"]').click();
    await expect(page.locator('[data-dataset]')).toHaveCount(2);
    await navigate(page, 'ringkasan');
    expect((await kpi(page, 'realisasi')).value).toBe(String(2n * MARKETPLACE_TOTAL));
  });
});
