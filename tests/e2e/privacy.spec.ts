/**
 * Personal data at import (issue 10): NIK and NPWP become this browser's keyed pseudonyms in
 * everything stored and counted, the same vendor still joins across files, the original file
 * is kept only when the user asks, and the data panel says which.
 */
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, waitForView } from './fixtures';
import { nonTenderCsv } from '../fixtures/isb-fixtures';

/** The fixture's vendors known only by LKPP's hashed NPWP (as in SPSE e-kontrak), no kd_penyedia. */
function csvWithNpwpVendors(tag: string): Buffer {
  const parsed = Papa.parse<Record<string, string>>(nonTenderCsv(), { header: true, skipEmptyLines: true });
  const rows = parsed.data.map((row, i) => ({
    ...row,
    kd_penyedia: '',
    npwp_penyedia: row['nama_penyedia'] ? `npwp:9b4af6505c30c7d${i}` : '',
    npwp16_penyedia: row['nama_penyedia'] ? `npwp:9b4af6505c30c7d${i}` : '',
    nama_paket: `${row['nama_paket']} ${tag}`
  }));
  return Buffer.from(Papa.unparse(rows));
}

const storedFiles = (page: Page) =>
  page.evaluate(async () => {
    const names: string[] = [];
    const root = await navigator.storage.getDirectory();
    const datasets = await (await root.getDirectoryHandle('telisik')).getDirectoryHandle('datasets');
    for await (const [id, handle] of (datasets as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
      if (handle.kind !== 'directory') continue;
      for await (const [name] of (handle as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) names.push(`${id}/${name}`);
    }
    return names;
  });

test('NPWP become pseudonyms that join across files; originals are kept only on request', async ({ page }) => {
  await page.goto('/dataset');
  await waitForView(page, '');
  const privacy = page.locator('[data-privacy]');
  await expect(privacy).toHaveAttribute('data-privacy', 'pseudonymised-only');
  await expect(privacy).toContainText('HMAC-SHA-256');

  const chooser = page.locator('[data-action="choose-files"]');
  await chooser.setInputFiles({ name: 'pertama.csv', mimeType: 'text/csv', buffer: csvWithNpwpVendors('a') });
  await expect(page.locator('[data-dataset]')).toHaveCount(1);
  const ids = await page.evaluate(() => window.telisik!.queryRows(`SELECT DISTINCT penyedia_id AS id FROM transaksi WHERE penyedia_id LIKE 'spse:%' ORDER BY 1`));
  expect(ids.length).toBeGreaterThan(0);
  for (const { id } of ids) expect(String(id)).toMatch(/^spse:npwp:samaran-[a-z]{20}$/);
  expect(JSON.stringify(await storedFiles(page))).not.toContain('/original');

  // Kept on request: the next file's original is stored; the same vendors get the same pseudonyms.
  await page.locator('[data-action="keep-originals"]').check();
  await expect(privacy).toHaveAttribute('data-privacy', 'originals-kept');
  await chooser.setInputFiles({ name: 'kedua.csv', mimeType: 'text/csv', buffer: csvWithNpwpVendors('b') });
  await expect(page.locator('[data-dataset]')).toHaveCount(2);
  expect((await storedFiles(page)).filter((name) => name.endsWith('/original'))).toHaveLength(1);
  const both = await page.evaluate(() => window.telisik!.queryRows(`SELECT DISTINCT penyedia_id AS id FROM transaksi WHERE penyedia_id LIKE 'spse:%' ORDER BY 1`));
  expect(both).toEqual(ids);

  // Turned off again: the kept file is deleted, the tables stay.
  await page.locator('[data-action="keep-originals"]').uncheck();
  await expect.poll(async () => (await storedFiles(page)).filter((name) => name.endsWith('/original'))).toEqual([]);
  await page.reload();
  await waitForView(page, '');
  await expect(page.locator('[data-dataset]')).toHaveCount(2);
  await expect(page.locator('[data-action="keep-originals"]')).not.toBeChecked();
});
