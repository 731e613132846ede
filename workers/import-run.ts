import type { ImportProgress, ImportReply } from './import-api';
import { importFile } from '../src/lib/import/pipeline';
import type { ReadOptions } from '../src/lib/import/read';
import type { RegionRef } from '../src/lib/import/regions';
import type { CanonicalSchema } from '../src/lib/import/canonical-schema';
import { canonicalTableToIpc } from '../src/lib/import/to-arrow';
import { UnreadableFileError } from '../src/lib/import/raw-table';

const PREVIEW_ROWS = 50;

/** One import, as the worker runs it: failures become a reply with one clear sentence. */
export async function runImport(
  bytes: Uint8Array,
  fileName: string,
  options: { read?: ReadOptions },
  reference: { regions: RegionRef[]; schema: CanonicalSchema },
  onProgress: (p: ImportProgress) => void
): Promise<ImportReply> {
  try {
    onProgress({ phase: 'read' });
    const outcome = await importFile(bytes, fileName, { regions: reference.regions, read: options.read });
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
    return { ok: true, report: outcome.report, preview, tables };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { ok: false, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'internal', message: `Berkas tidak dapat diimpor karena kesalahan internal: ${message}` };
  }
}
