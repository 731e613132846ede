/**
 * The typed contract between the page and the database worker (exposed with Comlink).
 * Results cross the thread boundary as Arrow IPC stream bytes, transferred, never copied.
 * Failures are returned as values, not thrown, so the SQL that failed always reaches the user.
 */

import type { KategoriRule } from '../src/lib/kategori/types';
import type { CubeQuestion } from '../src/lib/query/aggregate/cube-question';

/** When and in which order a dataset was pulled from LKPP: the later pull of a dataset kind wins. */
export interface DatasetPull {
  /** ISO 8601 time of the pull (the data's own pull date, the file's time, or the import time). */
  pulledAt: string;
  /** Import order, to break ties: unique and increasing, kept with the dataset. */
  seq: number;
  /**
   * The dataset kind (transaksi.sumber_data) of tables stored before the ledger existed,
   * which lack the column; ignored for newer tables, which carry it per record.
   */
  kind: string;
}

/** Where the engine reads its data from and how start-up reports progress. */
export interface StartOptions {
  /** URL of a DuckDB database file (same origin), attached read-only. */
  databaseUrl: string;
  /** URL of static/duckdb-worker.js (same origin), which starts DuckDB's worker (workers/cached-compile.ts). */
  engineWorkerUrl: string;
  /** Names of the aggregate tables the sample's database file is built with (src/lib/query/aggregate/first-round.ts). */
  shippedAggregates: readonly string[];
}

export interface StartProgress {
  phase: 'engine' | 'download' | 'attach';
  /** Bytes received so far while downloading the database file. */
  loaded: number;
  /** Total bytes when the server says (Content-Length), otherwise 0. */
  total: number;
}

/**
 * Where the engine reads the database file from: copied into its memory, or from the
 * browser's private file system (workers/stored-database.ts), written there by this start
 * ('stored') or by an earlier visit and not downloaded again ('reused').
 */
export type DatabaseStorage = 'memory' | 'stored' | 'reused';

export interface EngineInfo {
  duckdbVersion: string;
  bundle: 'eh' | 'mvp';
  databaseBytes: number;
  databaseStorage: DatabaseStorage;
  /** Why the file was read into memory instead of kept (workers/database-file.ts), for support. */
  databaseNotKept?: string;
  /** Milliseconds from the start call until the first query could run. */
  startMs: number;
  /** Wall-clock times (epoch ms) of the start's steps, for the page's start-up marks. */
  steps: { worker: number; compiled: number; downloaded: number; attached: number };
  /** The files the engine was started from (its WebAssembly, DuckDB's worker, the database), to keep for offline use. */
  files: string[];
}

export interface EngineError {
  name: string;
  message: string;
  /** The SQL that failed, when a query failed. */
  sql?: string;
  /**
   * True when the WebAssembly instance trapped or the worker died: every later query would
   * fail too, so the client must restart the worker and reload the data.
   */
  fatal: boolean;
}

/**
 * A pre-aggregated table of the dashboard's fact table, which the worker builds on first
 * use (SQL from src/lib/query/aggregate/aggregate-plan.ts) and forgets whenever the data
 * changes. Pure description: column names only, never a user's value.
 */
export interface AggregateSpec {
  /** Table name in the aggregate schema, derived from kind and grouping. */
  name: string;
  /** `jumlah`: every additive measure per group; `penyedia`: one row per group and vendor. */
  kind: 'jumlah' | 'penyedia';
  /** Fact-table columns it groups by, in their canonical order. */
  grouping: string[];
}

/** One statement of a batch and the aggregates it reads. */
export interface BatchItem {
  sql: string;
  aggregates: AggregateSpec[];
  /** The same question for an in-memory copy of an aggregate (workers/cube-store.ts), answered without SQL when it can. */
  cube?: CubeQuestion;
}

export type Reply = { ok: true } | { ok: false; error: EngineError };
/** `fromCopy`: answered from an in-memory copy of an aggregate, not by a statement to DuckDB. */
export type QueryReply = { ok: true; ipc: Uint8Array; ms: number; fromCopy?: boolean } | { ok: false; error: EngineError };
export type StartReply = { ok: true; info: EngineInfo } | { ok: false; error: EngineError };
export type ExportReply = { ok: true; csv: Uint8Array; rows: number } | { ok: false; error: EngineError };

export interface DbApi {
  /** Instantiate DuckDB-WASM, download and attach the database, then lock the engine. */
  start(options: StartOptions, onProgress?: (p: StartProgress) => void): Promise<StartReply>;
  /** Run one SQL statement and return its result as Arrow IPC stream bytes. */
  query(sql: string): Promise<QueryReply>;
  /** A real WebAssembly trap in DuckDB-WASM, for proving the restart path (duckdb-engine.ts). */
  simulateTrap(): Promise<QueryReply>;
  /**
   * Run several statements in one call (one round of the dashboard): each item's aggregates
   * are built if absent, then its SQL runs. Each reply goes to `onReply` as soon as it is
   * ready, so the page draws one view while the engine computes the next; a failed item
   * does not stop the others. Resolves with the number of items once all have run (replies
   * travel on another channel and may arrive after that).
   */
  queryBatch(items: BatchItem[], onReply: (index: number, reply: QueryReply) => void): Promise<number>;
  /**
   * Questions the page expects to ask later (views off screen): the copies they would read are
   * made with the next ones wanted, behind the queued batches.
   */
  wantCopies(questions: CubeQuestion[]): void;
  /** Resolves once the engine has nothing queued, the in-memory copies its last batches wanted included. */
  whenIdle(): Promise<Reply>;
  /** Run a SELECT and return its whole result as RFC 4180 CSV (UTF-8, header row), personal data masked when asked. */
  exportCsv(sql: string, mask?: boolean): Promise<ExportReply>;
  /**
   * Put an imported dataset's canonical tables (name → Arrow IPC bytes) beside the sample and
   * rebuild the ledger, or leave the rebuild to a later rebuildLedger() (`rebuild` false).
   */
  loadDataset(id: string, tables: Record<string, Uint8Array>, pull: DatasetPull, rebuild?: boolean): Promise<Reply>;
  /** Count every loaded dataset's records once again (after a batch of loads). */
  rebuildLedger(): Promise<Reply>;
  /** Categorise transactions with these rules (src/lib/kategori) and rebuild the ledger. */
  setKategoriRules(rules: KategoriRule[]): Promise<Reply>;
  /** Take an imported dataset out of the engine. */
  dropDataset(id: string): Promise<Reply>;
  /** Show the embedded sample beside the user's data, or leave it out. */
  setSampleVisible(visible: boolean): Promise<Reply>;
  /** Count the data as pulled on a day (YYYY-MM-DD), or every pull (null); rebuilds the ledger. */
  setPulledBy(day: string | null): Promise<Reply>;
}
