// DuckDB-WASM's worker, loaded with TransformStream removed so that DuckDB compiles its wasm
// with instantiateStreaming(fetch(url)) and the browser keeps the compiled engine between
// visits (why: workers/cached-compile.ts). A plain script in static/ rather than a blob, so
// that the offline service worker serves it and what it loads, like any page file.
// The worker's name is the DuckDB worker script of this build, given by cached-compile.ts
// (a name, not a query string, so that the service worker's copy of this file answers);
// only a script of this site is loaded.
const src = new URL(self.name, self.location.href);
if (src.origin !== self.location.origin || !src.pathname.endsWith('.js')) {
  throw new Error('duckdb-worker.js: the DuckDB worker must be a script of this site');
}
delete self.TransformStream;
importScripts(src.href);
