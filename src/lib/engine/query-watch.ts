import type { EngineError } from '../../../workers/db-api';
import { engineText } from '../i18n/engine-id';
import { QUERY_CANCELLED, QUERY_TIMEOUT } from './query-error';

/** How long one question may run before it is stopped (the engine is then started afresh). */
export const QUERY_TIMEOUT_MS = 60_000;

/**
 * Which statements the engine is running now, and which were stopped (timed out or
 * cancelled by the user). DuckDB-WASM runs a statement to its end inside its worker, so
 * stopping one means replacing the worker; a stopped statement is then not run again by
 * itself (the views would ask it again after the restart and wait just as long): it fails at
 * once with the same sentence until the user asks to try again.
 */
export class QueryWatch {
  #running = new Map<number, string>();
  #next = 0;
  #stopped = new Map<string, EngineError>();
  timeoutMs = QUERY_TIMEOUT_MS;

  constructor(
    private readonly onTimeout: () => void,
    private readonly onRunningChange: (running: number) => void = () => {}
  ) {}

  /** The error a stopped statement fails with at once, or undefined when it may run. */
  stoppedError(sql: string): EngineError | undefined {
    return this.#stopped.get(sql);
  }

  /**
   * Run `call` for these statements, stopping the engine when it takes longer than the limit.
   * `call` reports each statement that has its answer (by index): only those still running
   * count as stopped.
   */
  async watch<R>(statements: readonly string[], call: (answered: (index: number) => void) => Promise<R>): Promise<R> {
    const ids = statements.map((sql) => {
      const key = this.#next++;
      this.#running.set(key, sql);
      return key;
    });
    this.onRunningChange(this.#running.size);
    const timer = setTimeout(() => this.onTimeout(), this.timeoutMs);
    const answered = (index: number) => {
      const key = ids[index];
      if (key !== undefined && this.#running.delete(key)) this.onRunningChange(this.#running.size);
    };
    try {
      return await call(answered);
    } finally {
      clearTimeout(timer);
      for (const key of ids) this.#running.delete(key);
      this.onRunningChange(this.#running.size);
    }
  }

  get running(): number {
    return this.#running.size;
  }

  /** Mark every running statement stopped; returns the error the waiting calls settle with. */
  stopAll(name: typeof QUERY_TIMEOUT | typeof QUERY_CANCELLED): EngineError {
    const message = name === QUERY_TIMEOUT ? engineText.queryTimedOut(Math.round(this.timeoutMs / 1000)) : engineText.queryCancelled;
    for (const sql of this.#running.values()) this.#stopped.set(sql, { name, message, sql, fatal: true });
    return { name, message, fatal: true };
  }

  /** The user asks again: stopped statements may run once more. */
  forgetStopped(): void {
    this.#stopped.clear();
  }
}
