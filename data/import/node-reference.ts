// The reference data the import pipeline needs, read from disk in Node (the browser bundles
// the same files): Kemendagri regions from idn-area-data and the canonical schema.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionsFromCsv, type RegionRef } from '../../src/lib/import/regions/index.ts';
import { parseCanonicalSchema, type CanonicalSchema } from '../../src/lib/import/canonical-schema.ts';

export async function loadNodeRegions(): Promise<RegionRef[]> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
  const [provinces, regencies] = await Promise.all([
    readFile(join(dir, 'provinces.csv'), 'utf8'),
    readFile(join(dir, 'regencies.csv'), 'utf8')
  ]);
  return regionsFromCsv(provinces, regencies);
}

export async function loadNodeSchema(): Promise<CanonicalSchema> {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.sql');
  return parseCanonicalSchema(await readFile(file, 'utf8'));
}
