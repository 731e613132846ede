import type { Table } from 'apache-arrow';
import { rowsOf } from '../../engine/rows';

/** One figure of the reconciliation summary (rekonsiliasiSummaryQuery): exact BIGINTs. */
export interface SummaryFigure {
  jumlah: bigint;
  nilai: bigint;
  realisasi: bigint;
}

/** The summary's rows by name (category or side figure); absent until the answer arrives. */
export function summaryByName(table: Table | null): ReadonlyMap<string, SummaryFigure> {
  const figures = new Map<string, SummaryFigure>();
  if (!table) return figures;
  for (const row of rowsOf<SummaryFigure & { kategori: string }>(table)) {
    figures.set(row.kategori, { jumlah: row.jumlah, nilai: row.nilai, realisasi: row.realisasi });
  }
  return figures;
}
