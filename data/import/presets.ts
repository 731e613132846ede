// Mapping presets for the CLI: the JSON the browser keeps (presets.json, an array) or one
// preset saved from the preview step, in the same MappingPreset shape. A file that is no
// recognised dataset and whose header signature matches one is mapped with it, as the
// browser offers it again for a file with the same headers.
import { readFile } from 'node:fs/promises';
import { findPreset, validateMapping, type MappingPreset } from '../../src/lib/import/manual/index.ts';
import type { ReadFile } from '../../src/lib/import/pipeline.ts';
import type { ReadOptions } from '../../src/lib/import/read/index.ts';

function isPreset(value: unknown): value is MappingPreset {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<MappingPreset>;
  return (
    typeof p.name === 'string' &&
    typeof p.signature === 'string' &&
    typeof p.mapping === 'object' &&
    p.mapping !== null &&
    typeof p.mapping.target === 'string' &&
    typeof p.mapping.fields === 'object'
  );
}

/** The presets of each file, in order (a later one wins for the same signature, as in the browser). */
export async function loadPresets(paths: readonly string[]): Promise<MappingPreset[]> {
  const presets: MappingPreset[] = [];
  for (const path of paths) {
    const json: unknown = JSON.parse(await readFile(path, 'utf8'));
    const list = Array.isArray(json) ? json : [json];
    const bad = list.findIndex((p) => !isPreset(p));
    if (bad >= 0) throw new Error(`${path}: isian ke-${bad + 1} bukan preset pemetaan (perlu name, signature dan mapping dengan target dan fields).`);
    for (const p of list as MappingPreset[]) presets.push(p);
  }
  return presets;
}

/** A preset to map a file with, the file as read for it, or why the matching preset cannot apply. */
export type PresetMatch = { preset: MappingPreset; file: ReadFile } | { preset: MappingPreset; problems: string[] } | null;

function check(preset: MappingPreset, file: ReadFile): PresetMatch {
  const problems = validateMapping(preset.mapping, file.raw);
  return problems.length > 0 ? { preset, problems } : { preset, file };
}

const hasRead = (p: MappingPreset) => p.read !== undefined && Object.keys(p.read).length > 0;

/**
 * The preset saved for this file's headers. A preset saved with reading options (another
 * header row, delimiter, …) names the headers as read with them, so the file is read again
 * once per distinct set of options, and only when no preset fits the file as it was read.
 */
export async function matchPreset(presets: readonly MappingPreset[], file: ReadFile, reread: (read: ReadOptions) => Promise<ReadFile>): Promise<PresetMatch> {
  if (presets.length === 0) return null;
  const plain = file.raw.columns.length > 0 ? findPreset(presets.filter((p) => !hasRead(p)), file.raw.columns) : undefined;
  if (plain) return check(plain, file);
  const byOptions = new Map<string, MappingPreset[]>();
  for (const p of presets.filter(hasRead)) {
    const key = JSON.stringify(p.read);
    byOptions.set(key, [...(byOptions.get(key) ?? []), p]);
  }
  for (const group of byOptions.values()) {
    const again = await reread((group[0] as MappingPreset).read as ReadOptions).catch(() => undefined);
    const preset = again && again.raw.columns.length > 0 ? findPreset(group, again.raw.columns) : undefined;
    if (preset && again) return check(preset, again);
  }
  return null;
}
