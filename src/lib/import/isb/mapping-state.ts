/**
 * What one dataset's mapping accumulates: canonical rows keyed by their primary key,
 * rejected rows and notices. Keyed storage is what enforces the schema's primary keys:
 * a second row with the same key replaces the first only when it is at least as recent.
 */

import { roundToInteger, type ExactDecimal } from '../values';
import type { ImportMessage } from '../raw-table';
import { BASES, TRANSAKSI_STATUSES, type Basis, type CanonicalTable, type MappedTables, type NoticeCode, type Row } from './types';

interface Kept {
  row: Row;
  line: number;
  rank: number;
}

export class MappingState {
  private readonly keyed = new Map<CanonicalTable, Map<string, Kept>>();
  private readonly rejected: { line: number; reason: string }[] = [];
  private readonly notices: ImportMessage[] = [];
  private readonly noticed = new Set<string>();
  private sen = 0;

  reject(line: number, reason: string): void {
    this.rejected.push({ line, reason });
  }

  /** The reason of the latest rejection, to repeat it for rows that share its fate. */
  lastRejection(): string {
    return this.rejected[this.rejected.length - 1]?.reason ?? '';
  }

  notice(code: NoticeCode, message: string, line?: number): void {
    this.notices.push(line === undefined ? { code, message } : { code, message, line });
  }

  /** A notice given once per `key` (e.g. one per unmatched pemda name, not one per row). */
  noticeOnce(key: string, code: NoticeCode, message: string, line?: number): void {
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    this.notice(code, message, line);
  }

  /** Integer rupiah, half away from zero; values with sen are counted for one notice. */
  rupiah(value: ExactDecimal): bigint {
    const rounded = roundToInteger(value);
    if (rounded * 10n ** BigInt(value.scale) !== value.units) this.sen += 1;
    return rounded;
  }

  /**
   * A row with a primary key. A later row with the same key wins when its rank (e.g. the
   * addendum version) is not lower; either way the superseded line gets a 'duplicate-row' notice.
   */
  put(table: CanonicalTable, key: string, row: Row, line: number, rank = 0, what = 'Baris'): void {
    const rows = this.tableOf(table);
    const old = rows.get(key);
    if (old === undefined) {
      rows.set(key, { row, line, rank });
      return;
    }
    const replace = rank >= old.rank;
    const [kept, dropped] = replace ? [line, old.line] : [old.line, line];
    this.notice(
      'duplicate-row',
      `${what} ${key} muncul lebih dari sekali; yang dipakai baris ${kept} (versi terbaru), baris ${dropped} diabaikan.`,
      dropped
    );
    if (replace) rows.set(key, { row, line, rank });
  }

  /** Reference rows (satker, pemda, penyedia, kategori): the first wins, without notice. */
  putReference(table: CanonicalTable, key: string, row: Row): void {
    const rows = this.tableOf(table);
    if (!rows.has(key)) rows.set(key, { row, line: 0, rank: 0 });
  }

  /** The stored reference row, to complete a field the first row left empty. */
  reference(table: CanonicalTable, key: string): Row | undefined {
    return this.keyed.get(table)?.get(key)?.row;
  }

  finish(): MappedTables {
    if (this.sen > 0) {
      this.notice(
        'rounded-sen',
        `${this.sen.toLocaleString('id-ID')} nilai uang bersen dibulatkan ke rupiah terdekat ` +
          '(setengah menjauhi nol); selisihnya paling banyak Rp0,50 per nilai.'
      );
    }
    const tables: MappedTables['tables'] = {};
    for (const [table, rows] of this.keyed) tables[table] = [...rows.values()].map((k) => k.row);
    const basis = Object.fromEntries(BASES.map((b) => [b, 0])) as Record<Basis, number>;
    const status: Record<string, number> = Object.fromEntries([...TRANSAKSI_STATUSES, 'tanpa_nilai'].map((s) => [s, 0]));
    for (const row of tables.transaksi ?? []) {
      basis[row.basis_umk as Basis] += 1;
      status[row.status as string]! += 1;
      if (row.nilai === 0n && (row.status === 'selesai' || row.status === 'berjalan')) status.tanpa_nilai! += 1;
    }
    const rejected = [...this.rejected].sort((a, b) => a.line - b.line);
    return { tables, rejected, notices: this.notices, basis, status };
  }

  private tableOf(table: CanonicalTable): Map<string, Kept> {
    let rows = this.keyed.get(table);
    if (rows === undefined) {
      rows = new Map();
      this.keyed.set(table, rows);
    }
    return rows;
  }
}
