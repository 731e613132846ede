/**
 * What the ledger did with the loaded data (src/lib/ledger/ledger-sql.ts): transactions
 * counted, merged from several datasets, excluded and why, value conflicts between sources,
 * and per dataset what became of its records. Over everything loaded, not the filters: it
 * tells what the data is, before any slice of it. Constant SQL: no user input.
 */

/** One row: the ledger's totals. */
export const LEDGER_SUMMARY_SQL = `SELECT
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
FROM buku_transaksi`;

/** Per dataset and dataset kind: records per role (and reason), with their rupiah. */
export const LEDGER_DATASETS_SQL = `SELECT dataset, sumber_data, peran, coalesce(alasan, '') AS alasan,
  count(*) AS rekaman, CAST(sum(nilai) AS BIGINT) AS nilai
FROM buku_rekaman
GROUP BY ALL
ORDER BY dataset, sumber_data, peran, alasan`;

/**
 * The transactions whose sources disagree on the value by more than Rp1, largest gap first.
 * The hundred shown are picked before any join, so a million-record ledger stays quick.
 */
export const LEDGER_CONFLICTS_SQL = `WITH konflik AS (
  SELECT transaksi_id, nilai, sumber_data, nilai_maks - nilai_min AS selisih
  FROM buku_transaksi
  WHERE konflik AND status_buku = 'dihitung'
  ORDER BY selisih DESC, transaksi_id
  LIMIT 100
)
SELECT k.transaksi_id, f.uraian, k.nilai AS nilai_dipakai, k.sumber_data AS sumber_dipakai, k.selisih,
  string_agg(r.sumber_data || ' = ' || CAST(r.nilai AS VARCHAR), '; ' ORDER BY r.prioritas DESC, r.sumber_data) AS nilai_per_sumber
FROM konflik k
JOIN fakta_realisasi f ON f.transaksi_id = k.transaksi_id
JOIN buku_rekaman r ON r.transaksi_id = k.transaksi_id AND r.peran IN ('dihitung', 'digabung')
GROUP BY ALL
ORDER BY k.selisih DESC, k.transaksi_id`;

/** Every record with its role: the ledger for the working papers (CSV). */
export const LEDGER_EXPORT_SQL = `SELECT r.dataset, r.sumber_data, r.transaksi_id, r.tahun_anggaran, r.kode_wilayah,
  r.status, r.nilai, r.peran, r.alasan, t.status_buku AS status_transaksi, t.nilai AS nilai_dihitung,
  t.sumber_data AS sumber_nilai, t.konflik
FROM buku_rekaman r
LEFT JOIN buku_transaksi t ON t.transaksi_id = r.transaksi_id
ORDER BY r.transaksi_id, r.peran, r.sumber_data, r.dataset`;
