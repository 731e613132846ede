import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA_DIR = fileURLToPath(new URL('..', import.meta.url));
const STAMP_FILE = 'sample.stamp';

/**
 * What a generated sample depends on: the generator's code, the schema, the database build
 * and the options. A sample whose stamp differs was made by other code and is made again.
 */
export function sampleFingerprint(rows: number, seed: number): string {
  const hash = createHash('sha256').update(`rows=${rows};seed=${seed};`);
  // The generator, and the ledger, category rules and pre-aggregation (the query builders
  // name the aggregates the file ships) the database build runs over its output.
  const sources = ['generator', '../src/lib/ledger', '../src/lib/kategori', '../src/lib/query', '../src/lib/query/aggregate'].flatMap((dir) =>
    readdirSync(join(DATA_DIR, dir))
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => join(dir, name))
  );
  for (const file of [...sources, 'schema.sql', 'build-database.ts', '../src/lib/import/regions/region-list.ts']) {
    hash.update(file).update(readFileSync(join(DATA_DIR, file)));
  }
  // The DuckDB that writes the database file is part of what the browser reads.
  hash.update(readFileSync(join(DATA_DIR, '..', 'node_modules', '@duckdb', 'node-api', 'package.json')));
  return hash.digest('hex');
}

export function isUpToDate(outDir: string, fingerprint: string): boolean {
  const stamp = join(outDir, STAMP_FILE);
  return existsSync(join(outDir, 'telisik.duckdb')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === fingerprint;
}

export function stampFile(outDir: string): string {
  return join(outDir, STAMP_FILE);
}
