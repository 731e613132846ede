/**
 * The built app runs under a strict Content Security Policy: the page states it in a meta
 * tag and `vite preview` also sends it as a header (as a host should), so the workers run
 * under it too. The fixtures fail any test on a refusal; these tests prove the policy is
 * really in force, in the page and in the engine's worker, and that every file format
 * imports under it (Arrow is encoded without generated code).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, waitForView, kpi } from './fixtures';
import { NON_TENDER_TOTAL, nonTenderCsv } from '../fixtures/isb-fixtures';
import { builtPolicy } from '../../csp.config.js';

const REQUIRED = [
  /(^|; )script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*(;|$)/,
  /(^|; )connect-src 'self'(;|$)/,
  /(^|; )object-src 'none'(;|$)/,
  /(^|; )base-uri 'none'(;|$)/,
  /(^|; )default-src 'self'(;|$)/
];

/** Tries to run a string as code where the policy applies; true when it ran. */
const STRING_RUNS = async () => {
  const scope = globalThis as { cspProbe?: number };
  setTimeout('globalThis.cspProbe = 1', 0);
  await new Promise((resolve) => setTimeout(resolve, 0)); // timers of equal delay run in order
  return scope.cspProbe === 1;
};

async function importAs(page: Page, name: string, mimeType: string, text: string) {
  await page.goto('/dataset');
  await waitForView(page, '');
  await page.locator('[data-action="choose-files"]').setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
  await expect(page.locator('[data-dataset]')).toHaveCount(1);
  await expect(page.locator('[data-import-report] [data-count="rejected"]')).toHaveText('0');
  await page.goto('/');
  await waitForView(page, '');
  expect((await kpi(page, 'realisasi')).value).toBe(String(NON_TENDER_TOTAL));
}

const records = () => Papa.parse<Record<string, string>>(nonTenderCsv(), { header: true, skipEmptyLines: true }).data;

test.describe('Content Security Policy', () => {
  test('is stated by the built page and sent as a header with every response, workers included', async ({ page }) => {
    const engine = page.waitForEvent('worker', (w) => w.url().includes('db.worker'));
    const response = await page.goto('/');
    await waitForView(page, '');
    const worker = await page.request.get((await engine).url());
    // What a static host serves: build/index.html states the policy in a meta tag.
    const meta = builtPolicy(readFileSync(join(import.meta.dirname, '../../build/index.html'), 'utf8')) ?? '';
    const withoutHashes = (policy: string) => policy.replace(/ 'sha256-[^']+'/g, '');
    for (const policy of [response!.headers()['content-security-policy'] ?? '', worker.headers()['content-security-policy'] ?? '', meta]) {
      for (const rule of REQUIRED) expect(policy).toMatch(rule);
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(withoutHashes(policy)).toBe(withoutHashes(meta));
    }
  });

  test('refuses code from strings in the page and in the engine worker, and the guard sees it', async ({ page, cspViolations }) => {
    const engine = page.waitForEvent('worker', (w) => w.url().includes('db.worker'));
    await page.goto('/');
    await waitForView(page, '');
    expect(await page.evaluate(STRING_RUNS)).toBe(false);
    expect(await (await engine).evaluate(STRING_RUNS)).toBe(false);
    // Both refusals reached the fixture's guard (the worker's through workers/csp-report.ts);
    // they were this test's own probes.
    await expect.poll(() => cspViolations.some((v) => v.startsWith('page'))).toBe(true);
    await expect.poll(() => cspViolations.some((v) => v.startsWith('worker') && v.includes('db.worker'))).toBe(true);
    expect(cspViolations.every((v) => /eval|script-src/.test(v))).toBe(true);
    cspViolations.length = 0;
  });

  test('CSV imports under the policy', async ({ page }) => {
    await importAs(page, 'nontender.csv', 'text/csv', nonTenderCsv());
  });

  test('JSON imports under the policy', async ({ page }) => {
    await importAs(page, 'nontender.json', 'application/json', JSON.stringify(records()));
  });

  test('NDJSON imports under the policy', async ({ page }) => {
    await importAs(page, 'nontender.ndjson', 'application/x-ndjson', records().map((r) => JSON.stringify(r)).join('\n'));
  });

  test('XLSX and Parquet reach the preview step under the policy', async ({ page }) => {
    for (const file of ['sample.xlsx', 'sample.parquet']) {
      await page.goto('/dataset');
      await waitForView(page, '');
      await page.locator('[data-action="choose-files"]').setInputFiles(join(import.meta.dirname, '../fixtures/import', file));
      await expect(page.locator('[data-mapping-step]'), file).toContainText('kd_rup');
    }
  });
});
