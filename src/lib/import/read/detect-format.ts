/**
 * What kind of file is this? Decided by the bytes, not the name: auditors rename files,
 * download portals name JSON responses `.csv`, and an ".xls" may be anything.
 */
import { UnreadableFileError, type FileFormat } from '../raw-table';
import { sniffUnicode } from './decode-text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PAR1 = [0x50, 0x41, 0x52, 0x31];
const GZIP = [0x1f, 0x8b];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** True when `needle` occurs anywhere in `bytes` (zip entry names are stored as plain bytes). */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** Control bytes other than tab, newline, form feed and carriage return: the mark of binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(1024, bytes.length);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return control > Math.max(2, n * 0.05);
}

/** The LKPP ISB API answers "no data" with this instead of `[]`, sometimes as a JSON string. */
const ISB_BODY = /^\s*"?\s*<invalid_response>\s*([^<]*)/i;

/** 'empty' when the text is ISB's "Data Kosong" body; the ISB message when it is another failure. */
export function isbFailure(text: string): { empty: boolean; message: string } | undefined {
  const match = ISB_BODY.exec(text.slice(0, 2048));
  if (!match) return undefined;
  const message = (match[1] ?? '').trim();
  return { empty: /data\s+kosong/i.test(message), message };
}

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function decodeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 64 * 1024);
  const unicode = sniffUnicode(head);
  const label = unicode === 'utf-16le' || unicode === 'utf-16be' ? unicode : 'utf-8';
  // Not fatal: the 64 KB cut may split a character, and only the first few matter here.
  return new TextDecoder(label).decode(head).replace(/^\uFEFF/, '');
}

/** NDJSON: a whole `{…}` object on the first line and another object starting on the next. */
function looksLikeNdjson(head: string): boolean {
  const [first, second] = head.split(/\r?\n/).filter((l) => l.trim() !== '');
  return first !== undefined && second !== undefined && /^\s*\{.*\}\s*$/.test(first) && /^\s*\{/.test(second);
}

export function detectFormat(bytes: Uint8Array, fileName: string): FileFormat | 'isb-empty' {
  if (bytes.length === 0) throw new UnreadableFileError('empty', 'Berkas kosong (0 byte).');
  const ext = extension(fileName);

  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    if (containsAscii(bytes, 'xl/workbook.xml')) return 'xlsx';
    throw new UnreadableFileError(
      'not-spreadsheet',
      'Berkas ini arsip ZIP tetapi bukan buku kerja Excel (.xlsx). Ekstrak isinya atau simpan ulang sebagai .xlsx.'
    );
  }
  if (startsWith(bytes, CFB)) {
    throw new UnreadableFileError(
      'password-or-xls',
      'Berkas ini dilindungi kata sandi atau berformat Excel lama (.xls). Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.'
    );
  }
  if (startsWith(bytes, PAR1)) {
    if (bytes.length >= 12 && startsWith(bytes, PAR1, bytes.length - 4)) return 'parquet';
    throw new UnreadableFileError(
      'parquet-truncated',
      'Berkas Parquet terpotong: penanda akhir berkas tidak ada. Unduh atau salin ulang berkasnya.'
    );
  }
  if (ext === 'parquet') {
    throw new UnreadableFileError('parquet-corrupt', 'Berkas bernama .parquet ini tidak berisi data Parquet.');
  }
  if (startsWith(bytes, GZIP)) {
    throw new UnreadableFileError('not-readable', 'Berkas ini terkompresi (gzip). Ekstrak dulu, lalu impor isinya.');
  }
  if (startsWith(bytes, PDF)) {
    throw new UnreadableFileError('not-readable', 'Berkas PDF tidak dapat dibaca sebagai tabel. Gunakan ekspor CSV, Excel atau JSON.');
  }
  if (!sniffUnicode(bytes) && looksBinary(bytes)) {
    throw new UnreadableFileError('not-readable', 'Berkas ini bukan teks, Excel, JSON maupun Parquet, sehingga tidak dapat dibaca.');
  }

  const head = decodeHead(bytes);
  const isb = isbFailure(head);
  if (isb?.empty) return 'isb-empty';
  if (isb) throw new UnreadableFileError('isb-error', `Respons ISB berisi galat, bukan data: ${isb.message}`);
  if (/^\s*<(!doctype\s+html|html)/i.test(head)) {
    throw new UnreadableFileError(
      'not-readable',
      'Berkas ini halaman HTML, bukan tabel data. Jika ini ekspor ".xls" dari aplikasi, buka di Excel lalu simpan sebagai .xlsx.'
    );
  }
  const trimmed = head.trimStart();
  // A title such as "[DRAFT] Laporan" also starts with '[': JSON has a value right after it.
  if (/^\[\s*($|[[{"\]\d\-tfn])/.test(trimmed)) return 'json';
  if (trimmed.startsWith('{')) return ext === 'ndjson' || ext === 'jsonl' || looksLikeNdjson(head) ? 'ndjson' : 'json';
  return 'csv';
}
