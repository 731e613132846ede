import type { ImportProgress, ImportReply, ImportRequest, RawPreview } from './import-api';
import { mapImportFile, readImportFile } from '../src/lib/import/pipeline';
import { findPreset, suggestMapping } from '../src/lib/import/manual';
import { learnLookups } from '../src/lib/import/isb';
import { mergeLookups, storeLookups } from '../src/lib/import/lookups';
import type { RegionRef } from '../src/lib/import/regions';
import type { CanonicalSchema } from '../src/lib/import/canonical-schema';
import { canonicalTableToIpc } from '../src/lib/import/to-arrow';
import { UnreadableFileError, type RawTable } from '../src/lib/import/raw-table';
import { boundTableShape, clipText } from '../src/lib/import/read/table-limits';
import { readPages } from '../src/lib/import/inaproc/read-pages';

const PREVIEW_ROWS = 50;
/**
 * Characters of a cell sent to the page: plenty to judge a value and its type, and the page
 * shows fewer still (after masking, so no identifier is cut before it is recognised). With at
 * most MAX_COLUMNS columns the preview is at worst about a hundred megabytes, whatever the file.
 */
const PREVIEW_CELL_CHARS = 500;

/** The first rows as read, each cell clipped: what the page gets for the preview step. */
function previewOf(raw: RawTable): RawPreview {
  return {
    columns: raw.columns,
    rows: raw.rows.slice(0, PREVIEW_ROWS).map((row) => row.map((cell) => (cell === null ? null : clipText(cell, PREVIEW_CELL_CHARS)))),
    lineNumbers: raw.lineNumbers.slice(0, PREVIEW_ROWS),
    source: raw.source
  };
}

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
    // Joined pages get the same bounds on their shape as a file read on its own.
    const file = joined ? { ...joined, raw: boundTableShape(joined.raw) } : await readImportFile(bytes, fileName, options.read, progress);
    const own = learnLookups([file.raw]);
    const lookups = mergeLookups([...(options.lookups ?? []), own]);
    const outcome = mapImportFile(file, { regions: reference.regions, manual: options.mapping, lookups, pseudonymKey: options.pseudonymKey });
    if (joined) outcome.report.pages = joined.pages;
    onProgress({ phase: 'encode' });
    const tables: Record<string, Uint8Array> = {};
    for (const [name, rows] of Object.entries(outcome.tables)) {
      const columns = reference.schema[name];
      if (columns && rows.length > 0) tables[name] = canonicalTableToIpc(rows, columns);
    }
    const { raw } = outcome;
    const preview = previewOf(raw);
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
