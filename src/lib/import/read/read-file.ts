/**
 * The one entry point: any file an auditor has → RawTable. The format is detected from the
 * bytes; the options carry the preview step's overrides of each detection.
 */
import type { RawTable } from '../raw-table';
import { detectFormat } from './detect-format';
import { readDelimited, type DelimitedOptions } from './read-delimited';
import type { ParseProgress } from './dialect';
import { isbEmptyTable, readJson } from './read-json';
import { readParquet } from './read-parquet';
import { readXlsx, type XlsxOptions } from './read-xlsx';

/** Every override the preview step offers; each reader uses the ones that apply to it. */
export type ReadOptions = DelimitedOptions & Pick<XlsxOptions, 'sheet'>;

/** `onProgress` reports how far the parse got (delimited text: the bulk of large files). */
export async function readRawTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
  onProgress?: ParseProgress
): Promise<RawTable> {
  const format = detectFormat(bytes, fileName);
  switch (format) {
    case 'isb-empty':
      return isbEmptyTable('json');
    case 'csv':
      return readDelimited(bytes, options, onProgress);
    case 'json':
    case 'ndjson':
      return readJson(bytes, format, options.encoding ? { encoding: options.encoding } : {});
    case 'xlsx':
      return readXlsx(bytes, options);
    case 'parquet':
      return readParquet(bytes);
  }
}
