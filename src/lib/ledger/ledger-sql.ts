/**
 * The ledger: every source record of every loaded dataset, sorted into real-world
 * transactions counted once. One definition serves the sample database (built in Node by
 * data/build-database.ts) and the user's datasets (rebuilt in the browser's DuckDB whenever
 * they change). The rules are stated in README.md ("The ledger") and apply in this order:
 *
 * 1. a later pull of the same dataset kind for the same pemda and year replaces the earlier
 *    one (its records stay, with role 'diganti');
 * 2. records with the same business key (transaksi_id) are one transaction;
 * 3. its primary record supplies every field but the vendor: a record with a value first,
 *    then the contract record (prioritas 2), then the latest pull;
 * 4. the vendor comes from the record whose vendor is described best;
 * 5. it is realisation when the primary record stands (selesai, berjalan) with a value.
 */

import { summaryTableStatements } from './ledger-summary-sql';
import { literal } from '@uwdata/mosaic-sql';
import { kategoriColumnsSql, type KategoriRule } from '../kategori';

export interface LedgerSource {
  /** The schema that holds the source's `transaksi` records, e.g. 'memory.ds_ab12' or 'telisik.main'. */
  schema: string;
  /** The stored dataset's id, or 'sampel'. */
  dataset: string;
  /** When the data was pulled from LKPP (ISO 8601): the later pull of a dataset kind wins. */
  pulledAt: string;
  /** Import order: breaks a tie between two pulls stamped alike. */
  seq: number;
}

export interface LedgerOptions {
  /** The vendor table that rates how well each record describes its vendor. */
  penyedia: string;
  /**
   * The RUP packages whose name and jenis help categorise a transaction linked to them by
   * kd_rup (a tender record carries neither): the same source's plan, never another's.
   */
  paketRup: string;
  /** The category rules (src/lib/kategori) that refine a reported category from the names. */
  kategori: readonly KategoriRule[];
}

/** Temporary tables of one build: the records at work, and the transactions before slimming. */
const WORK = 'ledger_kerja';
const WIDE = 'ledger_transaksi';

const text = (value: string) => String(literal(value));

/** `SELECT r.*` of a source's table with the source's identity: dataset, pull time (UTC), import order. */
export function sourceSelect(s: LedgerSource, table: string): string {
  if (!/^[a-z_][a-z0-9_.]*$/.test(s.schema)) throw new Error(`Invalid schema: ${s.schema}`);
  if (!Number.isSafeInteger(s.seq)) throw new Error(`Invalid import sequence: ${s.seq}`);
  const pulled = new Date(s.pulledAt);
  if (Number.isNaN(pulled.getTime())) throw new Error(`Invalid pull time: ${s.pulledAt}`);
  const utc = pulled.toISOString().replace('T', ' ').replace('Z', '');
  return `SELECT r.*, ${text(s.dataset)} AS dataset, TIMESTAMP ${text(utc)} AS ditarik, ${s.seq} AS urutan_impor FROM ${s.schema}.${table} r`;
}

function recordsSql(sources: readonly LedgerSource[]): string {
  if (sources.length === 0) throw new Error('A ledger needs at least one source');
  return sources.map((s) => sourceSelect(s, 'transaksi')).join('\nUNION ALL BY NAME\n');
}

/** Records with their pull state, their rank within the transaction and their vendor's richness. */
function workSql(sources: readonly LedgerSource[], options: LedgerOptions): string {
  return `CREATE OR REPLACE TEMP TABLE ${WORK} AS
WITH rekaman AS (
${recordsSql(sources)}
), tarikan AS (
  SELECT *, dense_rank() OVER (PARTITION BY sumber_data, kode_wilayah, tahun_anggaran ORDER BY ditarik DESC, urutan_impor DESC, dataset DESC) = 1 AS aktif
  FROM rekaman
)
SELECT t.*,
  CASE WHEN t.aktif THEN row_number() OVER (
    PARTITION BY t.transaksi_id, t.aktif
    ORDER BY t.nilai > 0 DESC, t.prioritas DESC, t.ditarik DESC, t.urutan_impor DESC, t.dataset DESC, t.sumber_data
  ) END AS urutan_rekaman,
  CAST(p.penyedia_id IS NOT NULL AS INTEGER) + CAST(p.is_umkk IS NOT NULL AS INTEGER)
    + CAST(p.is_badan_usaha IS NOT NULL AS INTEGER)
    + CAST(coalesce(p.skala_usaha, 'tidak_diketahui') <> 'tidak_diketahui' AS INTEGER) AS kekayaan_penyedia
FROM tarikan t
LEFT JOIN ${options.penyedia} p ON p.penyedia_id = t.penyedia_id`;
}

/** One row per transaction: the primary record's figures, the chosen vendor, the group's spread. */
function transactionsSql(): string {
  return `CREATE OR REPLACE TEMP TABLE ${WIDE} AS
WITH kelompok AS (
  SELECT transaksi_id,
    count(*) FILTER (WHERE aktif) AS jumlah_rekaman,
    count(DISTINCT dataset || '|' || sumber_data) AS jumlah_sumber,
    min(nilai) FILTER (WHERE aktif) AS nilai_min,
    max(nilai) FILTER (WHERE aktif) AS nilai_maks,
    string_agg(DISTINCT sumber_data, '; ' ORDER BY sumber_data) AS daftar_sumber,
    -- A contract record names no jenis: the category comes from the first record that has one.
    arg_min(kategori_id, urutan_rekaman) FILTER (WHERE aktif AND kategori_id <> 'tidak_diketahui') AS kategori_dikenal
  FROM ${WORK} GROUP BY transaksi_id
), penyedia_terpilih AS (
  SELECT transaksi_id, penyedia_id FROM ${WORK} WHERE aktif
  QUALIFY row_number() OVER (PARTITION BY transaksi_id ORDER BY kekayaan_penyedia DESC, urutan_rekaman) = 1
)
SELECT u.transaksi_id,
  -- Only a record that stands counts; a status outside the vocabulary is reported, never counted.
  CASE WHEN u.status IN ('dibatalkan', 'gagal') THEN u.status
    WHEN u.status NOT IN ('selesai', 'berjalan') THEN 'status_tidak_dikenal'
    WHEN u.nilai > 0 THEN 'dihitung' ELSE 'tanpa_nilai' END AS status_buku,
  u.dataset, u.sumber_data, u.source_system, u.channel, u.channel_group, u.tahun_anggaran, u.tanggal,
  u.kode_wilayah, u.kode_provinsi, u.satker_id, u.kd_rup, u.uraian,
  coalesce(k.kategori_dikenal, u.kategori_id) AS kategori_id, v.penyedia_id,
  u.nilai, u.nilai_pdn, u.nilai_umk, u.basis_umk, u.basis_pdn, u.status,
  CAST(k.jumlah_rekaman AS INTEGER) AS jumlah_rekaman, CAST(k.jumlah_sumber AS INTEGER) AS jumlah_sumber,
  k.nilai_min, k.nilai_maks, k.nilai_maks - k.nilai_min > 1 AS konflik, k.daftar_sumber
FROM ${WORK} u
JOIN kelompok k USING (transaksi_id)
JOIN penyedia_terpilih v USING (transaksi_id)
WHERE u.urutan_rekaman = 1`;
}

/** One row per record with its role in the ledger and, when it does not count, why. */
function recordsTableSql(target: string): string {
  return `CREATE OR REPLACE TABLE ${target}.buku_rekaman AS
SELECT r.dataset, r.sumber_data, r.transaksi_id, r.tahun_anggaran, r.kode_wilayah, r.nilai, r.status, r.prioritas,
  r.ditarik, r.penyedia_id,
  CASE WHEN NOT r.aktif THEN 'diganti' WHEN b.status_buku <> 'dihitung' THEN 'dikecualikan'
    WHEN r.urutan_rekaman = 1 THEN 'dihitung' ELSE 'digabung' END AS peran,
  CASE WHEN NOT r.aktif THEN 'tarikan_lebih_baru' WHEN b.status_buku <> 'dihitung' THEN b.status_buku END AS alasan
FROM ${WORK} r
LEFT JOIN ${WIDE} b USING (transaksi_id)`;
}

/**
 * The dashboard's fact table: counted transactions only, with the chosen vendor's type,
 * the Monday of the week and the derived category. The category rules read the
 * transaction's own name and that of the RUP package it names first (its jenis too, when
 * the transaction reports none). Sorted by year and region so DuckDB's zone maps skip most
 * row groups.
 */
function factSql(target: string, options: LedgerOptions): string {
  const reported = `CASE WHEN t.kategori_id = 'tidak_diketahui' THEN coalesce(r.kategori_id, t.kategori_id) ELSE t.kategori_id END`;
  const text = `concat_ws(' ', t.uraian, r.nama_paket)`;
  return `CREATE OR REPLACE TABLE ${target}.fakta_realisasi AS
SELECT
  t.transaksi_id, t.sumber_data, t.source_system, t.channel, t.channel_group, t.tahun_anggaran, t.tanggal,
  CAST(date_trunc('week', t.tanggal) AS DATE) AS minggu,
  t.kode_wilayah, t.kode_provinsi, t.satker_id, t.kd_rup, t.uraian,
  ${kategoriColumnsSql([...options.kategori], { reported, text })},
  t.penyedia_id,
  CASE WHEN p.is_badan_usaha THEN 'badan_usaha' WHEN NOT p.is_badan_usaha THEN 'perseorangan' ELSE 'tidak_diketahui' END AS jenis_penyedia,
  coalesce(p.skala_usaha, 'tidak_diketahui') AS skala_usaha, p.is_umkk,
  t.nilai, t.nilai_pdn, t.nilai_umk, t.basis_umk, t.basis_pdn, t.status
FROM ${WIDE} t
LEFT JOIN ${options.penyedia} p ON p.penyedia_id = t.penyedia_id
LEFT JOIN ${options.paketRup} r ON r.kd_rup = split_part(t.kd_rup, ';', 1)
WHERE t.status_buku = 'dihitung'
ORDER BY t.tahun_anggaran, t.kode_provinsi, t.kode_wilayah, t.tanggal`;
}

const SLIM_COLUMNS = `transaksi_id, status_buku, dataset, sumber_data, tahun_anggaran, kode_wilayah, kode_provinsi,
  penyedia_id, nilai, status, jumlah_rekaman, jumlah_sumber, nilai_min, nilai_maks, konflik, daftar_sumber`;

/** The statements that (re)build the ledger of `sources` into schema `target`, in order. */
export function ledgerStatements(sources: readonly LedgerSource[], target: string, options: LedgerOptions): string[] {
  return [
    workSql(sources, options),
    transactionsSql(),
    recordsTableSql(target),
    factSql(target, options),
    // The fact table holds the counted transactions' details; the ledger keeps what the
    // summary, the conflicts and the CSV read, so the sample's database file stays small.
    `CREATE OR REPLACE TABLE ${target}.buku_transaksi AS SELECT ${SLIM_COLUMNS} FROM ${WIDE}`,
    `DROP TABLE ${WIDE}`,
    `DROP TABLE ${WORK}`,
    ...summaryTableStatements(target)
  ];
}

