/**
 * The database file is kept in the browser's private file system (workers/stored-database.ts):
 * the engine reads it from there instead of from a copy in its memory, a reload does not
 * download it again while the server has the same file, a new version on the server replaces
 * it, and other tabs read the same copy while one has it open. The figures are the same
 * whichever way the file came.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForView, navigate, kpi } from './fixtures';

const DATABASE = /\/data\/telisik\.duckdb$/;

/** Where the engine read the file from, as the data page says it. */
async function storage(page: Page): Promise<string | null> {
  await navigate(page, 'data', 'tahun=2024');
  const memory = page.locator('[data-engine-memory]');
  await expect(memory).toBeVisible();
  return memory.getAttribute('data-database-storage');
}

/** Bytes of the database file's bodies the page received, counted as they arrive. */
function countDatabaseBytes(page: Page): () => number {
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    if (!DATABASE.test(new URL(request.url()).pathname)) return;
    const sizes = await request.sizes().catch(() => null);
    bytes += sizes?.responseBodySize ?? 0;
  });
  return () => bytes;
}

test('the file is kept in browser storage, and a reload reads that copy without downloading it again', async ({ page }) => {
  const received = countDatabaseBytes(page);
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  const first = await kpi(page, 'realisasi');
  expect(BigInt(first.value ?? '0')).toBeGreaterThan(0n);
  expect(await storage(page)).toBe('stored');
  await expect(page.locator('[data-engine-memory]')).toContainText('disimpan di penyimpanan peramban');
  // The first visit downloaded the file (tens of MB, compressed or not)…
  const downloaded = received();
  expect(downloaded).toBeGreaterThan(5_000_000);

  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  expect(await kpi(page, 'realisasi')).toEqual(first);
  expect(await storage(page)).toBe('reused');
  // …the reload did not.
  expect(received() - downloaded).toBeLessThan(1_000_000);
});

test('a new version of the file on the server replaces the kept copy', async ({ page, context }) => {
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  const first = await kpi(page, 'realisasi');
  expect(await storage(page)).toBe('stored');

  // The same bytes under another ETag: to the browser, a new version of the file.
  await context.route(DATABASE, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), etag: '"a-new-version"' } });
  });
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  expect(await kpi(page, 'realisasi')).toEqual(first);
  expect(await storage(page)).toBe('stored');
  // …and that version is the one kept now.
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  expect(await storage(page)).toBe('reused');
});

test('when the file cannot be fetched (no network), the copy kept by the last visit starts the app', async ({ page, context }) => {
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  const first = await kpi(page, 'realisasi');

  // The service worker is blocked in these specs, so only the database request is failed.
  let refused = 0;
  await context.route(DATABASE, (route) => (refused++, route.abort('internetdisconnected')));
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  expect(refused).toBeGreaterThan(0);
  expect(await kpi(page, 'realisasi')).toEqual(first);
  expect(await storage(page)).toBe('reused');
});

test('a second tab reads the same kept copy while the first has it open, online or not, with the same figures', async ({ page, context }) => {
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  const first = await kpi(page, 'realisasi');

  // Both engines hold a read-only handle on the one file (workers/duckdb-worker-patch.ts).
  const second = await context.newPage();
  const received = countDatabaseBytes(second);
  await second.goto('/?tahun=2024');
  await waitForView(second, 'tahun=2024');
  expect(await kpi(second, 'realisasi')).toEqual(first);
  expect(await storage(second)).toBe('reused');
  expect(received()).toBeLessThan(1_000_000);

  // A third tab with the server gone starts from that copy too, while two tabs have it open.
  let refused = 0;
  await context.route(DATABASE, (route) => (refused++, route.abort('internetdisconnected')));
  const third = await context.newPage();
  await third.goto('/?tahun=2024');
  await waitForView(third, 'tahun=2024');
  expect(refused).toBeGreaterThan(0);
  expect(await kpi(third, 'realisasi')).toEqual(first);
  expect(await storage(third)).toBe('reused');
  expect(await storage(page)).toBe('stored');
});

/** The names of the database files kept in the private file system (workers/stored-database.ts). */
async function keptFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('telisik-database', { create: true });
    const names: string[] = [];
    for await (const name of (folder as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) if (name.endsWith('.duckdb')) names.push(name);
    return names;
  });
}

test('a damaged kept copy is let go of and removed, the file is read into memory, and the next start keeps it afresh', async ({ page }) => {
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  const first = await kpi(page, 'realisasi');
  const [name] = await keptFiles(page);
  expect(name).toBeDefined();

  // Leave the page (its engine lets go of the copy), then overwrite the copy's header.
  await page.goto('/favicon.svg');
  await page.evaluate(async (file) => {
    const handle = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('telisik-database')).getFileHandle(file);
    // The old page's engine lets go of its handle a moment after the page is left.
    for (let attempt = 0; ; attempt++) {
      try {
        const writable = await handle.createWritable({ keepExistingData: true });
        await writable.write({ type: 'write', position: 0, data: new Uint8Array(8192).fill(7) });
        return await writable.close();
      } catch (cause) {
        if (attempt === 50 || (cause as DOMException).name !== 'NoModificationAllowedError') throw cause;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, name!);

  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  expect(await kpi(page, 'realisasi')).toEqual(first);
  expect(await storage(page)).toBe('memory');
  // DuckDB let go of the damaged copy (its read-only handle closed), so it could be removed.
  expect(await keptFiles(page)).toEqual([]);

  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  expect(await kpi(page, 'realisasi')).toEqual(first);
  expect(await storage(page)).toBe('stored');
});
