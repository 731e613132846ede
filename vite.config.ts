import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // DuckDB-WASM ships its own workers and wasm files; pre-bundling would break their URLs.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // Without this the dev server answers 403 for the top-level workers/ folder.
  server: { fs: { allow: ['workers'] } },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/global-setup.ts'],
    environment: 'node',
    // CI also writes a JSON report (outside test-results/, which Playwright empties), which
    // .ci/summary.mjs turns into one closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.reports/unit.json' }]] : ['default'],
    testTimeout: 120_000,
    hookTimeout: 300_000
  }
});
