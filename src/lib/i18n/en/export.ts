/**
 * Labels of the exported files in English: the same keys as exportIndonesian in
 * ../export-id.ts. The evidence pack's files keep their Indonesian names (angka.xlsx,
 * grafik/, …), so the readme names them as they are.
 */
import type { Dictionary } from '../language';
import type { exportIndonesian } from '../export-id';
import { dataKeyed } from '../data-keyed';
import { formatCount } from '../../format/number';

/** The page options a view's facts name (src/lib/state/page-options.ts). */
const OPTION_NAMES = dataKeyed({
  metrik: 'Chosen figure',
  tingkat: 'Region level',
  sejawat: 'Peer group',
  urut: 'Ranking order',
  bandingkan: 'Local governments compared',
  urutan: 'Transaction table order',
  rincian: 'Reconciliation category',
  halaman: 'Transaction table page',
  halaman_rincian: 'Detail table page',
  halaman_satker: 'Work unit table page'
});

export const exportEnglish: Dictionary<typeof exportIndonesian> = {
  appName: 'Telisik',
  sheet: {
    about: 'About',
    figures: 'Figures',
    sql: 'SQL',
    table: 'Table'
  },
  about: {
    app: 'Application',
    version: 'Application version',
    exportedAt: 'Exported at',
    masking: 'Personal data masking',
    maskingOn: 'On',
    maskingOff: 'Off',
    title: 'Title',
    note: 'Note',
    url: 'View address',
    asOf: 'Data as of',
    table: 'Table',
    facts: 'View details',
    sources: 'Data sources',
    sql: 'Table SQL',
    noSources: 'No data sources recorded.'
  },
  source: {
    fileName: 'File name',
    size: 'Size (bytes)',
    sha256: 'SHA-256',
    importedAt: 'Imported at',
    pulledAt: 'Pulled at',
    rows: 'Rows',
    dataset: 'Dataset'
  },
  figure: {
    label: 'Measure',
    key: 'Code',
    display: 'As displayed',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    ratio: 'Ratio',
    target: 'Target',
    gap: 'Gap',
    status: 'Status',
    previous: 'Comparison',
    change: 'Change',
    sql: 'SQL'
  },
  sql: {
    kind: 'Kind',
    name: 'Name',
    key: 'Code',
    statement: 'SQL',
    figure: 'Figure',
    chart: 'Chart',
    table: 'Table',
    part: (part: number, parts: number) => `(part ${formatCount(part)}/${formatCount(parts)})`
  },
  rowsIncluded: (included: number, total: number) =>
    `Holds ${formatCount(included)} of ${formatCount(total)} rows. For every row, use the CSV export.`,
  rowsShown: (shown: number, total: number) => `${formatCount(shown)} of ${formatCount(total)} rows`,
  slide: {
    deckTitle: 'Telisik — coordination meeting material',
    author: 'Telisik',
    asOf: (day: string) => `Data as of ${day}`,
    noAsOf: 'Data date not recorded',
    target: 'Target',
    ownTargets: "Each region's target",
    moreFigures: (count: number) => `… and ${formatCount(count)} more ${count === 1 ? 'figure' : 'figures'} (see the XLSX file).`,
    notesFacts: 'Details:',
    notesSql: 'Figure SQL:',
    noFigures: 'This view has no figures.'
  },
  pdf: {
    page: (page: number, pages: number) => `page ${formatCount(page)}/${formatCount(pages)}`,
    figures: 'Key figures',
    noFigures: 'This view has no figures.'
  },
  pack: {
    readme: [
      'TELISIK EVIDENCE PACK',
      '',
      'This pack holds the figures of one Telisik view and everything needed to check them',
      'again: the SQL query behind every figure, chart and table, the details of the view',
      '(filters, data as-of date, comparison), the list of data sources with the SHA-256',
      'fingerprints of their files, and the application version.',
      '',
      'Contents (the file names are in Indonesian):',
      '  angka.xlsx        figures, tables and SQL in one workbook',
      '  grafik/           charts of the figures of this view (SVG and 2x PNG, with captions)',
      '  grafik-layar/     charts as they were on screen at export time (SVG and PNG)',
      '  transaksi.csv     every transaction row behind the figures (with notes at the top)',
      '  sql/              one file per SQL query, opening with a comment on what it is',
      '  tampilan.json     title, note, address, filters and details of the view',
      '  dataset.csv       data sources: file name, size, SHA-256, import/pull time, rows',
      '  versi.txt         application version and export time',
      '  MANIFEST.sha256   SHA-256 fingerprint of every file in this pack',
      '  manifest.json     the same list with file sizes, and the fingerprint of MANIFEST.sha256',
      '',
      'To check that the pack is intact (after extracting it, from this folder):',
      '  Linux:   sha256sum -c MANIFEST.sha256',
      '  macOS:   shasum -a 256 -c MANIFEST.sha256',
      'Every line must end in "OK". A file changed by even a single byte is',
      'reported as "FAILED".',
      '',
      'MANIFEST.sha256 lists neither itself nor manifest.json (a fingerprint cannot',
      'cover itself); the fingerprint of MANIFEST.sha256 is recorded in manifest.json.',
      ''
    ].join('\n'),
    sqlWhat: (kind: string, name: string) => `Telisik — ${kind}: ${name}`,
    sqlFilters: 'Filters and details',
    sqlAsOf: 'Data as of',
    sqlNone: '(none)',
    version: (appVersion: string) => `Telisik ${appVersion}`,
    exportedAt: (exportedAt: string) => `Exported at: ${exportedAt}`,
    csvHeader: ['file_name', 'size_bytes', 'sha256', 'imported_at', 'pulled_at', 'rows', 'dataset']
  },
  progress: {
    workbook: 'Building the workbook',
    sheets: 'Building the worksheets',
    zip: 'Compressing the file',
    slides: 'Building the slides',
    pages: 'Building the pages',
    pack: 'Building the evidence pack',
    hashes: 'Computing SHA-256 fingerprints',
    done: 'Done',
    reading: 'Reading rows',
    writing: 'Writing the file',
    rows: 'Fetching every transaction row'
  },
  csv: {
    sources: 'Data sources',
    masking: 'Personal data',
    maskingOn: 'masked',
    maskingOff: 'not masked',
    rows: 'Rows',
    exportedAt: 'Exported at',
    // The numbers inside the code snippets stay plain: they are read by DuckDB and pandas.
    header: (lines: number) =>
      `${formatCount(lines)} note lines start with #; the column header is on line ${formatCount(lines + 1)} (DuckDB: read_csv(..., skip=${lines}, strict_mode=false); pandas: read_csv(..., skiprows=${lines}))`
  },
  facts: {
    page: 'Page',
    filters: 'Filters',
    noFilters: 'no filters (all data)',
    asOf: 'Data as of',
    latest: 'latest transaction date in the data',
    comparison: 'Comparison',
    option: (name: string) => OPTION_NAMES[name] ?? name,
    masking: 'Personal data',
    maskingOn: 'masked',
    maskingOff: 'not masked'
  },
  sources: {
    sampleName: 'Telisik built-in sample data (synthetic)',
    sampleKind: 'sample',
    notHashed: 'not computed (file larger than 256 MB)',
    none: 'no data loaded',
    many: (first: string, more: number) => `${first} and ${formatCount(more)} more ${more === 1 ? 'file' : 'files'}`
  },
  charts: {
    byRegion: (metric: string, level: string, shown: number, total: number) =>
      shown < total
        ? `${metric} by ${level.toLowerCase()} (top ${formatCount(shown)} of ${formatCount(total)})`
        : `${metric} by ${level.toLowerCase()}`,
    regionTable: (metric: string, level: string) => `${metric} by ${level.toLowerCase()}`,
    trend: 'Weekly cumulative over the fiscal year: UMKK and PDN',
    ownTargets: 'Dashed red marks: the target that applies to each region.'
  },
  columns: {
    code: 'Code',
    name: 'Name',
    numerator: 'Numerator (Rp)',
    denominator: 'Denominator (Rp)',
    value: 'Value',
    target: 'Target'
  },
  tables: {
    rows: 'Transactions behind the figures'
  },
  errors: {
    stale: 'The data changed during the export; export again.',
    workerDied: 'the export process stopped (not enough browser memory)',
    noCanvas: 'the image cannot be created: this browser has no 2D canvas',
    noPng: 'the PNG image cannot be created',
    noFigures: (title: string) => `The view “${title}” produced no figures.`,
    noViews: 'There are no views to export.'
  },
  previousRank: 'Previous rank',
  reconciliation: {
    category: 'Category',
    count: 'Number of packages/transactions',
    value: 'Value (Rp)',
    realised: 'Linked realisation (Rp)',
    note: 'Note'
  },
  code: 'Code'
};
