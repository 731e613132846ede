/** Every target row; resolved per slice on the page (see targets.ts). Targets are data. */
export const TARGETS_QUERY =
  `SELECT target_id, metrik, CAST(nilai AS DOUBLE) AS nilai, pembanding, dasar_hukum, ` +
  `kode_wilayah, tahun_mulai, tahun_akhir FROM target ORDER BY target_id`;
