/** The contract between the ISB mappers and the import pipeline. */

import type { ImportMessage } from '../raw-table';
import type { RegionMatcher } from '../regions/match-region';

/** Keys are the canonical column names of data/schema.sql. */
export type Row = Record<string, string | bigint | number | boolean | null>;

export type CanonicalTable = 'paket_rup' | 'anggaran' | 'satker' | 'transaksi' | 'penyedia' | 'kategori' | 'pemda';

/** How a UMK/PDN figure was obtained, so an auditor can judge it (schema.sql basis_umk). */
export type Basis = 'dilaporkan' | 'status_penyedia' | 'aturan_kanal' | 'tidak_diketahui';
export const BASES: readonly Basis[] = ['dilaporkan', 'status_penyedia', 'aturan_kanal', 'tidak_diketahui'];

/**
 * transaksi.status. A contract or order that stands ('selesai' or 'berjalan') is realisation
 * once it has a value; cancelled and failed ones never are.
 */
export type TransaksiStatus = 'selesai' | 'berjalan' | 'dibatalkan' | 'gagal';
export const TRANSAKSI_STATUSES: readonly TransaksiStatus[] = ['selesai', 'berjalan', 'dibatalkan', 'gagal'];

export interface MappingContext {
  regions: RegionMatcher;
  /**
   * LKPP's numeric kd_satker → its SIPD code (kd_satker_str). Toko daring and e-katalog v5
   * rows carry only the numeric id; a RUP-MasterSatker (or RUP, StrukturAnggaranPD) file of
   * the same pemda supplies the code: see learnLookups().
   */
  satkerCodes?: ReadonlyMap<string, string>;
  /** kd_klpd ('D107') → LKPP's name of the pemda ('Kab. Bandung'): e-katalog v5 rows carry no name. */
  klpdNames?: ReadonlyMap<string, string>;
  /** e-katalog v5 kd_komoditas → jenis_katalog ('Nasional' | 'Sektoral' | 'Lokal'), from Ecat-KomoditasDetail. */
  komoditas?: ReadonlyMap<string, string>;
}

export interface MappedTables {
  tables: Partial<Record<CanonicalTable, Row[]>>;
  /** Rows not loaded, with the reason in Indonesian. */
  rejected: { line: number; reason: string }[];
  /** Quality findings; `line` where one concerns one row. */
  notices: ImportMessage[];
  /** transaksi per basis of their UMK figure. */
  basis: Record<Basis, number>;
  /** transaksi records per status, and 'tanpa_nilai' for those that stand with no value yet. */
  status: Record<string, number>;
}

/** Stable codes of the notices (tests and the report group by them). */
export type NoticeCode =
  | 'date-outside-year'
  | 'duplicate-row'
  | 'region-unmatched'
  | 'satker-unmatched'
  | 'basis-unknown'
  | 'rounded-sen'
  | 'empty-row'
  | 'budget-null'
  /** StrukturAnggaranPD rows without tahun_anggaran took the file's single year. */
  | 'year-from-file';
