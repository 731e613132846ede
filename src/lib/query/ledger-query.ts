/**
 * What the ledger did with the loaded data (src/lib/ledger/): the data panel's questions.
 * Over everything loaded, not the filters: it tells what the data is, before any slice of
 * it. Constant SQL: no user input.
 */

import type { Question } from '../engine/question';
import {
  STORED_CONFLICTS_SQL,
  STORED_PER_DATASET_SQL,
  STORED_SUMMARY_SQL,
  conflictsSql,
  perDatasetSql,
  summarySql
} from '../ledger/ledger-summary-sql';

/** One row: the ledger's totals. */
export const LEDGER_SUMMARY_SQL = summarySql();
/** Per dataset and dataset kind: records per role (and reason), with their rupiah. */
export const LEDGER_DATASETS_SQL = perDatasetSql();
/** The hundred largest value conflicts between sources. */
export const LEDGER_CONFLICTS_SQL = conflictsSql();

/** Each summary asked on the ledger's tables, answered from the answers each ledger stored. */
export const LEDGER_SUMMARY_QUESTION: Question = { sql: LEDGER_SUMMARY_SQL, fast: { sql: STORED_SUMMARY_SQL, aggregates: [] } };
export const LEDGER_DATASETS_QUESTION: Question = { sql: LEDGER_DATASETS_SQL, fast: { sql: STORED_PER_DATASET_SQL, aggregates: [] } };
export const LEDGER_CONFLICTS_QUESTION: Question = { sql: LEDGER_CONFLICTS_SQL, fast: { sql: STORED_CONFLICTS_SQL, aggregates: [] } };

/** Every record with its role: the ledger for the working papers (CSV). */
export const LEDGER_EXPORT_SQL = `SELECT r.dataset, r.sumber_data, r.transaksi_id, r.tahun_anggaran, r.kode_wilayah,
  r.status, r.nilai, r.peran, r.alasan, t.status_buku AS status_transaksi, t.nilai AS nilai_dihitung,
  t.sumber_data AS sumber_nilai, t.konflik
FROM buku_rekaman r
LEFT JOIN buku_transaksi t ON t.transaksi_id = r.transaksi_id
ORDER BY r.transaksi_id, r.peran, r.sumber_data, r.dataset`;
