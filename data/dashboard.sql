-- Tables the dashboard reads, derived from the canonical model when the database file is
-- built. They trade a little file size for fast cross-filtering in the browser.

-- Realisation only: cancelled and failed transactions are not realisation. Vendor type and
-- the Monday of the transaction's week are denormalised so a filter or a weekly trend
-- needs no join. Sorted by year and region so DuckDB's zone maps skip most row groups.
CREATE TABLE fakta_realisasi AS
SELECT
  t.transaksi_id, t.source_system, t.channel, t.channel_group, t.tahun_anggaran, t.tanggal,
  CAST(date_trunc('week', t.tanggal) AS DATE) AS minggu,
  t.kode_wilayah, t.kode_provinsi, t.satker_id, t.kd_rup, t.uraian, t.kategori_id, t.penyedia_id,
  CASE WHEN p.is_badan_usaha THEN 'badan_usaha' ELSE 'perseorangan' END AS jenis_penyedia,
  p.skala_usaha, p.is_umkk,
  t.nilai, t.nilai_pdn, t.nilai_umk, t.basis_umk, t.basis_pdn
FROM transaksi t
JOIN penyedia p ON p.penyedia_id = t.penyedia_id
WHERE t.status = 'selesai'
ORDER BY t.tahun_anggaran, t.kode_provinsi, t.kode_wilayah, t.tanggal;

-- Denominators per pemda and year: the procurement budget (UMKK share) and the RUP
-- commitments (Σ pagu of packages flagged PDN, and flagged UKM).
CREATE TABLE anggaran_pemda AS
WITH budget AS (
  SELECT tahun_anggaran, kode_wilayah, sum(belanja_pengadaan) AS belanja_pengadaan
  FROM anggaran GROUP BY tahun_anggaran, kode_wilayah
), commitment AS (
  SELECT tahun_anggaran, kode_wilayah,
    sum(pagu) FILTER (WHERE is_pdn) AS pagu_pdn,
    sum(pagu) FILTER (WHERE is_ukm) AS pagu_ukm
  FROM paket_rup GROUP BY tahun_anggaran, kode_wilayah
)
SELECT b.tahun_anggaran, b.kode_wilayah, p.kode_provinsi,
  CAST(b.belanja_pengadaan AS BIGINT) AS belanja_pengadaan,
  CAST(coalesce(c.pagu_pdn, 0) AS BIGINT) AS pagu_pdn,
  CAST(coalesce(c.pagu_ukm, 0) AS BIGINT) AS pagu_ukm
FROM budget b
JOIN pemda p ON p.kode_wilayah = b.kode_wilayah
LEFT JOIN commitment c ON c.tahun_anggaran = b.tahun_anggaran AND c.kode_wilayah = b.kode_wilayah
ORDER BY b.tahun_anggaran, b.kode_wilayah;
