import { tableFromIPC } from 'apache-arrow';
import type { BatchItem, EngineError, QueryReply } from '../../../workers/db-api';
import { QueryError } from './query-error';
import { recordStatement, type JournalEntry } from './query-journal';
import type { BatchAnswer } from './coordinator';
import type { Question } from './question';

/** A question as the worker takes it: the SQL it runs (its fast path's), the aggregates it reads, its copy question. */
export function batchItem(question: Question): BatchItem {
  const fast = question.fast;
  return { sql: fast?.sql ?? question.sql, aggregates: fast?.aggregates ?? [], ...(fast?.cube ? { cube: fast.cube } : {}) };
}

/**
 * The page's end of one batch: each reply is journalled, decoded and handed on as it
 * arrives (once per question), a fatal engine error is kept for after the batch, and
 * `arrived` resolves once every question has its answer.
 */
export class BatchReceiver {
  readonly items: BatchItem[];
  /** Questions still without an answer. */
  readonly waiting: Set<number>;
  /** The first fatal engine error among the replies: the worker is replaced after the batch. */
  fatal: EngineError | undefined;
  readonly arrived: Promise<void>;
  /** Told of each arrival (the query watch's clock). */
  onArrival: (index: number) => void = () => {};
  #allArrived!: () => void;

  constructor(
    private readonly questions: readonly Question[],
    private readonly journal: JournalEntry[],
    private readonly nextSeq: () => number,
    private readonly onAnswer: (index: number, answer: BatchAnswer) => void
  ) {
    this.items = questions.map(batchItem);
    this.waiting = new Set(this.items.keys());
    this.arrived = new Promise<void>((resolve) => (this.#allArrived = resolve));
    if (this.items.length === 0) this.#allArrived();
  }

  readonly deliver = (index: number, reply: QueryReply): void => {
    if (!this.waiting.delete(index)) return;
    this.onArrival(index);
    try {
      const fromCopy = reply.ok && reply.fromCopy === true;
      recordStatement(this.journal, { seq: this.nextSeq(), sql: this.questions[index]!.sql, ranSql: this.items[index]!.sql, ms: reply.ok ? reply.ms : Number.NaN, fromCopy });
      if (!reply.ok && reply.error.fatal) this.fatal ??= reply.error;
      this.onAnswer(index, reply.ok ? { ok: true, table: tableFromIPC(reply.ipc) } : { ok: false, error: new QueryError(reply.error) });
    } catch (cause) {
      // An answer that cannot be decoded is an error of that question, not of the batch.
      this.onAnswer(index, { ok: false, error: cause });
    } finally {
      if (this.waiting.size === 0) this.#allArrived();
    }
  };
}
