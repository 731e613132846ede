import type { AggregateSpec } from '../../../workers/db-api';
import type { CubeQuestion } from '../query/aggregate/cube-question';

/**
 * What a view asks the engine. `sql` runs on the canonical tables: it is the SQL the user
 * sees under "Lihat SQL", the coordinator's cache key and the reference answer. `fast`, when
 * a pre-aggregated table fits the question, reads the same answer from such tables (built
 * in the worker on first use); tests prove both give identical rows.
 */
export interface Question {
  sql: string;
  fast?: FastPath;
}

export interface FastPath {
  sql: string;
  /** Tables the fast SQL reads, built if absent before it runs. */
  aggregates: AggregateSpec[];
  /** The same question for the worker's in-memory copy of an aggregate, when one can answer it without SQL. */
  cube?: CubeQuestion;
}

/** A plain SQL string is a question without a fast path. */
export function asQuestion(question: string | Question): Question {
  return typeof question === 'string' ? { sql: question } : question;
}
