// tsx data/generator/cli.ts --out DIR [--rows N] [--seed S] [--if-outdated]
//
// Writes DIR/<table>.csv for every table of data/schema.sql, then loads them into
// DIR/telisik.duckdb. With only --out it writes exactly the sample the app opens with.

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateSample } from './generate.ts';
import { DEFAULT_ROWS } from './plan.ts';
import { isUpToDate, sampleFingerprint, stampFile } from './fingerprint.ts';

/** Accepts 1000000, 1_000_000 and 1e6. */
function parseCount(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer, got ${text}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      rows: { type: 'string' },
      seed: { type: 'string' },
      'if-outdated': { type: 'boolean', default: false }
    },
    strict: true
  });
  const outDir = values.out;
  if (outDir === undefined) throw new Error('usage: cli.ts --out DIR [--rows N] [--seed S] [--if-outdated]');
  const rows = parseCount('rows', values.rows, DEFAULT_ROWS);
  const seed = parseCount('seed', values.seed, DEFAULT_SEED);
  const database = join(outDir, 'telisik.duckdb');
  const fingerprint = sampleFingerprint(rows, seed);
  if (values['if-outdated'] && isUpToDate(outDir, fingerprint)) {
    console.log(`${database} is up to date; nothing to do.`);
    return;
  }
  rmSync(stampFile(outDir), { force: true });
  const summary = await generateSample({ outDir, rows, seed });
  console.log(`Sample (seed ${summary.seed}) written to ${outDir} in ${(summary.millis / 1000).toFixed(1)} s:`);
  for (const [table, count] of Object.entries(summary.tables)) {
    console.log(`  ${table.padEnd(22)}${count.toLocaleString('en-US').padStart(12)}`);
  }
  console.log(`Transactions: ${summary.rows.toLocaleString('en-US')}, by the form of their records:`);
  for (const [form, count] of Object.entries(summary.forms)) {
    console.log(`  ${form.padEnd(30)}${count.toLocaleString('en-US').padStart(12)}`);
  }
  // Imported only now so the CSVs are written even where the loader cannot run.
  const started = performance.now();
  const { buildDatabase } = await import('../build-database.ts');
  await buildDatabase(outDir);
  // Written last: an interrupted run leaves no stamp, so the next one starts over.
  writeFileSync(stampFile(outDir), `${fingerprint}\n`);
  console.log(`Database ${database} built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
