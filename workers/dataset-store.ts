import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { budgetTableSql, factTableSql } from '../src/lib/query/derived-tables';
import { SAMPLE_CATALOG, catalogViews, datasetSchema, type CatalogState } from './catalog';

/**
 * Imported datasets inside the engine: each in its own in-memory schema with its canonical
 * tables (inserted from Arrow IPC) and its own dashboard tables, plus the catalog views
 * that put them beside the sample.
 */
export class DatasetStore {
  #conn: AsyncDuckDBConnection;
  #state: CatalogState = { sampleVisible: true, datasets: [] };

  constructor(conn: AsyncDuckDBConnection) {
    this.#conn = conn;
  }

  /** (Re)create the views for the current state. */
  async refreshViews(): Promise<void> {
    // One round trip for all views: this runs on every start-up.
    await this.#conn.query(catalogViews(this.#state).join(';\n'));
  }

  async setSampleVisible(visible: boolean): Promise<void> {
    if (visible === this.#state.sampleVisible) return;
    this.#state = { ...this.#state, sampleVisible: visible };
    await this.refreshViews();
  }

  /** Replace dataset `id` with these canonical tables (name → Arrow IPC stream bytes). */
  async load(id: string, tables: Record<string, Uint8Array>): Promise<void> {
    await this.drop(id, false);
    const schema = datasetSchema(id);
    await this.#conn.query(`CREATE SCHEMA memory.${schema}`);
    const names = new Set(Object.keys(tables));
    for (const [name, ipc] of Object.entries(tables)) {
      if (!/^[a-z_]+$/.test(name)) throw new Error(`Invalid table name: ${name}`);
      await this.#conn.insertArrowFromIPCStream(ipc, { schema, name, create: true });
    }
    const qualified = `memory.${schema}`;
    if (names.has('transaksi')) {
      if (!names.has('penyedia')) await this.#conn.query(`CREATE TABLE ${qualified}.penyedia AS SELECT * FROM ${SAMPLE_CATALOG}.main.penyedia WHERE false`);
      await this.#conn.query(factTableSql(qualified, `${qualified}.fakta_realisasi`));
      // Channels the reference list does not know still get a facet entry, named by code.
      await this.#conn.query(
        `CREATE TABLE ${qualified}.kanal AS SELECT DISTINCT channel, channel_group, channel AS nama, source_system FROM ${qualified}.transaksi`
      );
      names.add('penyedia').add('fakta_realisasi').add('kanal');
    }
    if (names.has('anggaran') || names.has('paket_rup')) {
      for (const missing of ['anggaran', 'paket_rup'].filter((t) => !names.has(t))) {
        await this.#conn.query(`CREATE TABLE ${qualified}.${missing} AS SELECT * FROM ${SAMPLE_CATALOG}.main.${missing} WHERE false`);
        names.add(missing);
      }
      await this.#conn.query(budgetTableSql(qualified, `${qualified}.anggaran_pemda`));
      names.add('anggaran_pemda');
    }
    this.#state = { ...this.#state, datasets: [...this.#state.datasets, { schema, tables: names }] };
    await this.refreshViews();
  }

  async drop(id: string, refresh = true): Promise<void> {
    const schema = datasetSchema(id);
    this.#state = { ...this.#state, datasets: this.#state.datasets.filter((d) => d.schema !== schema) };
    if (refresh) await this.refreshViews();
    await this.#conn.query(`DROP SCHEMA IF EXISTS memory.${schema} CASCADE`);
  }
}
