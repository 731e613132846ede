/**
 * DuckDB-WASM in Node: the same engine build the browser runs, in its blocking (synchronous)
 * form, for the import CLI and for tests that must prove the browser's path.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';

export type WasmConnection = duckdb.DuckDBConnection;

export async function openNodeDuckDbWasm(): Promise<WasmConnection> {
  const require = createRequire(import.meta.url);
  // The wasm files are exported paths of the package; resolve one to find the folder.
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const bundles: duckdb.DuckDBBundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  const connection = db.connect();
  // As in the browser: never download an extension.
  connection.query('SET autoinstall_known_extensions = false');
  connection.query('SET autoload_known_extensions = false');
  return connection;
}
