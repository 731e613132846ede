import { Table, tableToIPC } from 'apache-arrow';
import type { CubeQuestion } from '../src/lib/query/aggregate/cube-question';
import type { Cube } from '../src/lib/query/aggregate/cube';
import { breakdownRows, type BreakdownAnswerRow } from '../src/lib/query/aggregate/cube-breakdown';
import { trendRows, type TrendRow } from '../src/lib/query/aggregate/cube-trend';
import { monitoringRow } from '../src/lib/query/aggregate/cube-monitoring';
import { kpiRow, type OneRow } from '../src/lib/query/aggregate/cube-kpi';
import { float64Column, int64Column, utf8Column } from '../src/lib/import/arrow-columns';

/**
 * Answers from the worker's in-memory copies (cube-store.ts), encoded as Arrow IPC with the
 * columns and types of the SQL each stands for, so the page cannot tell them apart.
 */

/** The grouping columns a question reads: it is answered only by a copy that has them all. */
function columnsRead(question: CubeQuestion): string[] {
  const filtered = question.filters.map((filter) => filter.column);
  if (question.kind === 'breakdown') return [question.groupBy, ...filtered];
  if (question.kind === 'kpi') return filtered;
  return question.kind === 'trend' ? ['minggu', ...filtered] : ['tahun_anggaran', 'tanggal', ...filtered];
}

/**
 * The answer to `question` from the copy of its aggregate (and of the budget when it needs
 * one), or null when the copies cannot answer it: the SQL then runs.
 */
export function answerIpc(question: CubeQuestion, table: Cube, budget: Cube | null, vendors: Cube | null): Uint8Array | null {
  if (!table.has(columnsRead(question))) return null;
  if (question.kind === 'breakdown') return question.budget && !budget ? null : breakdownIpc(breakdownRows(question, table, budget));
  if (!budget) return null;
  if (question.kind === 'monitoring') return oneRowIpc(monitoringRow(question, table, budget));
  if (question.kind === 'kpi') return vendors?.has(['penyedia_id', ...columnsRead(question)]) ? oneRowIpc(kpiRow(question, table, vendors, budget)) : null;
  const rows = trendRows(question, table, budget);
  return rows ? trendIpc(rows) : null;
}

/** A breakdown answer as Arrow IPC, with the columns and types of the breakdown SQL's answer. */
export function breakdownIpc(rows: readonly BreakdownAnswerRow[]): Uint8Array {
  const n = rows.length;
  const table = new Table({
    key: utf8Column(n, (i) => rows[i]!.key),
    transaksi: int64Column(n, (i) => rows[i]!.transaksi),
    nilai: int64Column(n, (i) => rows[i]!.nilai),
    nilai_umk: int64Column(n, (i) => rows[i]!.nilai_umk),
    nilai_pdn: int64Column(n, (i) => rows[i]!.nilai_pdn),
    belanja_pengadaan: int64Column(n, (i) => rows[i]!.belanja_pengadaan)
  });
  return tableToIPC(table, 'stream');
}

/** A one-row answer (headline figures, monitoring parts) as Arrow IPC: every column a BIGINT, as in the SQL's answer. */
export function oneRowIpc(row: OneRow): Uint8Array {
  return tableToIPC(new Table(Object.fromEntries(row.map(([name, value]) => [name, int64Column(1, () => value)]))), 'stream');
}

/** A trend answer as Arrow IPC, with the columns and types of the trend SQL's answer. */
export function trendIpc(rows: readonly TrendRow[]): Uint8Array {
  const n = rows.length;
  const int = (name: 'kum_nilai' | 'kum_umk' | 'kum_pdn' | 'belanja_pengadaan' | 'komitmen_pdn') => int64Column(n, (i) => rows[i]![name]);
  const table = new Table({
    minggu: utf8Column(n, (i) => rows[i]!.minggu),
    kum_nilai: int('kum_nilai'),
    kum_umk: int('kum_umk'),
    kum_pdn: int('kum_pdn'),
    belanja_pengadaan: int('belanja_pengadaan'),
    komitmen_pdn: int('komitmen_pdn'),
    umkk_anggaran: float64Column(n, (i) => rows[i]!.umkk_anggaran),
    pdn_komitmen: float64Column(n, (i) => rows[i]!.pdn_komitmen)
  });
  return tableToIPC(table, 'stream');
}

