import type { AggregateSpec } from './db-api';

/** Same name as src/lib/query/aggregate/aggregate-spec.ts AGGREGATE_SCHEMA, which the SQL reads. */
const SCHEMA = 'agregat';
const NAME = /^[a-z0-9_]{1,200}$/;
/** Aggregates kept at once; the least recently used go first (each is a few thousand rows). */
const LIMIT = 64;

/**
 * The pre-aggregated tables of the current data, in the in-memory schema `agregat`. A table
 * is built the first time a question needs it and kept until the data changes, so the next
 * click that only changes a filter's values reads a table of a few thousand rows instead of
 * the fact table.
 */
export class AggregateStore {
  #run: (sql: string) => Promise<unknown>;
  /** Built tables, least recently used first. */
  #built = new Set<string>();

  constructor(run: (sql: string) => Promise<unknown>) {
    this.#run = run;
  }

  async reset(): Promise<void> {
    this.#built.clear();
    await this.#run(`DROP SCHEMA IF EXISTS memory.${SCHEMA} CASCADE; CREATE SCHEMA memory.${SCHEMA}`);
  }

  /** Build the missing tables of `specs`; those just used move to the back of the line. */
  async ensure(specs: readonly AggregateSpec[]): Promise<void> {
    for (const spec of specs) {
      if (!NAME.test(spec.name)) throw new Error(`Nama tabel agregat tidak sah: ${spec.name}`);
      if (this.#built.delete(spec.name)) {
        this.#built.add(spec.name);
        continue;
      }
      await this.#run(`CREATE OR REPLACE TABLE memory.${SCHEMA}.${spec.name} AS ${spec.select}`);
      this.#built.add(spec.name);
    }
    await this.#evict(new Set(specs.map((spec) => spec.name)));
  }

  async #evict(inUse: ReadonlySet<string>): Promise<void> {
    for (const name of this.#built) {
      if (this.#built.size <= LIMIT) return;
      if (inUse.has(name)) continue;
      this.#built.delete(name);
      await this.#run(`DROP TABLE IF EXISTS memory.${SCHEMA}.${name}`);
    }
  }
}
