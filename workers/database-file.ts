import * as duckdb from '@duckdb/duckdb-wasm';
import type { DatabaseStorage, StartProgress } from './db-api';
import { downloadWithProgress, fetchOk, readIntoMemory, statedSize } from './download';
import { DatabaseFolder, versionOf, type DatabaseSource, type KeptCopy } from './stored-database';

/** The name DuckDB knows the attached file by. */
export const DATABASE_FILE = 'telisik.duckdb';

type Progress = (p: StartProgress) => void;

export interface AttachedFile {
  bytes: number;
  storage: DatabaseStorage;
  /** Why a file read into memory was not kept there (no OPFS, no version, no room, a failure). */
  why?: string;
}

/**
 * Fetches the database file for a start. The file goes into the origin's private file system
 * when the browser offers it, the server names its version and the quota has room; a copy
 * already kept there for the same version is used without reading the body again. When the
 * file cannot be fetched (no network, a server error), the last complete copy kept starts the
 * app (the offline worker keeps no file over 512 MB). Everything else, and any failure on
 * the way, goes the old way: the whole file into memory.
 */
export async function obtainDatabase(url: string, onProgress: Progress, checkSize: (bytes: number) => void): Promise<DatabaseSource> {
  const folder = await DatabaseFolder.open();
  if (!folder) return inMemory(url, onProgress, checkSize, 'no private file system (OPFS) here');
  await folder.tidy();
  let response: Response;
  try {
    response = await fetchOk(url);
  } catch (cause) {
    const kept = await folder.kept(url, null);
    if (kept) return checked(kept, checkSize);
    // No copy: a network error is tried once more, as it always was (downloadWithProgress).
    if (cause instanceof TypeError) return inMemory(url, onProgress, checkSize, 'no copy kept, and the first request failed');
    throw cause;
  }
  const version = versionOf(response);
  const total = statedSize(response);
  const kept = version === null ? null : await folder.kept(url, version);
  if (kept) {
    await response.body?.cancel().catch(() => {});
    return checked(kept, checkSize);
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
      // The transfer cut off, or what was kept could not be read back: into memory, from a
      // new request. (Storage found full part way goes on into memory: stored-database.ts.)
      return inMemory(url, onProgress, checkSize, `not kept: ${String(cause)}`);
    }
  }
  const why = version === null ? 'the server names no version (ETag, Last-Modified)' : 'no room in the storage quota';
  try {
    return { kind: 'memory', bytes: await readIntoMemory(url, response, onProgress, checkSize), why };
  } catch (cause) {
    if (!(cause instanceof TypeError)) throw cause;
    return inMemory(url, onProgress, checkSize, why); // cut off half way: once more
  }
}

function checked(kept: KeptCopy, checkSize: (bytes: number) => void): DatabaseSource {
  checkSize(kept.bytes);
  return kept;
}

async function inMemory(url: string, onProgress: Progress, checkSize: (bytes: number) => void, why: string): Promise<DatabaseSource> {
  return { kind: 'memory', bytes: await downloadWithProgress(url, onProgress, checkSize), why };
}

/**
 * Waits between attempts to open a kept copy. A build's engine opens it with a read-only
 * access handle that other tabs' engines share (workers/duckdb-worker-patch.ts); where that
 * mode is missing (`npm start`, a browser without it) the handle is exclusive, and a reloaded
 * page's old engine, or the engine restarted after a crash, lets go of it a moment after the
 * new one asks. A second tab's engine holding it exclusively is waited out, then memory.
 */
const OPEN_WAITS_MS = [100, 300, 600, 1000];

async function registerKept(db: duckdb.AsyncDuckDB, file: FileSystemFileHandle): Promise<void> {
  for (const wait of [...OPEN_WAITS_MS, null]) {
    try {
      return await db.registerFileHandle(DATABASE_FILE, file, duckdb.DuckDBDataProtocol.BROWSER_FSACCESS, true);
    } catch (cause) {
      if (wait === null) throw cause;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * Hands the file to DuckDB and attaches it read-only (attach). A kept copy that DuckDB
 * cannot open (another tab's engine holds it exclusively, above) or attach (damaged: it is
 * forgotten, so the next start fetches the file again) is replaced by the file downloaded
 * into memory.
 */
export async function attachDatabase(
  db: duckdb.AsyncDuckDB,
  attach: () => Promise<unknown>,
  source: DatabaseSource,
  url: string,
  onProgress: Progress,
  checkSize: (bytes: number) => void
): Promise<AttachedFile> {
  const instead = async (why: string) => {
    const memory = await inMemory(url, onProgress, checkSize, why);
    const bytes = memory.kind === 'memory' ? memory.bytes.byteLength : 0;
    onProgress({ phase: 'attach', loaded: bytes, total: bytes });
    return attachDatabase(db, attach, memory, url, onProgress, checkSize);
  };
  if (source.kind === 'kept') {
    try {
      await registerKept(db, source.file);
    } catch (cause) {
      return instead(`kept copy not opened: ${String(cause)}`);
    }
    try {
      await attach();
      return { bytes: source.bytes, storage: source.reused ? 'reused' : 'stored' };
    } catch (cause) {
      await db.dropFile(DATABASE_FILE).catch(() => {});
      await (await DatabaseFolder.open())?.forget(source.name);
      return instead(`kept copy not attached: ${String(cause)}`);
    }
  }
  // Read now: registering the file hands its buffer over to DuckDB's worker.
  const bytes = source.bytes.byteLength;
  await db.registerFileBuffer(DATABASE_FILE, source.bytes);
  await attach();
  return { bytes, storage: 'memory', ...(source.why ? { why: source.why } : {}) };
}
