/**
 * Plan against realisation, linked by kd_rup: every RUP package in scope and every counted
 * transaction in the slice sorted into the reconciliation categories. Pure functions from
 * filters to SQL text; the user's values reach the SQL only through mosaic-sql predicates.
 *
 * Scope (README, "the budget follows only year and region"):
 * - packages (`paket_rup`) follow the year and region filters only: a plan has no vendor,
 *   channel or category of realisation;
 * - transactions (`fakta_realisasi`, counted transactions only) follow every filter. So a
 *   channel or vendor filter narrows the realisation a package is compared with, and a
 *   package realised only outside the slice shows as belum_terealisasi in it.
 *
 * Linking and the rupiah of a kd_rup list (the rule, also in the report):
 * - a transaction's kd_rup may list several codes ('a;b', as pencatatan does; ',' is read
 *   as a separator too). It links to every listed code that is a package in scope;
 * - its nilai is split over those linked packages in proportion to their pagu (equal
 *   shares when every linked pagu is 0), in whole rupiah with the cumulative-floor method:
 *   the k-th package (ordered by kd_rup) gets floor(nilai·W_k/W) − floor(nilai·W_{k−1}/W),
 *   where W_k is the running Σ of weights. The shares are integers ≥ 0 that add up to
 *   nilai exactly, so no rupiah is counted twice and none is lost;
 * - a transaction none of whose codes is a package in scope (or with no kd_rup) is
 *   tanpa_rencana, with its whole nilai. Hence, over the slice:
 *   Σ nilai = Σ realisation allocated to packages + Σ nilai of tanpa_rencana.
 *
 * Unknown is never zero: a vendor whose UMKK status is unknown (is_umkk NULL) is not a
 * non-UMKK vendor, and a package whose method cannot be placed (dikecualikan, unknown) is
 * never a beda_metode finding; both are counted apart (ukm_tidak_diketahui,
 * metode_tidak_diketahui) so the page can say how much could not be judged.
 */

import { Query, column } from '@uwdata/mosaic-sql';
import type { Filters } from './filters';
import { FACT_TABLE } from './columns';
import { budgetPredicate, factPredicate } from './predicates';

/** The categories of the automation contract, in display order. */
export const REKONSILIASI_KATEGORI = [
  'terealisasi',
  'belum_terealisasi',
  'tanpa_rencana',
  'melebihi_pagu',
  'beda_ukm',
  'beda_metode'
] as const;
export type RekonsiliasiKategori = (typeof REKONSILIASI_KATEGORI)[number];

/** Figures beside the categories: the whole scope and what could not be judged. */
export const REKONSILIASI_PELENGKAP = [
  'paket',
  'realisasi',
  'realisasi_tertaut',
  'ukm_tidak_diketahui',
  'metode_tidak_diketahui'
] as const;
export type RekonsiliasiPelengkap = (typeof REKONSILIASI_PELENGKAP)[number];

/** The only category whose rows are transactions; the others are packages. */
export const isTransactionCategory = (kategori: RekonsiliasiKategori) => kategori === 'tanpa_rencana';

/** The boolean column of `paket` that places a package in each package category. */
const PACKAGE_FLAG: Record<Exclude<RekonsiliasiKategori, 'tanpa_rencana'>, string> = {
  terealisasi: 'terealisasi',
  belum_terealisasi: 'NOT terealisasi',
  melebihi_pagu: 'melebihi_pagu',
  beda_ukm: 'beda_ukm',
  beda_metode: 'beda_metode'
};

/**
 * SiRUP methods that are no kanal.channel (map-rup.ts keeps them as channel-style names):
 * 'e_purchasing' is the plan's "E-Purchasing" (no catalogue named), the others are SPSE
 * selection methods, so not e-purchasing. 'dikecualikan' and 'tidak_diketahui' are absent
 * on purpose: such a plan has no channel to compare with (unknown, not a mismatch).
 */
const PLAN_METHODS = `(VALUES ('e_purchasing', true), ('epurchasing', true), ('tender_cepat', false), ('kontes', false), ('sayembara', false)) AS m(metode, e_purchasing)`;

/** The ordering that picks one row when several sources hold the same kd_rup. */
const KEEP_ONE = `QUALIFY row_number() OVER (PARTITION BY kd_rup ORDER BY tahun_anggaran DESC, kode_wilayah, satker_id, pagu DESC, nama_paket) = 1`;

/** Packages in scope, one per kd_rup, with whether the plan is e-purchasing (NULL: unknown). */
function packagesCte(filters: Filters): string {
  // paket_rup is a union over the sample and every imported dataset: the same RUP export
  // imported twice must not double a pagu, so keep one row per kd_rup. Only the duplicated
  // codes go through the (costly) window; usually there are none.
  const unique =
    `WITH ganda AS (SELECT kd_rup FROM paket_rup WHERE kd_rup IS NOT NULL GROUP BY kd_rup HAVING count(*) > 1) ` +
    `SELECT * FROM paket_rup WHERE kd_rup NOT IN (SELECT kd_rup FROM ganda) ` +
    `UNION ALL (SELECT * FROM paket_rup WHERE kd_rup IN (SELECT kd_rup FROM ganda) ${KEEP_ONE})`;
  const where = budgetPredicate(filters).map(String);
  const scoped =
    `SELECT *, left(kode_wilayah, 2) AS kode_provinsi FROM (${unique}) u` + (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '');
  // Method names are normalised ('E-Purchasing', 'Tender Cepat' → e_purchasing, tender_cepat)
  // so a hand-mapped plan file that kept SiRUP's words is read like an ISB one. A plan holds
  // a handful of distinct methods: normalise those, not every package's.
  const methods =
    `SELECT metode_pengadaan, CASE WHEN k.channel_group IS NOT NULL THEN k.channel_group = 'e_purchasing' ELSE m.e_purchasing END AS rencana_ep ` +
    `FROM (SELECT metode_pengadaan, regexp_replace(lower(trim(metode_pengadaan)), '[^a-z0-9]+', '_', 'g') AS metode_kunci ` +
    `FROM (SELECT DISTINCT metode_pengadaan FROM paket_rup)) d ` +
    `LEFT JOIN kanal k ON k.channel = d.metode_kunci LEFT JOIN ${PLAN_METHODS} ON m.metode = d.metode_kunci`;
  return (
    `rup AS MATERIALIZED (SELECT p.kd_rup, p.tahun_anggaran, p.kode_wilayah, p.satker_id, p.nama_paket, p.metode_pengadaan, p.pagu, p.is_ukm, ` +
    `mp.rencana_ep FROM (${scoped}) p LEFT JOIN (${methods}) mp ON mp.metode_pengadaan = p.metode_pengadaan)`
  );
}

/** Counted transactions of the slice, with the columns the reconciliation needs. */
function transactionsCte(filters: Filters): string {
  const slice = Query.from(FACT_TABLE)
    .select(
      ...[
        'transaksi_id', 'tanggal', 'tahun_anggaran', 'kode_wilayah', 'satker_id', 'kd_rup', 'uraian',
        'channel', 'channel_group', 'penyedia_id', 'is_umkk', 'nilai'
      ].map((name) => column(name))
    )
    .where(...factPredicate(filters));
  return `tx AS (${String(slice)})`;
}

/** A kd_rup that lists several codes ('a;b'; ',' is read as a separator too). */
const IS_LIST = `(contains(kd_rup, ';') OR contains(kd_rup, ','))`;
/** The transaction columns carried along each link. */
const LINK_COLUMNS = 'transaksi_id, nilai, channel, channel_group, is_umkk, penyedia_id';

/** Every CTE up to `paket` (one row per package in scope, with its flags) and `tanpa`. */
function baseCtes(filters: Filters): string {
  return [
    packagesCte(filters),
    transactionsCte(filters),
    // Codes of each transaction: a single code as is (the common, cheap case); a list split,
    // each code once ('a;a' is one link), blanks dropped.
    `kode AS (SELECT ${LINK_COLUMNS}, trim(kd_rup) AS kd_rup, false AS daftar FROM tx WHERE kd_rup IS NOT NULL AND NOT ${IS_LIST} ` +
      `UNION ALL SELECT DISTINCT ${LINK_COLUMNS}, kd_rup, true FROM (SELECT ${LINK_COLUMNS}, trim(unnest(regexp_split_to_array(kd_rup, '[;,]'))) AS kd_rup ` +
      `FROM tx WHERE ${IS_LIST}) WHERE kd_rup <> '')`,
    `tautan AS MATERIALIZED (SELECT k.*, r.pagu FROM kode k JOIN rup r ON r.kd_rup = k.kd_rup)`,
    // A list's nilai is shared over its linked packages by pagu (1 each when all are 0), in
    // whole rupiah by cumulative floor: integer shares adding up to nilai exactly (HUGEINT
    // products cannot overflow). A transaction with one linked package keeps its nilai.
    `bobot AS (SELECT *, CAST(CASE WHEN sum(pagu) OVER (PARTITION BY transaksi_id) > 0 THEN pagu ELSE 1 END AS HUGEINT) AS bobot ` +
      `FROM tautan WHERE daftar)`,
    `alokasi AS (SELECT transaksi_id, kd_rup, channel, channel_group, is_umkk, penyedia_id, nilai AS bagian FROM tautan WHERE NOT daftar ` +
      `UNION ALL SELECT transaksi_id, kd_rup, channel, channel_group, is_umkk, penyedia_id, ` +
      `CAST(CAST(nilai AS HUGEINT) * kumulatif // total_bobot - CAST(nilai AS HUGEINT) * (kumulatif - bobot) // total_bobot AS BIGINT) ` +
      `FROM (SELECT *, sum(bobot) OVER (PARTITION BY transaksi_id ORDER BY kd_rup ROWS UNBOUNDED PRECEDING) AS kumulatif, ` +
      `sum(bobot) OVER (PARTITION BY transaksi_id) AS total_bobot FROM bobot))`,
    `per_paket AS (SELECT kd_rup, count(*) AS transaksi, sum(bagian) AS realisasi, ` +
      `bool_or(is_umkk = false) AS ada_non_umkk, bool_or(is_umkk IS NULL) AS ada_umkk_tak_diketahui, ` +
      `bool_or(channel_group = 'e_purchasing') AS ada_ep, bool_or(channel_group <> 'e_purchasing') AS ada_non_ep ` +
      `FROM alokasi GROUP BY kd_rup)`,
    `paket AS MATERIALIZED (SELECT r.kd_rup, r.tahun_anggaran, r.kode_wilayah, r.satker_id, r.nama_paket, r.metode_pengadaan, ` +
      `r.rencana_ep, r.pagu, r.is_ukm, coalesce(p.transaksi, 0) AS transaksi, CAST(coalesce(p.realisasi, 0) AS BIGINT) AS realisasi, ` +
      `p.kd_rup IS NOT NULL AS terealisasi, coalesce(p.realisasi > r.pagu, false) AS melebihi_pagu, ` +
      `r.is_ukm AND coalesce(p.ada_non_umkk, false) AS beda_ukm, ` +
      `coalesce(CASE WHEN r.rencana_ep THEN p.ada_non_ep WHEN NOT r.rencana_ep THEN p.ada_ep END, false) AS beda_metode, ` +
      `r.is_ukm AND NOT coalesce(p.ada_non_umkk, false) AND coalesce(p.ada_umkk_tak_diketahui, false) AS ukm_tidak_diketahui, ` +
      `p.kd_rup IS NOT NULL AND r.rencana_ep IS NULL AS metode_tidak_diketahui ` +
      `FROM rup r LEFT JOIN per_paket p ON p.kd_rup = r.kd_rup)`,
    `tanpa AS (SELECT t.* FROM tx t WHERE NOT EXISTS (SELECT 1 FROM tautan l WHERE l.transaksi_id = t.transaksi_id))`
  ].join(',\n');
}

const packageCount = (name: string, where: string) =>
  `SELECT '${name}' AS kategori, count(*) AS jumlah, sum(pagu) AS nilai, sum(realisasi) AS realisasi FROM paket WHERE ${where}`;

/**
 * One row per category and per side figure: jumlah (packages or transactions), nilai (Σ pagu
 * for packages, Σ nilai for transactions) and realisasi (Σ realisation allocated to them).
 */
export function rekonsiliasiSummaryQuery(filters: Filters): string {
  const parts = [
    packageCount('paket', 'true'),
    ...(Object.entries(PACKAGE_FLAG) as [string, string][]).map(([name, flag]) => packageCount(name, flag)),
    packageCount('ukm_tidak_diketahui', 'ukm_tidak_diketahui'),
    packageCount('metode_tidak_diketahui', 'metode_tidak_diketahui'),
    `SELECT 'tanpa_rencana', count(*), sum(nilai), sum(nilai) FROM tanpa`,
    `SELECT 'realisasi', count(*), sum(nilai), sum(nilai) FROM tx`,
    `SELECT 'realisasi_tertaut', count(DISTINCT transaksi_id), sum(bagian), sum(bagian) FROM alokasi`
  ];
  return (
    `WITH ${baseCtes(filters)},\nringkasan AS (${parts.join('\nUNION ALL ')})\n` +
    `SELECT kategori, CAST(jumlah AS BIGINT) AS jumlah, CAST(coalesce(nilai, 0) AS BIGINT) AS nilai, ` +
    `CAST(coalesce(realisasi, 0) AS BIGINT) AS realisasi FROM ringkasan`
  );
}

const satkerSums = (flag: string, name: string) =>
  `count(*) FILTER (WHERE ${flag}) AS ${name}_jumlah, CAST(coalesce(sum(pagu) FILTER (WHERE ${flag}), 0) AS BIGINT) AS ${name}_nilai`;

/**
 * Totals by satker: packages and Σ pagu in scope, then count and rupiah of every category,
 * one page of satker ranked by the rupiah of `rank` (the category being drilled).
 * `baris` is the number of satker rows, repeated on each row, for the pager.
 */
/** `page` and `pageSize` null: every satker (the export). */
export function rekonsiliasiSatkerQuery(filters: Filters, rank: RekonsiliasiKategori, page: number | null, pageSize: number | null): string {
  const perPackage = [
    `count(*) AS paket_jumlah, CAST(coalesce(sum(pagu), 0) AS BIGINT) AS paket_nilai`,
    ...(Object.entries(PACKAGE_FLAG) as [string, string][]).map(([name, flag]) => satkerSums(flag, name))
  ].join(', ');
  const zeros = Object.keys(PACKAGE_FLAG)
    .map((k) => `coalesce(a.${k}_jumlah, 0) AS ${k}_jumlah, coalesce(a.${k}_nilai, 0) AS ${k}_nilai`)
    .join(', ');
  return (
    `WITH ${baseCtes(filters)},\n` +
    `per_satker AS (SELECT satker_id, min(kode_wilayah) AS kode_wilayah, ${perPackage} FROM paket GROUP BY satker_id),\n` +
    `tanpa_satker AS (SELECT satker_id, min(kode_wilayah) AS kode_wilayah, count(*) AS tanpa_rencana_jumlah, ` +
    `CAST(sum(nilai) AS BIGINT) AS tanpa_rencana_nilai FROM tanpa GROUP BY satker_id),\n` +
    `gabung AS (SELECT coalesce(a.satker_id, b.satker_id) AS satker_id, coalesce(a.kode_wilayah, b.kode_wilayah) AS kode_wilayah, ` +
    `coalesce(a.paket_jumlah, 0) AS paket_jumlah, coalesce(a.paket_nilai, 0) AS paket_nilai, ${zeros}, ` +
    `coalesce(b.tanpa_rencana_jumlah, 0) AS tanpa_rencana_jumlah, coalesce(b.tanpa_rencana_nilai, 0) AS tanpa_rencana_nilai ` +
    `FROM per_satker a FULL OUTER JOIN tanpa_satker b ON b.satker_id = a.satker_id)\n` +
    `SELECT g.*, coalesce(s.nama_satker, g.satker_id) AS nama_satker, coalesce(p.nama_pemda, g.kode_wilayah) AS pemda, count(*) OVER () AS baris ` +
    `FROM gabung g LEFT JOIN satker s ON s.satker_id = g.satker_id LEFT JOIN pemda p ON p.kode_wilayah = coalesce(s.kode_wilayah, g.kode_wilayah) ` +
    `ORDER BY g.${rank}_nilai DESC, g.${rank}_jumlah DESC, g.paket_nilai DESC, g.satker_id` +
    (page === null || pageSize === null ? '' : ` LIMIT ${Math.trunc(pageSize)} OFFSET ${Math.trunc(page) * Math.trunc(pageSize)}`)
  );
}

/** The package columns of the drill table and its CSV export (Indonesian snake_case names). */
const PACKAGE_COLUMNS =
  `x.kd_rup, x.tahun_anggaran, pd.nama_pemda AS pemda, coalesce(s.nama_satker, x.satker_id) AS satker, x.nama_paket, ` +
  `coalesce(k.nama, x.metode_pengadaan) AS metode_pengadaan, x.is_ukm, x.pagu, x.realisasi, ` +
  `x.realisasi - x.pagu AS selisih, x.transaksi, d.kanal_realisasi, coalesce(d.penyedia_non_umkk, 0) AS penyedia_non_umkk`;
/** Realisation details of the listed packages only (string_agg over the whole plan is costly). */
const PACKAGE_DETAILS =
  `LEFT JOIN (SELECT a.kd_rup, string_agg(DISTINCT coalesce(c.nama, a.channel), ', ' ORDER BY coalesce(c.nama, a.channel)) AS kanal_realisasi, ` +
  `count(DISTINCT a.penyedia_id) FILTER (WHERE a.is_umkk = false) AS penyedia_non_umkk ` +
  `FROM alokasi a LEFT JOIN kanal c ON c.channel = a.channel WHERE a.kd_rup IN (SELECT kd_rup FROM x) GROUP BY a.kd_rup) d ON d.kd_rup = x.kd_rup`;
const PACKAGE_JOINS =
  `LEFT JOIN pemda pd ON pd.kode_wilayah = x.kode_wilayah LEFT JOIN satker s ON s.satker_id = x.satker_id ` +
  `LEFT JOIN kanal k ON k.channel = x.metode_pengadaan ${PACKAGE_DETAILS}`;
const TRANSACTION_COLUMNS =
  `x.transaksi_id, strftime(x.tanggal, '%Y-%m-%d') AS tanggal, x.tahun_anggaran, pd.nama_pemda AS pemda, ` +
  `coalesce(s.nama_satker, x.satker_id) AS satker, x.kd_rup, x.uraian, coalesce(k.nama, x.channel) AS kanal, ` +
  `v.nama_penyedia AS penyedia, v.bentuk_usaha, v.is_badan_usaha, x.is_umkk, x.nilai`;
const TRANSACTION_JOINS =
  `LEFT JOIN pemda pd ON pd.kode_wilayah = x.kode_wilayah LEFT JOIN satker s ON s.satker_id = x.satker_id ` +
  `LEFT JOIN kanal k ON k.channel = x.channel LEFT JOIN penyedia v ON v.penyedia_id = x.penyedia_id`;

/** Largest first (for melebihi_pagu: largest excess first); the key breaks ties. */
function drillSelect(kategori: RekonsiliasiKategori): { from: string; columns: string; joins: string; order: string } {
  if (isTransactionCategory(kategori)) {
    return { from: 'SELECT * FROM tanpa', columns: TRANSACTION_COLUMNS, joins: TRANSACTION_JOINS, order: 'x.nilai DESC, x.transaksi_id' };
  }
  const flag = PACKAGE_FLAG[kategori as Exclude<RekonsiliasiKategori, 'tanpa_rencana'>];
  const order = kategori === 'melebihi_pagu' ? 'x.realisasi - x.pagu DESC, x.kd_rup' : 'x.pagu DESC, x.kd_rup';
  return { from: `SELECT * FROM paket WHERE ${flag}`, columns: PACKAGE_COLUMNS, joins: PACKAGE_JOINS, order };
}

/** One page of the rows of a category, labelled for reading. */
export function rekonsiliasiRowsPageQuery(filters: Filters, kategori: RekonsiliasiKategori, page: number, pageSize: number): string {
  const { from, columns, joins, order } = drillSelect(kategori);
  const limit = `LIMIT ${Math.trunc(pageSize)} OFFSET ${Math.trunc(page) * Math.trunc(pageSize)}`;
  // Page first, then label: the joins and details run on one page only.
  return `WITH ${baseCtes(filters)},\nx AS (SELECT * FROM (${from}) x ORDER BY ${order} ${limit})\nSELECT ${columns} FROM x ${joins} ORDER BY ${order}`;
}

/** Every row of a category, in the same order and columns as the table. */
export function rekonsiliasiRowsExportQuery(filters: Filters, kategori: RekonsiliasiKategori): string {
  const { from, columns, joins, order } = drillSelect(kategori);
  return `WITH ${baseCtes(filters)},\nx AS (${from})\nSELECT ${columns} FROM x ${joins} ORDER BY ${order}`;
}
