/**
 * The budget table the dashboard reads, derived from the canonical plan and budget tables.
 * One definition serves the sample database (built in Node by data/build-database.ts) and
 * the user's datasets (src/lib/ledger/plan-sql.ts, in the browser's DuckDB): `from` names
 * the schema that holds the canonical tables. The fact table comes from the ledger
 * (src/lib/ledger/ledger-sql.ts).
 */

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
    sum(pagu) FILTER (WHERE is_ukm) AS pagu_ukm,
    count(*) AS jumlah_paket
  FROM ${from}.paket_rup GROUP BY tahun_anggaran, kode_wilayah
)
SELECT
  CAST(coalesce(b.tahun_anggaran, c.tahun_anggaran) AS SMALLINT) AS tahun_anggaran,
  coalesce(b.kode_wilayah, c.kode_wilayah) AS kode_wilayah,
  left(coalesce(b.kode_wilayah, c.kode_wilayah), 2) AS kode_provinsi,
  CAST(b.belanja_pengadaan AS BIGINT) AS belanja_pengadaan,
  CAST(coalesce(c.pagu_pdn, 0) AS BIGINT) AS pagu_pdn,
  CAST(coalesce(c.pagu_ukm, 0) AS BIGINT) AS pagu_ukm,
  -- 0 means no RUP is loaded for the pemda-year: its plan figures are not computable.
  CAST(coalesce(c.jumlah_paket, 0) AS BIGINT) AS jumlah_paket
FROM budget b
FULL OUTER JOIN commitment c ON c.tahun_anggaran = b.tahun_anggaran AND c.kode_wilayah = b.kode_wilayah
ORDER BY 1, 2`;
}
