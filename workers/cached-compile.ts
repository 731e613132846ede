import type { DuckDBBundle } from '@duckdb/duckdb-wasm';

/**
 * DuckDB-WASM's worker for `bundle`, started so that the browser keeps the compiled engine
 * between visits.
 *
 * To report download progress, DuckDB-WASM's worker pipes the wasm response through a
 * TransformStream and compiles a `new Response` made from it (instantiateWasm in
 * duckdb/duckdb-wasm packages/duckdb-wasm/src/bindings/bindings_browser_base.ts, 1.32.0).
 * Chromium keys its compiled-wasm code cache to the fetched response itself; a made-up
 * response has none, so the 34 MB engine was compiled again on every visit (0.65–0.75 s on
 * this machine, measured). Nothing reads that progress here. The worker is started from a
 * two-line script that hides TransformStream before loading DuckDB's, so DuckDB takes its
 * own fallback: instantiateStreaming(fetch(url)), which the cache serves. Its only other
 * effect is the missing progress callback. The URLs are made absolute: a blob worker
 * resolves relative ones against its blob: address.
 */
export function startDuckdbWorker(bundle: DuckDBBundle): { worker: Worker; mainModule: string } {
  const script = new URL(bundle.mainWorker!, self.location.href).href;
  const source = `self.TransformStream = undefined;\nimportScripts(${JSON.stringify(script)});\n`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return { worker: new Worker(url), mainModule: new URL(bundle.mainModule, self.location.href).href };
  } finally {
    // The worker has its script once it starts; the address is not needed after that.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
