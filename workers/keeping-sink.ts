import { MemorySink, type ByteSink } from './download';

/** Just what is used of a synchronous access handle (TypeScript's DOM library, which the workers use, lacks it). */
export interface SyncAccess {
  read(into: Uint8Array, options: { at: number }): number;
  write(chunk: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

/** Chunks arrive in tens of kilobytes; each write to OPFS has a cost of its own, so they are written in pieces of this size. */
const WRITE_PIECE = 8 * 1024 * 1024;

/**
 * Writes a download into a file of the origin's private file system, in pieces. When the file
 * system refuses a write (no space: a full disk, or an off-the-record window, whose OPFS lives
 * in memory and refused 1.26 GB in about one start of three here, answering a write with
 * Chromium's file error −8 read as unsigned), what the file holds is read back into memory
 * and the rest of the body goes there: the file is still downloaded once, and the start goes
 * on from memory (inMemory() gives the bytes and why). The file is flushed in finish(), so one that
 * cannot be made durable goes the same way. checkSize refuses a body that grows past the
 * budget when the server stated no size; that refusal ends the download.
 */
export class KeepingSink implements ByteSink {
  readonly #access: SyncAccess;
  readonly #checkSize: (bytes: number) => void;
  #stated = 0;
  readonly #piece = new Uint8Array(WRITE_PIECE);
  #pieceAt = 0;
  #held = 0;
  /** The file holds bytes [0, written): pieces are written in order. */
  #written = 0;
  #memory: MemorySink | null = null;
  /** Why the file system refused the file, once it has. */
  #why = '';

  constructor(access: SyncAccess, checkSize: (bytes: number) => void) {
    this.#access = access;
    this.#checkSize = checkSize;
  }

  /** The whole file (its first `loaded` bytes) and why, when it went to memory instead; null while it is kept. */
  inMemory(loaded: number): { bytes: Uint8Array; why: string } | null {
    return this.#memory && { bytes: this.#memory.bytes(loaded), why: this.#why };
  }

  reserve(total: number): void {
    this.#stated = total;
    this.#keeping(() => this.#access.truncate(total));
  }

  write(chunk: Uint8Array, at: number): void {
    if (this.#memory) return this.#memory.write(chunk, at);
    if (at + chunk.byteLength > this.#stated) this.#checkSize(at + chunk.byteLength);
    const refusedNow = this.#keeping(() => {
      if (this.#held + chunk.byteLength > WRITE_PIECE) this.#writePiece();
      if (chunk.byteLength > WRITE_PIECE) return this.#put(chunk, at);
      if (this.#held === 0) this.#pieceAt = at;
      this.#piece.set(chunk, this.#held);
      this.#held += chunk.byteLength;
    });
    // Refused on the way: the chunk goes where the rest will.
    refusedNow?.write(chunk, at);
  }

  finish(): void {
    if (this.#memory) return;
    this.#keeping(() => {
      this.#writePiece();
      this.#access.flush();
    });
  }

  /** Runs a step of keeping the file; a refusal by the file system moves the download to memory (returned). */
  #keeping(step: () => void): MemorySink | null {
    try {
      step();
      return null;
    } catch (cause) {
      return this.#toMemory(cause);
    }
  }

  #put(bytes: Uint8Array, at: number): void {
    const written = this.#access.write(bytes, { at });
    if (written !== bytes.byteLength) throw new Error(`OPFS wrote ${written} of ${bytes.byteLength} bytes`);
    this.#written = at + written;
  }

  #writePiece(): void {
    if (this.#held > 0) this.#put(this.#piece.subarray(0, this.#held), this.#pieceAt);
    this.#held = 0;
  }

  #toMemory(cause: unknown): MemorySink {
    this.#why = String(cause);
    const memory = new MemorySink(this.#checkSize);
    memory.reserve(this.#stated);
    for (let at = 0; at < this.#written; at += WRITE_PIECE) {
      memory.fill(at, Math.min(WRITE_PIECE, this.#written - at), (into) => this.#access.read(into, { at }));
    }
    if (this.#held > 0) memory.write(this.#piece.subarray(0, this.#held), this.#pieceAt);
    this.#held = 0;
    this.#memory = memory;
    // Gives the space back now (an off-the-record window's OPFS is memory); the file is removed at the end.
    try {
      this.#access.truncate(0);
    } catch {
      // Not needed for the download to go on.
    }
    return memory;
  }
}
