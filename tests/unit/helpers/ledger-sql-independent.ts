/**
 * The ledger rules of issue 6 written as plain SQL for the tests' independent checks (a
 * second formulation beside ledger-bigint.ts; neither imports the app's src/lib/ledger).
 * `transaksi` and `penyedia` name relations with the columns of data/schema.sql, typed
 * (nilai BIGINT, prioritas a number, is_* BOOLEAN). The result has one row per transaction:
 * the primary record's fields (rule 3), the chosen vendor and its profile (rule 4),
 * `dihitung` and `alasan` (rule 5), and the merge/conflict facts (rule 7).
 * Pull replacement (rule 1) is moot: the sample is one pull.
 */
export function ledgerSql(transaksi: string, penyedia: string): string {
  return `
WITH rekaman AS (
  SELECT t.*,
    CAST(p.penyedia_id IS NOT NULL AS INTEGER) + CAST(p.is_umkk IS NOT NULL AS INTEGER)
      + CAST(p.is_badan_usaha IS NOT NULL AS INTEGER)
      + CAST(coalesce(p.skala_usaha, 'tidak_diketahui') <> 'tidak_diketahui' AS INTEGER) AS skor_penyedia
  FROM ${transaksi} t LEFT JOIN ${penyedia} p ON p.penyedia_id = t.penyedia_id
), urut AS (
  SELECT *,
    row_number() OVER (PARTITION BY transaksi_id
      ORDER BY (nilai > 0) DESC, prioritas DESC, sumber_data ASC) AS urutan_utama,
    row_number() OVER (PARTITION BY transaksi_id
      ORDER BY skor_penyedia DESC, (nilai > 0) DESC, prioritas DESC, sumber_data ASC) AS urutan_penyedia
  FROM rekaman
), kelompok AS (
  SELECT transaksi_id, count(*) AS jumlah_rekaman, count(DISTINCT sumber_data) AS jumlah_sumber,
    min(nilai) AS nilai_min, max(nilai) AS nilai_maks
  FROM rekaman GROUP BY transaksi_id
)
SELECT u.transaksi_id, u.sumber_data, u.sumber_data AS sumber_utama, u.source_system, u.channel, u.channel_group,
  u.tahun_anggaran, u.tanggal, u.kode_wilayah, u.kode_provinsi, u.satker_id, u.kd_rup, u.kategori_id,
  u.nilai, u.nilai_pdn, u.nilai_umk, u.basis_umk, u.basis_pdn, u.status,
  v.penyedia_id, u.penyedia_id AS penyedia_utama,
  CASE WHEN p.is_badan_usaha THEN 'badan_usaha' WHEN NOT p.is_badan_usaha THEN 'perseorangan'
    ELSE 'tidak_diketahui' END AS jenis_penyedia,
  coalesce(p.skala_usaha, 'tidak_diketahui') AS skala_usaha, p.is_umkk,
  u.status IN ('selesai', 'berjalan') AND u.nilai > 0 AS dihitung,
  CASE WHEN u.status IN ('dibatalkan', 'gagal') THEN u.status WHEN u.nilai = 0 THEN 'tanpa_nilai' END AS alasan,
  k.jumlah_rekaman, k.jumlah_sumber, k.nilai_min, k.nilai_maks,
  k.nilai_maks - k.nilai_min > 1 AS konflik
FROM urut u
JOIN urut v ON v.transaksi_id = u.transaksi_id AND v.urutan_penyedia = 1
JOIN kelompok k ON k.transaksi_id = u.transaksi_id
LEFT JOIN ${penyedia} p ON p.penyedia_id = v.penyedia_id
WHERE u.urutan_utama = 1`;
}
