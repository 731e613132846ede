// One input file read as the browser reads it, except that an empty file (0 bytes) is an
// empty table for the CLI, with its report, not a failure: a batch of exports often holds a
// few that had nothing in them.
import { readFile } from 'node:fs/promises';
import { readImportFile, type ReadFile } from '../../src/lib/import/pipeline.ts';
import { readText } from '../../src/lib/i18n/import-read-id.ts';
import type { ReadOptions } from '../../src/lib/import/read/index.ts';
import { sha256Hex } from '../../src/lib/import/sha256.ts';

export async function readInputBytes(bytes: Uint8Array, fileName: string, read?: ReadOptions): Promise<ReadFile> {
  if (bytes.length > 0) return readImportFile(bytes, fileName, read);
  return {
    raw: { columns: [], rows: [], lineNumbers: [], source: { format: 'csv' }, warnings: [{ code: 'empty-file', message: readText.emptyFile }] },
    name: fileName,
    size: 0,
    sha256: await sha256Hex(bytes)
  };
}

export async function readInputFile(path: string, fileName: string, read?: ReadOptions): Promise<ReadFile> {
  return readInputBytes(new Uint8Array(await readFile(path)), fileName, read);
}
