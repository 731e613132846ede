/**
 * Bytes → text for the text formats (CSV, JSON). Auditors get files from SPSE/SiRUP exports,
 * from Excel "Save as CSV" (Windows-1252 on Indonesian Windows), and from "Unicode text"
 * (UTF-16): each must arrive as the same characters.
 */
import type { ImportMessage } from '../raw-table';

export interface DecodedText {
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be' or 'windows-1252'. */
  encoding: string;
  warnings: ImportMessage[];
}

/**
 * The encoding the bytes announce by a BOM, or betray by the NUL bytes that ASCII text has
 * in every other position when written as UTF-16 ("Unicode text" from Excel has a BOM, but
 * some tools drop it). Undefined when the bytes look like a single-byte or UTF-8 text.
 */
export function sniffUnicode(bytes: Uint8Array): 'utf-8-bom' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(512, Math.floor(bytes.length / 2));
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    const even = bytes[2 * i];
    const odd = bytes[2 * i + 1];
    if (even === 0 && odd !== 0) evenNul++;
    if (odd === 0 && even !== 0) oddNul++;
  }
  if (oddNul / pairs > 0.4) return 'utf-16le';
  if (evenNul / pairs > 0.4) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. Decoded by hand because Node's
 * TextDecoder('windows-1252') silently decodes Latin-1 instead (0x80 → U+0080, not €),
 * so tests in Node and the app in a browser would otherwise disagree.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Encoding names the preview step offers, mapped to what TextDecoder understands. */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  // WHATWG treats these labels as Windows-1252 too; route them to the same hand decoder.
  switch (encoding.toLowerCase()) {
    case 'windows-1252':
    case 'cp1252':
    case 'latin1':
    case 'iso-8859-1':
      return decodeWindows1252(bytes);
    case 'utf-8-bom':
      return new TextDecoder('utf-8').decode(bytes);
    default:
      // TextDecoder removes a matching BOM itself.
      return new TextDecoder(encoding).decode(bytes);
  }
}

/** Decode with the given encoding (a user's override) or detect it. */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding) return { text: decodeAs(bytes, encoding), encoding, warnings: [] };
  const sniffed = sniffUnicode(bytes);
  if (sniffed) return { text: decodeAs(bytes, sniffed), encoding: sniffed, warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warnings: [
        {
          code: 'encoding-fallback',
          message:
            'Berkas bukan UTF-8 yang sah; dibaca sebagai Windows-1252 (ANSI). Periksa huruf beraksen di pratinjau.'
        }
      ]
    };
  }
}
