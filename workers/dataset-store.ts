import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { literal } from '@uwdata/mosaic-sql';
import { ledgerStatements, type LedgerSource } from '../src/lib/ledger/ledger-sql';
import { planStatements } from '../src/lib/ledger/plan-sql';
import { DEFAULT_KATEGORI_RULES, kategoriReferenceRows, type KategoriRule } from '../src/lib/kategori';
import type { DatasetPull } from './db-api';
import { SAMPLE_CATALOG, catalogViews, datasetSchema, type CatalogState } from './catalog';
import { upgradeStoredTables } from './stored-tables';
import { SUMMARY_TABLES } from '../src/lib/ledger/ledger-summary-sql';
import { pulledBy } from '../src/lib/ledger/pull-cutoff';

interface StoredDataset {
  schema: string;
  id: string;
  tables: ReadonlySet<string>;
  pull: DatasetPull;
}

const NO_LEDGER: CatalogState['ledger'] = { schema: '', tables: new Set() };

/**
 * Imported datasets inside the engine: each in its own in-memory schema with its canonical
 * tables (inserted from Arrow IPC), the ledger that counts their records once, and the
 * catalog views that put them beside the sample. Callers run one change at a time (the
 * engine queues them): a rebuild shares its temporary tables with no other.
 */
export class DatasetStore {
  #conn: AsyncDuckDBConnection;
  #sampleVisible = true;
  #datasets: StoredDataset[] = [];
  #ledger: CatalogState['ledger'] = NO_LEDGER;
  #builds = 0;
  #kategori: readonly KategoriRule[] = DEFAULT_KATEGORI_RULES;
  /** Count only datasets pulled by the end of this day (YYYY-MM-DD); null = every pull. */
  #pulledBy: string | null = null;

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

  /**
   * True while the sample's transactions are all the dashboard counts (shown, and no
   * dataset has transactions): then the aggregates its file ships describe the data.
   */
  get onlySampleCounted(): boolean {
    return this.#sampleVisible && !this.#ledger.tables.has('fakta_realisasi');
  }

  async setSampleVisible(visible: boolean): Promise<void> {
    if (visible === this.#sampleVisible) return;
    this.#sampleVisible = visible;
    await this.refreshViews();
  }

  /** The category rules the ledger applies; the ledger is rebuilt with them. */
  async setKategoriRules(rules: readonly KategoriRule[]): Promise<void> {
    const before = this.#kategori;
    this.#kategori = rules;
    try {
      await this.rebuild();
    } catch (error) {
      this.#kategori = before;
      throw error;
    }
  }

  /** Count the data as pulled on `day` (null: every pull); the ledger is rebuilt. */
  async setPulledBy(day: string | null): Promise<void> {
    const before = this.#pulledBy;
    this.#pulledBy = day;
    try {
      await this.rebuild();
    } catch (error) {
      this.#pulledBy = before;
      throw error;
    }
  }

  /**
   * Replace dataset `id` with these canonical tables (name → Arrow IPC stream bytes).
   * With `rebuild` false the ledger and views wait for a later rebuild() (a batch at start-up).
   * A dataset the ledger cannot take is taken out again, so the engine never holds it half.
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
      await upgradeStoredTables(this.#conn, `memory.${schema}`, pull.kind);
      // Channels the reference list does not know still get a facet entry, named by code.
      await this.#conn.query(
        `CREATE TABLE memory.${schema}.kanal AS SELECT DISTINCT channel, channel_group, channel AS nama, source_system FROM memory.${schema}.transaksi`
      );
      names.add('kanal');
    }
    this.#datasets = [...this.#datasets, { schema, id, tables: names, pull }];
    if (!rebuild) return;
    try {
      await this.rebuild();
    } catch (error) {
      await this.drop(id, false);
      throw error;
    }
  }

  async drop(id: string, rebuild = true): Promise<void> {
    const schema = datasetSchema(id);
    const listed = this.#datasets.some((d) => d.schema === schema);
    this.#datasets = this.#datasets.filter((d) => d.schema !== schema);
    // No view may point at the schema once it is gone; a first load (every dataset at
    // start-up) has no view to move, only a half-made schema of a failed load to clear.
    if (listed && rebuild) await this.rebuild();
    else if (listed) await this.refreshViews();
    await this.#conn.query(`DROP SCHEMA IF EXISTS memory.${schema} CASCADE`);
  }

  /**
   * Count every dataset's records once (the ledger) into a schema of its own, then point the
   * views at it and drop the previous one. A build that fails leaves the previous ledger and
   * views as they were.
   */
  async rebuild(): Promise<void> {
    // The build reads the combined views (vendors) of the datasets as they are now.
    await this.refreshViews();
    const previous = this.#ledger;
    if (this.#datasets.length === 0) {
      this.#ledger = NO_LEDGER;
    } else {
      const schema = `memory.buku_${++this.#builds}`;
      try {
        this.#ledger = { schema, tables: await this.#build(schema) };
      } catch (error) {
        await this.#conn.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        throw error;
      }
    }
    await this.refreshViews();
    if (previous.schema !== '') await this.#conn.query(`DROP SCHEMA IF EXISTS ${previous.schema} CASCADE`);
  }

  /** Plan and budget first (the ledger reads the package names), then the category names and the ledger. */
  async #build(schema: string): Promise<ReadonlySet<string>> {
    const having = (table: string): LedgerSource[] =>
      pulledBy(
        this.#datasets
          .filter((d) => d.tables.has(table))
          .map((d) => ({ schema: `memory.${d.schema}`, dataset: d.id, pulledAt: d.pull.pulledAt, seq: d.pull.seq })),
        this.#pulledBy
      );
    const records = having('transaksi');
    const plan = { anggaran: having('anggaran'), paket_rup: having('paket_rup') };
    await this.#conn.query(`CREATE SCHEMA ${schema}`);
    for (const sql of planStatements(plan, schema, `${SAMPLE_CATALOG}.main`)) await this.#conn.query(sql);
    await this.#conn.query(this.#kategoriTableSql(schema));
    const built = new Set(['anggaran', 'paket_rup', 'anggaran_pemda', 'kategori']);
    if (records.length > 0) {
      const options = { penyedia: 'memory.main.penyedia', paketRup: `${schema}.paket_rup`, kategori: this.#kategori };
      for (const sql of ledgerStatements(records, schema, options)) await this.#conn.query(sql);
      ['fakta_realisasi', 'buku_transaksi', 'buku_rekaman', ...SUMMARY_TABLES].forEach((t) => built.add(t));
    }
    return built;
  }

  /** The names of the categories the rules produce, for the `kategori` view. */
  #kategoriTableSql(schema: string): string {
    const rows = kategoriReferenceRows([...this.#kategori]).map(
      (k) => `(${[k.kategori_id, k.nama, k.jenis_pengadaan].map((v) => String(literal(v))).join(', ')})`
    );
    return `CREATE TABLE ${schema}.kategori AS SELECT * FROM (VALUES ${rows.join(', ')}) AS v(kategori_id, nama, jenis_pengadaan)`;
  }
}
