// npm run import -- <file|folder…> [--from list.txt] [--preset presets.json] --out <dir>
//
// Runs the browser's import pipeline in Node, with the same DuckDB-WASM build, for batch
// conversion and for tests. A folder stands for every data file under it (sorted; output
// names keep the subfolders); `--from` reads paths one per line from a file, or from standard
// input with `--from -`, so any number of files fits in one run. For each input <name>.<ext>
// it writes:
//   <dir>/<name>.csv          the table exactly as read (every value the text it was after decoding)
//   <dir>/<name>.<table>.csv  each canonical table it produced (canonical names, plain numbers)
//   <dir>/<name>.report.json  the data-quality report
// and <name>.2.csv (with its own tables and report), <name>.3.csv, … when the file holds
// several tables. `--preset` (repeatable) takes mapping presets saved from the preview step
// (one preset, or the browser's list); a file that is no recognised dataset and whose headers
// match one is mapped with it. An empty file gives an empty table and its report. It exits
// non-zero only when a file could not be read at all.

import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { learnLookups, type LearntLookups } from '../../src/lib/import/isb/index.ts';
import type { ReadFile } from '../../src/lib/import/pipeline.ts';
import { UnreadableFileError } from '../../src/lib/import/raw-table.ts';
import { convertInput } from './convert.ts';
import { collectInputs, listedPaths } from './inputs.ts';
import { loadNodeRegions, loadNodeSchema } from './node-reference.ts';
import { openNodeDuckDbWasm } from './node-duckdb-wasm.ts';
import { loadPresets } from './presets.ts';
import { readInputFile } from './read-input.ts';

/** Input bytes whose tables stay in memory between the two passes; beyond it a file is read again. */
const KEEP_BYTES = 128 * 1024 * 1024;

type Learning = { [K in keyof LearntLookups]: Map<string, string> };

/** Adds what one file teaches to what the others taught, in place: later files win, as in one learnLookups call. */
function absorb(into: Learning, own: LearntLookups): void {
  for (const key of ['satkerCodes', 'klpdNames', 'komoditas'] as const) for (const [k, v] of own[key]) into[key].set(k, v);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, from: { type: 'string', multiple: true }, preset: { type: 'string', multiple: true } },
    allowPositionals: true,
    strict: true
  });
  let paths = positionals;
  // concat, not push(...): a list can hold more paths than a call takes arguments.
  for (const list of values.from ?? []) paths = paths.concat(await listedPaths(list));
  if (!values.out || paths.length === 0) {
    console.error('Pemakaian: npm run import -- <berkas|folder…> [--from daftar.txt] [--preset preset.json] --out <folder>');
    return 2;
  }
  const out = values.out;
  await mkdir(out, { recursive: true });
  const inputs = await collectInputs(paths);
  if (inputs.length === 0) console.error('Tidak ada berkas data yang ditemukan.');
  const [regions, schema, duckdb, presets] = await Promise.all([loadNodeRegions(), loadNodeSchema(), openNodeDuckDbWasm(), loadPresets(values.preset ?? [])]);

  // First pass: read every file, because one file can name what another only refers to by id.
  // Tables are kept up to KEEP_BYTES of input; the rest are read again, so memory stays bounded.
  const kept = new Map<number, ReadFile>();
  const readable: boolean[] = [];
  let keptBytes = 0;
  const lookups: Learning = { satkerCodes: new Map(), klpdNames: new Map(), komoditas: new Map() };
  for (const [i, input] of inputs.entries()) {
    try {
      const file = await readInputFile(input.path, basename(input.path));
      absorb(lookups, learnLookups([file.raw]));
      if (keptBytes + file.size <= KEEP_BYTES) {
        kept.set(i, file);
        keptBytes += file.size;
      }
      readable.push(true);
    } catch (error) {
      if (!(error instanceof UnreadableFileError) && !isMissing(error)) throw error;
      readable.push(false);
      const reason = error instanceof UnreadableFileError ? error.message : 'Berkas tidak ditemukan atau tidak dapat dibuka.';
      console.error(`${basename(input.path)}: ${reason}`);
    }
  }
  const ctx = { out, regions, schema, duckdb, lookups, presets };
  for (const [i, input] of inputs.entries()) {
    if (!readable[i]) continue;
    const file = kept.get(i) ?? (await readInputFile(input.path, basename(input.path)));
    kept.delete(i);
    for (const line of await convertInput(ctx, input, file)) console.log(line);
  }
  return readable.includes(false) ? 1 : 0;
}

/** A listed path that does not exist is a file that cannot be read, not a crash. */
function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'EACCES');
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
);
