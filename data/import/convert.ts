// One input through the pipeline and onto disk: each table of the file (a file can hold
// several: <name>.csv, <name>.2.csv, …) mapped by recognition, or by a saved preset when it
// is no recognised dataset, and written with its canonical tables and its report.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mapImportFile, type ImportOutcome, type ReadFile } from '../../src/lib/import/pipeline.ts';
import type { LearntLookups } from '../../src/lib/import/isb/index.ts';
import type { CanonicalSchema } from '../../src/lib/import/canonical-schema.ts';
import type { MappingPreset } from '../../src/lib/import/manual/index.ts';
import type { RegionRef } from '../../src/lib/import/regions/index.ts';
import type { ReadOptions } from '../../src/lib/import/read/index.ts';
import type { Input } from './inputs.ts';
import type { WasmConnection } from './node-duckdb-wasm.ts';
import { matchPreset } from './presets.ts';
import { readInputFile } from './read-input.ts';
import { writeTables } from './write-tables.ts';

export interface ConvertContext {
  out: string;
  regions: readonly RegionRef[];
  schema: CanonicalSchema;
  duckdb: WasmConnection;
  lookups: LearntLookups;
  presets: readonly MappingPreset[];
}

/** Recognition first; a preset only for a file it does not recognise. Returns the outcome and what was used. */
async function mapTable(ctx: ConvertContext, input: Input, file: ReadFile, table: number): Promise<{ outcome: ImportOutcome; note: string }> {
  const options = { regions: ctx.regions, lookups: ctx.lookups };
  const outcome = mapImportFile(file, options);
  if (outcome.report.dataset !== null) return { outcome, note: outcome.report.dataset.name };
  const only = table > 1 ? { table } : {};
  const reread = (read: ReadOptions) => readInputFile(input.path, file.name, { ...read, ...only });
  const match = await matchPreset(ctx.presets, file, reread);
  if (!match) return { outcome, note: 'tidak dikenali (perlu pemetaan kolom)' };
  if ('problems' in match) return { outcome, note: `tidak dikenali; preset "${match.preset.name}" cocok tetapi tidak dapat dipakai: ${match.problems.join(' ')}` };
  return { outcome: mapImportFile(match.file, { ...options, manual: match.preset.mapping }), note: `dipetakan dengan preset "${match.preset.name}"` };
}

/** Writes every table of the input; returns one line per table for the console. */
export async function convertInput(ctx: ConvertContext, input: Input, first: ReadFile): Promise<string[]> {
  const count = first.raw.source.tables ?? 1;
  const lines: string[] = [];
  for (let table = 1; table <= count; table++) {
    const file = table === 1 ? first : await readInputFile(input.path, basename(input.path), { table });
    const name = table === 1 ? input.name : `${input.name}.${table}`;
    const { outcome, note } = await mapTable(ctx, input, file, table);
    await mkdir(dirname(join(ctx.out, name)), { recursive: true });
    const written = await writeTables(ctx.duckdb, ctx.out, name, outcome, ctx.schema);
    await writeFile(join(ctx.out, `${name}.report.json`), JSON.stringify(outcome.report, null, 2) + '\n');
    const which = count > 1 ? ` (tabel ${table} dari ${count})` : '';
    lines.push(`${file.name}${which}: ${outcome.report.rowsRead} baris dibaca, ${outcome.report.rowsRejected} ditolak; ${note}; ${written.join(', ')}`);
  }
  return lines;
}
