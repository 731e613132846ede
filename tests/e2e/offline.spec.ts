/**
 * Offline (issue 10): after one visit the app starts, shows its figures and moves between
 * pages with the server gone, and it is installable. This spec starts its own server so it
 * can stop it; the other specs block service workers (playwright.config.ts) so their pages
 * do not fill a cache they never use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect, waitForView, navigate, kpi } from './fixtures';

const PORT = 4191;
const ORIGIN = `http://127.0.0.1:${PORT}`;

test.use({ baseURL: ORIGIN, serviceWorkers: 'allow' });

const reachable = () => fetch(ORIGIN).then((r) => r.ok, () => false);

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: new URL('../..', import.meta.url).pathname,
    detached: true,
    stdio: 'ignore'
  });
  await expect.poll(reachable, { timeout: 60_000 }).toBe(true);
});

/** Stops the server (the test does, half way); a second stop finds nothing to stop. */
function stopServer(): void {
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already stopped
  }
}

test.afterAll(stopServer);

test('after one visit the app starts, counts and navigates with the server stopped', async ({ page, context }) => {
  await page.goto('/?tahun=2024');
  await waitForView(page, 'tahun=2024');
  const online = await kpi(page, 'realisasi');

  // Installable: a manifest Chromium accepts, and a service worker in control.
  const cdp = await context.newCDPSession(page);
  const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string };
  expect(manifest.errors).toEqual([]);
  const parsed = JSON.parse(manifest.data ?? '{}') as { display?: string; start_url?: string; icons?: { src: string; sizes: string }[] };
  expect(parsed.display).toBe('standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = parsed.icons?.find((i) => i.sizes === size);
    expect(icon, size).toBeDefined();
    expect((await page.request.get(icon!.src)).ok(), size).toBe(true);
  }
  // Playwright's contexts are private windows, which Chromium never installs from; any other reason is a failure.
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The engine's files and the database are kept once the engine has run.
  const cachedPaths = () =>
    page.evaluate(async () => {
      const paths: string[] = [];
      for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) paths.push(new URL(request.url).pathname);
      return paths;
    });
  await expect.poll(async () => (await cachedPaths()).filter((p) => /\.wasm$|telisik\.duckdb$/.test(p)).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);

  // Only what the service worker keeps counts: the browser's HTTP cache may be evicted
  // between the visit and the meeting, so it is emptied here.
  await cdp.send('Network.clearBrowserCache');
  stopServer();
  await expect.poll(reachable, { timeout: 30_000 }).toBe(false);

  await page.reload();
  await waitForView(page, 'tahun=2024');
  expect(await kpi(page, 'realisasi')).toEqual(online);
  await navigate(page, 'peringkat', 'tahun=2024');

  // A new tab straight onto another route: the cached shell answers the navigation.
  const second = await context.newPage();
  await second.goto('/peta?tahun=2024');
  await waitForView(second, 'tahun=2024');
});
