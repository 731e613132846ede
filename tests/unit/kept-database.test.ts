/**
 * How a start obtains the database file (workers/database-file.ts, stored-database.ts): kept
 * in the origin's private file system when it can be, reused while the server has the same
 * version, and read into memory whenever keeping it fails. OPFS is not in Node: a small
 * in-memory stand-in gives the same answers and the same refusals (a file whose synchronous
 * access handle is open cannot be opened again). The real one is exercised in the browser
 * (tests/e2e/kept-database.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { obtainDatabase } from '../../workers/database-file';
import { versionOf } from '../../workers/stored-database';
import { assertFitsBudget } from '../../workers/memory-budget';

/** Bytes the stand-in file system takes before it refuses a write as Chromium does (file error -8, no space, read as unsigned). */
let capacity: number;
/** The largest size a file may be given at once (truncate), else QuotaExceededError. */
let reservable: number;
const NO_SPACE = 2 ** 32 - 8;
/** Whether flush() and the record's write fail (storage full once the last byte is in). */
let flushFails: boolean;
let recordFails: boolean;

class FakeFile {
  bytes = new Uint8Array(0);
  open = false;
  /** Last write (File.lastModified); a test ages a file by setting it back. */
  modified = Date.now();
}

class FakeFileHandle {
  constructor(readonly file: FakeFile) {}
  async createSyncAccessHandle() {
    const file = this.file;
    if (file.open) throw new DOMException('Access Handles cannot be created if there is another open Access Handle', 'NoModificationAllowedError');
    file.open = true;
    return {
      read(into: Uint8Array, { at }: { at: number }) {
        const part = file.bytes.subarray(at, at + into.byteLength);
        into.set(part);
        return part.byteLength;
      },
      write(chunk: Uint8Array, { at }: { at: number }) {
        if (at + chunk.byteLength > capacity) return NO_SPACE;
        if (at + chunk.byteLength > file.bytes.byteLength) {
          const grown = new Uint8Array(at + chunk.byteLength);
          grown.set(file.bytes);
          file.bytes = grown;
        }
        file.bytes.set(chunk, at);
        file.modified = Date.now();
        return chunk.byteLength;
      },
      truncate(size: number) {
        if (size > reservable) throw new DOMException('no space', 'QuotaExceededError');
        const resized = new Uint8Array(size);
        resized.set(file.bytes.subarray(0, size));
        file.bytes = resized;
      },
      flush() {
        if (flushFails) throw new DOMException('no space', 'QuotaExceededError');
      },
      close() {
        file.open = false;
      }
    };
  }
  async getFile() {
    const { bytes, modified } = this.file;
    return { lastModified: modified, text: async () => new TextDecoder().decode(bytes) };
  }
  async createWritable() {
    const file = this.file;
    const parts: string[] = [];
    return {
      write: async (text: string) => {
        if (recordFails) throw new DOMException('no space', 'QuotaExceededError');
        parts.push(text);
      },
      close: async () => void (file.bytes = new TextEncoder().encode(parts.join('')))
    };
  }
}

class FakeFolder {
  readonly files = new Map<string, FakeFile>();
  readonly folders = new Map<string, FakeFolder>();
  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    if (!this.folders.has(name) && options?.create) this.folders.set(name, new FakeFolder());
    const folder = this.folders.get(name);
    if (!folder) throw new DOMException(name, 'NotFoundError');
    return folder;
  }
  async getFileHandle(name: string, options?: { create?: boolean }) {
    if (!this.files.has(name) && options?.create) this.files.set(name, new FakeFile());
    const file = this.files.get(name);
    if (!file) throw new DOMException(name, 'NotFoundError');
    return new FakeFileHandle(file);
  }
  async removeEntry(name: string) {
    const file = this.files.get(name);
    if (file?.open) throw new DOMException(name, 'NoModificationAllowedError');
    this.files.delete(name);
  }
  async *keys() {
    yield* this.files.keys();
  }
}

const BODY = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
let root: FakeFolder;
let quota: number;
let requests: number;
/** Bodies the app cancelled instead of reading. */
let cancelled: number;

/** The kept folder's database files (not its record). */
const keptFiles = () => [...(root.folders.get('telisik-database')?.files ?? new Map<string, FakeFile>())].filter(([name]) => name.endsWith('.duckdb'));

/**
 * A server answering with BODY under etag (null: no version headers); cutAt cuts the first
 * transfer off there; compressed states no size (a compressed transfer's Content-Length is not the file's).
 */
function serve(etag: string | null, cutAt?: number, compressed = false, whole = BODY) {
  requests = 0;
  globalThis.fetch = vi.fn(async () => {
    requests++;
    const cut = cutAt !== undefined && requests === 1;
    // Pulled piece by piece, so a body cancelled after its headers is seen as such.
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (cut && sent >= cutAt) return controller.error(new TypeError('network error'));
        if (sent >= whole.byteLength) return controller.close();
        const end = Math.min(whole.byteLength, sent + Math.max(100, whole.byteLength / 20), cut ? cutAt : Infinity);
        controller.enqueue(whole.slice(sent, end));
        sent = end;
      },
      cancel() {
        cancelled++;
      }
    });
    const headers: Record<string, string> = compressed ? { 'content-encoding': 'gzip' } : { 'content-length': String(whole.byteLength) };
    if (etag !== null) headers.etag = etag;
    return new Response(body, { headers });
  }) as typeof fetch;
}

const obtain = () => obtainDatabase('/data/telisik.duckdb', () => {}, (bytes) => assertFitsBudget(bytes, 1 << 20));

beforeEach(() => {
  cancelled = 0;
  root = new FakeFolder();
  quota = 1 << 30;
  capacity = Infinity;
  reservable = Infinity;
  flushFails = recordFails = false;
  requests = 0;
  vi.stubGlobal('FileSystemFileHandle', FakeFileHandle);
  vi.stubGlobal('navigator', { storage: { getDirectory: async () => root, estimate: async () => ({ quota, usage: 0 }) } });
});

afterEach(() => vi.unstubAllGlobals());

describe('obtainDatabase', () => {
  it('keeps the file in OPFS, then reuses that copy while the server has the same version', async () => {
    serve('"v1"');
    const first = await obtain();
    expect(first).toMatchObject({ kind: 'kept', bytes: BODY.byteLength, reused: false });
    expect(keptFiles()).toHaveLength(1);
    expect([...keptFiles()[0]![1].bytes]).toEqual([...BODY]);
    expect(keptFiles()[0]![1].open).toBe(false);

    expect(await obtain()).toMatchObject({ kind: 'kept', bytes: BODY.byteLength, reused: true });
    expect(cancelled).toBe(1);
    expect(keptFiles()).toHaveLength(1);
  });

  it('replaces the copy when the server has a new version; a later start removes the old one', async () => {
    serve('"v1"');
    await obtain();
    const [oldName, oldFile] = keptFiles()[0]!;
    serve('"v2"');
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: false });
    expect(keptFiles()).toHaveLength(2);
    oldFile.modified = 0;
    serve('"v2"');
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: true });
    expect(keptFiles().map(([name]) => name)).not.toContain(oldName);
    expect(keptFiles()).toHaveLength(1);
  });

  it('keeps an old copy another tab still reads, and recent files, and removes them at a later start', async () => {
    serve('"v1"');
    await obtain();
    const [, held] = keptFiles()[0]!;
    held.open = true; // the other tab's engine
    serve('"v2"');
    await obtain();
    expect(keptFiles()).toHaveLength(2);
    held.open = false;
    // Still recent: another tab may have just chosen it.
    serve('"v2"');
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: true });
    expect(keptFiles()).toHaveLength(2);
    held.modified = 0;
    serve('"v2"');
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: true });
    expect(keptFiles()).toHaveLength(1);
    expect(keptFiles()[0]![1]).not.toBe(held);
  });

  it('removes what a download cut short by a closed tab left, before checking the quota', async () => {
    const folder = await root.getDirectoryHandle('telisik-database', { create: true });
    const orphan = new FakeFile();
    orphan.bytes = new Uint8Array(900);
    orphan.modified = 0;
    folder.files.set('left-behind.duckdb', orphan);
    serve('"v1"');
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: false });
    expect(keptFiles().map(([name]) => name)).not.toContain('left-behind.duckdb');
  });

  it('reads the file into memory when the server names no version, or the quota has no room', async () => {
    serve(null);
    const unversioned = await obtain();
    expect(unversioned.kind).toBe('memory');
    expect(unversioned.kind === 'memory' && [...unversioned.bytes]).toEqual([...BODY]);
    expect(keptFiles()).toHaveLength(0);

    quota = 1000; // less than the file and the headroom
    serve('"v1"');
    expect((await obtain()).kind).toBe('memory');
    expect(keptFiles()).toHaveLength(0);
    expect(requests).toBe(1);
  });

  it('reads the file into memory from a new request when keeping it fails half way, and keeps no partial copy', async () => {
    serve('"v1"', 300);
    const source = await obtain();
    expect(source.kind).toBe('memory');
    expect(source.kind === 'memory' && [...source.bytes]).toEqual([...BODY]);
    expect(requests).toBe(2);
    expect(keptFiles()).toHaveLength(0);
    // Nothing was recorded: the next start keeps the file afresh.
    serve('"v1"');
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: false });
  });

  it('goes on into memory, downloading once, when the file system runs out of space part way', async () => {
    // Over two 8 MB pieces: the first is written and read back, the second is refused.
    const big = Uint8Array.from({ length: 20 * 1024 * 1024 }, (_, i) => (i * 7) % 253);
    const budget = (bytes: number) => assertFitsBudget(bytes, 1 << 30);
    capacity = 12 * 1024 * 1024;
    quota = 2 ** 40; // the estimate promised room
    serve('"v1"', undefined, false, big);
    const source = await obtainDatabase('/data/telisik.duckdb', () => {}, budget);
    expect(source.kind).toBe('memory');
    expect(source.kind === 'memory' && source.why).toMatch(/not kept: Error: OPFS wrote 4294967288/);
    expect(source.kind === 'memory' && source.bytes.byteLength).toBe(big.byteLength);
    expect(source.kind === 'memory' && Buffer.from(source.bytes).equals(Buffer.from(big))).toBe(true);
    expect(requests).toBe(1);
    expect(keptFiles()).toHaveLength(0);

    // Refused at once (the size reserved) and refused at the last piece: the same, one request each.
    capacity = reservable = 500;
    serve('"v1"');
    const reserved = await obtain();
    expect(reserved.kind === 'memory' && reserved.why).toMatch(/QuotaExceededError/);
    expect(reserved.kind === 'memory' && [...reserved.bytes]).toEqual([...BODY]);
    expect(requests).toBe(1);
    serve('"v1"', undefined, true);
    const compressed = await obtain();
    expect(compressed.kind === 'memory' && [...compressed.bytes]).toEqual([...BODY]);
    expect(requests).toBe(1);
    expect(keptFiles()).toHaveLength(0);
  });

  it('goes on from memory when the kept file cannot be flushed, and from the unrecorded copy when its record cannot be written', async () => {
    flushFails = true;
    serve('"v1"');
    const unflushed = await obtain();
    expect(unflushed.kind === 'memory' && [...unflushed.bytes]).toEqual([...BODY]);
    expect(requests).toBe(1);
    expect(keptFiles()).toHaveLength(0);

    flushFails = false;
    recordFails = true;
    serve('"v1"');
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: false });
    expect(requests).toBe(1);
    // Not recorded, so not reused: the next start downloads the file again.
    recordFails = false;
    serve('"v1"');
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: false });
  });

  it('starts from the kept copy when the server answers with an error', async () => {
    serve('"v1"');
    await obtain();
    globalThis.fetch = vi.fn(async () => new Response('down', { status: 503 })) as typeof fetch;
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: true });
  });

  it('starts from the kept copy without a network, and fails with the network error when there is none', async () => {
    serve('"v1"');
    await obtain();
    globalThis.fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await obtain()).toMatchObject({ kind: 'kept', reused: true });

    root = new FakeFolder();
    await expect(obtain()).rejects.toThrow(/Failed to fetch/);
  });

  it('refuses a file over the budget from its announced size, kept or not', async () => {
    serve('"v1"');
    await expect(obtainDatabase('/x', () => {}, (bytes) => assertFitsBudget(bytes, 500))).rejects.toThrow(/lebih besar/);
    expect(keptFiles()).toHaveLength(0);
    // A copy kept by a device with more room is refused here too.
    serve('"v1"');
    await obtain();
    serve('"v1"');
    await expect(obtainDatabase('/data/telisik.duckdb', () => {}, (bytes) => assertFitsBudget(bytes, 500))).rejects.toThrow(/lebih besar/);
  });

  it('keeps a file sent compressed (its size unknown until the end), and refuses it once it grows past the budget', async () => {
    serve('"v1"', undefined, true);
    expect(await obtain()).toMatchObject({ kind: 'kept', bytes: BODY.byteLength, reused: false });
    expect([...keptFiles()[0]![1].bytes]).toEqual([...BODY]);

    root = new FakeFolder();
    serve('"v1"', undefined, true);
    await expect(obtainDatabase('/x', () => {}, (bytes) => assertFitsBudget(bytes, 500))).rejects.toThrow(/lebih besar/);
    // Refused, not retried into memory, and nothing kept.
    expect(requests).toBe(1);
    expect(keptFiles()).toHaveLength(0);
  });

  it('reads into memory where the browser has no OPFS', async () => {
    vi.stubGlobal('FileSystemFileHandle', undefined);
    serve('"v1"');
    expect((await obtain()).kind).toBe('memory');
  });
});

describe('versionOf', () => {
  it('is the ETag, Last-Modified and size together, or null without either of the first two', () => {
    const version = (headers: Record<string, string>) => versionOf(new Response(null, { headers }));
    expect(version({ etag: '"a"', 'content-length': '5' })).not.toBeNull();
    expect(version({ etag: '"a"', 'content-length': '5' })).not.toEqual(version({ etag: '"a"', 'content-length': '6' }));
    expect(version({ 'last-modified': 'Thu, 03 Dec 2026 10:00:00 GMT' })).not.toEqual(version({ 'last-modified': 'Thu, 03 Dec 2026 11:00:00 GMT' }));
    expect(version({ 'content-length': '5' })).toBeNull();
  });
});
