import type { EngineError } from '../../../workers/db-api';

/**
 * The name of the error a call gets when its worker was replaced by a fresh one while it
 * ran (an engine reset, or a restart after another call's crash): its answer is simply
 * gone, and the views ask again once the fresh engine has the data.
 */
export const ENGINE_REPLACED = 'EngineReplaced';

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
}
