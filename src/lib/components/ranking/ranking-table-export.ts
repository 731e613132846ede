import type { SnapshotTable } from '../../export/snapshot';
import { monitoringId as t } from '../../i18n/monitoring-id';
import { exportId } from '../../i18n/export-id';
import type { RankingLine } from './ranking-rows';

/** The leaderboard as it is sorted on screen, for CSV/XLSX: exact rupiah, fractions as fractions. */
export function rankingSnapshotTable(lines: readonly RankingLine[], title: string, sql: string, comparing: boolean): SnapshotTable {
  const c = t.ranking.columns;
  return {
    name: 'peringkat',
    title,
    columns: [
      { key: 'peringkat', label: c.rank, kind: 'count' },
      ...(comparing ? [{ key: 'peringkat_sebelumnya', label: exportId.previousRank, kind: 'count' as const }] : []),
      { key: 'kode', label: exportId.code, kind: 'text' },
      { key: 'nama', label: c.name, kind: 'text' },
      { key: 'nilai', label: c.value, kind: 'fraction' },
      { key: 'pembilang', label: c.numerator, kind: 'rupiah' },
      { key: 'penyebut', label: c.denominator, kind: 'rupiah' },
      { key: 'porsi', label: c.share, kind: 'fraction' },
      { key: 'target', label: c.target, kind: 'fraction' },
      { key: 'kekurangan', label: c.gap, kind: 'rupiah' }
    ],
    rows: lines.map((line) => [
      line.rank === null ? null : String(line.rank),
      ...(comparing ? [line.previousRank === null ? null : String(line.previousRank)] : []),
      line.kode,
      line.nama,
      line.value,
      line.numerator.toString(),
      line.denominator?.toString() ?? null,
      line.share,
      line.target,
      line.gap?.toString() ?? null
    ]),
    totalRows: lines.length,
    sql
  };
}
