// One realised transaction: its UMKK/PDN shares with the basis an auditor needs to judge
// them, its status, and its CSV form.

import { isoOf, yearOf } from './calendar.ts';
import type { Cell } from './csv-writer.ts';
import type { Rng } from './random.ts';
import type { Channel, KategoriId } from './reference.ts';
import { KATEGORI_BY_ID, isUmkkMarketplace, kanalOf } from './reference.ts';

export type Basis = 'dilaporkan' | 'status_penyedia' | 'aturan_kanal' | 'tidak_diketahui';
export type Status = 'selesai' | 'dibatalkan' | 'gagal';

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

/**
 * ~97 % completed, ~2 % cancelled, ~1 % failed; failures are mostly marketplace orders the
 * vendor never confirmed (status_konfirmasi_ppmse = 'gagal').
 */
export function drawStatus(rng: Rng, channel: Channel): Status {
  const online = kanalOf(channel).group === 'e_purchasing';
  const u = rng.next();
  if (u < (online ? 0.022 : 0.002)) return 'gagal';
  if (u < (online ? 0.037 : 0.025)) return 'dibatalkan';
  return 'selesai';
}

export function emptyTxn(): Txn {
  return {
    day: 0, channel: 'pencatatan', kodeWilayah: '', kodeProvinsi: '', satkerId: '', kdRup: null, uraian: '',
    kategori: 'atk', penyediaId: '', nilai: 0, nilaiPdn: 0, nilaiUmk: 0, basisUmk: 'tidak_diketahui',
    basisPdn: 'tidak_diketahui', status: 'selesai'
  };
}

export function transaksiId(year: number, seq: number): string {
  return `TRX-${year}-${String(seq).padStart(9, '0')}`;
}

export function transaksiRow(t: Txn, id: string): Cell[] {
  const kanal = kanalOf(t.channel);
  return [id, kanal.source, t.channel, kanal.group, yearOf(t.day), isoOf(t.day), t.kodeWilayah, t.kodeProvinsi,
    t.satkerId, t.kdRup, t.uraian, t.kategori, t.penyediaId, t.nilai, t.nilaiPdn, t.nilaiUmk, t.basisUmk,
    t.basisPdn, t.status];
}
