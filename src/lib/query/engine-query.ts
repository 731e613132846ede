/** Memory DuckDB uses now (buffer pool: tables, aggregates, query work), in bytes. */
export const ENGINE_MEMORY_SQL = 'SELECT CAST(sum(memory_usage_bytes) AS BIGINT) AS bytes FROM duckdb_memory()';
