/**
 * The independent reference for Kab. Bandung's real 2025 ISB files (../shared/data/isb):
 * the ledger of issue 6 and the dashboard figures it implies, computed in plain TypeScript
 * with BigInt. It shares no code with src/ or workers/ and uses no DuckDB, so the browser
 * tests compare the app against a second, separately written implementation of the rules.
 *
 * The files are read in place and never copied into the repository (their licence does not
 * allow it); callers skip when the folder is absent.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonRecordToText, type TextRow } from './real-files/cells';
import { csvRecords } from './real-files/csv-text';
import { parseExactJson } from './real-files/exact-json';
import { belanjaPengadaan, mapRealisation, type RealisationDataset, type Skipped } from './real-files/bandung-datasets';
import { buildLedger, type Exclusion, type Ledger, type LedgerSource, type Role } from './real-files/ledger-rules';
import { exactUnits } from './real-files/rupiah';

export const SHARED_ISB = fileURLToPath(new URL('../../../shared/data/isb/', import.meta.url));
export const hasSharedIsb = (): boolean => existsSync(SHARED_ISB);

export type DatasetKind = RealisationDataset | 'RUP-StrukturAnggaranPD' | 'RUP-MasterSatker';

/** Bandung's realisation and budget files, in the order an auditor might pull them. */
export const BANDUNG_FILES = {
  tender: { name: 'd107_2025_spse_tender_selesai_nilai.csv', dataset: 'SPSE-TenderSelesaiNilai' },
  nonTenderSelesai: { name: 'd107_2025_spse_nontender_selesai.csv', dataset: 'SPSE-NonTenderSelesai' },
  nonTenderEkontrak: { name: 'd107_2025_spse_nontender_ekontrak_kontrak.json', dataset: 'SPSE-NonTenderEkontrak-Kontrak' },
  pencatatan: { name: 'd107_2025_spse_pencatatan_nontender.csv', dataset: 'SPSE-PencatatanNonTender' },
  ekatalogV6: { name: 'd107_2025_ecat_paket_epurchasing_v6.json', dataset: 'Ecat-PaketEPurchasingV6' },
  tokoDaring: { name: 'd107_2025_bela_tokodaring_realisasi.json', dataset: 'Bela-TokoDaringRealisasi' },
  strukturAnggaran: { name: 'd107_2025_rup_struktur_anggaran_pd.csv', dataset: 'RUP-StrukturAnggaranPD' },
  masterSatker: { name: 'd107_2025_rup_master_satker.json', dataset: 'RUP-MasterSatker' }
} as const satisfies Record<string, { name: string; dataset: DatasetKind }>;

export type BandungFileId = keyof typeof BANDUNG_FILES;

/** One file as imported: where it is, what it is, and when it was pulled. */
export interface ImportedFile {
  path: string;
  dataset: DatasetKind;
  /** The file's lastModified (ms); defaults to its mtime. */
  pullTime?: number;
}

export function bandungFile(id: BandungFileId): ImportedFile {
  const { name, dataset } = BANDUNG_FILES[id];
  return { path: `${SHARED_ISB}${name}`, dataset };
}

/** Every row of a CSV or JSON file (a plain record array, or ISB's { data: [...] }) as text cells. */
export function readRows(path: string): TextRow[] {
  const text = readFileSync(path, 'utf8');
  if (path.toLowerCase().endsWith('.csv')) return csvRecords(text);
  const parsed = parseExactJson(text);
  const records = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null && 'data' in parsed ? parsed.data : null;
  if (!Array.isArray(records)) throw new Error(`${path}: no record array`);
  return records.map(jsonRecordToText);
}

/** Σ of a money column exactly, in units of 10^-scale, before any rounding (the PROVENANCE golden totals). */
export function exactColumnSum(path: string, column: string, scale = 2): bigint {
  let total = 0n;
  for (const row of readRows(path)) {
    const text = row[column];
    if (text !== null && text !== undefined && text !== '' && text !== 'null') total += exactUnits(text, scale);
  }
  return total;
}

export interface Scope {
  kodeWilayah: string;
  tahun: number;
}

export const BANDUNG_2025: Scope = { kodeWilayah: '32.04', tahun: 2025 };

/** A numerator whose basis is partly unknown: the known rupiah, and the realisation whose basis is unknown. */
export interface Part {
  numerator: bigint;
  /** Σ nilai of counted transactions whose figure has basis 'tidak_diketahui'. */
  unknown: bigint;
}

export interface DatasetRoles {
  records: number;
  roles: Record<Role, number>;
  reasons: Record<Exclusion, number>;
  /** Rows that are no record of the pemda (e.g. a BUMD buying through the same LPSE). */
  skipped: Skipped[];
}

export interface BandungFigures {
  ledger: Ledger;
  /** Ledger summary ([data-ledger]): transactions, over everything loaded. */
  counted: number;
  merged: number;
  excluded: number;
  excludedBy: Record<Exclusion, number>;
  conflicts: number;
  conflictList: { transaksiId: string; nilaiMin: bigint; nilaiMaks: bigint; datasets: string[] }[];
  /** Dashboard figures in the scope: counted transactions only. */
  transaksi: number;
  realisasi: bigint;
  berjalan: { transaksi: number; rupiah: bigint };
  umk: Part;
  pdn: Part;
  epurchasing: bigint;
  /** Σ belanja_pengadaan of the scope; null when no budget file is loaded. */
  belanja: bigint | null;
  perDataset: Partial<Record<DatasetKind, DatasetRoles>>;
}

const zeroReasons = (): Record<Exclusion, number> => ({ dibatalkan: 0, gagal: 0, tanpa_nilai: 0 });

export function bandungLedger(files: readonly ImportedFile[], scope: Scope = BANDUNG_2025): BandungFigures {
  const sources: LedgerSource[] = [];
  const perDataset: Partial<Record<DatasetKind, DatasetRoles>> = {};
  let belanja: bigint | null = null;
  files.forEach((file, sequence) => {
    const rows = readRows(file.path);
    if (file.dataset === 'RUP-MasterSatker') return; // reference data: no figure of its own
    if (file.dataset === 'RUP-StrukturAnggaranPD') {
      // Two pulls of one budget replace each other like any dataset: the scope's sum is the same.
      belanja = belanjaPengadaan(rows, scope.kodeWilayah, scope.tahun);
      return;
    }
    const mapped = mapRealisation(file.dataset, rows);
    const roles = (perDataset[file.dataset] ??= {
      records: 0,
      roles: { dihitung: 0, digabung: 0, dikecualikan: 0, diganti: 0 },
      reasons: zeroReasons(),
      skipped: []
    });
    roles.skipped.push(...mapped.skipped);
    sources.push({ name: `${sequence}:${file.path}`, pullTime: file.pullTime ?? statSync(file.path).mtimeMs, sequence, records: mapped.records });
  });

  const ledger = buildLedger(sources);
  for (const p of ledger.placed) {
    const roles = perDataset[p.record.sumberData as DatasetKind]!;
    roles.records += 1;
    roles.roles[p.role] += 1;
    if (p.role === 'dikecualikan' && p.reason !== null && p.reason !== 'tarikan_lebih_baru') roles.reasons[p.reason] += 1;
  }

  const excludedBy = zeroReasons();
  const figures: BandungFigures = {
    ledger,
    counted: 0,
    merged: 0,
    excluded: 0,
    excludedBy,
    conflicts: 0,
    conflictList: [],
    transaksi: 0,
    realisasi: 0n,
    berjalan: { transaksi: 0, rupiah: 0n },
    umk: { numerator: 0n, unknown: 0n },
    pdn: { numerator: 0n, unknown: 0n },
    epurchasing: 0n,
    belanja,
    perDataset
  };
  for (const t of ledger.transactions) {
    if (!t.counted) {
      figures.excluded += 1;
      excludedBy[t.reason!] += 1;
      continue;
    }
    figures.counted += 1;
    if (t.merged) figures.merged += 1;
    if (t.conflict) {
      figures.conflicts += 1;
      figures.conflictList.push({
        transaksiId: t.id,
        nilaiMin: t.nilaiMin,
        nilaiMaks: t.nilaiMaks,
        datasets: t.records.map((p) => p.record.sumberData).sort()
      });
    }
    // The transaction takes every field of its primary record (rule 3).
    const r = t.primary.record;
    if (r.kodeWilayah !== scope.kodeWilayah || r.tahun !== scope.tahun) continue;
    figures.transaksi += 1;
    figures.realisasi += r.nilai;
    if (r.status === 'berjalan') {
      figures.berjalan.transaksi += 1;
      figures.berjalan.rupiah += r.nilai;
    }
    figures.umk.numerator += r.umk.value;
    if (r.umk.basis === 'tidak_diketahui') figures.umk.unknown += r.nilai;
    figures.pdn.numerator += r.pdn.value;
    if (r.pdn.basis === 'tidak_diketahui') figures.pdn.unknown += r.nilai;
    if (r.channelGroup === 'e_purchasing') figures.epurchasing += r.nilai;
  }
  return figures;
}

/** Every Bandung realisation and budget file, as the auditor of issue 6 drops them. */
export const ALL_BANDUNG: readonly BandungFileId[] = [
  'tender',
  'nonTenderSelesai',
  'nonTenderEkontrak',
  'pencatatan',
  'ekatalogV6',
  'tokoDaring',
  'strukturAnggaran',
  'masterSatker'
];
