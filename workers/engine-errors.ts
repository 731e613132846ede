import type { EngineError } from './db-api';

/**
 * Messages that mean the WebAssembly instance is broken (a trap, or memory exhausted):
 * after one of these every later query fails, so the client restarts the worker.
 */
const FATAL_PATTERNS = [
  /RuntimeError/i,
  /unreachable/i,
  /memory access out of bounds/i,
  /Out of Memory/i,
  /worker (was )?terminated/i,
  /database has been invalidated/i
];

export function toEngineError(cause: unknown, sql?: string): EngineError {
  const name = cause instanceof Error ? cause.name : 'Error';
  const message = cause instanceof Error ? cause.message : String(cause);
  const fatal = FATAL_PATTERNS.some((pattern) => pattern.test(`${name}: ${message}`));
  return sql === undefined ? { name, message, fatal } : { name, message, sql, fatal };
}
