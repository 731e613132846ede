/**
 * Plan and budget of the user's datasets, each row counted once: the same
 * RUP-StrukturAnggaranPD or RUP-PaketPenyedia-Terumumkan imported twice (two formats, or a
 * later pull) would otherwise double the denominators. A budget row is keyed by year and
 * satker, a package by kd_rup; the latest pull wins, as for realisation records.
 */

import { budgetTableSql } from '../query/derived-tables';
import { sourceSelect, type LedgerSource } from './ledger-sql';

const KEYS = { anggaran: 'tahun_anggaran, satker_id', paket_rup: 'kd_rup' } as const;

export type PlanTable = keyof typeof KEYS;

function latestSql(table: PlanTable, sources: readonly LedgerSource[], target: string, empty: string): string {
  if (sources.length === 0) return `CREATE OR REPLACE TABLE ${target}.${table} AS SELECT * FROM ${empty}.${table} WHERE false`;
  const parts = sources.map((s) => sourceSelect(s, table));
  return `CREATE OR REPLACE TABLE ${target}.${table} AS
SELECT * EXCLUDE (dataset, urutan_impor, ditarik) FROM (${parts.join(' UNION ALL BY NAME ')})
QUALIFY row_number() OVER (PARTITION BY ${KEYS[table]} ORDER BY ditarik DESC, urutan_impor DESC) = 1`;
}

/**
 * Statements building `target`.anggaran, `target`.paket_rup and `target`.anggaran_pemda from
 * the sources that hold each table; `empty` is a schema whose tables give the columns when
 * no source has one.
 */
export function planStatements(
  sources: Readonly<Record<PlanTable, readonly LedgerSource[]>>,
  target: string,
  empty: string
): string[] {
  return [
    latestSql('anggaran', sources.anggaran, target, empty),
    latestSql('paket_rup', sources.paket_rup, target, empty),
    budgetTableSql(target, `${target}.anggaran_pemda`)
  ];
}
