import type { AggregateSpec } from './db-api';
import { AGGREGATE_SCHEMA, aggregateSpec } from '../src/lib/query/aggregate/aggregate-spec';
import { buildSelect, planBuilds, type BuildStep } from '../src/lib/query/aggregate/aggregate-plan';

/** The spec a table name stands for, when it is one this code would build under that name. */
function specNamed(name: string): AggregateSpec | undefined {
  const [kind, ...grouping] = name.split('__');
  if (kind !== 'jumlah' && kind !== 'penyedia') return undefined;
  try {
    const spec = aggregateSpec(kind, grouping);
    return spec.name === name ? spec : undefined;
  } catch {
    return undefined;
  }
}

/** Aggregates kept at once; the least recently used go first (most hold a few thousand rows). */
const LIMIT = 32;

/**
 * The pre-aggregated tables of the current data, in the in-memory schema `agregat`. A table
 * is built the first time a question needs it (from a wider aggregate when one is built,
 * src/lib/query/aggregate/aggregate-plan.ts) and kept until the data changes, so the next
 * click that only changes a filter's values reads a small table instead of the fact table.
 */
export class AggregateStore {
  #run: (sql: string) => Promise<unknown>;
  /** Built tables, least recently used first. */
  #built = new Map<string, AggregateSpec>();
  /** Views of aggregates a database file ships (never evicted: they hold no memory). */
  #shipped = new Set<string>();

  constructor(run: (sql: string) => Promise<unknown>) {
    this.#run = run;
  }

  /** Whether the aggregate of this name is built now (its table can be read). */
  has(name: string): boolean {
    return this.#built.has(name);
  }

  /**
   * Forget every aggregate (the data changed). `shipped` names tables of a database file's
   * schema `<catalog>.agregat` that describe the current data exactly (the sample file's,
   * while the sample is all there is to count): they are used as if built. Fails when one of
   * them is not in the file.
   */
  async reset(shipped: { catalog: string; names: readonly string[] } = { catalog: '', names: [] }): Promise<void> {
    this.#built.clear();
    this.#shipped.clear();
    await this.#run(`DROP SCHEMA IF EXISTS memory.${AGGREGATE_SCHEMA} CASCADE; CREATE SCHEMA memory.${AGGREGATE_SCHEMA}`);
    const specs = shipped.names.map(specNamed).filter((spec): spec is AggregateSpec => spec !== undefined);
    if (specs.length === 0) return;
    // One call for all: each statement is a round trip to DuckDB's worker at start-up.
    await this.#run(
      specs
        .map((spec) => `CREATE VIEW memory.${AGGREGATE_SCHEMA}.${spec.name} AS SELECT * FROM ${shipped.catalog}.${AGGREGATE_SCHEMA}.${spec.name}`)
        .join(';\n')
    );
    for (const spec of specs) {
      this.#built.set(spec.name, spec);
      this.#shipped.add(spec.name);
    }
  }

  /**
   * Forget every aggregate and use those a database file ships: first the ones it is expected
   * to (`expected`, the names it was built with), without asking the catalog, which reads every
   * table's statistics (duckdb_tables(), about 0.1 s of an engine start); a file that lacks one
   * of them (built by another version) is asked which it has (`listShipped`).
   */
  async resetToShipped(catalog: string, expected: readonly string[], listShipped: () => Promise<string[]>): Promise<void> {
    try {
      await this.reset({ catalog, names: expected });
    } catch {
      await this.reset({ catalog, names: await listShipped() });
    }
  }

  /**
   * Build only the masters the whole batch would share, so that each question's own
   * aggregates are then derived from them (called once before a batch's first question).
   */
  async prepare(batch: readonly AggregateSpec[]): Promise<void> {
    for (const step of planBuilds(this.#trusted(batch), [...this.#built.values()])) if (step.master) await this.#build(step);
  }

  /** Build the missing tables of `specs`; those used move to the back of the line. */
  async ensure(specs: readonly AggregateSpec[]): Promise<void> {
    const wanted = this.#trusted(specs);
    for (const step of planBuilds(wanted, [...this.#built.values()])) await this.#build(step);
    for (const spec of wanted) this.#touch(spec);
    await this.#evict(new Set(wanted.map((spec) => spec.name)));
  }

  /** Specs rebuilt from their names: what is built is always what the SQL reads. */
  #trusted(specs: readonly AggregateSpec[]): AggregateSpec[] {
    return specs.map((spec) => {
      const trusted = specNamed(spec.name);
      if (!trusted) throw new Error(`Nama tabel agregat tidak sah: ${spec.name}`);
      return trusted;
    });
  }

  async #build(step: BuildStep): Promise<void> {
    await this.#run(`CREATE OR REPLACE TABLE memory.${AGGREGATE_SCHEMA}.${step.spec.name} AS ${buildSelect(step)}`);
    this.#touch(step.spec);
  }

  #touch(spec: AggregateSpec): void {
    this.#built.delete(spec.name);
    this.#built.set(spec.name, spec);
  }

  async #evict(inUse: ReadonlySet<string>): Promise<void> {
    for (const name of [...this.#built.keys()]) {
      if (this.#built.size <= LIMIT) return;
      if (inUse.has(name) || this.#shipped.has(name)) continue;
      this.#built.delete(name);
      await this.#run(`DROP TABLE IF EXISTS memory.${AGGREGATE_SCHEMA}.${name}`);
    }
  }
}
