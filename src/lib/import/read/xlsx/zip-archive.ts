/**
 * The parts of an XLSX (a ZIP archive), found through the archive's central directory and
 * inflated chunk by chunk with fflate's streaming Inflate: a sheet whose XML is gigabytes is
 * never held whole, and the parts can be read in any order (the shared strings are often
 * stored after the sheets that use them).
 */
import { Inflate } from 'fflate';

export class ZipFormatError extends Error {}

interface ZipEntry {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_U32 = 0xffffffff;
/** Compressed bytes inflated at a time: deflate expands at most ~1032×, so one step stays below 70 MB. */
const STEP = 64 * 1024;

function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw new ZipFormatError('arsip terpotong');
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of up to 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError('daftar isi arsip ZIP tidak ditemukan');
}

/** Where the central directory is and how many entries it has, ZIP64 included. */
function directoryBounds(bytes: Uint8Array): { offset: number; count: number } {
  const end = findEndOfDirectory(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if ((count === 0xffff || offset === MAX_U32) && end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const record = u64(bytes, end - 12);
    if (u32(bytes, record) !== ZIP64_END) throw new ZipFormatError('daftar isi ZIP64 rusak');
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  return { offset, count };
}

/** The ZIP64 extra field carries the sizes and offset that do not fit in 32 bits. */
function zip64Values(bytes: Uint8Array, extraStart: number, extraEnd: number, wanted: boolean[]): number[] {
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== 0x0001) continue;
    let field = at + 4;
    return wanted.map((want) => {
      if (!want) return -1;
      const value = u64(bytes, field);
      field += 8;
      return value;
    });
  }
  throw new ZipFormatError('ukuran ZIP64 tidak ada');
}

function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const { offset, count } = directoryBounds(bytes);
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== DIRECTORY_ENTRY) throw new ZipFormatError('daftar isi arsip ZIP rusak');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let compressedSize = u32(bytes, at + 20);
    let localHeaderOffset = u32(bytes, at + 42);
    const extraStart = at + 46 + nameLength;
    if (compressedSize === MAX_U32 || localHeaderOffset === MAX_U32) {
      const wanted = [u32(bytes, at + 24) === MAX_U32, compressedSize === MAX_U32, localHeaderOffset === MAX_U32];
      const [, compressed, local] = zip64Values(bytes, extraStart, extraStart + extraLength, wanted);
      if (compressedSize === MAX_U32) compressedSize = compressed as number;
      if (localHeaderOffset === MAX_U32) localHeaderOffset = local as number;
    }
    const name = names.decode(bytes.subarray(at + 46, extraStart));
    if ((u16(bytes, at + 8) & 1) !== 0) throw new ZipFormatError(`bagian ${name} terenkripsi`);
    entries.set(name, { method: u16(bytes, at + 10), compressedSize, localHeaderOffset });
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

export class ZipArchive {
  private readonly entries: Map<string, ZipEntry>;

  constructor(private readonly bytes: Uint8Array) {
    this.entries = readDirectory(bytes);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's compressed bytes, as stored. */
  private stored(name: string): { method: number; data: Uint8Array } {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(`bagian ${name} tidak ada`);
    const at = entry.localHeaderOffset;
    if (u32(this.bytes, at) !== LOCAL_HEADER) throw new ZipFormatError(`bagian ${name} rusak`);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    if (start + entry.compressedSize > this.bytes.length) throw new ZipFormatError(`bagian ${name} terpotong`);
    return { method: entry.method, data: this.bytes.subarray(start, start + entry.compressedSize) };
  }

  /** Calls onChunk with the entry's uncompressed bytes, a piece at a time, in order. */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const { method, data } = this.stored(name);
    if (method === 0) {
      for (let i = 0; i < data.length; i += STEP) onChunk(data.subarray(i, i + STEP));
      return;
    }
    if (method !== 8) throw new ZipFormatError(`bagian ${name} memakai kompresi yang tidak dikenal (${method})`);
    // What onChunk throws (a sheet refused mid-way) passes through; only fflate's own errors
    // ("invalid block type") mean the part is damaged.
    let consuming = false;
    const inflater = new Inflate((chunk) => {
      if (chunk.length === 0) return;
      consuming = true;
      onChunk(chunk);
      consuming = false;
    });
    try {
      for (let i = 0; i < data.length || i === 0; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    } catch (error) {
      if (consuming) throw error;
      throw new ZipFormatError(`bagian ${name} rusak (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /** The entry as text, through a streaming UTF-8 decoder; onText gets it a piece at a time. */
  streamText(name: string, onText: (text: string) => void): void {
    const decoder = new TextDecoder('utf-8');
    this.stream(name, (chunk) => {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') onText(text);
    });
    const rest = decoder.decode();
    if (rest !== '') onText(rest);
  }
}
