import type { PemdaAlert } from '../monitoring/alerts';
import { REKONSILIASI_KATEGORI } from '../query/rekonsiliasi-query';
import { monitoringId } from '../i18n/monitoring-id';
import { rekonsiliasiId } from '../i18n/rekonsiliasi-id';
import { exportId } from '../i18n/export-id';
import type { SnapshotTable } from './snapshot';

/** The alerts as the alerts page lists them: furthest below the path first. */
export function alertsSnapshotTable(alerts: readonly PemdaAlert[], nameOf: (kode: string) => string, sql: string): SnapshotTable {
  const c = monitoringId.alerts.columns;
  return {
    name: 'peringatan',
    title: monitoringId.alerts.title,
    columns: [
      { key: 'kode', label: exportId.code, kind: 'text' },
      { key: 'pemda', label: c.pemda, kind: 'text' },
      { key: 'sejak', label: c.since, kind: 'date' },
      { key: 'nilai', label: c.value, kind: 'fraction' },
      { key: 'jalur', label: c.path, kind: 'fraction' },
      { key: 'selisih', label: c.below, kind: 'fraction' },
      { key: 'target', label: c.target, kind: 'fraction' }
    ],
    rows: alerts.map((alert) => [alert.kode, nameOf(alert.kode), alert.since, alert.value, alert.path, alert.path - alert.value, alert.target]),
    totalRows: alerts.length,
    sql
  };
}

/** One row of rekonsiliasiSummaryQuery. */
export interface SummaryRow {
  kategori: string;
  jumlah: bigint;
  nilai: bigint;
  realisasi: bigint;
}

/** The reconciliation's six categories with their counts, rupiah and linked realisation. */
export function reconciliationSnapshotTable(rows: readonly SummaryRow[], sql: string): SnapshotTable {
  const byName = new Map(rows.map((row) => [row.kategori, row]));
  const c = exportId.reconciliation;
  return {
    name: 'rekonsiliasi',
    title: rekonsiliasiId.title,
    columns: [
      { key: 'kategori', label: c.category, kind: 'text' },
      { key: 'jumlah', label: c.count, kind: 'count' },
      { key: 'nilai', label: c.value, kind: 'rupiah' },
      { key: 'realisasi', label: c.realised, kind: 'rupiah' },
      { key: 'keterangan', label: c.note, kind: 'text' }
    ],
    rows: REKONSILIASI_KATEGORI.map((kategori) => {
      const row = byName.get(kategori);
      return [rekonsiliasiId.kategori[kategori], row ? row.jumlah.toString() : '0', row ? row.nilai.toString() : '0', row ? row.realisasi.toString() : '0', rekonsiliasiId.keterangan[kategori]];
    }),
    totalRows: REKONSILIASI_KATEGORI.length,
    sql
  };
}
