/**
 * Finishing the package pptxgenjs writes. pptxgenjs 4.0.1 stores every part uncompressed
 * when asked for bytes, stamps them with the clock, and writes each chart's embedded
 * workbook with a stray apostrophe in its table range (`ref="A1:C4'"`, PptxGenJS issue
 * #1531): PowerPoint and LibreOffice shrug, but Keynote and macOS Preview drop the whole
 * chart. Re-packing fixes all three.
 */
import { unzipEntries, zipEntries, type ZipEntry } from './zip-time';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A table range ending in a stray apostrophe, as in `ref="A1:C4'"`. */
const STRAY_APOSTROPHE = /(\sref="[A-Z]+\d+:[A-Z]+\d+)'"/g;

function repairChartWorkbook(bytes: Uint8Array, mtime: Date): Uint8Array {
  let changed = false;
  const entries = unzipEntries(bytes).map((entry): ZipEntry => {
    if (!/^xl\/tables\/table\d+\.xml$/.test(entry.path)) return entry;
    const xml = decoder.decode(entry.bytes);
    const fixed = xml.replace(STRAY_APOSTROPHE, '$1"');
    if (fixed === xml) return entry;
    changed = true;
    return { path: entry.path, bytes: encoder.encode(fixed) };
  });
  return changed ? zipEntries(entries, mtime) : bytes;
}

/** The deck deflated, dated `mtime`, with its chart workbooks repaired. */
export function finishDeck(stored: Uint8Array, mtime: Date): Uint8Array {
  const entries = unzipEntries(stored).map((entry): ZipEntry =>
    /^ppt\/embeddings\/[^/]+\.xlsx$/.test(entry.path) ? { path: entry.path, bytes: repairChartWorkbook(entry.bytes, mtime) } : entry
  );
  return zipEntries(entries, mtime);
}
