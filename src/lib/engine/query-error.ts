import type { EngineError } from '../../../workers/db-api';

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
}
