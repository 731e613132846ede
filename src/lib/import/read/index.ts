/** Reading files into RawTable: the public API of the import readers. */
export { detectFormat } from './detect-format';
export { decodeText, type DecodedText } from './decode-text';
export { readDelimited, type DelimitedOptions } from './read-delimited';
export { readJson, type JsonOptions } from './read-json';
export { readXlsx, type XlsxOptions } from './read-xlsx';
export { readParquet } from './read-parquet';
export { readRawTable, type ReadOptions } from './read-file';
