/**
 * Kab. Bandung's 2025 realisation from the real ISB files, rebuilt in plain TypeScript (no
 * app code, no engine) for the category aim of issue 6 part 9: one row per counted
 * transaction with the name and the coarse category the rules see.
 *
 * The ledger rules of the contract are applied in their simplest form: records with the
 * same business key are one transaction; the primary record has nilai > 0 first, then the
 * e-kontrak contract record (prioritas 2); cancelled/failed ones and those without value
 * are not counted. `reported` is the primary record's coarse jenis category or, when it has
 * none (an e-kontrak contract record never does), the first of the other records' (see the
 * report: the ledger should do the same); `reportedPrimary` is the primary's alone.
 */

import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';

export const ISB_DIR = new URL('../../../../shared/data/isb/', import.meta.url);
const FILES = {
  tender: 'd107_2025_spse_tender_selesai_nilai.csv',
  nontender: 'd107_2025_spse_nontender_selesai.csv',
  kontrak: 'd107_2025_spse_nontender_ekontrak_kontrak.json',
  pencatatan: 'd107_2025_spse_pencatatan_nontender.csv',
  ekatalog: 'd107_2025_ecat_paket_epurchasing_v6.json',
  tokodaring: 'd107_2025_bela_tokodaring_realisasi.json'
} as const;

export type Sumber = keyof typeof FILES;

export interface Realisasi {
  key: string;
  sumber: Sumber;
  nilai: number;
  /** the package / order name, or null when the dataset has none (tender: no name at all). */
  text: string | null;
  reported: string;
  reportedPrimary: string;
}

interface Rec { key: string; sumber: Sumber; nilai: number; text: string | null; jenis: string; prioritas: number; stands: boolean }
type Row = Record<string, unknown>;

export function bandungFilesPresent(): boolean {
  return Object.values(FILES).every((f) => existsSync(new URL(f, ISB_DIR)));
}

function csv(file: string): Row[] {
  return Papa.parse<Row>(readFileSync(new URL(file, ISB_DIR), 'utf8'), { header: true, skipEmptyLines: true }).data;
}
function json(file: string): Row[] {
  return JSON.parse(readFileSync(new URL(file, ISB_DIR), 'utf8')) as Row[];
}
const str = (v: unknown): string | null => (v === null || v === undefined || String(v).trim() === '' || v === 'null' ? null : String(v).trim());
const num = (v: unknown): number => { const n = Number(str(v) ?? 0); return Number.isFinite(n) ? n : 0; };

/** Own mapping of SPSE/RUP jenis text to the coarse ids (jenis_barang, …). */
function jenisOf(text: string | null): string {
  const t = (text ?? '').toLowerCase();
  if (t.includes('barang')) return 'jenis_barang';
  if (t.startsWith('pekerjaan konstruksi')) return 'jenis_konstruksi';
  if (t.includes('konsultansi')) return 'jenis_konsultansi';
  if (t.includes('jasa lainnya')) return 'jenis_jasa_lainnya';
  return 'tidak_diketahui';
}

function records(): Rec[] {
  const out: Rec[] = [];
  const add = (r: Omit<Rec, 'prioritas'> & { prioritas?: number }) => out.push({ prioritas: 1, ...r });
  for (const r of csv(FILES.tender)) {
    add({ key: `t:${str(r.kd_tender)}`, sumber: 'tender', nilai: num(r.nilai_kontrak), text: null, jenis: 'tidak_diketahui', stands: true });
  }
  for (const r of csv(FILES.nontender)) {
    add({ key: `n:${str(r.kd_nontender)}`, sumber: 'nontender', nilai: num(r.nilai_kontrak), text: str(r.nama_paket),
      jenis: jenisOf(str(r.jenis_pengadaan)), stands: !/batal|gagal/i.test(String(r.status_nontender)) });
  }
  // e-kontrak: one row per contract version; the latest one is the contract.
  const latest = new Map<string, Row>();
  for (const r of json(FILES.kontrak)) {
    const k = String(r.kd_nontender);
    const before = latest.get(k);
    if (before === undefined || num(r.versi_addendum) >= num(before.versi_addendum)) latest.set(k, r);
  }
  for (const [k, r] of latest) {
    add({ key: `n:${k}`, sumber: 'kontrak', nilai: num(r.nilai_kontrak), text: str(r.nama_paket), jenis: 'tidak_diketahui',
      prioritas: 2, stands: !/batal|putus/i.test(String(r.status_kontrak)) });
  }
  for (const r of csv(FILES.pencatatan)) {
    add({ key: `p:${str(r.kd_nontender_pct)}`, sumber: 'pencatatan', nilai: num(r.total_realisasi), text: str(r.nama_paket),
      jenis: jenisOf(str(r.kategori_pengadaan)), stands: !/batal/i.test(String(r.status_nontender_pct_ket)) });
  }
  for (const r of json(FILES.ekatalog)) {
    add({ key: `e:${str(r.kd_paket)}`, sumber: 'ekatalog', nilai: num(r.total_harga), text: str(r.rup_nama_pkt),
      jenis: 'tidak_diketahui', stands: !/cancel/i.test(String(r.status_pkt)) });
  }
  for (const r of json(FILES.tokodaring)) {
    add({ key: `b:${str(r.order_id)}`, sumber: 'tokodaring', nilai: num(r.valuasi), text: str(r.order_desc) ?? str(r.kategori),
      jenis: 'tidak_diketahui', stands: str(r.status_konfirmasi_ppmse) !== 'gagal' });
  }
  return out;
}

/** Counted transactions of Kab. Bandung 2025. */
export function bandungRealisasi(): Realisasi[] {
  const groups = new Map<string, Rec[]>();
  for (const r of records()) groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
  const result: Realisasi[] = [];
  for (const [key, recs] of groups) {
    recs.sort((a, b) => Number(b.nilai > 0) - Number(a.nilai > 0) || b.prioritas - a.prioritas);
    const p = recs[0];
    if (p === undefined || !p.stands || p.nilai <= 0) continue;
    const reported = recs.find((r) => r.jenis !== 'tidak_diketahui')?.jenis ?? 'tidak_diketahui';
    result.push({ key, sumber: p.sumber, nilai: p.nilai, text: p.text, reported: p.jenis !== 'tidak_diketahui' ? p.jenis : reported, reportedPrimary: p.jenis });
  }
  return result;
}
