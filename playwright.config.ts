import { defineConfig, devices } from '@playwright/test';
import { QUIET_CHROMIUM_ARGS, VIEWPORT, chromiumExecutable } from './tests/chromium';

const port = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // CI also writes a JSON report, which .ci/summary.mjs turns into one closing line.
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.reports/e2e.json' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    viewport: VIEWPORT,
    acceptDownloads: true,
    // The offline service worker is tested in offline.spec.ts; elsewhere it would only fill a
    // cache per test (tens of MB) that the test never uses.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumExecutable, args: QUIET_CHROMIUM_ARGS }
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000
  }
});
