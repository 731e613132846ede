/**
 * The last statements the client sent in batches and the worker's time for each: what
 * `npm run bench` and window.telisik.sentSince() read.
 */

/** One statement a batch ran: its canonical SQL, the SQL that ran, and the worker's time for it. */
export interface JournalEntry {
  /** Position among every statement sent since the page loaded. */
  seq: number;
  sql: string;
  ranSql: string;
  ms: number;
  /** Answered from the worker's in-memory copy of an aggregate: `ranSql` is then the SQL it stands for, not run. */
  fromCopy: boolean;
}

const JOURNAL_SIZE = 200;

/** Append `entry`, keeping the last JOURNAL_SIZE. */
export function recordStatement(journal: JournalEntry[], entry: JournalEntry): void {
  journal.push(entry);
  if (journal.length > JOURNAL_SIZE) journal.splice(0, journal.length - JOURNAL_SIZE);
}
