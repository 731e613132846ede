/**
 * The ledger of issue 6 (/tmp spec "The ledger rules"), recomputed in plain TypeScript with
 * BigInt rupiah from the generator's CSVs. It imports nothing from src/ or data/ and runs
 * no SQL engine, so it cannot share a mistake with the app's ledger.
 *
 * Rule 1 (pull replacement) is moot here: the sample is one pull, so every record is
 * active and pull time / import sequence tie everywhere.
 */
import { join } from 'node:path';
import { readCsv, type CsvCell, type CsvTable } from './csv-rfc4180';

export type Status = 'selesai' | 'berjalan' | 'dibatalkan' | 'gagal';
export type Reason = 'dibatalkan' | 'gagal' | 'tanpa_nilai';

export interface LedgerRecord {
  transaksiId: string;
  sumberData: string;
  prioritas: number;
  channel: string;
  channelGroup: string;
  tahun: number;
  tanggal: string;
  kodeWilayah: string;
  kodeProvinsi: string;
  kategoriId: string;
  kdRup: string | null;
  penyediaId: string;
  nilai: bigint;
  nilaiPdn: bigint;
  nilaiUmk: bigint;
  basisUmk: string;
  basisPdn: string;
  status: Status;
}

export interface Vendor {
  isBadanUsaha: boolean | null;
  skala: string;
  isUmkk: boolean | null;
}

export interface LedgerTxn {
  primary: LedgerRecord;
  records: LedgerRecord[];
  /** The vendor chosen by rule 4 and its profile (undefined when it has no penyedia row). */
  penyediaId: string;
  vendor: Vendor | undefined;
  counted: boolean;
  reason: Reason | null;
  merged: boolean;
  conflict: boolean;
}

export interface Ledger {
  transactions: LedgerTxn[];
  vendors: ReadonlyMap<string, Vendor>;
}

function text(cell: CsvCell, what: string): string {
  if (cell === null) throw new Error(`${what} is NULL`);
  return cell;
}

function bool(cell: CsvCell): boolean | null {
  if (cell === null) return null;
  if (cell === 'true') return true;
  if (cell === 'false') return false;
  throw new Error(`not a boolean: ${cell}`);
}

/** Exact integer rupiah: digits only, so a float or a decimal mark fails the test. */
export function rupiah(cell: CsvCell, what: string): bigint {
  const t = text(cell, what);
  if (!/^-?\d+$/.test(t)) throw new Error(`${what} is not an integer: ${t}`);
  return BigInt(t);
}

function records(table: CsvTable): LedgerRecord[] {
  const c = (name: string) => table.col(name);
  const [id, sumber, prio, channel, group, tahun, tanggal, wil, prov, kat, rup, pny, nilai, pdn, umk, bu, bp, status] = [
    c('transaksi_id'), c('sumber_data'), c('prioritas'), c('channel'), c('channel_group'), c('tahun_anggaran'),
    c('tanggal'), c('kode_wilayah'), c('kode_provinsi'), c('kategori_id'), c('kd_rup'), c('penyedia_id'), c('nilai'),
    c('nilai_pdn'), c('nilai_umk'), c('basis_umk'), c('basis_pdn'), c('status')
  ] as const;
  return table.rows.map((r) => {
    const s = text(r[status]!, 'status');
    if (!['selesai', 'berjalan', 'dibatalkan', 'gagal'].includes(s)) throw new Error(`unknown status ${s}`);
    return {
      transaksiId: text(r[id]!, 'transaksi_id'),
      sumberData: text(r[sumber]!, 'sumber_data'),
      prioritas: Number(text(r[prio]!, 'prioritas')),
      channel: text(r[channel]!, 'channel'),
      channelGroup: text(r[group]!, 'channel_group'),
      tahun: Number(text(r[tahun]!, 'tahun_anggaran')),
      tanggal: text(r[tanggal]!, 'tanggal'),
      kodeWilayah: text(r[wil]!, 'kode_wilayah'),
      kodeProvinsi: text(r[prov]!, 'kode_provinsi'),
      kategoriId: text(r[kat]!, 'kategori_id'),
      kdRup: r[rup] ?? null,
      penyediaId: text(r[pny]!, 'penyedia_id'),
      nilai: rupiah(r[nilai]!, 'nilai'),
      nilaiPdn: rupiah(r[pdn]!, 'nilai_pdn'),
      nilaiUmk: rupiah(r[umk]!, 'nilai_umk'),
      basisUmk: text(r[bu]!, 'basis_umk'),
      basisPdn: text(r[bp]!, 'basis_pdn'),
      status: s as Status
    };
  });
}

export function readVendors(dir: string): Map<string, Vendor> {
  const table = readCsv(join(dir, 'penyedia.csv'));
  const [id, bu, skala, umkk] = ['penyedia_id', 'is_badan_usaha', 'skala_usaha', 'is_umkk'].map((n) => table.col(n));
  return new Map(table.rows.map((r) => [
    text(r[id!]!, 'penyedia_id'),
    { isBadanUsaha: bool(r[bu!]!), skala: text(r[skala!]!, 'skala_usaha'), isUmkk: bool(r[umkk!]!) }
  ]));
}

/** Rule 3's order: (nilai > 0) DESC, prioritas DESC, then pull/import (tied), sumber_data ASC. */
function primaryOrder(a: LedgerRecord, b: LedgerRecord): number {
  const positive = Number(b.nilai > 0n) - Number(a.nilai > 0n);
  if (positive !== 0) return positive;
  if (a.prioritas !== b.prioritas) return b.prioritas - a.prioritas;
  return a.sumberData < b.sumberData ? -1 : a.sumberData > b.sumberData ? 1 : 0;
}

/** Rule 4's score: the row exists, plus each known attribute. */
function vendorScore(vendors: ReadonlyMap<string, Vendor>, id: string): number {
  const v = vendors.get(id);
  if (v === undefined) return 0;
  return 1 + Number(v.isUmkk !== null) + Number(v.isBadanUsaha !== null) + Number(v.skala !== 'tidak_diketahui');
}

export function buildLedger(dir: string): Ledger {
  const vendors = readVendors(dir);
  const groups = new Map<string, LedgerRecord[]>();
  for (const r of records(readCsv(join(dir, 'transaksi.csv')))) {
    const list = groups.get(r.transaksiId);
    if (list === undefined) groups.set(r.transaksiId, [r]);
    else list.push(r);
  }
  const transactions: LedgerTxn[] = [];
  for (const list of groups.values()) {
    const ordered = [...list].sort(primaryOrder);
    const primary = ordered[0]!;
    // Highest score wins; Array.prototype.sort is stable, so ties keep the primary order.
    const byVendor = [...ordered].sort((a, b) => vendorScore(vendors, b.penyediaId) - vendorScore(vendors, a.penyediaId));
    const penyediaId = byVendor[0]!.penyediaId;
    const standing = primary.status === 'selesai' || primary.status === 'berjalan';
    const counted = standing && primary.nilai > 0n;
    const reason: Reason | null = counted ? null : standing ? 'tanpa_nilai' : (primary.status as Reason);
    const values = list.map((r) => r.nilai);
    const max = values.reduce((a, b) => (b > a ? b : a));
    const min = values.reduce((a, b) => (b < a ? b : a));
    transactions.push({
      primary,
      records: list,
      penyediaId,
      vendor: vendors.get(penyediaId),
      counted,
      reason,
      merged: counted && new Set(list.map((r) => r.sumberData)).size > 1,
      conflict: counted && max - min > 1n
    });
  }
  return { transactions, vendors };
}

/** jenis_penyedia of a chosen vendor, as the dashboard names it. */
export function jenisPenyedia(v: Vendor | undefined): 'badan_usaha' | 'perseorangan' | 'tidak_diketahui' {
  if (v?.isBadanUsaha === true) return 'badan_usaha';
  if (v?.isBadanUsaha === false) return 'perseorangan';
  return 'tidak_diketahui';
}

export interface LedgerSummary {
  transactions: number;
  counted: number;
  merged: number;
  /** Σ nilai of the merged transactions (the Rp involved). */
  mergedValue: bigint;
  conflicts: number;
  excluded: Record<Reason, number>;
  /** Records per role (rule 6); 'diganti' is always 0 in a one-pull sample. */
  roles: Record<'dihitung' | 'digabung' | 'dikecualikan', number>;
  /** Counted transactions whose vendor came from a record other than the primary. */
  vendorFromOtherRecord: number;
}

export function summarise(ledger: Ledger): LedgerSummary {
  const s: LedgerSummary = {
    transactions: 0, counted: 0, merged: 0, mergedValue: 0n, conflicts: 0,
    excluded: { dibatalkan: 0, gagal: 0, tanpa_nilai: 0 },
    roles: { dihitung: 0, digabung: 0, dikecualikan: 0 },
    vendorFromOtherRecord: 0
  };
  for (const t of ledger.transactions) {
    s.transactions++;
    if (t.counted) {
      s.counted++;
      s.roles.dihitung++;
      s.roles.digabung += t.records.length - 1;
      if (t.merged) {
        s.merged++;
        s.mergedValue += t.primary.nilai;
      }
      if (t.conflict) s.conflicts++;
      if (t.penyediaId !== t.primary.penyediaId) s.vendorFromOtherRecord++;
    } else {
      s.excluded[t.reason!]++;
      s.roles.dikecualikan += t.records.length;
    }
  }
  return s;
}
