import * as Comlink from 'comlink';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { DatasetPull, DbApi, EngineError, EngineInfo, ExportReply, QueryReply, Reply, StartOptions, StartProgress } from '../../../workers/db-api';
import { ENGINE_REPLACED, QUERY_CANCELLED, QUERY_TIMEOUT, REPLACEMENT_ERRORS, QueryError } from './query-error';
import { QueryWatch } from './query-watch';
import type { JournalEntry } from './query-journal';
import { BatchReceiver, batchItem } from './batch-receiver';
import { engineText } from '../i18n/engine-id';
import type { BatchAnswer } from './coordinator';
import type { Question } from './question';
import type { KategoriRule } from '../kategori/types';

export type { JournalEntry } from './query-journal';

type Failure = { ok: false; error: EngineError };
const isFailure = (reply: { ok: boolean }): reply is Failure => !reply.ok;

/** Where the engine starts from (StartOptions: the database, DuckDB's worker, the aggregates the file ships) and who hears about it. */
export interface DbClientOptions extends StartOptions {
  onProgress: (p: StartProgress) => void;
  /** Called when the worker had to be restarted (a trap or a crash) and the data reloaded. */
  onRestart: (reason: EngineError) => void | Promise<void>;
  /** Told how many statements the engine is running (for the cancel button). */
  onRunningChange?: (running: number) => void;
}

/**
 * Owns the database worker: starts it, turns its replies into Arrow tables or QueryErrors,
 * and replaces it when it traps or dies so the app stays usable.
 */
export class DbClient {
  #options: DbClientOptions;
  #worker: Worker | undefined;
  #api: Comlink.Remote<DbApi> | undefined;
  #ready: Promise<EngineInfo> | undefined;
  /** Rejects when the worker dies: calls to a dead worker would otherwise never return. */
  #died: Promise<never> = new Promise(() => {});
  /** Rejects #died on purpose, when the worker is replaced while calls still wait on it. */
  #bury: ((error: QueryError) => void) | undefined;
  /** Counts workers started: a failure of an older one must not restart the current one. */
  #generation = 0;
  /** The restart under way, shared by every call that saw the same crash. */
  #restarting: Promise<EngineInfo> | undefined;
  info: EngineInfo | undefined;
  /** The last statements sent in batches and the engine time of each (for `npm run bench`). */
  readonly journal: JournalEntry[] = [];
  /** Statements sent in batches since the page loaded. */
  sent = 0;
  /** The statements running now and those stopped for taking too long or being cancelled. */
  readonly watch: QueryWatch;

  constructor(options: DbClientOptions) {
    this.#options = options;
    this.watch = new QueryWatch(() => void this.#stopRunning(QUERY_TIMEOUT), options.onRunningChange);
  }

  /**
   * Start (or restart) the worker and attach the data; resolves when queries can run.
   * Calls still waiting on an old worker settle with `burial` (a plain replacement unless
   * they were stopped).
   */
  start(burial: EngineError = { name: ENGINE_REPLACED, message: 'Mesin data dimulai ulang.', fatal: true }): Promise<EngineInfo> {
    // terminate() fires no error event, and a Comlink call to a terminated worker never
    // returns (GoogleChromeLabs/comlink#601): the waiting calls are settled here.
    this.#bury?.(new QueryError(burial));
    this.#worker?.terminate();
    this.#generation++;
    const worker = new Worker(new URL('../../../workers/db.worker.ts', import.meta.url), {
      type: 'module'
    });
    const api = Comlink.wrap<DbApi>(worker);
    this.#died = new Promise<never>((_, reject) => {
      this.#bury = reject;
      worker.addEventListener('error', (event) =>
        reject(new QueryError({ name: 'WorkerError', message: event.message || 'Worker berhenti.', fatal: true }))
      );
    });
    this.#died.catch(() => {}); // observed by the calls that race against it
    this.#worker = worker;
    this.#api = api;
    const { databaseUrl, engineWorkerUrl, shippedAggregates } = this.#options;
    const started = api.start({ databaseUrl, engineWorkerUrl, shippedAggregates }, Comlink.proxy(this.#options.onProgress)).then((reply) => {
      if (!reply.ok) throw new QueryError(reply.error);
      this.info = reply.info;
      return reply.info;
    });
    // A worker whose script cannot load fires `error` and never answers `start`.
    this.#ready = Promise.race([started, this.#died]).catch((cause: unknown) => {
      if (cause instanceof QueryError && cause.name === 'WorkerError') {
        throw new QueryError({ name: 'WorkerError', message: `${engineText.workerFailed} (${cause.message})`, fatal: true });
      }
      throw cause;
    });
    return this.#ready;
  }

  /** Run SQL in the worker; a fatal engine error restarts the worker before rethrowing. */
  async query(sql: string): Promise<Table> {
    const stopped = this.watch.stoppedError(sql);
    if (stopped) throw new QueryError(stopped);
    const reply = await this.#call<QueryReply>((api) => api.query(sql), sql, true);
    if (reply.ok) return tableFromIPC(reply.ipc);
    throw new QueryError(reply.error);
  }

  /** Make the engine trap for real (support, tests); the restart path then replaces it. */
  async simulateTrap(): Promise<void> {
    const reply = await this.#call<QueryReply>((api) => api.simulateTrap());
    if (!reply.ok) throw new QueryError(reply.error);
  }

  /** Wait until the engine has nothing queued, the in-memory copies of aggregates it is making included. */
  async whenIdle(): Promise<void> {
    await this.#settle((api) => api.whenIdle(), 'menunggu mesin data');
  }

  /** Questions of views off screen, asked later: the engine copies the aggregates they read meanwhile. */
  expect(questions: readonly Question[]): void {
    const cubes = questions.flatMap((q) => batchItem(q).cube ?? []);
    if (cubes.length > 0) void this.#readyApi().then((api) => api.wantCopies(cubes)).catch(() => {});
  }

  /** Run SQL in the worker and keep its answer as Arrow IPC bytes, to hand to another worker (exports). */
  async queryIpc(sql: string): Promise<Uint8Array> {
    const reply = await this.#call<QueryReply>((api) => api.query(sql), sql);
    if (reply.ok) return reply.ipc;
    throw new QueryError(reply.error);
  }

  /**
   * Run a round's questions in one worker call, each by its fast path when it has one; each
   * answer goes to `onAnswer` as soon as it arrives. A fatal engine error restarts the
   * worker once, after every answer is in.
   */
  async queryBatch(questions: readonly Question[], onAnswer: (index: number, answer: BatchAnswer) => void): Promise<void> {
    // A stopped question fails at once; the others run.
    const runnable: number[] = [];
    questions.forEach((q, index) => {
      const stopped = this.watch.stoppedError(q.sql);
      if (stopped) onAnswer(index, { ok: false, error: new QueryError(stopped) });
      else runnable.push(index);
    });
    if (runnable.length < questions.length) {
      if (runnable.length > 0) {
        await this.queryBatch(runnable.map((i) => questions[i]!), (k, answer) => onAnswer(runnable[k]!, answer));
      }
      return;
    }
    await this.#runBatch(questions, onAnswer);
  }

  async #runBatch(questions: readonly Question[], onAnswer: (index: number, answer: BatchAnswer) => void): Promise<void> {
    const api = await this.#readyApi();
    const generation = this.#generation;
    const batch = new BatchReceiver(questions, this.journal, () => this.sent++, onAnswer);
    const call = api.queryBatch(batch.items, Comlink.proxy(batch.deliver)).then(() => batch.arrived);
    // Only the engine's own time counts towards the limit, not the wait for a restart.
    const outcome = await this.watch.watch(questions.map((q) => q.sql), (answered) => {
      batch.onArrival = answered;
      return this.#unlessDead<void>(call);
    });
    if (outcome !== undefined && !outcome.ok) {
      for (const index of [...batch.waiting]) batch.deliver(index, { ok: false, error: { ...outcome.error, sql: batch.items[index]!.sql } });
    }
    if (batch.fatal) await this.#recoverIfFatal(batch.fatal, generation);
  }

  /** The rows of a SELECT as CSV bytes, encoded in the worker. */
  async exportCsv(sql: string, mask = false): Promise<{ csv: Uint8Array; rows: number }> {
    const reply = await this.#call<ExportReply>((api) => api.exportCsv(sql, mask), sql);
    if (reply.ok) return { csv: reply.csv, rows: reply.rows };
    throw new QueryError(reply.error);
  }

  /** Put an imported dataset's canonical tables (Arrow IPC bytes, transferred) beside the sample. */
  async loadDataset(id: string, tables: Record<string, Uint8Array>, pull: DatasetPull, rebuild = true): Promise<void> {
    const transfer = Object.values(tables).map((bytes) => bytes.buffer as ArrayBuffer);
    await this.#settle((api) => api.loadDataset(id, Comlink.transfer(tables, transfer), pull, rebuild), `memuat dataset ${id}`);
  }

  /** Categorise transactions with these rules and rebuild the ledger. */
  async setKategoriRules(rules: KategoriRule[]): Promise<void> {
    // Plain objects: a Svelte state proxy cannot be cloned to the worker.
    const plain = JSON.parse(JSON.stringify(rules)) as KategoriRule[];
    await this.#settle((api) => api.setKategoriRules(plain), 'menerapkan aturan kategori');
  }

  /** Count every loaded dataset's records once again (after loads made with `rebuild` false). */
  async rebuildLedger(): Promise<void> {
    await this.#settle((api) => api.rebuildLedger(), 'menyusun buku besar transaksi');
  }

  async dropDataset(id: string): Promise<void> {
    await this.#settle((api) => api.dropDataset(id), `menghapus dataset ${id}`);
  }

  async setSampleVisible(visible: boolean): Promise<void> {
    await this.#settle((api) => api.setSampleVisible(visible), 'mengubah tampilan data contoh');
  }

  async setPulledBy(day: string | null): Promise<void> {
    await this.#settle((api) => api.setPulledBy(day), 'menampilkan data sebagaimana ditarik');
  }

  /** Wait for a change to the engine's data; a failure becomes a QueryError naming the action. */
  async #settle(invoke: (api: Comlink.Remote<DbApi>) => Promise<Reply>, action: string): Promise<void> {
    const reply = await this.#call<Reply>(invoke);
    if (reply.ok) return;
    throw new QueryError({ ...reply.error, message: `Gagal ${action}: ${reply.error.message}` });
  }

  /**
   * One call to the worker: its reply, or its failure once the restart a crash needs (if
   * any) is done. A call to a worker that died returns a fatal failure instead of hanging.
   */
  async #call<R extends { ok: true } | Failure>(
    invoke: (api: Comlink.Remote<DbApi>) => Promise<R>,
    sql?: string,
    timed = false
  ): Promise<R | Failure> {
    const api = await this.#readyApi();
    const generation = this.#generation;
    const run = () => this.#unlessDead<R>(invoke(api), sql);
    const reply = timed && sql !== undefined ? await this.watch.watch([sql], run) : await run();
    if (isFailure(reply)) await this.#recoverIfFatal(reply.error, generation);
    return reply;
  }

  /**
   * The one restart path (a crash, a stopped question, the "reset engine" action): a fresh
   * worker, then `onRestart` puts the data back. Requests made while one is under way share it.
   */
  restart(reason: EngineError, burial?: EngineError): Promise<EngineInfo> {
    this.#restarting ??= (async () => {
      const info = await this.start(burial);
      await this.#options.onRestart(reason);
      return info;
    })().finally(() => (this.#restarting = undefined));
    return this.#restarting;
  }

  /** The user stops what the engine is computing now (nothing happens when it is idle). */
  async cancel(): Promise<void> {
    if (this.watch.running > 0) await this.#stopRunning(QUERY_CANCELLED);
  }

  /** Stopped questions may run again (the user's "try again"). */
  forgetStopped(): void {
    this.watch.forgetStopped();
  }

  async #stopRunning(name: typeof QUERY_TIMEOUT | typeof QUERY_CANCELLED): Promise<void> {
    const error = this.watch.stopAll(name);
    await this.restart(error, error).catch(() => {}); // a failed restart is reported by onRestart's caller
  }

  async #readyApi(): Promise<Comlink.Remote<DbApi>> {
    if (!this.#ready || !this.#api) throw new Error('DbClient.start() belum dipanggil.');
    await this.#ready;
    return this.#api;
  }

  /** A reply, or a fatal error reply when the worker died while computing it. */
  async #unlessDead<R>(call: Promise<R>, sql?: string): Promise<R | Failure> {
    try {
      return await Promise.race([call, this.#died]);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      const name = cause instanceof QueryError ? cause.name : 'WorkerError';
      const error: EngineError = { name, message, fatal: true };
      return { ok: false, error: sql === undefined ? error : { ...error, sql } };
    }
  }

  /**
   * One restart per crash: every call that failed with the worker of `generation` shares
   * it, and a call whose worker was already replaced (or deliberately) starts none.
   */
  async #recoverIfFatal(error: EngineError, generation: number): Promise<void> {
    if (!error.fatal || REPLACEMENT_ERRORS.has(error.name)) return;
    if (generation !== this.#generation) {
      await this.#restarting;
      return;
    }
    await this.restart(error);
  }
}
