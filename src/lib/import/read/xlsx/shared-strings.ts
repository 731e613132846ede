/**
 * The workbook's shared strings (sharedStrings.xml), streamed: a cell of type `s` holds an
 * index into them. An item is its plain text, or its rich-text runs joined; phonetic hints
 * (`<rPh>`) are left out, and `_xHHHH_` escapes resolved.
 */
import { XmlScanner, type XmlHandler } from './xml-scanner';
import { unescapeSpreadsheetText } from './xml-text';
import type { ZipArchive } from './zip-archive';

/** The shared strings in order; none when the workbook has no such part (no text cells). */
export function readSharedStrings(zip: ZipArchive, path: string): string[] {
  if (!zip.has(path)) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inRun = false;
  let inPhonetic = false;
  let replace = false;
  const handler: XmlHandler = {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') {
        inText = true;
        replace = !inRun;
      } else if (name === 'r') inRun = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(name) {
      if (name === 'si' && current !== null) {
        strings.push(unescapeSpreadsheetText(current));
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'r') inRun = false;
      else if (name === 'rPh') inPhonetic = false;
    },
    text(text) {
      if (current === null || !inText || inPhonetic) return;
      current = replace ? text : current + text;
      replace = false;
    }
  };
  const scanner = new XmlScanner(handler);
  zip.streamText(path, (piece) => scanner.push(piece));
  scanner.end();
  return strings;
}
