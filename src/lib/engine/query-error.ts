import type { EngineError } from '../../../workers/db-api';

/**
 * The name of the error a call gets when its worker was replaced by a fresh one while it
 * ran (an engine reset, or a restart after another call's crash): its answer is simply
 * gone, and the views ask again once the fresh engine has the data.
 */
export const ENGINE_REPLACED = 'EngineReplaced';

/** A question that ran longer than the limit, or that the user cancelled (see query-watch.ts). */
export const QUERY_TIMEOUT = 'QueryTimeout';
export const QUERY_CANCELLED = 'QueryCancelled';

/** The user's "reset engine" action: the reason of a restart that is no failure. */
export const ENGINE_RESET = 'EngineReset';

/** Errors of calls whose worker was replaced on purpose: no reason for another restart. */
export const REPLACEMENT_ERRORS: ReadonlySet<string> = new Set([ENGINE_REPLACED, QUERY_TIMEOUT, QUERY_CANCELLED]);

/** A failed query as the user sees it: DuckDB's own message and the SQL that caused it. */
export class QueryError extends Error {
  readonly sql: string | undefined;
  readonly fatal: boolean;

  constructor(error: EngineError) {
    super(error.message);
    this.name = error.name === 'Error' ? 'QueryError' : error.name;
    this.sql = error.sql;
    this.fatal = error.fatal;
  }

  /** True when the question was lost with a worker that was replaced: not an answer to show. */
  get superseded(): boolean {
    return this.name === ENGINE_REPLACED;
  }

  /** True when the question was stopped (too slow, or cancelled): the user may try again. */
  get stopped(): boolean {
    return this.name === QUERY_TIMEOUT || this.name === QUERY_CANCELLED;
  }
}
