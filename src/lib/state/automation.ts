import type { Workbench } from './workbench.svelte';
import { rowsOf } from '../engine/rows';
import type { JournalEntry } from '../engine/db-client';
import type { EngineInfo } from '../../../workers/db-api';

/**
 * A small window.telisik handle for benchmarks and support sessions (README, automation
 * contract): which SQL the views on screen ran, and the time the engine alone needs for it.
 */
export interface AutomationHandle {
  viewSql(): string[];
  /**
   * The statements batches sent since `from` (the `next` of an earlier call, 0 for all; the
   * last 200 are kept), with the worker's time for each, and the `next` to pass next time.
   */
  sentSince(from: number): { next: number; entries: JournalEntry[] };
  /** Run each statement on the worker's DuckDB, bypassing coordinator, cache and charts. */
  timeDirect(statements: string[]): Promise<number>;
  /** Run one statement and return its rows as JSON-safe objects (bigint as text). */
  queryRows(sql: string): Promise<Record<string, unknown>[]>;
  /** Set how long one question may run before it is stopped (default 60 s); for tests and support. */
  setQueryTimeout(ms: number): void;
  /** Make DuckDB-WASM trap for real; rejects with the trap once the fresh engine has the data back. */
  simulateTrap(): Promise<void>;
  /** Resolves once the engine has nothing queued, the in-memory copies of aggregates it is making included. */
  engineIdle(): Promise<void>;
  /** What the engine reported when it started (version, database file's size and where it is read from), or null before. */
  engineInfo(): EngineInfo | null;
}

declare global {
  interface Window {
    telisik?: AutomationHandle;
  }
}

export function exposeAutomation(workbench: Workbench): void {
  window.telisik = {
    viewSql: () => workbench.viewSql(),
    sentSince: (from) => {
      const client = workbench.client;
      return { next: client.sent, entries: client.journal.filter((entry) => entry.seq >= from) };
    },
    async timeDirect(statements) {
      const began = performance.now();
      for (const sql of statements) await workbench.client.query(sql);
      return performance.now() - began;
    },
    async queryRows(sql) {
      const table = await workbench.client.query(sql);
      return rowsOf<Record<string, unknown>>(table).map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? String(v) : v]))
      );
    },
    setQueryTimeout(ms) {
      workbench.client.watch.timeoutMs = ms;
    },
    simulateTrap: () => workbench.client.simulateTrap(),
    engineIdle: () => workbench.client.whenIdle(),
    engineInfo: () => (workbench.info ? { ...workbench.info } : null)
  };
}
