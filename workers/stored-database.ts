import type { StartProgress } from './db-api';
import { readBody } from './download';
import { KeepingSink, type SyncAccess } from './keeping-sink';

/**
 * The database file kept in the origin's private file system (OPFS) instead of the engine's
 * memory. DuckDB-WASM then reads its pages from there as it needs them (through a
 * synchronous access handle in its own worker), so the file is neither copied into the
 * 32-bit WebAssembly memory (at 10 million rows, 1.26 GB and 2 s) nor held there beside
 * the engine's work, and a returning user's browser does not download it again while the
 * server still has the same file (same ETag or Last-Modified, same size).
 *
 * A copy is reused only when it is complete: its record is written after its last byte.
 */
const FOLDER = 'telisik-database';
const RECORD = 'kept.json';
/** Room left for everything else the origin stores (saved views, imported datasets). */
const HEADROOM = 64 * 1024 * 1024;
/**
 * A file this recent is left alone by the clean-up: another tab may have just written it and
 * not yet recorded it, or just chosen it and not yet opened it.
 */
const SETTLING_MS = 2 * 60 * 1000;

/** The file a start attaches: in memory (copied into the engine), or kept in OPFS. */
export type DatabaseSource =
  /** why: the reason it is not kept (for support and the benchmark), when keeping it was possible in principle. */
  | { kind: 'memory'; bytes: Uint8Array; why?: string }
  | KeptCopy;

/** A complete copy in OPFS: name is its file's, reused when an earlier start wrote it. */
export interface KeptCopy {
  kind: 'kept';
  file: FileSystemFileHandle;
  name: string;
  bytes: number;
  reused: boolean;
}

interface KeptRecord {
  url: string;
  version: string;
  bytes: number;
  name: string;
}

type SyncFileHandle = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncAccess> };

/** What tells one version of the file from another, or null when the server says nothing that does. */
export function versionOf(response: Response): string | null {
  const etag = response.headers.get('etag');
  const modified = response.headers.get('last-modified');
  if (etag === null && modified === null) return null;
  return JSON.stringify([etag, modified, response.headers.get('content-length')]);
}

export class DatabaseFolder {
  readonly #folder: FileSystemDirectoryHandle;

  private constructor(folder: FileSystemDirectoryHandle) {
    this.#folder = folder;
  }

  /** The folder, or null where OPFS or its synchronous access (dedicated workers only) is missing or refused. */
  static async open(): Promise<DatabaseFolder | null> {
    try {
      if (typeof FileSystemFileHandle === 'undefined' || !('createSyncAccessHandle' in FileSystemFileHandle.prototype)) return null;
      const root = await navigator.storage.getDirectory();
      return new DatabaseFolder(await root.getDirectoryHandle(FOLDER, { create: true }));
    } catch {
      return null;
    }
  }

  /** The complete copy of url (of this version; of any version when version is null), if one is kept. */
  async kept(url: string, version: string | null): Promise<KeptCopy | null> {
    const record = await this.#record();
    if (!record || record.url !== url || (version !== null && record.version !== version)) return null;
    try {
      const file = await this.#folder.getFileHandle(record.name);
      return { kind: 'kept', file, name: record.name, bytes: record.bytes, reused: true };
    } catch {
      return null;
    }
  }

  /** True when the origin's storage quota leaves room for a file of this size (0 when unknown). */
  async hasRoom(bytes: number): Promise<boolean> {
    try {
      const { quota = 0, usage = 0 } = await navigator.storage.estimate();
      return quota - usage >= bytes + HEADROOM;
    } catch {
      return false;
    }
  }

  /**
   * Removes every file but the recorded copy: older copies another tab still had open when a
   * newer one was written, and what a tab closed in the middle of a download left (its size
   * reserved at once). Files another tab has open, and recent ones, stay until a later start.
   */
  async tidy(): Promise<void> {
    const keep = (await this.#record())?.name;
    const names: string[] = [];
    for await (const key of (this.#folder as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) names.push(key);
    for (const name of names) {
      if (name === keep || name === RECORD) continue;
      const written = await this.#folder
        .getFileHandle(name)
        .then((handle) => handle.getFile())
        .then((file) => file.lastModified, () => null);
      if (written !== null && Date.now() - written > SETTLING_MS) await this.#remove(name);
    }
  }

  /**
   * Writes the response's body into a new file as it arrives, then records it as url's copy.
   * When the file system refuses the file part way, the download goes on into memory
   * (keeping-sink.ts) and that is what comes back, with the reason.
   */
  async write(
    url: string,
    version: string,
    response: Response,
    onProgress: (p: StartProgress) => void,
    checkSize: (bytes: number) => void
  ): Promise<DatabaseSource> {
    const name = `${crypto.randomUUID()}.duckdb`;
    const file = (await this.#folder.getFileHandle(name, { create: true })) as SyncFileHandle;
    let bytes = 0;
    let inMemory: ReturnType<KeepingSink['inMemory']> = null;
    try {
      const access = await file.createSyncAccessHandle();
      try {
        const sink = new KeepingSink(access, checkSize);
        bytes = await readBody(url, response, onProgress, sink);
        inMemory = sink.inMemory(bytes);
      } finally {
        access.close();
      }
    } catch (cause) {
      await this.#remove(name);
      throw cause;
    }
    if (inMemory !== null) {
      await this.#remove(name);
      return { kind: 'memory', bytes: inMemory.bytes, why: `not kept: ${inMemory.why}` };
    }
    // Unrecorded (storage full after the last byte), the copy still starts this visit; a later
    // start downloads the file again and the clean-up removes this one.
    await this.#writeRecord({ url, version, bytes, name }).catch(() => {});
    return { kind: 'kept', file, name, bytes, reused: false };
  }

  /** Forgets the copy named name (it could not be attached), unless another tab has recorded a newer one since. */
  async forget(name: string): Promise<void> {
    if ((await this.#record())?.name === name) await this.#remove(RECORD);
    await this.#remove(name);
  }

  async #record(): Promise<KeptRecord | null> {
    try {
      const text = await (await (await this.#folder.getFileHandle(RECORD)).getFile()).text();
      const record = JSON.parse(text) as Partial<KeptRecord>;
      const valid = typeof record.url === 'string' && typeof record.version === 'string' && typeof record.name === 'string' && Number.isSafeInteger(record.bytes);
      return valid ? (record as KeptRecord) : null;
    } catch {
      return null;
    }
  }

  async #writeRecord(record: KeptRecord): Promise<void> {
    const writable = await (await this.#folder.getFileHandle(RECORD, { create: true })).createWritable();
    await writable.write(JSON.stringify(record));
    await writable.close();
  }

  async #remove(name: string): Promise<void> {
    // A file another tab's engine has open cannot be removed now; a later start removes it.
    await this.#folder.removeEntry(name).catch(() => {});
  }
}
