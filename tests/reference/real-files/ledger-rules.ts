/**
 * The ledger rules of issue 6 (one transaction per business key, counted once), restated
 * from the shared contract in plain TypeScript + BigInt. Nothing here is imported from
 * src/ or workers/: these tests exist to catch the app's SQL disagreeing with the rules.
 */

export type Status = 'selesai' | 'berjalan' | 'dibatalkan' | 'gagal';
export type Basis = 'dilaporkan' | 'status_penyedia' | 'aturan_kanal' | 'tidak_diketahui';
export type Exclusion = 'dibatalkan' | 'gagal' | 'tanpa_nilai';
export type Role = 'dihitung' | 'digabung' | 'dikecualikan' | 'diganti';

export interface Figure {
  value: bigint;
  basis: Basis;
}

/** One source record, already mapped to the canonical fields the rules look at. */
export interface LedgerRecord {
  sumberData: string;
  transaksiId: string;
  prioritas: 1 | 2;
  kodeWilayah: string;
  tahun: number;
  channelGroup: string;
  nilai: bigint;
  umk: Figure;
  pdn: Figure;
  status: Status;
}

/** One stored import: a pull of one file. */
export interface LedgerSource {
  name: string;
  /** The file's lastModified (ms), else the import time. */
  pullTime: number;
  /** Order of import; breaks ties between pulls of the same time. */
  sequence: number;
  records: readonly LedgerRecord[];
}

export interface Placed {
  source: LedgerSource;
  record: LedgerRecord;
  role: Role;
  reason: Exclusion | 'tarikan_lebih_baru' | null;
}

export interface Transaction {
  id: string;
  primary: Placed;
  records: Placed[];
  counted: boolean;
  reason: Exclusion | null;
  merged: boolean;
  conflict: boolean;
  nilaiMin: bigint;
  nilaiMaks: bigint;
}

export interface Ledger {
  transactions: Transaction[];
  placed: Placed[];
}

const newer = (a: LedgerSource, b: LedgerSource): boolean =>
  a.pullTime !== b.pullTime ? a.pullTime > b.pullTime : a.sequence > b.sequence;

/** Rule 3's order: a value above zero, then the contract record, then the latest pull, then the dataset name. */
function primaryOrder(a: Placed, b: Placed): number {
  const pos = (p: Placed): number => (p.record.nilai > 0n ? 1 : 0);
  if (pos(a) !== pos(b)) return pos(b) - pos(a);
  if (a.record.prioritas !== b.record.prioritas) return b.record.prioritas - a.record.prioritas;
  if (a.source.pullTime !== b.source.pullTime) return b.source.pullTime - a.source.pullTime;
  if (a.source.sequence !== b.source.sequence) return b.source.sequence - a.source.sequence;
  return a.record.sumberData < b.record.sumberData ? -1 : a.record.sumberData > b.record.sumberData ? 1 : 0;
}

export function buildLedger(sources: readonly LedgerSource[]): Ledger {
  // Rule 1: per (sumber_data, kode_wilayah, tahun) only the latest pull is active.
  const latest = new Map<string, LedgerSource>();
  const slot = (r: LedgerRecord): string => `${r.sumberData}|${r.kodeWilayah}|${r.tahun}`;
  for (const source of sources) {
    for (const record of source.records) {
      const held = latest.get(slot(record));
      if (held === undefined || newer(source, held)) latest.set(slot(record), source);
    }
  }
  const placed: Placed[] = [];
  const groups = new Map<string, Placed[]>();
  for (const source of sources) {
    for (const record of source.records) {
      const p: Placed = { source, record, role: 'diganti', reason: 'tarikan_lebih_baru' };
      placed.push(p);
      if (latest.get(slot(record)) !== source) continue;
      // Rule 2: the active records of one business key are one transaction.
      const group = groups.get(record.transaksiId) ?? [];
      group.push(p);
      groups.set(record.transaksiId, group);
    }
  }
  // Rule 7: merged counts every (import, dataset kind) a key was seen in, superseded pulls included.
  const seenIn = new Map<string, Set<string>>();
  for (const p of placed) {
    const seen = seenIn.get(p.record.transaksiId) ?? new Set<string>();
    seen.add(`${p.source.name}|${p.record.sumberData}`);
    seenIn.set(p.record.transaksiId, seen);
  }
  const transactions = [...groups].map(([id, records]) => settle(id, records, seenIn.get(id)!.size));
  return { transactions, placed };
}

/** Rules 3, 5, 6 and 7 for one transaction, seen in `sources` (import × dataset kind) pairs. */
function settle(id: string, records: Placed[], sources: number): Transaction {
  const ordered = [...records].sort(primaryOrder);
  const primary = ordered[0]!;
  const { status, nilai } = primary.record;
  const stands = status === 'selesai' || status === 'berjalan';
  const counted = stands && nilai > 0n;
  const reason: Exclusion | null = counted ? null : stands ? 'tanpa_nilai' : status;
  for (const p of records) {
    p.role = !counted ? 'dikecualikan' : p === primary ? 'dihitung' : 'digabung';
    p.reason = reason;
  }
  const values = records.map((p) => p.record.nilai);
  const nilaiMin = values.reduce((a, b) => (b < a ? b : a));
  const nilaiMaks = values.reduce((a, b) => (b > a ? b : a));
  return {
    id,
    primary,
    records,
    counted,
    reason,
    merged: counted && sources > 1,
    conflict: counted && nilaiMaks - nilaiMin > 1n,
    nilaiMin,
    nilaiMaks
  };
}
