// npm run import -- <file…> --out <dir>
//
// Runs the browser's import pipeline in Node, with the same DuckDB-WASM build, for batch
// conversion and for tests. For each input <name>.<ext> it writes:
//   <dir>/<name>.csv          the table exactly as read (every value the text it was after decoding)
//   <dir>/<name>.<table>.csv  each canonical table it produced (canonical names, plain numbers)
//   <dir>/<name>.report.json  the data-quality report
// It exits non-zero only when a file could not be read at all.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { mapImportFile, readImportFile, type ReadFile } from '../../src/lib/import/pipeline.ts';
import { learnLookups } from '../../src/lib/import/isb/index.ts';
import { UnreadableFileError } from '../../src/lib/import/raw-table.ts';
import { loadNodeRegions, loadNodeSchema } from './node-reference.ts';
import { openNodeDuckDbWasm } from './node-duckdb-wasm.ts';
import { writeTables } from './write-tables.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
  if (!values.out || positionals.length === 0) {
    console.error('Pemakaian: npm run import -- <berkas…> --out <folder>');
    return 2;
  }
  await mkdir(values.out, { recursive: true });
  const [regions, schema, duckdb] = await Promise.all([loadNodeRegions(), loadNodeSchema(), openNodeDuckDbWasm()]);
  // Read every file first: one file can name what another only refers to by id.
  const read: { path: string; file: ReadFile }[] = [];
  let unreadable = 0;
  for (const path of positionals) {
    try {
      read.push({ path, file: await readImportFile(new Uint8Array(await readFile(path)), basename(path)) });
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      unreadable++;
      console.error(`${basename(path)}: ${error.message}`);
    }
  }
  const lookups = learnLookups(read.map((r) => r.file.raw));
  for (const { path, file } of read) {
    const name = basename(path, extname(path));
    const outcome = mapImportFile(file, { regions, lookups });
    const written = await writeTables(duckdb, values.out, name, outcome, schema);
    await writeFile(join(values.out, `${name}.report.json`), JSON.stringify(outcome.report, null, 2) + '\n');
    const dataset = outcome.report.dataset?.name ?? 'tidak dikenali (perlu pemetaan kolom)';
    console.log(`${file.name}: ${outcome.report.rowsRead} baris dibaca, ${outcome.report.rowsRejected} ditolak; ${dataset}; ${written.join(', ')}`);
  }
  return unreadable > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
);
