/**
 * Issue 6 on real files: Kab. Bandung's 2025 ISB datasets (../shared/data/isb, skipped when
 * absent) dropped on the app all together, as the one overlapping pair in both orders, as
 * one export in two formats, and as one file twice; after each, and after a reload, the
 * figures must equal the independent reference (tests/reference/bandung-ledger.ts), with no
 * page error and the app ready.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, navigate, waitForView } from './fixtures';
import {
  ALL_BANDUNG,
  bandungFile,
  bandungLedger,
  hasSharedIsb,
  readRows,
  type BandungFigures,
  type BandungFileId,
  type ImportedFile
} from '../reference/bandung-ledger';
import type { TextRow } from '../reference/real-files/cells';

/** Every uncaught page error and console error fails the test (the issue saw Svelte's each_key_duplicate). */
const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'page errors and console errors').toEqual([]);
    },
    { auto: true }
  ]
});

/**
 * The filter as a user types it (on /dataset, where the files are imported), and the canonical
 * form the app reports in html[data-view].
 */
const FILTER = '/dataset?pemda=32.04&tahun=2025';
const VIEW = 'tahun=2025&pemda=32.04';
/** Parsing a few MB of JSON and CSV in the worker takes a while on the 2-core machine. */
const IMPORT_TIMEOUT = 120_000;
/** The page is ready when figures are read: an element still missing after this is missing. */
const READ = { timeout: 10_000 };

interface Ratio {
  numerator: string | null;
  denominator: string | null;
  unknown: string | null;
}

interface Shown {
  realisasi: string | null;
  transaksi: string | null;
  tabel: string | null;
  umkk: Ratio;
  pdn: Ratio;
  epurchasing: string | null;
  umkk_anggaran?: Ratio;
  ledger: { counted: string | null; merged: string | null; excluded: string | null; conflicts: string | null };
}

/** The figures and the table (on the overview); the ledger summary is on /dataset. */
type Figures = Omit<Shown, 'ledger'>;

async function attributes(page: Page, selector: string, names: readonly string[]): Promise<Record<string, string | null>> {
  return page.locator(selector).evaluate((el, wanted) => Object.fromEntries(wanted.map((n) => [n, el.getAttribute(n)])), names, READ);
}

async function ratio(page: Page, name: string): Promise<Ratio> {
  const a = await attributes(page, `[data-kpi="${name}"]`, ['data-numerator', 'data-denominator', 'data-unknown']);
  // A ratio without an unknown part may leave data-unknown out: that is 0 rupiah unknown.
  return { numerator: a['data-numerator'] ?? null, denominator: a['data-denominator'] ?? null, unknown: a['data-unknown'] ?? '0' };
}

/** What the data page's ledger summary shows, in the shape of expected().ledger. */
async function shownLedger(page: Page): Promise<Shown['ledger']> {
  const ledger = await attributes(page, '[data-ledger]', ['data-counted', 'data-merged', 'data-excluded', 'data-conflicts']);
  return {
    counted: ledger['data-counted'] ?? null,
    merged: ledger['data-merged'] ?? null,
    excluded: ledger['data-excluded'] ?? null,
    conflicts: ledger['data-conflicts'] ?? null
  };
}

/** What the overview shows, in the shape of expected(); the budget ratio only when a budget is loaded. */
async function shownFigures(page: Page, withBudget: boolean): Promise<Figures> {
  const attribute = (selector: string, name: string) => page.locator(selector).getAttribute(name, READ);
  const figures: Figures = {
    realisasi: await attribute('[data-kpi="realisasi"]', 'data-value'),
    transaksi: await attribute('[data-kpi="transaksi"]', 'data-value'),
    tabel: await attribute('[data-table="transaksi"]', 'data-total'),
    umkk: await ratio(page, 'umkk'),
    pdn: await ratio(page, 'pdn'),
    epurchasing: await attribute('[data-kpi="epurchasing"]', 'data-numerator')
  };
  if (withBudget) figures.umkk_anggaran = await ratio(page, 'umkk_anggaran');
  return figures;
}

/** The reference's figures as the automation contract writes them (raw integers as text). */
function expected(ref: BandungFigures): Shown {
  const s = (n: bigint | number): string => n.toString();
  const figures: Shown = {
    realisasi: s(ref.realisasi),
    transaksi: s(ref.transaksi),
    tabel: s(ref.transaksi),
    umkk: { numerator: s(ref.umk.numerator), denominator: s(ref.realisasi), unknown: s(ref.umk.unknown) },
    pdn: { numerator: s(ref.pdn.numerator), denominator: s(ref.realisasi), unknown: s(ref.pdn.unknown) },
    epurchasing: s(ref.epurchasing),
    ledger: { counted: s(ref.counted), merged: s(ref.merged), excluded: s(ref.excluded), conflicts: s(ref.conflicts) }
  };
  if (ref.belanja !== null) {
    figures.umkk_anggaran = { numerator: s(ref.umk.numerator), denominator: s(ref.belanja), unknown: s(ref.umk.unknown) };
  }
  return figures;
}

/** Imports through the file chooser (on /dataset) and waits until the datasets are stored and the import is over. */
async function choose(page: Page, paths: readonly string[], datasetsAfter: number): Promise<void> {
  await page.locator('[data-action="choose-files"]').setInputFiles([...paths]);
  await expect(page.locator('[data-dataset]')).toHaveCount(datasetsAfter, { timeout: IMPORT_TIMEOUT });
  await expect(page.locator('[data-importing]')).toHaveCount(0, { timeout: IMPORT_TIMEOUT });
}

/** The synthetic sample must not be mixed in: the first real data hides it; make sure it stays hidden. */
async function hideSample(page: Page): Promise<void> {
  const toggle = page.locator('[data-action="toggle-sample"]');
  if (!(await toggle.isChecked())) return;
  const panel = page.locator('[data-panel="datasets"]');
  if ((await panel.getAttribute('open')) === null) await panel.locator(':scope > summary').click();
  await toggle.uncheck();
}

/**
 * From /dataset: waits for the filtered view to be ready and compares the ledger summary with the
 * reference, then goes to the overview (client-side, the data stays) and compares every figure.
 * Ends on the overview.
 */
async function expectFigures(page: Page, ref: BandungFigures): Promise<void> {
  await waitForView(page, VIEW);
  const { ledger, ...figures } = expected(ref);
  // Poll so a panel drawn a frame later is not a failure.
  await expect.poll(() => shownLedger(page), { timeout: 30_000 }).toEqual(ledger);
  await navigate(page, 'ringkasan', VIEW);
  await expect.poll(() => shownFigures(page, ref.belanja !== null), { timeout: 30_000 }).toEqual(figures);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
}

/** A full reload of the data page: the datasets come back from storage. */
async function reloadAndExpect(page: Page, ref: BandungFigures, datasets: number): Promise<void> {
  await openFiltered(page);
  await expect(page.locator('[data-dataset]')).toHaveCount(datasets);
  await expectFigures(page, ref);
}

/** Opens /dataset (the import panel) with the filter, a full page load. */
async function openFiltered(page: Page): Promise<void> {
  await page.goto(FILTER);
  await waitForView(page, VIEW);
}

const files = (...ids: BandungFileId[]): ImportedFile[] => ids.map(bandungFile);

/** The same records as CSV, RFC 4180, header from the JSON keys: what a user gets by saving the export again. */
function toCsv(rows: readonly TextRow[]): string {
  const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const quote = (v: string | null | undefined): string => {
    if (v === null || v === undefined) return '';
    return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  };
  return [header.map(quote), ...rows.map((r) => header.map((h) => quote(r[h])))].map((line) => line.join(',')).join('\r\n') + '\r\n';
}

test.describe('the ledger on Kab. Bandung 2025 (real ISB files)', () => {
  test.skip(!hasSharedIsb(), 'needs ../shared (this team only)');
  test.describe.configure({ timeout: 300_000 });

  test('every realisation and budget dataset dropped together: each transaction counted once, also after a reload', async ({ page }) => {
    const all = files(...ALL_BANDUNG);
    const ref = bandungLedger(all);
    await openFiltered(page);
    await choose(page, all.map((f) => f.path), all.length);
    await hideSample(page);
    await expectFigures(page, ref);
    await reloadAndExpect(page, ref, all.length);
  });

  for (const order of [
    ['nonTenderSelesai', 'nonTenderEkontrak'],
    ['nonTenderEkontrak', 'nonTenderSelesai']
  ] as const) {
    test(`the overlapping pair alone, ${order.join(' then ')}: 1,029 packages merged, one conflict`, async ({ page }) => {
      const pair = files(...order);
      const ref = bandungLedger(pair);
      await openFiltered(page);
      // One after the other, so the import order (and the import sequence) really differs.
      await choose(page, [pair[0]!.path], 1);
      await hideSample(page);
      await choose(page, [pair[1]!.path], 2);
      await expectFigures(page, ref);
      // The one conflict is listed, on /dataset, with the value used and every source's value.
      await navigate(page, 'data', VIEW);
      const conflict = page.locator('[data-conflict="spse-nontender:10350147000"]');
      await expect(conflict).toContainText('SPSE-NonTenderEkontrak-Kontrak = 49650300');
      await expect(conflict).toContainText('SPSE-NonTenderSelesai = 0');
      await reloadAndExpect(page, ref, 2);
    });
  }

  test('the same e-katalog export as JSON and as CSV: one set of transactions, also after a reload', async ({ page }) => {
    // The CSV is written outside the repository: the real records must never enter it.
    const dir = mkdtempSync(join(tmpdir(), 'telisik-ledger-real-'));
    try {
      const json = bandungFile('ekatalogV6');
      const csvPath = join(dir, 'd107_2025_ecat_paket_epurchasing_v6.csv');
      writeFileSync(csvPath, toCsv(readRows(json.path)), 'utf8');
      const both: ImportedFile[] = [json, { path: csvPath, dataset: 'Ecat-PaketEPurchasingV6' }];
      const ref = bandungLedger(both);
      // Found in two stored datasets, counted once: all 606 are merged (the later pull's records count).
      expect([ref.counted, ref.merged, ref.realisasi]).toEqual([606, 606, 189677834789n]);

      await openFiltered(page);
      await choose(page, [json.path], 1);
      await hideSample(page);
      await choose(page, [csvPath], 2);
      await expectFigures(page, ref);
      await reloadAndExpect(page, ref, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the same file imported again after a reload is recognised and changes nothing', async ({ page }) => {
    const pencatatan = files('pencatatan');
    const ref = bandungLedger(pencatatan);
    await openFiltered(page);
    await choose(page, [pencatatan[0]!.path], 1);
    await hideSample(page);
    await expectFigures(page, ref);

    await openFiltered(page);
    await page.locator('[data-action="choose-files"]').setInputFiles(pencatatan[0]!.path);
    await expect(page.locator('[data-import-notice]')).toContainText('sudah pernah diimpor', { timeout: IMPORT_TIMEOUT });
    await expect(page.locator('[data-dataset]')).toHaveCount(1);
    await expectFigures(page, ref);
    await reloadAndExpect(page, ref, 1);
  });
});
