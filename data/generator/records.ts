// The source records (transaksi rows) of each transaction, so that the ledger rules of
// issue 6 are exercised by the sample:
//
// - e-purchasing orders: one 'sampel:pesanan' record; pencatatan: one 'sampel:pencatatan'
//   record, a few with nothing paid yet (nilai 0 → excluded as 'tanpa_nilai');
// - SPSE contract channels (tender, seleksi, pengadaan/penunjukan langsung), like
//   SPSE-*Selesai beside SPSE-*Ekontrak-Kontrak:
//   - failed selections: one 'sampel:seleksi' record, status 'gagal';
//   - selections without a contract yet: one 'sampel:seleksi' record with nilai 0 → 'tanpa_nilai';
//   - ~40 % of the others: TWO records with the same transaksi_id, the selection record
//     ('sampel:seleksi', prioritas 1, dated up to two weeks earlier, status 'selesai') and
//     the contract record ('sampel:kontrak', prioritas 2), in one of the variants below;
//   - the rest: one record, mostly the contract ('sampel:kontrak'), sometimes only the
//     selection with its value ('sampel:seleksi': no e-kontrak record was made).
//
// Pair variants (PairKind): both equal (most); the selection without a value; the contract
// without a value yet (the selection supplies it); an addendum (values differ, the contract
// wins: a conflict); a Rp1 rounding difference (not a conflict); the contract cancelled
// while the selection says 'selesai' (excluded); the selection carrying an id with no
// penyedia row; the contract carrying a vendor whose profile is unknown (the selection's
// vendor wins).

import { firstDayOfYear, lastDayOfYear, yearOf } from './calendar.ts';
import { valueMax } from './channels.ts';
import type { Rng } from './random.ts';
import { WeightedPicker } from './random.ts';
import type { Channel } from './reference.ts';
import { kanalOf } from './reference.ts';
import { valuelessChance } from './status.ts';
import type { Rekaman, SumberData, Txn } from './txn.ts';
import type { VendorGaps } from './vendor-gaps.ts';

export type PairKind =
  | 'sama'
  | 'seleksi_nol'
  | 'kontrak_nol'
  | 'adendum'
  | 'selisih_rp1'
  | 'batal_kontrak'
  | 'vendor_seleksi_asing'
  | 'vendor_kontrak_tipis';

export type RecordForm =
  | 'pesanan'
  | 'pencatatan'
  | 'pencatatan_tanpa_nilai'
  | 'kontrak'
  | 'seleksi'
  | 'seleksi_gagal'
  | 'seleksi_tanpa_nilai'
  | `pasangan_${PairKind}`;

const CONTRACT_CHANNELS: ReadonlySet<Channel> = new Set(['tender', 'seleksi', 'pengadaan_langsung', 'penunjukan_langsung']);
const PAIR_SHARE = 0.4;
const SELECTION_ONLY_SHARE = 0.12; // of single records of a contract channel
const PAIR_KINDS = WeightedPicker.fromRecord<Exclude<PairKind, 'batal_kontrak'>>({
  sama: 85, seleksi_nol: 4, kontrak_nol: 2, adendum: 4, selisih_rp1: 1, vendor_seleksi_asing: 2, vendor_kontrak_tipis: 2
});

export interface RecordContext {
  rng: Rng;
  gaps: VendorGaps;
}

function record(t: Txn, sumber: SumberData, changes: Partial<Rekaman> = {}): Rekaman {
  return { sumber, day: t.day, nilai: t.nilai, status: t.status, penyediaId: t.penyediaId, ...changes };
}

/** Marks the transaction as standing without a value: it is not realisation (rule 5). */
function dropValue(t: Txn): void {
  t.nilai = t.nilaiPdn = t.nilaiUmk = 0;
}

/** A day up to two weeks before `day`, within the same fiscal year. */
function earlier(rng: Rng, day: number): number {
  return Math.max(firstDayOfYear(yearOf(day)), day - rng.int(15));
}

function later(rng: Rng, day: number): number {
  return Math.min(lastDayOfYear(yearOf(day)), day + rng.int(15));
}

/** The selection's value before an addendum changed the contract by 2-10 %, up or down. */
function preAddendumValue(rng: Rng, t: Txn): number {
  const change = rng.uniform(0.02, 0.1);
  const down = Math.round(t.nilai / (1 + change)); // the contract grew (the usual case)
  const up = Math.round(t.nilai / (1 - change)); // the contract shrank
  return rng.chance(0.25) && up <= valueMax(t.channel, t.kategori) ? up : down;
}

function pair(ctx: RecordContext, t: Txn): PairKind {
  const { rng, gaps } = ctx;
  const kind: PairKind = t.status === 'dibatalkan' ? 'batal_kontrak' : PAIR_KINDS.pick(rng);
  const selection = record(t, 'sampel:seleksi', { status: 'selesai' });
  const contract = record(t, 'sampel:kontrak');
  switch (kind) {
    case 'kontrak_nol':
      // The contract is drafted without a value yet; the selection, the primary, keeps the date.
      contract.nilai = 0;
      contract.status = 'berjalan';
      contract.day = later(rng, t.day);
      t.status = 'selesai';
      break;
    case 'seleksi_nol':
      selection.nilai = 0;
      break;
    case 'adendum':
      selection.nilai = preAddendumValue(rng, t);
      break;
    case 'selisih_rp1':
      selection.nilai = t.nilai - 1;
      break;
    case 'vendor_seleksi_asing':
      selection.penyediaId = gaps.foreignId(rng);
      break;
    case 'vendor_kontrak_tipis':
      contract.penyediaId = gaps.thinId(rng);
      break;
    case 'batal_kontrak':
    case 'sama':
      break;
  }
  if (kind !== 'kontrak_nol') selection.day = earlier(rng, t.day);
  t.rekaman = [selection, contract];
  return kind;
}

function contractChannel(ctx: RecordContext, t: Txn, first: boolean): RecordForm {
  const { rng } = ctx;
  if (t.status === 'gagal') {
    t.rekaman = [record(t, 'sampel:seleksi')];
    return 'seleksi_gagal';
  }
  if (!first && t.status !== 'dibatalkan' && rng.chance(valuelessChance(t.day))) {
    dropValue(t);
    t.rekaman = [record(t, 'sampel:seleksi')];
    return 'seleksi_tanpa_nilai';
  }
  if (!first && rng.chance(PAIR_SHARE)) return `pasangan_${pair(ctx, t)}`;
  const selectionOnly = !first && rng.chance(SELECTION_ONLY_SHARE);
  t.rekaman = [record(t, selectionOnly ? 'sampel:seleksi' : 'sampel:kontrak')];
  return selectionOnly ? 'seleksi' : 'kontrak';
}

/**
 * Plans the records of one transaction and adjusts the transaction to what the ledger
 * will make of them. `first` (the first row of a pemda-year) keeps one plain record, so
 * every pemda-year with rows shows realisation.
 */
export function planRecords(ctx: RecordContext, t: Txn, first: boolean): RecordForm {
  if (CONTRACT_CHANNELS.has(t.channel)) return contractChannel(ctx, t, first);
  if (t.channel === 'pencatatan') {
    const standing = t.status === 'selesai' || t.status === 'berjalan';
    const unpaid = !first && standing && ctx.rng.chance(valuelessChance(t.day) + 0.01);
    if (unpaid) dropValue(t);
    t.rekaman = [record(t, 'sampel:pencatatan')];
    return unpaid ? 'pencatatan_tanpa_nilai' : 'pencatatan';
  }
  if (kanalOf(t.channel).group !== 'e_purchasing') throw new Error(`no record plan for channel ${t.channel}`);
  t.rekaman = [record(t, 'sampel:pesanan')];
  return 'pesanan';
}

/** Blangkon's pre-snapshot orders: one plain order record each, no random draw. */
export function planOrder(t: Txn): void {
  t.rekaman = [record(t, 'sampel:pesanan')];
}
