import type { Table } from 'apache-arrow';
import type { Priority, QueryCoordinator } from '../engine/coordinator';
import { QueryError } from '../engine/query-error';

/**
 * One view's question to the engine and its latest answer. A view is "settled" when the
 * answer to its latest SQL has been drawn (or has failed): the app is ready when all are.
 */
export class ViewQuery {
  readonly key: string;
  readonly #sqlOf: () => string;
  /**
   * The SQL for what is on screen now, derived from the filters: it changes the instant the
   * URL does, so the view counts as unsettled before its effect has even asked.
   */
  readonly sql: string = $derived.by(() => this.#sqlOf());
  /** The SQL whose answer `table` or `error` holds. */
  resultSql = $state('');
  /** The SQL whose answer is on screen. */
  drawnSql = $state('');
  table = $state.raw<Table | null>(null);
  error = $state.raw<QueryError | null>(null);
  readonly settled = $derived(this.resultSql === this.sql && (this.error !== null || this.drawnSql === this.sql));

  #coordinator: () => QueryCoordinator;
  #priority: Priority;

  constructor(key: string, sqlOf: () => string, coordinator: () => QueryCoordinator, priority: Priority) {
    this.key = key;
    this.#sqlOf = sqlOf;
    this.#coordinator = coordinator;
    this.#priority = priority;
  }

  /** Ask for the current SQL (call from an effect); an older answer is never shown. */
  fetch(): void {
    const sql = this.sql;
    this.#coordinator()
      .request(this.key, sql, this.#priority)
      .then((outcome) => {
        if (outcome.status === 'stale') return;
        this.table = outcome.table;
        this.error = null;
        this.resultSql = sql;
      })
      .catch((cause: unknown) => {
        if (this.sql !== sql) return;
        this.error = cause instanceof QueryError ? cause : new QueryError({ name: 'Error', message: String(cause), sql, fatal: false });
        this.resultSql = sql;
      });
  }

  /** Called by the component once the current answer is on screen. */
  markDrawn(): void {
    this.drawnSql = this.resultSql;
  }
}
