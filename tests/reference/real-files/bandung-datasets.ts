/**
 * Kab. Bandung's 2025 ISB datasets → ledger records, written from the domain rules
 * (../shared/docs/domain.md) and the real values of the files, not from the app's mappers.
 * A status value the rules do not name throws: a new value must be looked at, not guessed.
 */
import { textOf, type TextRow } from './cells';
import type { Figure, LedgerRecord, Status } from './ledger-rules';
import { wholeRupiah } from './rupiah';

export type RealisationDataset =
  | 'SPSE-TenderSelesaiNilai'
  | 'SPSE-NonTenderSelesai'
  | 'SPSE-NonTenderEkontrak-Kontrak'
  | 'SPSE-PencatatanNonTender'
  | 'Ecat-PaketEPurchasingV6'
  | 'Bela-TokoDaringRealisasi';

/** Rows of a file that are not a record of the pemda's ledger, with the reason. */
export interface Skipped {
  row: number;
  reason: string;
}

export interface MappedRecords {
  records: LedgerRecord[];
  skipped: Skipped[];
}

/** Only Kab. Bandung is read here; LKPP's kd_klpd is not a Kemendagri code. */
const KODE_WILAYAH: Readonly<Record<string, string>> = { D107: '32.04' };
/** A BUMD (PDAM Tirta Raharja, B154) or a ministry buying through the same LPSE is not the pemda. */
const PEMDA_KINDS = new Set(['KABUPATEN', 'KOTA', 'PROVINSI']);

const UNKNOWN: Figure = { value: 0n, basis: 'tidak_diketahui' };

function cell(row: TextRow, column: string): string | null {
  return textOf(row[column]);
}

function required(row: TextRow, column: string): string {
  const value = cell(row, column);
  if (value === null) throw new Error(`${column} is empty`);
  return value;
}

/** A money column: empty means "no value yet", which the ledger holds as 0. */
function nilaiOf(row: TextRow, column: string): bigint {
  const text = cell(row, column);
  return text === null ? 0n : wholeRupiah(text);
}

/** A reported UMK/PDN column: empty is unknown, never zero. */
function reported(row: TextRow, column: string): Figure {
  const text = cell(row, column);
  return text === null ? UNKNOWN : { value: wholeRupiah(text), basis: 'dilaporkan' };
}

function unexpected(column: string, value: string | null): never {
  throw new Error(`${column} = ${JSON.stringify(value)} is not a value the rules name`);
}

function nonTenderSelesaiStatus(row: TextRow): Status {
  const s = cell(row, 'status_nontender');
  if (s === 'Selesai') return 'selesai';
  if (s === 'Berlangsung') return 'berjalan';
  return unexpected('status_nontender', s);
}

/** Real values: 'Kontrak Selesai' (298 rows), 'Kontrak Sedang Berjalan' (749). */
function ekontrakStatus(row: TextRow): Status {
  const s = cell(row, 'status_kontrak');
  const lower = (s ?? '').toLowerCase();
  if (/batal|putus/.test(lower)) return 'dibatalkan';
  if (lower === 'kontrak selesai') return 'selesai';
  if (lower === 'kontrak sedang berjalan') return 'berjalan';
  return unexpected('status_kontrak', s);
}

function pencatatanStatus(row: TextRow): Status {
  const s = cell(row, 'status_nontender_pct_ket');
  if (s === 'Paket Selesai') return 'selesai';
  if (s === 'Paket Sedang Berjalan') return 'berjalan';
  if (s === 'Paket Dibatalkan') return 'dibatalkan';
  return unexpected('status_nontender_pct_ket', s);
}

/**
 * e-katalog v6: a package closed (status_pkt COMPLETED / PAYMENT_OUTSIDE_SYSTEM) or an
 * order delivered and accepted (status_pengiriman COMPLETED) is 'selesai'; ON_PROCESS /
 * ON_ADDENDUM otherwise stands and is 'berjalan'. Cancel and fail words end it.
 */
function v6Status(row: TextRow): Status {
  const pkt = (cell(row, 'status_pkt') ?? '').toUpperCase();
  const kirim = (cell(row, 'status_pengiriman') ?? '').toUpperCase();
  if (/CANCEL|BATAL/.test(`${pkt} ${kirim}`)) return 'dibatalkan';
  if (/FAIL|GAGAL|REJECT|TOLAK/.test(`${pkt} ${kirim}`)) return 'gagal';
  if (pkt === 'COMPLETED' || pkt === 'PAYMENT_OUTSIDE_SYSTEM' || kirim === 'COMPLETED') return 'selesai';
  if (pkt === 'ON_PROCESS' || pkt === 'ON_ADDENDUM') return 'berjalan';
  return unexpected('status_pkt', pkt);
}

/** Bandung's two toko daring orders both say 'gagal' (payment expired, RFQ cancelled by the buyer). */
function tokoDaringStatus(row: TextRow): Status {
  const s = cell(row, 'status_konfirmasi_ppmse');
  const lower = (s ?? '').toLowerCase();
  if (lower.includes('gagal')) return 'gagal';
  if (lower.includes('batal')) return 'dibatalkan';
  return unexpected('status_konfirmasi_ppmse', s);
}

interface Shape {
  key: string;
  prefix: string;
  prioritas: 1 | 2;
  channelGroup: string;
  nilai: (row: TextRow) => bigint;
  umk: (row: TextRow, nilai: bigint) => Figure;
  pdn: (row: TextRow) => Figure;
  status: (row: TextRow) => Status;
}

const SPSE_CONTRACT = {
  nilai: (row: TextRow) => nilaiOf(row, 'nilai_kontrak'),
  umk: (row: TextRow) => reported(row, 'nilai_umk_kontrak'),
  pdn: (row: TextRow) => reported(row, 'nilai_pdn_kontrak')
};

const SHAPES: Readonly<Record<RealisationDataset, Shape>> = {
  // A winner was declared; the file has no status column. Without nilai_kontrak the tender is not contracted yet.
  'SPSE-TenderSelesaiNilai': {
    key: 'kd_tender', prefix: 'spse-tender', prioritas: 1, channelGroup: 'tender', ...SPSE_CONTRACT, status: () => 'selesai'
  },
  'SPSE-NonTenderSelesai': {
    key: 'kd_nontender', prefix: 'spse-nontender', prioritas: 1, channelGroup: 'non_tender', ...SPSE_CONTRACT, status: nonTenderSelesaiStatus
  },
  // The contract record of the same package: same business key, its value wins (prioritas 2).
  'SPSE-NonTenderEkontrak-Kontrak': {
    key: 'kd_nontender', prefix: 'spse-nontender', prioritas: 2, channelGroup: 'non_tender', ...SPSE_CONTRACT, status: ekontrakStatus
  },
  // nilai_pdn_pct / nilai_umk_pct are rupiah ('pct' = pencatatan), reported by SPSE.
  'SPSE-PencatatanNonTender': {
    key: 'kd_nontender_pct', prefix: 'spse-pencatatan', prioritas: 1, channelGroup: 'pencatatan',
    nilai: (row) => nilaiOf(row, 'total_realisasi'),
    umk: (row) => reported(row, 'nilai_umk_pct'),
    pdn: (row) => reported(row, 'nilai_pdn_pct'),
    status: pencatatanStatus
  },
  // v6 orders carry no UMK/PDN figure and no vendor flag: unknown until the vendor is known.
  'Ecat-PaketEPurchasingV6': {
    key: 'kd_paket', prefix: 'ekatalog-v6', prioritas: 1, channelGroup: 'e_purchasing',
    nilai: (row) => nilaiOf(row, 'total_harga'), umk: () => UNKNOWN, pdn: () => UNKNOWN, status: v6Status
  },
  // Shops of the government marketplace are UMKK by the channel's rule; nothing says PDN.
  'Bela-TokoDaringRealisasi': {
    key: 'order_id', prefix: 'tokodaring', prioritas: 1, channelGroup: 'e_purchasing',
    nilai: (row) => nilaiOf(row, 'valuasi'), umk: (_row, nilai) => ({ value: nilai, basis: 'aturan_kanal' }), pdn: () => UNKNOWN,
    status: tokoDaringStatus
  }
};

/** The Kemendagri code of the row's KLPD, or null for a KLPD this reference does not know. */
function pemdaOf(row: TextRow): string | null {
  return KODE_WILAYAH[cell(row, 'kd_klpd') ?? ''] ?? null;
}

export function mapRealisation(dataset: RealisationDataset, rows: readonly TextRow[]): MappedRecords {
  const shape = SHAPES[dataset];
  const skipped: Skipped[] = [];
  const byKey = new Map<string, { record: LedgerRecord; version: number }>();
  rows.forEach((row, n) => {
    const jenis = cell(row, 'jenis_klpd') ?? cell(row, 'jenis_instansi');
    const kodeWilayah = pemdaOf(row);
    if (kodeWilayah === null || (jenis !== null && !PEMDA_KINDS.has(jenis.toUpperCase()))) {
      skipped.push({ row: n, reason: `not a pemda of this reference: ${cell(row, 'nama_klpd')} (${jenis})` });
      return;
    }
    const nilai = shape.nilai(row);
    const record: LedgerRecord = {
      sumberData: dataset,
      transaksiId: `${shape.prefix}:${required(row, shape.key)}`,
      prioritas: shape.prioritas,
      kodeWilayah,
      tahun: Number(cell(row, 'tahun_anggaran') ?? required(row, 'tahun')),
      channelGroup: shape.channelGroup,
      nilai,
      umk: shape.umk(row, nilai),
      pdn: shape.pdn(row),
      status: shape.status(row)
    };
    // e-kontrak repeats a package for each addendum (and sometimes verbatim): the highest
    // versi_addendum is the contract now; among equal versions the later row stands.
    const version = Number(cell(row, 'versi_addendum') ?? '0');
    const held = byKey.get(record.transaksiId);
    if (held !== undefined && held.version > version) return;
    byKey.set(record.transaksiId, { record, version });
  });
  return { records: [...byKey.values()].map((k) => k.record), skipped };
}

/**
 * Σ belanja_pengadaan of RUP-StrukturAnggaranPD for one pemda-year. Satker without a budget
 * that year come with tahun_anggaran null; they belong to the file's single year.
 */
export function belanjaPengadaan(rows: readonly TextRow[], kodeWilayah: string, tahun: number): bigint {
  const years = new Set(rows.map((r) => cell(r, 'tahun_anggaran')).filter((y): y is string => y !== null));
  const fileYear = years.size === 1 ? Number([...years][0]) : null;
  let total = 0n;
  for (const row of rows) {
    const year = cell(row, 'tahun_anggaran') === null ? fileYear : Number(cell(row, 'tahun_anggaran'));
    if (year !== tahun || KODE_WILAYAH[cell(row, 'kd_klpd') ?? ''] !== kodeWilayah) continue;
    total += nilaiOf(row, 'belanja_pengadaan');
  }
  return total;
}
