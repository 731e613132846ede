import * as duckdb from '@duckdb/duckdb-wasm';
import type { BatchItem, DatasetPull, DbApi, ExportReply, QueryReply, Reply, StartOptions, StartProgress, StartReply } from './db-api';
import { AggregateStore } from './aggregate-store';
import { CubeStore } from './cube-store';
import { SAMPLE_CATALOG } from './catalog';
import type { KategoriRule } from '../src/lib/kategori/types';
import type { CubeQuestion } from '../src/lib/query/aggregate/cube-question';
import { DatasetStore } from './dataset-store';
import { useShippedAggregates } from './shipped-aggregates';
import { duckdbBundles } from './duckdb-bundles';
import { startDuckdbWorker } from './cached-compile';
import { attachDatabase, DATABASE_FILE, obtainDatabase } from './database-file';
import { assertFitsBudget, databaseBudget } from './memory-budget';
import { toEngineError } from './engine-errors';
import { arrowToCsv } from './csv-encode';
import { tableFromIPC } from 'apache-arrow';

/** No connection lives here: DuckDB-WASM's memory never reaches the last 16 bytes of 4 GiB. */
const TRAP_HANDLE = 0xfffffff0;

/**
 * Settings applied before anything else runs: DuckDB must never download an extension
 * (only core_functions is built in, and nothing may leave the browser).
 */
const OFFLINE_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false'
];

/**
 * Applied once the data is attached: from then on no query can read or write outside the
 * database (no HTTP, no files), and the settings themselves cannot be changed back.
 */
const LOCK_SETTINGS = ['SET enable_external_access = false', 'SET lock_configuration = true'];

/** After the engine is ready, how long copies wait: the page draws its first figures meanwhile. */
const STARTUP_QUIET_MS = 1500;

/** Epoch milliseconds: comparable with the page's clock, unlike this worker's performance.now(). */
const wallClock = () => performance.timeOrigin + performance.now();

/** DuckDB-WASM with the Telisik database attached, behind the DbApi contract. */
export class DuckDbEngine implements DbApi {
  #db: duckdb.AsyncDuckDB | undefined;
  #conn: duckdb.AsyncDuckDBConnection | undefined;
  #datasets: DatasetStore | undefined;
  #aggregates: AggregateStore | undefined;
  /** In-memory copies of aggregates that answer breakdowns, trend and monitoring parts without a statement (cube-store.ts). */
  #cubes: CubeStore | undefined;
  /** The copies waiting to be made (see #makeWantedCopies), while they wait. */
  #copies: Promise<void> | undefined;
  /** The aggregates the sample's database file was built with (StartOptions). */
  #shippedAggregates: readonly string[] = [];
  /** When the engine was ready (performance.now()), for STARTUP_QUIET_MS. */
  #readyAt = 0;
  /**
   * The last change to the data or batch of questions, queued or running; the next one
   * waits for it. Aggregates are built from the data of the moment, so a batch never runs
   * in the middle of a change, and every change forgets the aggregates of the data before.
   */
  #lane: Promise<unknown> = Promise.resolve();

  async start(options: StartOptions, onProgress?: (p: StartProgress) => void): Promise<StartReply> {
    const began = performance.now();
    const workerAt = wallClock();
    const report = onProgress ?? (() => {});
    try {
      report({ phase: 'engine', loaded: 0, total: 0 });
      // The database downloads while the engine compiles: neither waits for the other.
      const budget = databaseBudget((navigator as Navigator & { deviceMemory?: number }).deviceMemory);
      const checkSize = (bytes: number) => assertFitsBudget(bytes, budget);
      const download = obtainDatabase(options.databaseUrl, report, checkSize);
      download.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
      const bundle = await duckdb.selectBundle(duckdbBundles);
      const { worker, mainModule } = startDuckdbWorker(bundle, options.engineWorkerUrl);
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate(mainModule, bundle.pthreadWorker);
      const compiled = wallClock();
      await db.open({
        path: ':memory:',
        // Keep BIGINT rupiah exact: the page receives bigint, never a rounded double.
        query: { castBigIntToDouble: false, castDecimalToDouble: false }
      });
      const conn = await db.connect();
      await conn.query(OFFLINE_SETTINGS.join(';\n'));

      const source = await download;
      const downloaded = wallClock();
      const sourceBytes = source.kind === 'memory' ? source.bytes.byteLength : source.bytes;
      report({ phase: 'attach', loaded: sourceBytes, total: sourceBytes });
      const attach = () => conn.query(`ATTACH '${DATABASE_FILE}' AS ${SAMPLE_CATALOG} (READ_ONLY)`);
      const attachedFile = await attachDatabase(db, attach, source, options.databaseUrl, report, checkSize);
      const datasets = new DatasetStore(conn);
      await datasets.refreshViews();
      const aggregates = new AggregateStore((sql) => conn.query(sql));
      await useShippedAggregates(conn, datasets, aggregates, options.shippedAggregates);
      await conn.query(LOCK_SETTINGS.join(';\n'));
      const attached = wallClock();

      const version = await db.getVersion();
      this.#db = db;
      this.#conn = conn;
      this.#datasets = datasets;
      this.#aggregates = aggregates;
      this.#shippedAggregates = options.shippedAggregates;
      this.#cubes = new CubeStore((sql) => conn.useUnsafe((db, id) => db.runQuery(id, sql)));
      this.#readyAt = performance.now();
      const isEh = bundle.mainModule.includes('-eh');
      return {
        ok: true,
        info: {
          duckdbVersion: version,
          bundle: isEh ? 'eh' : 'mvp',
          databaseBytes: attachedFile.bytes,
          databaseStorage: attachedFile.storage,
          ...(attachedFile.why ? { databaseNotKept: attachedFile.why } : {}),
          startMs: performance.now() - began,
          steps: { worker: workerAt, compiled, downloaded, attached },
          files: [bundle.mainModule, bundle.mainWorker!, options.databaseUrl].map((url) => new URL(url, self.location.href).href)
        }
      };
    } catch (cause) {
      return { ok: false, error: toEngineError(cause) };
    }
  }

  async query(sql: string): Promise<QueryReply> {
    const began = performance.now();
    try {
      const ipc = await this.#connection().useUnsafe((db, id) => db.runQuery(id, sql));
      return { ok: true, ipc, ms: performance.now() - began };
    } catch (cause) {
      return { ok: false, error: toEngineError(cause, sql) };
    }
  }

  /**
   * Makes DuckDB-WASM's WebAssembly trap for real: a statement on a connection handle near the
   * top of the 4 GiB address space, which its bindings read as a pointer (memory access out of
   * bounds). The engine is broken afterwards, exactly as after a crash, so support and the
   * browser tests can prove the one restart path: a fresh worker with the data reloaded.
   */
  async simulateTrap(): Promise<QueryReply> {
    const began = performance.now();
    try {
      const ipc = await this.#connection().useUnsafe((db) => db.runQuery(TRAP_HANDLE, 'SELECT 1'));
      return { ok: true, ipc, ms: performance.now() - began };
    } catch (cause) {
      return { ok: false, error: toEngineError(cause) };
    }
  }

  queryBatch(items: BatchItem[], onReply: (index: number, reply: QueryReply) => void): Promise<number> {
    return this.#inLane(async () => {
      try {
        await this.#aggregateStore().prepare(items.flatMap((item) => item.aggregates));
      } catch {
        // Each question then builds what it needs itself, and reports its own failure.
      }
      for (const [index, item] of items.entries()) {
        const began = performance.now();
        try {
          // A copy answers without the aggregate's table; SQL needs it built.
          const copied = item.cube && this.#cubes ? this.#cubes.answer(item.cube) : null;
          if (!copied && item.aggregates.length > 0) await this.#aggregateStore().ensure(item.aggregates);
          const ipc = copied ?? (await this.#connection().useUnsafe((db, id) => db.runQuery(id, item.sql)));
          onReply(index, { ok: true, ipc, ms: performance.now() - began, ...(copied ? { fromCopy: true } : {}) });
        } catch (cause) {
          onReply(index, { ok: false, error: toEngineError(cause, item.sql) });
        }
      }
      this.#makeWantedCopies();
      return items.length;
    });
  }

  wantCopies(questions: CubeQuestion[]): void {
    if (!this.#cubes || !this.#aggregates) return;
    const store = this.#aggregates;
    // Only aggregates already built: reading one that is not would fail, again every round.
    const readable = questions.filter((q) => store.has(q.table.name) && (q.kind !== 'kpi' || store.has(q.vendors.name)));
    for (const question of readable) this.#cubes.want(question);
    this.#makeWantedCopies();
  }

  async exportCsv(sql: string, mask = false): Promise<ExportReply> {
    try {
      const ipc = await this.#connection().useUnsafe((db, id) => db.runQuery(id, sql));
      const table = tableFromIPC(ipc);
      return { ok: true, csv: arrowToCsv(table, mask), rows: table.numRows };
    } catch (cause) {
      return { ok: false, error: toEngineError(cause, sql) };
    }
  }

  loadDataset(id: string, tables: Record<string, Uint8Array>, pull: DatasetPull, rebuild = true): Promise<Reply> {
    return this.#change((store) => store.load(id, tables, pull, rebuild));
  }

  rebuildLedger(): Promise<Reply> {
    return this.#change((store) => store.rebuild());
  }

  setKategoriRules(rules: KategoriRule[]): Promise<Reply> {
    return this.#change((store) => store.setKategoriRules(rules));
  }

  dropDataset(id: string): Promise<Reply> {
    return this.#change((store) => store.drop(id));
  }

  setSampleVisible(visible: boolean): Promise<Reply> {
    return this.#change((store) => store.setSampleVisible(visible));
  }

  setPulledBy(day: string | null): Promise<Reply> {
    return this.#change((store) => store.setPulledBy(day));
  }

  /**
   * Changes to the data run one after another, never interleaved: a ledger rebuild uses
   * temporary tables and a schema that a second rebuild on the same connection would clash with.
   */
  #change(action: (store: DatasetStore) => Promise<void>): Promise<Reply> {
    return this.#inLane(async (): Promise<Reply> => {
      if (!this.#datasets) return { ok: false, error: toEngineError(new Error('Mesin data belum siap.')) };
      let reply: Reply = { ok: true };
      try {
        await action(this.#datasets);
      } catch (cause) {
        reply = { ok: false, error: toEngineError(cause) };
      }
      // Even a failed change may have moved views: never answer from older aggregates. The
      // store forgets them before it drops their tables, so should the drop fail, nothing
      // reads them again (a table that cannot be rebuilt fails its fast path, and the
      // question is answered on the canonical tables): the change's own reply stands.
      this.#cubes?.reset();
      const store = this.#aggregateStore();
      await useShippedAggregates(this.#connection(), this.#datasets, store, this.#shippedAggregates)
        .catch(() => store.reset())
        .catch(() => {});
      return reply;
    });
  }

  /**
   * The copies the batch's questions could have used are made right after it, behind the
   * batches already waiting, except at start-up: the page's first round is drawn on the same
   * cores, so its copies wait until it had STARTUP_QUIET_MS to draw. A batch that comes
   * while copies are made waits for them (once per data change and grouping).
   */
  #makeWantedCopies(): void {
    if (this.#copies) return;
    const quietFor = Math.max(0, this.#readyAt + STARTUP_QUIET_MS - performance.now());
    this.#copies = new Promise<void>((resolve) =>
      setTimeout(() => {
        this.#copies = undefined;
        void this.#inLane(() => this.#cubes?.copyWanted() ?? Promise.resolve()).then(resolve);
      }, quietFor)
    );
  }

  /** Resolves once the copies wanted so far are made and nothing is queued (window.telisik.engineIdle()). */
  async whenIdle(): Promise<Reply> {
    // A batch still running may want copies at its end: look again until nothing moved.
    let lane: Promise<unknown>;
    do {
      lane = this.#lane;
      await lane;
      await this.#copies;
    } while (lane !== this.#lane || this.#copies !== undefined);
    return { ok: true };
  }

  /** Run `task` after everything queued before it; it must not throw (replies are values). */
  #inLane<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#lane.then(task);
    this.#lane = run.catch(() => {});
    return run;
  }

  #aggregateStore(): AggregateStore {
    if (!this.#aggregates) throw new Error('Mesin data belum siap.');
    return this.#aggregates;
  }

  #connection(): duckdb.AsyncDuckDBConnection {
    if (!this.#conn || !this.#db) throw new Error('Mesin data belum siap.');
    return this.#conn;
  }
}
