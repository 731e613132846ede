import { DuckDBInstance } from '@duckdb/node-api';

/**
 * The same dashboard questions asked naively of native DuckDB (the Node build, one thread)
 * over the same database file: the reference the app's rounds are compared with. Each
 * round's statements are the views' SQL on the canonical tables, as collected in the page.
 */
export async function timeNative(database: string, rounds: readonly (readonly string[])[]): Promise<number[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    await connection.run(`ATTACH '${database.replaceAll("'", "''")}' AS telisik (READ_ONLY)`);
    await connection.run('USE telisik');
    // Warm-up: the file's pages into the OS cache and DuckDB's buffers, as in the browser.
    for (const sql of rounds[0] ?? []) await connection.run(sql);
    const times: number[] = [];
    for (const statements of rounds) {
      const began = performance.now();
      for (const sql of statements) await (await connection.run(sql)).getRows();
      times.push(performance.now() - began);
    }
    return times;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
