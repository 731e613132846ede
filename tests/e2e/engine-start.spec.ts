/**
 * The engine a user's browser starts is DuckDB-WASM's worker with the rewrites of
 * workers/duckdb-worker-patch.ts (a shorter start, shared read-only file handles), and it answers as before: every other
 * browser test's figures come from that same engine.
 */
import { test, expect, waitForView, kpi } from './fixtures';
import { WORKER_REWRITES } from '../../workers/duckdb-worker-patch';

const DUCKDB_WORKER_SCRIPT = /\/duckdb-browser-(eh|mvp)\.worker-[\w-]+\.js$/;

test('the engine runs DuckDB-WASM\'s worker script with its loader rewritten', async ({ page, context }) => {
  const scripts: string[] = [];
  context.on('request', (request) => {
    if (DUCKDB_WORKER_SCRIPT.test(new URL(request.url()).pathname)) scripts.push(request.url());
  });
  await page.goto('/');
  await waitForView(page, '');
  expect(BigInt((await kpi(page, 'realisasi')).value ?? '0')).toBeGreaterThan(0n);

  // Exactly one of the two bundles is loaded (eh where the browser has wasm exceptions).
  const [script, ...others] = scripts;
  expect(others).toEqual([]);
  expect(script).toBeDefined();
  const served = await (await page.request.get(script!)).text();
  expect(served).toContain('updateGOT=');
  for (const rewrite of WORKER_REWRITES) expect(rewrite.pattern.test(served), rewrite.name).toBe(false);
  expect(served).toContain('createSyncAccessHandle({mode:"read-only"})');
});
