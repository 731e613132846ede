/**
 * What an export holds: one view (a page with its filters, dates and page options) frozen
 * into plain data. The page collects it on the main thread (src/lib/export/collect-*.ts);
 * the file builders (src/lib/export/files/) turn it into XLSX, PPTX, PDF or an evidence
 * pack in the export worker, so they see only these types: no Svelte, no DOM, no engine.
 *
 * Every value here is already masked when masking is on: the builders never see personal
 * data they would have to hide.
 */

/** One row of "what this is": filters, as-of day, comparison, sources… (label → value). */
export interface SnapshotFact {
  label: string;
  value: string;
}

/** One headline figure, as its card shows it, with the SQL that reproduces it. */
export interface SnapshotFigure {
  /** The KPI's registry name (e.g. `umkk_anggaran`). */
  key: string;
  label: string;
  /** As the card shows it (e.g. `41,2 %`, `Rp 1,2 M`). */
  display: string;
  /** Exact integer rupiah (or a count) as decimal text, for ratios the numerator and denominator. */
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  /** The ratio as a fraction (0.412), null when not computable. */
  ratio: number | null;
  /** The target as a fraction, its gap in rupiah (decimal text) and status, when there is one. */
  target: number | null;
  gap: string | null;
  status: string | null;
  /** The comparison's value as the card shows it, and the change (e.g. `+1,3 pp`). */
  previous: string | null;
  change: string | null;
  sql: string;
}

export type CellKind = 'text' | 'rupiah' | 'count' | 'fraction' | 'date';

export interface SnapshotColumn {
  key: string;
  label: string;
  kind: CellKind;
}

/** A cell: text, an exact integer as decimal text (rupiah, count), a fraction, or empty. */
export type SnapshotCell = string | number | null;

export interface SnapshotTable {
  /** File-name friendly (`peringkat`, `transaksi`). */
  name: string;
  title: string;
  columns: SnapshotColumn[];
  /** Rupiah and counts as decimal text of an integer (exact beyond 2^53), fractions as numbers. */
  rows: SnapshotCell[][];
  /** Rows in the full answer; `rows.length` may be fewer (a page), and the export says so. */
  totalRows: number;
  sql: string;
}

/** A chart's data, for a native (editable) PowerPoint chart, and its pictures. */
export interface SnapshotChart {
  name: string;
  title: string;
  kind: 'bar' | 'line';
  /** What the values are: fractions (shown as %) or rupiah. */
  unit: 'fraction' | 'rupiah';
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /**
   * Each category's target as a fraction, in the order of `categories`, null where none
   * applies: a region's own target in a chart of regions (a province's target does not judge
   * its neighbours), the fiscal year's one target repeated in a chart of weeks.
   */
  targets: (number | null)[];
  /** The chart as drawn on screen (SVG text) and at 2× as PNG, when it was drawn. */
  svg: string | null;
  png: Uint8Array | null;
  sql: string;
}

export interface SnapshotDataset {
  fileName: string;
  size: number;
  sha256: string;
  importedAt: string;
  pulledAt: string | null;
  rows: number;
  dataset: string | null;
}

export interface ViewSnapshot {
  /** The saved view's id, or `saat-ini` for the view on screen. */
  id: string;
  title: string;
  note: string;
  /** The app path with its query (`/peringkat?tahun=2025&metrik=pdn_realisasi`). */
  url: string;
  /** The data's as-of day (YYYY-MM-DD) and the comparison, as words. */
  asOf: string | null;
  comparison: string | null;
  /** Filters, page options, as-of and comparison, masking: everything that names the view. */
  facts: SnapshotFact[];
  figures: SnapshotFigure[];
  charts: SnapshotChart[];
  tables: SnapshotTable[];
}

/** What every file of one export shares. */
export interface ExportContext {
  appVersion: string;
  /** ISO time of the export (the only clock in an export; never on a slide). */
  exportedAt: string;
  masking: boolean;
  /** The data sources: the sample and/or the user's datasets. */
  sources: SnapshotDataset[];
  /** One line naming the sources, for footers. */
  sourcesLine: string;
}

/** Progress of a file build, reported by the export worker. */
export interface ExportProgress {
  step: string;
  fraction: number;
}
