/**
 * The two tables the dashboard reads, derived from canonical tables. One definition serves
 * the sample database (built in Node by data/build-database.ts) and every imported dataset
 * (built in the browser's DuckDB): `from` names the schema that holds the canonical tables.
 */

export const DERIVED_TABLES = ['fakta_realisasi', 'anggaran_pemda'] as const;

/**
 * Realisation only: cancelled, failed and unfinished transactions are not realisation.
 * Vendor type and the Monday of the transaction's week are denormalised so a filter or a
 * weekly trend needs no join. Sorted by year and region so DuckDB's zone maps skip most
 * row groups. A vendor missing from `penyedia` still counts, with an unknown type.
 */
export function factTableSql(from: string, target: string): string {
  return `CREATE TABLE ${target} AS
SELECT
  t.transaksi_id, t.source_system, t.channel, t.channel_group, t.tahun_anggaran, t.tanggal,
  CAST(date_trunc('week', t.tanggal) AS DATE) AS minggu,
  t.kode_wilayah, t.kode_provinsi, t.satker_id, t.kd_rup, t.uraian, t.kategori_id, t.penyedia_id,
  CASE WHEN p.is_badan_usaha THEN 'badan_usaha' WHEN NOT p.is_badan_usaha THEN 'perseorangan' ELSE 'tidak_diketahui' END AS jenis_penyedia,
  coalesce(p.skala_usaha, 'tidak_diketahui') AS skala_usaha, p.is_umkk,
  t.nilai, t.nilai_pdn, t.nilai_umk, t.basis_umk, t.basis_pdn
FROM ${from}.transaksi t
LEFT JOIN ${from}.penyedia p ON p.penyedia_id = t.penyedia_id
WHERE t.status = 'selesai'
ORDER BY t.tahun_anggaran, t.kode_provinsi, t.kode_wilayah, t.tanggal`;
}

/**
 * Denominators per pemda and year: the procurement budget (UMKK share) and the RUP
 * commitments (Σ pagu of packages flagged PDN, and flagged UKM). A pemda-year with a plan
 * but no budget keeps its commitments and a NULL budget: "not computable", never zero.
 */
export function budgetTableSql(from: string, target: string): string {
  return `CREATE TABLE ${target} AS
WITH budget AS (
  SELECT tahun_anggaran, kode_wilayah, sum(belanja_pengadaan) AS belanja_pengadaan
  FROM ${from}.anggaran GROUP BY tahun_anggaran, kode_wilayah
), commitment AS (
  SELECT tahun_anggaran, kode_wilayah,
    sum(pagu) FILTER (WHERE is_pdn) AS pagu_pdn,
    sum(pagu) FILTER (WHERE is_ukm) AS pagu_ukm
  FROM ${from}.paket_rup GROUP BY tahun_anggaran, kode_wilayah
)
SELECT
  CAST(coalesce(b.tahun_anggaran, c.tahun_anggaran) AS SMALLINT) AS tahun_anggaran,
  coalesce(b.kode_wilayah, c.kode_wilayah) AS kode_wilayah,
  left(coalesce(b.kode_wilayah, c.kode_wilayah), 2) AS kode_provinsi,
  CAST(b.belanja_pengadaan AS BIGINT) AS belanja_pengadaan,
  CAST(coalesce(c.pagu_pdn, 0) AS BIGINT) AS pagu_pdn,
  CAST(coalesce(c.pagu_ukm, 0) AS BIGINT) AS pagu_ukm
FROM budget b
FULL OUTER JOIN commitment c ON c.tahun_anggaran = b.tahun_anggaran AND c.kode_wilayah = b.kode_wilayah
ORDER BY 1, 2`;
}
