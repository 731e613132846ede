/**
 * The import's words in English: the same keys as importIndonesian, tableShapeIndonesian and
 * workbookIndonesian in ../import-id.ts.
 */
import type { Dictionary } from '../language';
import type { importIndonesian, tableShapeIndonesian, workbookIndonesian } from '../import-id';
import { locale } from '../language';
import type { DatabaseStorage } from '../../../../workers/db-api';
import { formatCount } from '../../format/number';

const whereTheFileIs: Record<DatabaseStorage, string> = {
  memory: 'held in memory',
  stored: 'kept in browser storage and read from there',
  reused: 'read from the copy kept in browser storage (not downloaded again)'
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const importEnglish: Dictionary<typeof importIndonesian> = {
  title: 'Your data',
  dropHere: 'Drop files here or',
  choose: 'choose files',
  accepted:
    'CSV/TSV/delimited text, XLSX, JSON (array, NDJSON, ISB response, INAPROC API pages: drop all the pages of one pull at once) and Parquet. Files never leave your browser.',
  phase: { read: 'Reading and mapping', encode: 'Preparing the tables', save: 'Saving in the browser', load: 'Loading into the data engine' },
  cancel: 'Cancel',
  remove: 'Remove',
  replace: 'Replace',
  showSample: 'Show the sample data alongside your data',
  engineMemory: (engine: number, database: number, storage: DatabaseStorage) =>
    `Data engine memory after the last data change: ${megabytes(engine)}; data file ${megabytes(database)}, ${whereTheFileIs[storage]}.`,
  empty: 'No data imported yet.',
  storageUnavailable: 'Browser storage (OPFS) is unavailable: imported data will not survive a page reload.',
  tooLarge: (name: string, size: number, limit: number) =>
    `${name} (${megabytes(size)}) is too large for this browser's memory (limit ${megabytes(limit)}). Split the file into several parts, or convert it with npm run import.`,
  alreadyImported: (name, same) =>
    `${name} has already been imported (same content as ${same.fileName}, ${new Date(same.importedAt).toLocaleString(locale)}).`,
  needsMapping: (name: string, preset: string | undefined) =>
    preset
      ? `${name} is not a known ISB dataset, but its columns match the preset "${preset}". Check the mapping, then import.`
      : `${name} is not a known ISB dataset: check the suggested column mapping below, then import.`,
  nothingLoaded: (name: string) => `${name}: no rows could be loaded; see the data quality report.`,
  sampleHidden: 'The sample data is hidden so that it does not mix with your data. Tick "Show the sample data" to show it again.',
  rows: (n: number) => `${formatCount(n)} ${plural(n, 'row', 'rows')}`,
  datasetCount: (n: number, withSample: boolean) => `${formatCount(n)} ${plural(n, 'dataset', 'datasets')}${withSample ? ' + sample data' : ''}`,
  table: { file: 'File', dataset: 'Dataset', size: 'Size', rows: 'Rows', sha256: 'SHA-256', imported: 'Imported' },
  showReport: 'Report',
  report: {
    title: 'Data quality report',
    read: 'read',
    loaded: 'loaded',
    rejected: 'rejected',
    downloadRejected: 'Download the rejected rows (CSV)',
    rejectedCsv: { line: 'line', reason: 'reason', text: 'line_text' },
    rejectedFileName: (name: string) => `${name}.rejected.csv`,
    dataset: 'Recognised as',
    basis: 'Basis of the micro and small enterprise (UMK) figures',
    basisLabel: {
      dilaporkan: 'reported by the source system',
      status_penyedia: "from the vendor's SME status",
      aturan_kanal: 'from the channel rule',
      tidak_diketahui: 'unknown'
    },
    status: 'Status of the transaction records',
    statusLabel: {
      selesai: 'completed',
      berjalan: 'in progress',
      dibatalkan: 'cancelled (not realisation)',
      gagal: 'failed (not realisation)',
      tanpa_nilai: 'in place but without a value yet (not realisation)'
    },
    statusNote: 'The same record in another dataset is counted once: see the transaction ledger.',
    findings: 'Findings',
    findingLine: (line: number) => `Row ${line}: `,
    source: 'Detected format',
    delimiter: (delimiter: string) => `delimiter "${delimiter}"`,
    preamble: (lines: number) => `${lines} leading ${plural(lines, 'line', 'lines')} skipped`,
    sheet: (name: string) => `sheet ${name}`
  }
};

/** The first few items of a list, and how many more there are. */
function someOf(items: readonly (string | number)[], shown = 10): string {
  const listed = items.slice(0, shown).join(', ');
  return items.length > shown ? `${listed} and ${formatCount(items.length - shown)} more` : listed;
}

export const tableShapeEnglish: Dictionary<typeof tableShapeIndonesian> = {
  emptyHeaders: (positions: readonly number[]) =>
    `${plural(positions.length, 'Column', 'Columns')} ${someOf(positions)} ${plural(positions.length, 'has', 'have')} no name; ` +
    `${plural(positions.length, 'it was', 'they were')} named ${someOf(positions.map((i) => `kolom_${i}`))}.`,
  duplicateHeaders: (renamed: readonly string[]) => `Duplicate column names were made distinct: ${someOf(renamed)}.`,
  blankRows: (count: number) => `${count} blank ${plural(count, 'row', 'rows')} within the data ${plural(count, 'was', 'were')} skipped.`,
  tooManyColumns: (columns: number, limit: number) =>
    `This table has ${formatCount(columns)} columns, more than the ${formatCount(limit)} that can be read; check that the column delimiter is right, or save only the columns you need.`,
  longHeaders: (positions: readonly number[], longest: number, limit: number) =>
    `The ${plural(positions.length, 'heading', 'headings')} of ${plural(positions.length, 'column', 'columns')} ${someOf(positions)} ${plural(positions.length, 'is', 'are')} longer than ${formatCount(limit)} characters ` +
    `(longest ${formatCount(longest)}), so ${plural(positions.length, 'it was', 'they were')} shortened to ${formatCount(limit)} characters; the full text is not a column name.`
};

export const workbookEnglish: Dictionary<typeof workbookIndonesian> = {
  corrupt: (detail: string) => `The Excel workbook is damaged or cannot be read (${detail}).`,
  noSheets: 'This workbook has no worksheets.',
  sheetNotFound: (name: string) => `There is no sheet "${name}" in this workbook.`,
  sheetsRead: (names: readonly string[], chosen: string) =>
    `The workbook has ${names.length} ${plural(names.length, 'sheet', 'sheets')} (${names.join(', ')}); read: "${chosen}".`,
  badCell: (sheet: string, cell: string, reason: string) =>
    `Cell ${cell} in sheet "${sheet}" cannot be read (${reason}); open the file in Excel and save it again.`,
  farColumn: (sheet: string, cell: string, column: number, limit: number) =>
    `Sheet "${sheet}" has cell ${cell} in column ${formatCount(column)}, but at most ${formatCount(limit)} columns can be read; ` +
    `if that cell was filled by accident, clear it in Excel and save again.`,
  sparse: (sheet: string, cell: string, filled: number, grid: number) =>
    `Sheet "${sheet}" has only ${formatCount(filled)} filled cells, but cell ${cell}, far to the right, stretches its table to ${formatCount(grid)} cells; ` +
    `clear that cell in Excel and save again.`,
  tooManyCells: (sheet: string, limit: number) =>
    `Sheet "${sheet}" has more than ${formatCount(limit)} filled cells, more than fit in the browser's memory; split the data into several files.`,
  tooLarge: (sheet: string, limitBytes: number) =>
    `Sheet "${sheet}" is too large to read in the browser (more than ${formatCount(Math.round(limitBytes / 1024 ** 3))} GB once unpacked); split the data into several files.`,
  excelNumber: (lines: readonly number[]) =>
    `Some whole numbers longer than 15–16 digits were stored by Excel as numbers (${plural(lines.length, 'row', 'rows')} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}); ` +
    `Excel has already lost their last digits. Store code columns as text.`
};
