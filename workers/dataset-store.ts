import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { literal } from '@uwdata/mosaic-sql';
import { ledgerStatements, type LedgerSource } from '../src/lib/ledger/ledger-sql';
import { planStatements } from '../src/lib/ledger/plan-sql';
import { DEFAULT_KATEGORI_RULES, kategoriReferenceRows, type KategoriRule } from '../src/lib/kategori';
import type { DatasetPull } from './db-api';
import { LEDGER_SCHEMA, SAMPLE_CATALOG, catalogViews, datasetSchema, type CatalogState } from './catalog';


interface StoredDataset {
  schema: string;
  id: string;
  tables: ReadonlySet<string>;
  pull: DatasetPull;
}

/**
 * Imported datasets inside the engine: each in its own in-memory schema with its canonical
 * tables (inserted from Arrow IPC), the ledger that counts their records once
 * (LEDGER_SCHEMA), and the catalog views that put them beside the sample.
 */
export class DatasetStore {
  #conn: AsyncDuckDBConnection;
  #sampleVisible = true;
  #datasets: StoredDataset[] = [];
  #ledger: ReadonlySet<string> = new Set();
  #kategori: readonly KategoriRule[] = DEFAULT_KATEGORI_RULES;

  constructor(conn: AsyncDuckDBConnection) {
    this.#conn = conn;
  }

  get #state(): CatalogState {
    return {
      sampleVisible: this.#sampleVisible,
      datasets: this.#datasets.map(({ schema, tables }) => ({ schema, tables })),
      ledger: this.#ledger
    };
  }

  /** (Re)create the views for the current state. */
  async refreshViews(): Promise<void> {
    // One round trip for all views: this runs on every start-up.
    await this.#conn.query(catalogViews(this.#state).join(';\n'));
  }

  async setSampleVisible(visible: boolean): Promise<void> {
    if (visible === this.#sampleVisible) return;
    this.#sampleVisible = visible;
    await this.refreshViews();
  }

  /** The category rules the ledger applies; the ledger is rebuilt with them. */
  async setKategoriRules(rules: readonly KategoriRule[]): Promise<void> {
    this.#kategori = rules;
    await this.rebuild();
  }

  /**
   * Replace dataset `id` with these canonical tables (name → Arrow IPC stream bytes).
   * With `rebuild` false the ledger and views wait for a later rebuild() (a batch at start-up).
   */
  async load(id: string, tables: Record<string, Uint8Array>, pull: DatasetPull, rebuild = true): Promise<void> {
    await this.drop(id, false);
    const schema = datasetSchema(id);
    await this.#conn.query(`CREATE SCHEMA memory.${schema}`);
    const names = new Set(Object.keys(tables));
    for (const [name, ipc] of Object.entries(tables)) {
      if (!/^[a-z_]+$/.test(name)) throw new Error(`Invalid table name: ${name}`);
      await this.#conn.insertArrowFromIPCStream(ipc, { schema, name, create: true });
    }
    if (names.has('transaksi')) {
      // Channels the reference list does not know still get a facet entry, named by code.
      await this.#conn.query(
        `CREATE TABLE memory.${schema}.kanal AS SELECT DISTINCT channel, channel_group, channel AS nama, source_system FROM memory.${schema}.transaksi`
      );
      names.add('kanal');
    }
    this.#datasets = [...this.#datasets, { schema, id, tables: names, pull }];
    if (rebuild) await this.rebuild();
  }

  async drop(id: string, rebuild = true): Promise<void> {
    const schema = datasetSchema(id);
    this.#datasets = this.#datasets.filter((d) => d.schema !== schema);
    if (rebuild) await this.rebuild();
    await this.#conn.query(`DROP SCHEMA IF EXISTS memory.${schema} CASCADE`);
  }

  /** Count every dataset's records once (the ledger), then point the views at the result. */
  async rebuild(): Promise<void> {
    const having = (table: string): LedgerSource[] =>
      this.#datasets
        .filter((d) => d.tables.has(table))
        .map((d) => ({ schema: `memory.${d.schema}`, dataset: d.id, ...d.pull }));
    const records = having('transaksi');
    const plan = { anggaran: having('anggaran'), paket_rup: having('paket_rup') };
    // Views first: the ledger reads the combined `penyedia` view.
    this.#ledger = new Set();
    await this.refreshViews();
    await this.#conn.query(`DROP SCHEMA IF EXISTS ${LEDGER_SCHEMA} CASCADE; CREATE SCHEMA ${LEDGER_SCHEMA}`);
    if (this.#datasets.length === 0) return this.refreshViews();
    // The plan first: the ledger reads its package names to categorise transactions.
    for (const sql of planStatements(plan, LEDGER_SCHEMA, `${SAMPLE_CATALOG}.main`)) await this.#conn.query(sql);
    await this.#conn.query(this.#kategoriTableSql());
    const built = new Set(['anggaran', 'paket_rup', 'anggaran_pemda', 'kategori']);
    if (records.length > 0) {
      const options = { penyedia: 'memory.main.penyedia', paketRup: `${LEDGER_SCHEMA}.paket_rup`, kategori: this.#kategori };
      for (const sql of ledgerStatements(records, LEDGER_SCHEMA, options)) await this.#conn.query(sql);
      ['fakta_realisasi', 'buku_transaksi', 'buku_rekaman'].forEach((t) => built.add(t));
    }
    this.#ledger = built;
    await this.refreshViews();
  }

  /** The names of the categories the rules produce, for the `kategori` view. */
  #kategoriTableSql(): string {
    const rows = kategoriReferenceRows([...this.#kategori]).map(
      (k) => `(${[k.kategori_id, k.nama, k.jenis_pengadaan].map((v) => String(literal(v))).join(', ')})`
    );
    return `CREATE TABLE ${LEDGER_SCHEMA}.kategori AS SELECT * FROM (VALUES ${rows.join(', ')}) AS v(kategori_id, nama, jenis_pengadaan)`;
  }
}
