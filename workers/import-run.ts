import type { ImportProgress, ImportReply, ImportRequest } from './import-api';
import { mapImportFile, readImportFile } from '../src/lib/import/pipeline';
import { findPreset, suggestMapping } from '../src/lib/import/manual';
import { learnLookups } from '../src/lib/import/isb';
import { mergeLookups, storeLookups } from '../src/lib/import/lookups';
import type { RegionRef } from '../src/lib/import/regions';
import type { CanonicalSchema } from '../src/lib/import/canonical-schema';
import { canonicalTableToIpc } from '../src/lib/import/to-arrow';
import { UnreadableFileError } from '../src/lib/import/raw-table';
import { readPages } from '../src/lib/import/inaproc/read-pages';

const PREVIEW_ROWS = 50;

/** One import, as the worker runs it: failures become a reply with one clear sentence. */
export async function runImport(
  bytes: Uint8Array,
  fileName: string,
  options: ImportRequest,
  reference: { regions: RegionRef[]; schema: CanonicalSchema },
  onProgress: (p: ImportProgress) => void
): Promise<ImportReply> {
  try {
    onProgress({ phase: 'read' });
    const progress = (fraction: number) => onProgress({ phase: 'read', fraction });
    const joined = options.pages ? await readPages(bytes, fileName, options.pages, options.read, progress) : null;
    const file = joined ?? (await readImportFile(bytes, fileName, options.read, progress));
    const own = learnLookups([file.raw]);
    const lookups = mergeLookups([...(options.lookups ?? []), own]);
    const outcome = mapImportFile(file, { regions: reference.regions, manual: options.mapping, lookups });
    if (joined) outcome.report.pages = joined.pages;
    onProgress({ phase: 'encode' });
    const tables: Record<string, Uint8Array> = {};
    for (const [name, rows] of Object.entries(outcome.tables)) {
      const columns = reference.schema[name];
      if (columns && rows.length > 0) tables[name] = canonicalTableToIpc(rows, columns);
    }
    const { raw } = outcome;
    const preview = {
      columns: raw.columns,
      rows: raw.rows.slice(0, PREVIEW_ROWS),
      lineNumbers: raw.lineNumbers.slice(0, PREVIEW_ROWS),
      source: raw.source
    };
    const unrecognised = outcome.report.dataset === null && raw.columns.length > 0;
    const preset = unrecognised ? findPreset(options.presets ?? [], raw.columns) : undefined;
    const proposal = unrecognised
      ? preset
        ? { mapping: preset.mapping, preset: preset.name }
        : { mapping: suggestMapping(raw) }
      : null;
    return { ok: true, report: outcome.report, preview, tables, proposal, lookups: storeLookups(own) };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { ok: false, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'internal', message: `Berkas tidak dapat diimpor karena kesalahan internal: ${message}` };
  }
}
