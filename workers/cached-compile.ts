import type { DuckDBBundle } from '@duckdb/duckdb-wasm';

/**
 * DuckDB-WASM's worker for `bundle`, started so that the browser keeps the compiled engine
 * between visits.
 *
 * To report download progress, DuckDB-WASM's worker pipes the wasm response through a
 * TransformStream and compiles a `new Response` made from it (instantiateWasm in
 * duckdb/duckdb-wasm packages/duckdb-wasm/src/bindings/bindings_browser_base.ts, 1.32.0).
 * Chromium keys its compiled-wasm code cache to the fetched response itself; a made-up
 * response has none, so the 34 MB engine was compiled afresh on every visit and started on
 * its baseline code (traced: never written to the cache nor read from it). Nothing reads that
 * progress here. The worker is started from static/duckdb-worker.js, which removes
 * TransformStream before loading DuckDB's, so DuckDB takes its own fallback,
 * instantiateStreaming(fetch(url)), whose compiled and optimised code the browser keeps: a returning user's engine runs its
 * first statements about 0.3 s sooner (README, Performance). DuckDB then logs "instantiating
 * without progress handler" once per start, and no progress callback runs (none is given).
 * A page file, not a blob: a blob worker is not served by the offline service worker, so
 * with the HTTP cache emptied the engine could not start offline (tried). `wrapperUrl` is
 * that file's address under the site's base path.
 */
export function startDuckdbWorker(bundle: DuckDBBundle, wrapperUrl: string): { worker: Worker; mainModule: string } {
  const script = new URL(bundle.mainWorker!, self.location.href).href;
  // The script to load goes as the worker's name: with a query string, the offline service
  // worker's copy of the file (cached without one) would not answer. Absolute, as DuckDB's
  // worker resolves URLs against its own address, not this worker's.
  const worker = new Worker(new URL(wrapperUrl, self.location.href).href, { name: script });
  return { worker, mainModule: new URL(bundle.mainModule, self.location.href).href };
}
