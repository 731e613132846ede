/**
 * The only place that imports DuckDB-WASM's binary assets. Vite copies them into the build
 * and gives us same-origin URLs: nothing is fetched from a CDN. Importing these `?url`
 * assets from a second module would emit the 34 MB wasm twice.
 */
import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/** `eh` (WebAssembly exceptions) where the browser has it, `mvp` otherwise. No threaded `coi`. */
export const duckdbBundles: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker }
};
