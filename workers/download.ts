import type { StartProgress } from './db-api';

/** Where a downloaded file's bytes go as they arrive (memory, or a file of the origin's private file system). */
export interface ByteSink {
  /** Called once, before the body is read, with the size the server states (0 when unknown). */
  reserve(total: number): void;
  write(chunk: Uint8Array, at: number): void;
  /** Called once after the last chunk. */
  finish(): void;
}

/**
 * Fetch a same-origin file into memory, reporting progress as the bytes arrive. When the
 * server states the size, the bytes go straight into one buffer of that size: a 1.3 GB
 * database must not be held twice (chunks, then their copy) on its way in.
 */
export async function downloadWithProgress(
  url: string,
  onProgress: (p: StartProgress) => void,
  checkSize: (bytes: number) => void = () => {}
): Promise<Uint8Array> {
  try {
    return await downloadOnce(url, onProgress, checkSize);
  } catch (cause) {
    // A transfer cut off half way ("network error", a TypeError) is tried once more: on the
    // visit right after the first, with the offline worker just in control, the database's
    // stream was sometimes aborted (about 1 start in 5 under `vite preview`; the cause was
    // not found, and a second fetch always completed).
    if (!(cause instanceof TypeError)) throw cause;
    return await downloadOnce(url, onProgress, checkSize);
  }
}

async function downloadOnce(url: string, onProgress: (p: StartProgress) => void, checkSize: (bytes: number) => void): Promise<Uint8Array> {
  return readIntoMemory(url, await fetchOk(url), onProgress, checkSize);
}

/** A response's body in one buffer, refused (before allocating) when checkSize says it will not fit. */
export async function readIntoMemory(
  url: string,
  response: Response,
  onProgress: (p: StartProgress) => void,
  checkSize: (bytes: number) => void
): Promise<Uint8Array> {
  const sink = new MemorySink(checkSize);
  const loaded = await readBody(url, response, onProgress, sink);
  return sink.bytes(loaded);
}

/** The response to a GET of url, or the sentence saying why there is none. */
export async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok || !response.body) {
    throw new Error(`Berkas data ${url} tidak dapat diunduh (HTTP ${response.status}).`);
  }
  return response;
}

/** The size the server states for the body, or 0: a compressed transfer states the compressed size. */
export function statedSize(response: Response): number {
  const compressed = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  return compressed ? 0 : Number(response.headers.get('content-length') ?? 0);
}

/** Reads a response's body into sink, reporting progress; returns the bytes read. */
export async function readBody(url: string, response: Response, onProgress: (p: StartProgress) => void, sink: ByteSink): Promise<number> {
  const total = statedSize(response);
  sink.reserve(total);
  const reader = response.body!.getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    sink.write(value, loaded);
    loaded += value.byteLength;
    onProgress({ phase: 'download', loaded, total });
  }
  sink.finish();
  if (total > 0 && loaded !== total) {
    throw new Error(`Berkas data ${url} terpotong: ${loaded} dari ${total} bita diterima. Muat ulang halaman.`);
  }
  return loaded;
}

/** A download's bytes in one buffer: of the stated size at once, else grown by doubling. */
export class MemorySink implements ByteSink {
  #buffer = new Uint8Array(0);
  readonly #checkSize: (bytes: number) => void;

  constructor(checkSize: (bytes: number) => void) {
    this.#checkSize = checkSize;
  }

  reserve(total: number): void {
    // Refuse before allocating: a file that will not fit must not crash the tab.
    this.#checkSize(total);
    this.#buffer = new Uint8Array(total);
  }

  write(chunk: Uint8Array, at: number): void {
    this.#room(at, chunk.byteLength).set(chunk);
  }

  /** Lets read put `length` bytes at `at` straight into the buffer (no copy in between); read returns how many it put. */
  fill(at: number, length: number, read: (into: Uint8Array) => number): void {
    const got = read(this.#room(at, length));
    if (got !== length) throw new Error(`read ${got} of ${length} bytes`);
  }

  /** The buffer's part [at, at + length), grown first when it is too small. */
  #room(at: number, length: number): Uint8Array {
    if (at + length > this.#buffer.byteLength) {
      // No (or a wrong) Content-Length: grow by doubling.
      this.#checkSize(at + length);
      const grown = new Uint8Array(Math.max(this.#buffer.byteLength * 2, at + length, 1 << 20));
      grown.set(this.#buffer.subarray(0, at));
      this.#buffer = grown;
    }
    return this.#buffer.subarray(at, at + length);
  }

  finish(): void {}

  bytes(loaded: number): Uint8Array {
    return loaded === this.#buffer.byteLength ? this.#buffer : this.#buffer.slice(0, loaded);
  }
}
