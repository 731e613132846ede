import type { Table } from 'apache-arrow';
import { asQuestion, type Question } from './question';
import { QueryError } from './query-error';

const isFatal = (error: unknown) => error instanceof QueryError && error.fatal;

/** One answer of a batch: a table, or the error that item failed with. */
export type BatchAnswer = { ok: true; table: Table } | { ok: false; error: unknown };

/** Anything that can run SQL: the worker client in the app, a Node DuckDB in tests. */
export interface Connector {
  query(sql: string): Promise<Table>;
  /**
   * Several questions in one engine call (one hop to the worker for a whole round), each
   * by its fast path when it has one. Without it the coordinator sends one query per job.
   */
  queryBatch?(questions: readonly Question[], onAnswer: (index: number, answer: BatchAnswer) => void): Promise<void>;
  /** Questions likely asked later (views off screen): the engine may prepare for them when idle. */
  expect?(questions: readonly Question[]): void;
}

/**
 * Lower runs first: the headline figures, then what the user is looking at, before what
 * merely pages or prefetches. Headline and interactive questions go in one batch (the
 * figures first in it); table and background questions each in a batch of their own. With
 * concurrency 2 (the app's), the table's batch is sent with the first and waits in the
 * engine; background work waits in the page, where a new click can still drop it.
 */
export const Priority = { headline: 0, interactive: 1, table: 2, background: 3 } as const;
export type Priority = (typeof Priority)[keyof typeof Priority];

const batchOf = (priority: Priority) => Math.max(priority, Priority.interactive);

/** The longest an answer waits for the rest of its batch before it is shown anyway. */
export const ANSWER_HOLD_MS = 50;

export type QueryOutcome =
  | { status: 'ok'; table: Table; sql: string }
  /** A newer request of the same view replaced this one: its answer must not be shown. */
  | { status: 'stale' };

interface Job {
  question: Question;
  priority: Priority;
  order: number;
  /** The cache generation it was asked in: an answer about older data is never cached. */
  epoch: number;
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
  /** Batches (or single queries) sent to the engine at once; it runs them one after another. */
  concurrency?: number;
}

/**
 * Sits between the views and the engine: caches results by SQL, shares one run between
 * views asking the same SQL, sends the questions of a round together (one batch per
 * priority) and hands their answers back together, runs interactive questions before
 * background ones, answers from a question's fast path (pre-aggregated tables) when it has
 * one, and makes sure a view never receives an answer older than its latest question.
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
  #epoch = 0;
  #flushScheduled = false;
  #latest = new Map<string, number>();
  #listeners = new Set<(pending: number) => void>();
  #expected: Question[] = [];

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

  /** Ask `question` on behalf of `view`; a later request of the same view makes this one stale. */
  async request(view: string, question: string | Question, priority: Priority = Priority.interactive): Promise<QueryOutcome> {
    const asked = asQuestion(question);
    const ticket = ++this.#order;
    this.#latest.set(view, ticket);
    this.#releaseOlderJobs(view, asked.sql);
    const result = this.#fromCache(asked.sql) ?? this.#enqueue(view, asked, priority);
    try {
      const table = await result;
      return this.#latest.get(view) === ticket ? { status: 'ok', table, sql: asked.sql } : { status: 'stale' };
    } catch (error) {
      if (error === DROPPED || this.#latest.get(view) !== ticket) return { status: 'stale' };
      throw error;
    }
  }

  /**
   * A question a view will ask once it is on screen: passed on to the engine (with the others
   * of the same task), which gets ready to answer it fast. Nothing is computed or cached.
   */
  expect(question: Question): void {
    if (!this.#connector.expect || this.#cache.has(question.sql)) return;
    this.#expected.push(question);
    // The task's first expected question schedules the call; the others join it.
    if (this.#expected.length === 1) queueMicrotask(() => this.#connector.expect?.(this.#expected.splice(0)));
  }

  /** Forget a one-off view (an export's question) once its answer is in. */
  release(view: string): void {
    this.#latest.delete(view);
  }

  /**
   * Forget every cached result (the data changed or the engine restarted). Jobs already
   * running answer their waiters but are neither cached nor joined by later requests.
   */
  clearCache(): void {
    this.#cache.clear();
    this.#epoch++;
    for (const job of this.#jobs.values()) {
      // Not sent yet: it will run on the new data.
      if (this.#queue.includes(job)) job.epoch = this.#epoch;
      else this.#jobs.delete(job.question.sql);
    }
    this.#notify();
  }

  #fromCache(sql: string): Promise<Table> | undefined {
    const cached = this.#cache.get(sql);
    if (!cached) return undefined;
    // Re-insert to mark as most recently used.
    this.#cache.delete(sql);
    this.#cache.set(sql, cached);
    return cached;
  }

  #enqueue(view: string, question: Question, priority: Priority): Promise<Table> {
    const running = this.#jobs.get(question.sql);
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
    const job: Job = { question, priority, order: this.#order, epoch: this.#epoch, views: new Set([view]), promise, resolve, reject };
    this.#jobs.set(question.sql, job);
    this.#queue.push(job);
    this.#notify();
    this.#scheduleFlush();
    return promise;
  }

  /** A view that asks something new no longer waits for its older, not yet started jobs. */
  #releaseOlderJobs(view: string, sql: string): void {
    for (const job of this.#queue) {
      if (job.question.sql === sql || !job.views.delete(view) || job.views.size > 0) continue;
      this.#queue = this.#queue.filter((queued) => queued !== job);
      this.#jobs.delete(job.question.sql);
      job.reject(DROPPED);
      this.#notify();
    }
  }

  /** The views of one round ask within the same task: wait for all of them, then send. */
  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    queueMicrotask(() => {
      this.#flushScheduled = false;
      this.#pump();
    });
  }

  /** Send the most urgent queued jobs: all jobs of one batch lane, most urgent first. */
  #pump(): void {
    while (this.#running < this.#concurrency && this.#queue.length > 0) {
      this.#queue.sort((a, b) => a.priority - b.priority || a.order - b.order);
      const lane = batchOf(this.#queue[0]!.priority);
      const batch = this.#connector.queryBatch ? this.#queue.filter((job) => batchOf(job.priority) === lane) : [this.#queue[0]!];
      this.#queue = this.#queue.filter((job) => !batch.includes(job));
      this.#running++;
      void this.#run(batch).finally(() => {
        this.#running--;
        this.#pump();
      });
    }
  }

  /**
   * The answers of a batch are handed to their views together, once the last is in, so the
   * page updates and lays out once per round rather than once per answer (each answer
   * apart cost the page a style, layout and paint pass of its own). An answer is held at
   * most ANSWER_HOLD_MS, so a slow question does not keep the others' figures back.
   */
  async #run(batch: Job[]): Promise<void> {
    const answered = new Set<number>();
    const held: [Job, BatchAnswer][] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const release = () => {
      clearTimeout(timer);
      timer = undefined;
      for (const [job, result] of held.splice(0)) void this.#settle(job, result);
    };
    const answer = (index: number, result: BatchAnswer) => {
      const job = batch[index];
      if (job === undefined || answered.has(index)) return;
      answered.add(index);
      held.push([job, result]);
      if (answered.size === batch.length) release();
      else timer ??= setTimeout(release, ANSWER_HOLD_MS);
    };
    try {
      if (this.#connector.queryBatch) {
        await this.#connector.queryBatch(
          batch.map((job) => job.question),
          answer
        );
      } else {
        const table = await this.#connector.query(batch[0]!.question.sql);
        answer(0, { ok: true, table });
      }
    } catch (error) {
      batch.forEach((_, index) => answer(index, { ok: false, error }));
    }
    batch.forEach((_, index) => answer(index, { ok: false, error: new Error('Mesin data tidak menjawab pertanyaan ini.') }));
  }

  /**
   * A fast path that failed is asked again on the canonical tables (in a batch of its own,
   * so it runs in the engine's order, never in the middle of a change to the data) before
   * an error is shown; a crashed engine is not asked again. A question lost with a replaced
   * engine is dropped: its views ask again once the fresh engine has the data.
   */
  async #settle(job: Job, answer: BatchAnswer): Promise<void> {
    let settled = answer;
    if (!settled.ok && job.question.fast && !isFatal(settled.error)) settled = await this.#askCanonical(job.question.sql);
    if (this.#jobs.get(job.question.sql) === job) this.#jobs.delete(job.question.sql);
    if (settled.ok) {
      if (job.epoch === this.#epoch) this.#remember(job.question.sql, job.promise);
      job.resolve(settled.table);
    } else {
      job.reject(settled.error instanceof QueryError && settled.error.superseded ? DROPPED : settled.error);
    }
    this.#notify();
  }

  async #askCanonical(sql: string): Promise<BatchAnswer> {
    try {
      if (!this.#connector.queryBatch) return { ok: true, table: await this.#connector.query(sql) };
      let answer: BatchAnswer = { ok: false, error: new Error('Mesin data tidak menjawab pertanyaan ini.') };
      await this.#connector.queryBatch([{ sql }], (_, result) => (answer = result));
      return answer;
    } catch (error) {
      return { ok: false, error };
    }
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
