/**
 * What the ledger did with the loaded data: transactions counted, merged from several
 * datasets, excluded and why, value conflicts between sources, and per dataset what became
 * of its records. Over everything loaded, not the filters. Constant SQL: no user input.
 *
 * Each ledger (the sample's, built with its database, and the datasets', built in the
 * worker) also stores these answers over its own tables (`buku_ringkasan`,
 * `buku_per_dataset`, `buku_konflik`): the ledgers hold disjoint transactions, so the
 * answer over all of them is the sum (or, for conflicts, the top) of theirs, and the data
 * panel does not scan millions of records at every start.
 */

/** The ledger tables a summary reads: the catalog's views, or one ledger's own tables. */
export interface LedgerTables {
  transaksi: string;
  rekaman: string;
  fakta: string;
}

const VIEWS: LedgerTables = { transaksi: 'buku_transaksi', rekaman: 'buku_rekaman', fakta: 'fakta_realisasi' };

/** The totals' columns: counts, then rupiah. */
export const SUMMARY_COLUMNS = [
  'dihitung',
  'digabung',
  'nilai_digabung',
  'dikecualikan',
  'dibatalkan',
  'gagal',
  'tanpa_nilai',
  'status_tidak_dikenal',
  'konflik',
  'nilai_dihitung'
] as const;

/** One row: the ledger's totals. */
export function summarySql(t: LedgerTables = VIEWS): string {
  return `SELECT
  count(*) FILTER (WHERE status_buku = 'dihitung') AS dihitung,
  count(*) FILTER (WHERE status_buku = 'dihitung' AND jumlah_sumber > 1) AS digabung,
  CAST(coalesce(sum(nilai) FILTER (WHERE status_buku = 'dihitung' AND jumlah_sumber > 1), 0) AS BIGINT) AS nilai_digabung,
  count(*) FILTER (WHERE status_buku <> 'dihitung') AS dikecualikan,
  count(*) FILTER (WHERE status_buku = 'dibatalkan') AS dibatalkan,
  count(*) FILTER (WHERE status_buku = 'gagal') AS gagal,
  count(*) FILTER (WHERE status_buku = 'tanpa_nilai') AS tanpa_nilai,
  count(*) FILTER (WHERE status_buku = 'status_tidak_dikenal') AS status_tidak_dikenal,
  count(*) FILTER (WHERE status_buku = 'dihitung' AND konflik) AS konflik,
  CAST(coalesce(sum(nilai) FILTER (WHERE status_buku = 'dihitung'), 0) AS BIGINT) AS nilai_dihitung
FROM ${t.transaksi}`;
}

/** Per dataset and dataset kind: records per role (and reason), with their rupiah. */
export function perDatasetSql(t: LedgerTables = VIEWS): string {
  return `SELECT dataset, sumber_data, peran, coalesce(alasan, '') AS alasan,
  count(*) AS rekaman, CAST(sum(nilai) AS BIGINT) AS nilai
FROM ${t.rekaman}
GROUP BY ALL
ORDER BY dataset, sumber_data, peran, alasan`;
}

/**
 * The transactions whose sources disagree on the value by more than Rp1, largest gap first.
 * The hundred shown are picked before any join, so a million-record ledger stays quick.
 */
export function conflictsSql(t: LedgerTables = VIEWS): string {
  return `WITH konflik AS (
  SELECT transaksi_id, nilai, sumber_data, nilai_maks - nilai_min AS selisih
  FROM ${t.transaksi}
  WHERE konflik AND status_buku = 'dihitung'
  ORDER BY selisih DESC, transaksi_id
  LIMIT 100
)
SELECT k.transaksi_id, f.uraian, k.nilai AS nilai_dipakai, k.sumber_data AS sumber_dipakai, k.selisih,
  string_agg(r.sumber_data || ' = ' || CAST(r.nilai AS VARCHAR), '; ' ORDER BY r.prioritas DESC, r.sumber_data) AS nilai_per_sumber
FROM konflik k
JOIN ${t.fakta} f ON f.transaksi_id = k.transaksi_id
JOIN ${t.rekaman} r ON r.transaksi_id = k.transaksi_id AND r.peran IN ('dihitung', 'digabung')
GROUP BY ALL
ORDER BY k.selisih DESC, k.transaksi_id`;
}

/** The stored answers of one ledger, built right after its tables in `schema`. */
export function summaryTableStatements(schema: string): string[] {
  const own = { transaksi: `${schema}.buku_transaksi`, rekaman: `${schema}.buku_rekaman`, fakta: `${schema}.fakta_realisasi` };
  return [
    `CREATE OR REPLACE TABLE ${schema}.buku_ringkasan AS ${summarySql(own)}`,
    `CREATE OR REPLACE TABLE ${schema}.buku_per_dataset AS ${perDatasetSql(own)}`,
    `CREATE OR REPLACE TABLE ${schema}.buku_konflik AS ${conflictsSql(own)}`
  ];
}

/** The same answers read from the stored ones of every ledger in view (the catalog's union). */
export const STORED_SUMMARY_SQL = `SELECT ${SUMMARY_COLUMNS.map((c) => `CAST(coalesce(sum(${c}), 0) AS BIGINT) AS ${c}`).join(', ')} FROM buku_ringkasan`;
export const STORED_PER_DATASET_SQL = `SELECT dataset, sumber_data, peran, alasan, CAST(sum(rekaman) AS BIGINT) AS rekaman, CAST(sum(nilai) AS BIGINT) AS nilai
FROM buku_per_dataset GROUP BY ALL ORDER BY dataset, sumber_data, peran, alasan`;
export const STORED_CONFLICTS_SQL = `SELECT * FROM buku_konflik ORDER BY selisih DESC, transaksi_id LIMIT 100`;

/** The tables summaryTableStatements adds to a ledger. */
export const SUMMARY_TABLES = ['buku_ringkasan', 'buku_per_dataset', 'buku_konflik'] as const;
