import type { Table } from 'apache-arrow';

/** Anything that can run SQL: the worker client in the app, a Node DuckDB in tests. */
export interface Connector {
  query(sql: string): Promise<Table>;
}

/** Lower runs first: what the user is looking at before what merely pages or prefetches. */
export const Priority = { interactive: 0, table: 1, background: 2 } as const;
export type Priority = (typeof Priority)[keyof typeof Priority];

export type QueryOutcome =
  | { status: 'ok'; table: Table; sql: string }
  /** A newer request of the same view replaced this one: its answer must not be shown. */
  | { status: 'stale' };

interface Job {
  sql: string;
  priority: Priority;
  order: number;
  /** Views still waiting for this SQL; when none are left a queued job is dropped. */
  views: Set<string>;
  promise: Promise<Table>;
  resolve: (table: Table) => void;
  reject: (error: unknown) => void;
}

/** The answer a dropped job gives its (all stale) waiters. */
const DROPPED = Symbol('dropped');

export interface CoordinatorOptions {
  /** How many results to keep, least recently used dropped first. */
  cacheSize?: number;
  /** Queries sent to the engine at once; DuckDB-WASM runs one at a time anyway. */
  concurrency?: number;
}

/**
 * Sits between the views and the engine: caches results by SQL, shares one run between
 * views asking the same SQL, runs interactive queries before background ones, and makes
 * sure a view never receives an answer older than its latest question.
 */
export class QueryCoordinator {
  #connector: Connector;
  #cacheSize: number;
  #concurrency: number;
  #cache = new Map<string, Promise<Table>>();
  #jobs = new Map<string, Job>();
  #queue: Job[] = [];
  #running = 0;
  #order = 0;
  #latest = new Map<string, number>();
  #listeners = new Set<(pending: number) => void>();

  constructor(connector: Connector, options: CoordinatorOptions = {}) {
    this.#connector = connector;
    this.#cacheSize = options.cacheSize ?? 256;
    this.#concurrency = options.concurrency ?? 1;
  }

  /** Jobs queued or running. */
  get pending(): number {
    return this.#jobs.size;
  }

  /** Be told whenever the number of pending jobs changes (for the app's busy state). */
  onPendingChange(listener: (pending: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Ask for `sql` on behalf of `view`; a later request of the same view makes this one stale. */
  async request(view: string, sql: string, priority: Priority = Priority.interactive): Promise<QueryOutcome> {
    const ticket = ++this.#order;
    this.#latest.set(view, ticket);
    this.#releaseOlderJobs(view, sql);
    const result = this.#fromCache(sql) ?? this.#enqueue(view, sql, priority);
    try {
      const table = await result;
      return this.#latest.get(view) === ticket ? { status: 'ok', table, sql } : { status: 'stale' };
    } catch (error) {
      if (error === DROPPED || this.#latest.get(view) !== ticket) return { status: 'stale' };
      throw error;
    }
  }

  /** Forget every cached result (after the engine restarted, for instance). */
  clearCache(): void {
    this.#cache.clear();
  }

  #fromCache(sql: string): Promise<Table> | undefined {
    const cached = this.#cache.get(sql);
    if (!cached) return undefined;
    // Re-insert to mark as most recently used.
    this.#cache.delete(sql);
    this.#cache.set(sql, cached);
    return cached;
  }

  #enqueue(view: string, sql: string, priority: Priority): Promise<Table> {
    const running = this.#jobs.get(sql);
    if (running) {
      running.views.add(view);
      running.priority = Math.min(running.priority, priority) as Priority;
      return running.promise;
    }
    let resolve!: (table: Table) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<Table>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const job: Job = { sql, priority, order: this.#order, views: new Set([view]), promise, resolve, reject };
    this.#jobs.set(sql, job);
    this.#queue.push(job);
    this.#notify();
    this.#pump();
    return promise;
  }

  /** A view that asks something new no longer waits for its older, not yet started jobs. */
  #releaseOlderJobs(view: string, sql: string): void {
    for (const job of this.#queue) {
      if (job.sql === sql || !job.views.delete(view) || job.views.size > 0) continue;
      this.#queue = this.#queue.filter((queued) => queued !== job);
      this.#jobs.delete(job.sql);
      job.reject(DROPPED);
      this.#notify();
    }
  }

  #pump(): void {
    while (this.#running < this.#concurrency && this.#queue.length > 0) {
      this.#queue.sort((a, b) => a.priority - b.priority || a.order - b.order);
      const job = this.#queue.shift()!;
      this.#running++;
      this.#connector.query(job.sql).then(
        (table) => this.#finish(job, () => this.#remember(job.sql, job.promise), () => job.resolve(table)),
        (error: unknown) => this.#finish(job, () => {}, () => job.reject(error))
      );
    }
  }

  #finish(job: Job, store: () => void, settle: () => void): void {
    this.#running--;
    this.#jobs.delete(job.sql);
    store();
    settle();
    this.#notify();
    this.#pump();
  }

  #remember(sql: string, result: Promise<Table>): void {
    this.#cache.set(sql, result);
    while (this.#cache.size > this.#cacheSize) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }

  #notify(): void {
    for (const listener of this.#listeners) listener(this.#jobs.size);
  }
}
