import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { builtPolicy } from './csp.config.js';
import { patchDuckdbWorker } from './workers/duckdb-worker-patch.ts';

/** "0.1.0 (a39bb77)": the package version and, when built from a Git checkout, its commit. */
function appVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return commit ? `${version} (${commit})` : version;
  } catch {
    return version; // a source tarball without Git
  }
}

/**
 * `vite preview` sends the built page's policy as a header on every response, worker scripts
 * included (the meta tag does not reach workers), as a host should. Registered before
 * SvelteKit's plugin so it runs before SvelteKit's static file middleware.
 */
const previewPolicy: Plugin = {
  name: 'telisik-preview-csp',
  configurePreviewServer(server) {
    const index = new URL('./build/index.html', import.meta.url);
    const policy = existsSync(index) ? builtPolicy(readFileSync(index, 'utf8')) : undefined;
    if (!policy) return;
    server.middlewares.use((_request, response, next) => {
      // Set as the head is written, and only where none is: a page SvelteKit renders brings
      // its own policy (its inline script's hash differs from index.html's), and a 304 must
      // carry none, or the browser pairs the cached page with index.html's policy and
      // refuses its script (a page revisited through the offline worker stayed on "loading").
      const writeHead = response.writeHead;
      response.writeHead = function (this: typeof response, status: number, ...rest: unknown[]) {
        if (status !== 304 && !this.hasHeader('Content-Security-Policy')) this.setHeader('Content-Security-Policy', policy);
        return (writeHead as (...args: unknown[]) => typeof response).call(this, status, ...rest);
      } as typeof response.writeHead;
      next();
    });
  }
};

/** DuckDB-WASM's worker scripts, as workers/duckdb-bundles.ts imports their URLs. */
const DUCKDB_WORKER_URL = /\/@duckdb\/duckdb-wasm\/dist\/duckdb-browser-(?:eh|mvp)\.worker\.js\?url$/;

/**
 * A build emits DuckDB-WASM's worker scripts with the rewrites of workers/duckdb-worker-patch.ts
 * (a faster engine start, a database file tabs share). Emitted here, before Vite's own asset
 * handling, so that the file's hashed name is the patched content's: a changed rewrite is a
 * new file, never a stale cached one. `npm start` serves the scripts unchanged.
 */
const duckdbWorkerPatch = (): Plugin => ({
  name: 'telisik-duckdb-worker-patch',
  apply: 'build',
  enforce: 'pre',
  async load(id) {
    if (!DUCKDB_WORKER_URL.test(id)) return null;
    const file = id.slice(0, -'?url'.length);
    const reference = this.emitFile({ type: 'asset', name: basename(file), source: patchDuckdbWorker(await readFile(file, 'utf8')) });
    return `export default import.meta.ROLLDOWN_FILE_URL_${reference};`;
  }
});

export default defineConfig({
  plugins: [previewPolicy, sveltekit()],
  define: { __TELISIK_VERSION__: JSON.stringify(appVersion()) },
  // DuckDB-WASM ships its own workers and wasm files; pre-bundling would break their URLs.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // Without this the dev server answers 403 for the top-level workers/ folder.
  server: { fs: { allow: ['workers'] } },
  // The engine's worker bundle is where DuckDB-WASM's scripts are imported.
  worker: { format: 'es', plugins: () => [duckdbWorkerPatch()] },
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
