// One transaction: its UMKK/PDN shares with the basis an auditor needs to judge them, its
// status, and the source records (rekaman) that describe it.
//
// The fields of a Txn are the transaction AS THE LEDGER RESOLVES IT (the primary record's
// value, status and date, the richest record's vendor); `rekaman` holds what differs
// between its records. records.ts builds both together, so the generator knows what counts
// as realisation without re-implementing the ledger.

import { isoOf, yearOf } from './calendar.ts';
import type { Cell } from './csv-writer.ts';
import type { Rng } from './random.ts';
import type { Channel, KategoriId } from './reference.ts';
import { KATEGORI_BY_ID, isUmkkMarketplace, kanalOf } from './reference.ts';
import type { Status } from './status.ts';

export type { Status } from './status.ts';
export type Basis = 'dilaporkan' | 'status_penyedia' | 'aturan_kanal' | 'tidak_diketahui';

/** Dataset kinds of the sample (transaksi.sumber_data). */
export type SumberData = 'sampel:kontrak' | 'sampel:seleksi' | 'sampel:pesanan' | 'sampel:pencatatan';

/** One source record of a transaction; the fields not here are shared by all its records. */
export interface Rekaman {
  sumber: SumberData;
  day: number;
  nilai: number;
  status: Status;
  penyediaId: string;
}

export interface Txn {
  day: number; // days since 2021-01-01, see calendar.ts
  channel: Channel;
  kodeWilayah: string;
  kodeProvinsi: string;
  satkerId: string;
  kdRup: string | null;
  uraian: string;
  kategori: KategoriId;
  penyediaId: string;
  nilai: number;
  nilaiPdn: number;
  nilaiUmk: number;
  basisUmk: Basis;
  basisPdn: Basis;
  status: Status;
  /** Empty until records.ts plans them. */
  rekaman: Rekaman[];
}

/** Where the UMKK/PDN figure of a channel comes from (domain.md, "the metrics"). */
function basisOf(channel: Channel): Basis {
  if (isUmkkMarketplace(channel)) return 'aturan_kanal'; // the shop is UMKK by the marketplace's rule
  return kanalOf(channel).source === 'spse' ? 'dilaporkan' : 'status_penyedia';
}

/**
 * Fills nilai_umk / nilai_pdn and their basis. About 1 % of records outside the UMKK
 * marketplaces lack the breakdown (e.g. a pencatatan row without nilai_umk_pct): they are
 * 'tidak_diketahui' and contribute 0, never a guess.
 */
export function fillShares(rng: Rng, txn: Txn, vendorUmkk: boolean): void {
  const basis = basisOf(txn.channel);
  if (basis !== 'aturan_kanal' && rng.chance(0.01)) {
    txn.basisUmk = txn.basisPdn = 'tidak_diketahui';
    txn.nilaiUmk = txn.nilaiPdn = 0;
    return;
  }
  txn.basisUmk = txn.basisPdn = basis;
  txn.nilaiUmk = vendorUmkk || basis === 'aturan_kanal' ? txn.nilai : 0;
  const base = KATEGORI_BY_ID.get(txn.kategori)!.pdnShare;
  const share = base >= 1 ? 1 : Math.min(1, Math.max(0, base + 0.08 * rng.normal()));
  txn.nilaiPdn = Math.round(txn.nilai * share);
}

/** True when the ledger counts the transaction as realisation (rule 5). */
export function isCounted(t: Txn): boolean {
  return (t.status === 'selesai' || t.status === 'berjalan') && t.nilai > 0;
}

export function emptyTxn(): Txn {
  return {
    day: 0, channel: 'pencatatan', kodeWilayah: '', kodeProvinsi: '', satkerId: '', kdRup: null, uraian: '',
    kategori: 'atk', penyediaId: '', nilai: 0, nilaiPdn: 0, nilaiUmk: 0, basisUmk: 'tidak_diketahui',
    basisPdn: 'tidak_diketahui', status: 'selesai', rekaman: []
  };
}

export function transaksiId(year: number, seq: number): string {
  return `TRX-${year}-${String(seq).padStart(9, '0')}`;
}

/** 2 for a contract record: it supplies the value when it has one (ledger rule 3). */
export function prioritasOf(sumber: SumberData): number {
  return sumber === 'sampel:kontrak' ? 2 : 1;
}

/** A part (PDN, UMK) of the transaction's value carried over to a record of another value. */
function partFor(part: number, total: number, nilai: number): number {
  if (nilai === total) return part;
  if (total === 0 || nilai === 0) return 0;
  return Math.min(nilai, Math.round((part / total) * nilai));
}

export function rekamanRow(t: Txn, r: Rekaman, id: string): Cell[] {
  const kanal = kanalOf(t.channel);
  return [id, r.sumber, prioritasOf(r.sumber), kanal.source, t.channel, kanal.group, yearOf(r.day), isoOf(r.day),
    t.kodeWilayah, t.kodeProvinsi, t.satkerId, t.kdRup, t.uraian, t.kategori, r.penyediaId, r.nilai,
    partFor(t.nilaiPdn, t.nilai, r.nilai), partFor(t.nilaiUmk, t.nilai, r.nilai), t.basisUmk, t.basisPdn, r.status];
}
