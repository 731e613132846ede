import type { DbClient } from '../engine/db-client';
import { QueryError } from '../engine/query-error';
import { downloadBytes } from './download';

/**
 * One CSV download of a SELECT, encoded in the worker: whether it is under way, and the
 * error (with its SQL) when it failed. Each export button owns one.
 */
export class CsvExport {
  busy = $state(false);
  error = $state.raw<QueryError | null>(null);
  readonly #client: DbClient;

  constructor(client: DbClient) {
    this.#client = client;
  }

  async run(sql: string, fileName: string, mask: boolean): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      const { csv } = await this.#client.exportCsv(sql, mask);
      downloadBytes(csv, fileName, 'text/csv;charset=utf-8');
    } catch (cause) {
      this.error = cause instanceof QueryError ? cause : new QueryError({ name: 'Error', message: String(cause), fatal: false });
    } finally {
      this.busy = false;
    }
  }
}
