import * as duckdb from '@duckdb/duckdb-wasm';
import type { DatabaseStorage, StartProgress } from './db-api';
import { downloadWithProgress, fetchOk, readIntoMemory, statedSize } from './download';
import { DatabaseFolder, versionOf, type DatabaseSource } from './stored-database';

/** The name DuckDB knows the attached file by. */
export const DATABASE_FILE = 'telisik.duckdb';

type Progress = (p: StartProgress) => void;

export interface AttachedFile {
  bytes: number;
  storage: DatabaseStorage;
  /** Why a file read into memory was not kept, when it could have been. */
  why?: string;
}

/**
 * Fetches the database file for a start. The file goes into the origin's private file system
 * when the browser offers it, the server names its version and the quota has room; a copy
 * already kept there for the same version is used without reading the body again. Without
 * a network, the last complete copy kept starts the app (the offline worker keeps no file
 * over 512 MB). Everything else, and any failure on the way, goes the old way: the
 * whole file into memory.
 */
export async function obtainDatabase(url: string, onProgress: Progress, checkSize: (bytes: number) => void): Promise<DatabaseSource> {
  const folder = await DatabaseFolder.open();
  if (!folder) return { kind: 'memory', bytes: await downloadWithProgress(url, onProgress, checkSize), why: 'no private file system (OPFS) here' };
  let response: Response;
  try {
    response = await fetchOk(url);
  } catch (cause) {
    const kept = cause instanceof TypeError ? await folder.kept(url, null) : null;
    if (kept) return kept;
    throw cause;
  }
  const version = versionOf(response);
  const total = statedSize(response);
  const kept = version === null ? null : await folder.kept(url, version);
  if (kept) {
    await response.body?.cancel().catch(() => {});
    return kept;
  }
  checkSize(total);
  // A compressed transfer states no size (0): the quota is then checked by the writes themselves.
  if (version !== null && (await folder.hasRoom(total))) {
    let refused = false;
    const guarded = (bytes: number) => {
      try {
        checkSize(bytes);
      } catch (cause) {
        refused = true;
        throw cause;
      }
    };
    try {
      return await folder.write(url, version, response, onProgress, guarded);
    } catch (cause) {
      if (refused) throw cause;
      // Storage full, the file locked by another tab, or the transfer cut off: into memory, from a new request.
      return { kind: 'memory', bytes: await downloadWithProgress(url, onProgress, checkSize), why: `not kept: ${String(cause)}` };
    }
  }
  const why = version === null ? 'the server names no version (ETag, Last-Modified)' : 'no room in the storage quota';
  return { kind: 'memory', bytes: await readIntoMemory(url, response, onProgress, checkSize), why };
}

/**
 * Hands the file to DuckDB and attaches it read-only (attach). A kept copy that DuckDB
 * cannot open (another tab's engine holds it; OPFS allows one reader at a time) or attach
 * (damaged) is replaced by the file downloaded into memory.
 */
export async function attachDatabase(
  db: duckdb.AsyncDuckDB,
  attach: () => Promise<unknown>,
  source: DatabaseSource,
  url: string,
  onProgress: Progress,
  checkSize: (bytes: number) => void
): Promise<AttachedFile> {
  if (source.kind === 'kept') {
    const inMemory = async (why: string) => ({ kind: 'memory', bytes: await downloadWithProgress(url, onProgress, checkSize), why }) as const;
    try {
      await db.registerFileHandle(DATABASE_FILE, source.file, duckdb.DuckDBDataProtocol.BROWSER_FSACCESS, true);
    } catch (cause) {
      // Another tab's engine has the copy open: this tab reads the file into memory.
      return attachDatabase(db, attach, await inMemory(`kept copy not opened: ${String(cause)}`), url, onProgress, checkSize);
    }
    try {
      await attach();
      return { bytes: source.bytes, storage: source.reused ? 'reused' : 'stored' };
    } catch (cause) {
      // A damaged copy: forgotten, so the next start downloads the file again.
      await db.dropFile(DATABASE_FILE).catch(() => {});
      if (source.reused) await (await DatabaseFolder.open())?.forget();
      return attachDatabase(db, attach, await inMemory(`kept copy not attached: ${String(cause)}`), url, onProgress, checkSize);
    }
  }
  // Read now: registering the file hands its buffer over to DuckDB's worker.
  const bytes = source.bytes.byteLength;
  await db.registerFileBuffer(DATABASE_FILE, source.bytes);
  await attach();
  return { bytes, storage: 'memory', ...(source.why ? { why: source.why } : {}) };
}
