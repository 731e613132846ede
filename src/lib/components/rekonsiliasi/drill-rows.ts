/** The rows of the drill table, as rekonsiliasiRowsPageQuery returns them (BIGINT as bigint). */
export interface PaketRow {
  kd_rup: string;
  tahun_anggaran: number;
  pemda: string | null;
  satker: string;
  nama_paket: string;
  metode_pengadaan: string;
  is_ukm: boolean;
  pagu: bigint;
  realisasi: bigint;
  selisih: bigint;
  transaksi: bigint;
  kanal_realisasi: string | null;
  penyedia_non_umkk: bigint;
}
export interface TransaksiRow {
  transaksi_id: string;
  tanggal: string;
  pemda: string | null;
  satker: string;
  kd_rup: string | null;
  uraian: string;
  kanal: string;
  penyedia: string | null;
  is_umkk: boolean | null;
  nilai: bigint;
}

export type DrillPage = { kind: 'paket'; rows: PaketRow[] } | { kind: 'transaksi'; rows: TransaksiRow[] };
