/**
 * Reading the cursor pages of one pull, sent to the worker as one byte array (the pages
 * back to back, in order) with each page's name and size. The dataset's SHA-256 is that of
 * the whole array, so the same pages imported again are recognised as already imported.
 */

import { readRawTable, type ReadOptions } from '../read';
import { UnreadableFileError, type RawTable } from '../raw-table';
import { sha256Hex } from '../sha256';
import { joinPages } from './join-pages';

export interface PageRef {
  fileName: string;
  size: number;
}

export interface PageSummary extends PageRef {
  sha256: string;
  records: number;
}

export interface ReadPages {
  raw: RawTable;
  name: string;
  size: number;
  sha256: string;
  pages: PageSummary[];
}

export async function readPages(
  bytes: Uint8Array,
  name: string,
  pages: readonly PageRef[],
  read?: ReadOptions,
  onProgress?: (fraction: number) => void
): Promise<ReadPages> {
  if (pages.reduce((sum, p) => sum + p.size, 0) !== bytes.byteLength) {
    throw new Error(`halaman INAPROC tidak utuh: ${bytes.byteLength} byte untuk ${pages.length} halaman`);
  }
  const sha256 = await sha256Hex(bytes);
  const tables: RawTable[] = [];
  const summaries: PageSummary[] = [];
  let offset = 0;
  for (const [i, page] of pages.entries()) {
    const slice = bytes.slice(offset, offset + page.size);
    offset += page.size;
    try {
      tables.push(await readRawTable(slice, page.fileName, read));
    } catch (error) {
      // One unreadable page makes the pull incomplete: say which one.
      if (error instanceof UnreadableFileError) throw new UnreadableFileError(error.code, `${page.fileName}: ${error.message}`);
      throw error;
    }
    summaries.push({ ...page, sha256: await sha256Hex(slice), records: tables[i]?.rows.length ?? 0 });
    onProgress?.((i + 1) / pages.length);
  }
  return { raw: joinPages(tables, pages.map((p) => p.fileName)), name, size: bytes.byteLength, sha256, pages: summaries };
}
