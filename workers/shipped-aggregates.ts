import type * as duckdb from '@duckdb/duckdb-wasm';
import type { AggregateStore } from './aggregate-store';
import type { DatasetStore } from './dataset-store';
import { SAMPLE_CATALOG } from './catalog';
import { AGGREGATE_SCHEMA } from '../src/lib/query/aggregate/aggregate-spec';

/**
 * Points `store` at the aggregates the sample's database file ships (data/build-database.ts)
 * while they describe the data (only while the sample is all that is counted), or at none.
 */
export async function useShippedAggregates(conn: duckdb.AsyncDuckDBConnection, datasets: DatasetStore, store: AggregateStore, expected: readonly string[]): Promise<void> {
  if (!datasets.onlySampleCounted) return store.reset();
  await store.resetToShipped(SAMPLE_CATALOG, expected, async () => {
    const tables = await conn.query(
      `SELECT table_name FROM duckdb_tables() WHERE database_name = '${SAMPLE_CATALOG}' AND schema_name = '${AGGREGATE_SCHEMA}'`
    );
    return tables.toArray().map((row: { table_name: string }) => String(row.table_name));
  });
}
