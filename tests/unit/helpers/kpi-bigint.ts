/**
 * Every headline figure of the dashboard, recomputed with BigInt over the ledger of
 * ledger-bigint.ts and the budget/plan CSVs. The filter semantics are written out here from
 * the README (not imported from src/lib/query): a dimension with values restricts to them,
 * dimensions are ANDed, and the budget and plan follow only year and region.
 */
import { join } from 'node:path';
import { readCsv } from './csv-rfc4180';
import { jenisPenyedia, rupiah, type Ledger, type LedgerTxn } from './ledger-bigint';

export const FILTER_KEYS = ['tahun', 'provinsi', 'pemda', 'kategori', 'jenis_penyedia', 'skala', 'kanal', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Slice = Partial<Record<FilterKey, readonly string[]>>;

/** `tahun=2024&kanal=a,b` → { tahun: ['2024'], kanal: ['a', 'b'] }. */
export function sliceOf(search: string): Slice {
  const params = new URLSearchParams(search);
  const slice: Slice = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(key);
    if (raw !== null && raw !== '') slice[key] = raw.split(',');
  }
  return slice;
}

function allows(slice: Slice, key: FilterKey, value: string): boolean {
  const chosen = slice[key];
  return chosen === undefined || chosen.includes(value);
}

/** The value of each dimension for one counted transaction (primary's fields, chosen vendor). */
function dimensionsOf(t: LedgerTxn): Record<FilterKey, string> {
  const p = t.primary;
  return {
    tahun: String(p.tahun),
    provinsi: p.kodeProvinsi,
    pemda: p.kodeWilayah,
    kategori: p.kategoriId,
    jenis_penyedia: jenisPenyedia(t.vendor),
    skala: t.vendor?.skala ?? 'tidak_diketahui',
    kanal: p.channel,
    status: p.status
  };
}

export function inSlice(t: LedgerTxn, slice: Slice): boolean {
  const d = dimensionsOf(t);
  return FILTER_KEYS.every((k) => allows(slice, k, d[k]));
}

/** Pemda-years of the budget and the plan, summed once per sample directory. */
export interface Denominators {
  /** `${tahun}|${kode_wilayah}` → Σ belanja_pengadaan. */
  belanja: Map<string, bigint>;
  pdn: Map<string, bigint>;
  ukm: Map<string, bigint>;
}

function add(map: Map<string, bigint>, key: string, value: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + value);
}

export function readDenominators(dir: string): Denominators {
  const d: Denominators = { belanja: new Map(), pdn: new Map(), ukm: new Map() };
  const anggaran = readCsv(join(dir, 'anggaran.csv'));
  const [ay, aw, ab] = ['tahun_anggaran', 'kode_wilayah', 'belanja_pengadaan'].map((c) => anggaran.col(c));
  for (const r of anggaran.rows) add(d.belanja, `${r[ay!]}|${r[aw!]}`, rupiah(r[ab!]!, 'belanja_pengadaan'));
  const rup = readCsv(join(dir, 'paket_rup.csv'));
  const [py, pw, pagu, pdn, ukm] = ['tahun_anggaran', 'kode_wilayah', 'pagu', 'is_pdn', 'is_ukm'].map((c) => rup.col(c));
  for (const r of rup.rows) {
    const key = `${r[py!]}|${r[pw!]}`;
    const value = rupiah(r[pagu!]!, 'pagu');
    // A plan row always opens its pemda-year, even when no package of it is flagged.
    add(d.pdn, key, r[pdn!] === 'true' ? value : 0n);
    add(d.ukm, key, r[ukm!] === 'true' ? value : 0n);
  }
  return d;
}

/** The figures of kpiQuery's output, as decimal text (null = not computable). */
export interface KpiFigures {
  realisasi: string;
  realisasi_berjalan: string;
  transaksi: string;
  nilai_umk: string;
  nilai_umk_tidak_diketahui: string;
  nilai_pdn: string;
  nilai_pdn_tidak_diketahui: string;
  nilai_epurchasing: string;
  penyedia: string;
  belanja_pengadaan: string | null;
  komitmen_pdn: string | null;
  rencana_ukm: string | null;
}

function budgetInScope(key: string, slice: Slice): boolean {
  const [tahun, wilayah] = key.split('|') as [string, string];
  return allows(slice, 'tahun', tahun) && allows(slice, 'pemda', wilayah) && allows(slice, 'provinsi', wilayah.slice(0, 2));
}

/** Σ over the pemda-years in scope; null when no pemda-year is in scope (not computable). */
function budgetSum(map: ReadonlyMap<string, bigint>, slice: Slice): string | null {
  let total: bigint | null = null;
  for (const [key, value] of map) if (budgetInScope(key, slice)) total = (total ?? 0n) + value;
  return total === null ? null : String(total);
}

export function kpiFigures(ledger: Ledger, denominators: Denominators, slice: Slice): KpiFigures {
  let realisasi = 0n, berjalan = 0n, umk = 0n, umkUnknown = 0n, pdn = 0n, pdnUnknown = 0n, epurchasing = 0n;
  let transaksi = 0;
  const vendors = new Set<string>();
  for (const t of ledger.transactions) {
    if (!t.counted || !inSlice(t, slice)) continue;
    const p = t.primary;
    transaksi++;
    realisasi += p.nilai;
    if (p.status === 'berjalan') berjalan += p.nilai;
    umk += p.nilaiUmk;
    pdn += p.nilaiPdn;
    if (p.basisUmk === 'tidak_diketahui') umkUnknown += p.nilai;
    if (p.basisPdn === 'tidak_diketahui') pdnUnknown += p.nilai;
    if (p.channelGroup === 'e_purchasing') epurchasing += p.nilai;
    vendors.add(t.penyediaId);
  }
  // The plan's pemda-years count for the commitments even without a budget row, and the
  // other way round, as in a full outer join of budget and plan per pemda-year.
  const pemdaYears = new Map([...denominators.pdn].map(([k]) => [k, 0n] as const));
  for (const k of denominators.belanja.keys()) pemdaYears.set(k, 0n);
  const anyPemdaYear = budgetSum(pemdaYears, slice) !== null;
  return {
    realisasi: String(realisasi),
    realisasi_berjalan: String(berjalan),
    transaksi: String(transaksi),
    nilai_umk: String(umk),
    nilai_umk_tidak_diketahui: String(umkUnknown),
    nilai_pdn: String(pdn),
    nilai_pdn_tidak_diketahui: String(pdnUnknown),
    nilai_epurchasing: String(epurchasing),
    penyedia: String(vendors.size),
    belanja_pengadaan: budgetSum(denominators.belanja, slice),
    komitmen_pdn: anyPemdaYear ? (budgetSum(denominators.pdn, slice) ?? '0') : null,
    rencana_ukm: anyPemdaYear ? (budgetSum(denominators.ukm, slice) ?? '0') : null
  };
}
