/**
 * Every headline figure and the ledger itself, recomputed independently of the app: the
 * generator's CSVs are read with the tests' own RFC 4180 reader, the ledger rules are
 * applied in plain TypeScript with BigInt rupiah (helpers/ledger-bigint.ts), and the
 * figures are summed by hand (helpers/kpi-bigint.ts). No app code and no SQL engine is
 * used on this side. The app side is kpiQuery (and the ledger tables) run on the
 * telisik.duckdb file the browser attaches.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { filtersFromSearch } from '../../src/lib/query/filters';
import { kpiQuery } from '../../src/lib/query/kpi-query';
import { openTelisikDatabase, rowsOf } from './helpers/node-duckdb';
import { buildLedger, summarise, type Ledger, type LedgerSummary, type LedgerTxn } from './helpers/ledger-bigint';
import { kpiFigures, readDenominators, sliceOf, type Denominators, type KpiFigures } from './helpers/kpi-bigint';
import { SAMPLE_DIR } from './global-setup';

/** Filter combinations, as URL queries (the automation contract's parameters). */
const CASES = [
  '',
  'status=selesai',
  'status=berjalan',
  'status=berjalan,selesai',
  'tahun=2024',
  'status=berjalan&tahun=2025',
  'provinsi=33&tahun=2022,2023',
  'pemda=32.04&kategori=katering&tahun=2025',
  'jenis_penyedia=perseorangan&kanal=blangkon,toko_daring&skala=mikro',
  'kanal=katalog_lokal,tender&provinsi=36&status=selesai',
  'kanal=pengadaan_langsung,penunjukan_langsung,seleksi,tender&tahun=2025',
  'jenis_penyedia=badan_usaha&skala=kecil,menengah&status=berjalan&tahun=2024,2025',
  'kategori=konstruksi_gedung,konstruksi_jalan&pemda=35.78&status=selesai'
];

const FIGURES: readonly (keyof KpiFigures)[] = [
  'realisasi', 'realisasi_berjalan', 'transaksi', 'nilai_umk', 'nilai_umk_tidak_diketahui', 'nilai_pdn',
  'nilai_pdn_tidak_diketahui', 'nilai_epurchasing', 'penyedia', 'belanja_pengadaan', 'komitmen_pdn', 'rencana_ukm'
];
/** Sums over the realised transactions: an empty slice's NULL sum is 0 rupiah. */
const FACT_SUMS: ReadonlySet<keyof KpiFigures> = new Set([
  'realisasi', 'realisasi_berjalan', 'transaksi', 'nilai_umk', 'nilai_umk_tidak_diketahui', 'nilai_pdn',
  'nilai_pdn_tidak_diketahui', 'nilai_epurchasing', 'penyedia'
]);

let ledger: Ledger;
let denominators: Denominators;
let summary: LedgerSummary;
let app: DuckDBConnection;

beforeAll(async () => {
  ledger = buildLedger(SAMPLE_DIR);
  denominators = readDenominators(SAMPLE_DIR);
  summary = summarise(ledger);
  app = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
});

afterAll(() => app?.closeSync());

const count = (pred: (t: LedgerTxn) => boolean): number => ledger.transactions.filter(pred).length;
const sumberOf = (t: LedgerTxn): string[] => t.records.map((r) => r.sumberData).sort();

describe('the sample exercises every ledger rule', () => {
  it('has one pull of records, several per transaction for SPSE contracts', () => {
    expect(summary.transactions).toBe(200_000);
    expect(count((t) => t.records.length === 2)).toBeGreaterThan(10_000);
    expect(count((t) => t.records.length > 2)).toBe(0);
  });

  it('merges selection and contract records, and finds conflicts beyond Rp1 only', () => {
    expect(summary.merged).toBeGreaterThan(1_000);
    expect(summary.conflicts).toBeGreaterThan(100);
    // A Rp1 rounding difference is no conflict; an addendum is, and the contract wins.
    const rp1 = ledger.transactions.filter((t) => t.counted && t.records.length === 2 && !t.conflict
      && t.records.some((r) => r.nilai !== t.primary.nilai));
    expect(rp1.length).toBeGreaterThan(0);
    const addenda = ledger.transactions.filter((t) => t.conflict && t.records.every((r) => r.nilai > 0n));
    expect(addenda.length).toBeGreaterThan(0);
    expect(addenda.every((t) => t.primary.sumberData === 'sampel:kontrak')).toBe(true);
  });

  it('takes the value from the selection record when the contract has none yet', () => {
    expect(count((t) => t.counted && t.primary.sumberData === 'sampel:seleksi' && t.records.length === 2)).toBeGreaterThan(0);
    expect(count((t) => t.counted && t.primary.sumberData === 'sampel:kontrak'
      && t.records.some((r) => r.sumberData === 'sampel:seleksi' && r.nilai === 0n))).toBeGreaterThan(0);
  });

  it('excludes cancelled, failed and value-less transactions', () => {
    expect(summary.excluded.dibatalkan).toBeGreaterThan(0);
    expect(summary.excluded.gagal).toBeGreaterThan(0);
    expect(summary.excluded.tanpa_nilai).toBeGreaterThan(0);
    // The contract cancelled while the selection says 'selesai': excluded.
    expect(count((t) => t.reason === 'dibatalkan' && t.primary.sumberData === 'sampel:kontrak'
      && t.records.some((r) => r.sumberData === 'sampel:seleksi' && r.status === 'selesai'))).toBeGreaterThan(0);
    // A selection without a contract yet, and a pencatatan with nothing paid.
    expect(count((t) => t.reason === 'tanpa_nilai' && sumberOf(t).join() === 'sampel:seleksi')).toBeGreaterThan(0);
    expect(count((t) => t.reason === 'tanpa_nilai' && sumberOf(t).join() === 'sampel:pencatatan')).toBeGreaterThan(0);
  });

  it('counts running transactions, more of them late in the last year', () => {
    const standing = ledger.transactions.filter((t) => t.counted);
    const running = standing.filter((t) => t.primary.status === 'berjalan');
    expect(running.length / standing.length).toBeGreaterThan(0.05);
    expect(running.length / standing.length).toBeLessThan(0.1);
    const q4 = standing.filter((t) => t.primary.tanggal >= '2025-10-01');
    const q4Running = q4.filter((t) => t.primary.status === 'berjalan').length / q4.length;
    expect(q4Running).toBeGreaterThan(0.2);
    expect(q4Running).toBeLessThan(0.4);
  });

  it('takes the vendor from the richest record, also when that is not the primary', () => {
    expect(summary.vendorFromOtherRecord).toBeGreaterThan(0);
    // A selection record carrying an id with no penyedia row loses to the contract's vendor.
    expect(count((t) => t.counted && t.records.some((r) => !ledger.vendors.has(r.penyediaId))
      && ledger.vendors.has(t.penyediaId))).toBeGreaterThan(0);
    // Every counted transaction ends with a vendor whose profile is known.
    expect(count((t) => t.counted && (t.vendor === undefined || t.vendor.isUmkk === null))).toBe(0);
  });

  it('has UMK and PDN values of unknown basis among the counted ones', () => {
    expect(count((t) => t.counted && t.primary.basisUmk === 'tidak_diketahui')).toBeGreaterThan(0);
    expect(count((t) => t.counted && t.primary.basisPdn === 'tidak_diketahui')).toBeGreaterThan(0);
  });
});

describe('the ledger tables of the app', () => {
  it('summary: counted, merged, excluded by reason, conflicts, records per role', async () => {
    console.info('ledger summary (independent):', JSON.stringify(summary, (_, v) => (typeof v === 'bigint' ? String(v) : v)));
    const [book] = await rowsOf(app, `SELECT
        count(*) FILTER (WHERE status_buku = 'dihitung') AS counted,
        count(*) FILTER (WHERE status_buku = 'dihitung' AND jumlah_sumber > 1) AS merged,
        CAST(coalesce(sum(nilai) FILTER (WHERE status_buku = 'dihitung' AND jumlah_sumber > 1), 0) AS VARCHAR) AS merged_value,
        count(*) FILTER (WHERE status_buku = 'dihitung' AND konflik) AS conflicts,
        count(*) FILTER (WHERE status_buku = 'dibatalkan') AS dibatalkan,
        count(*) FILTER (WHERE status_buku = 'gagal') AS gagal,
        count(*) FILTER (WHERE status_buku = 'tanpa_nilai') AS tanpa_nilai
      FROM buku_transaksi`);
    expect({ ...book }).toEqual({
      counted: BigInt(summary.counted), merged: BigInt(summary.merged), merged_value: String(summary.mergedValue),
      conflicts: BigInt(summary.conflicts), dibatalkan: BigInt(summary.excluded.dibatalkan),
      gagal: BigInt(summary.excluded.gagal), tanpa_nilai: BigInt(summary.excluded.tanpa_nilai)
    });
    const roles = await rowsOf(app, 'SELECT peran, count(*) AS n FROM buku_rekaman GROUP BY peran ORDER BY peran');
    expect(Object.fromEntries(roles.map((r) => [r.peran, Number(r.n)]))).toEqual(summary.roles);
  });

  it('fakta_realisasi holds each counted transaction once, with its primary record and chosen vendor', async () => {
    const rows = await rowsOf(app, `SELECT transaksi_id, sumber_data, CAST(nilai AS VARCHAR) AS nilai, status,
      CAST(tanggal AS VARCHAR) AS tanggal, penyedia_id FROM fakta_realisasi`);
    const actual = new Map(rows.map((r) => [String(r.transaksi_id), r]));
    expect(actual.size).toBe(rows.length);
    const mismatches: string[] = [];
    for (const t of ledger.transactions.filter((x) => x.counted)) {
      const p = t.primary;
      const want = { transaksi_id: p.transaksiId, sumber_data: p.sumberData, nilai: String(p.nilai), status: p.status,
        tanggal: p.tanggal, penyedia_id: t.penyediaId };
      const got = actual.get(p.transaksiId);
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${JSON.stringify(want)} ≠ ${JSON.stringify(got ?? null)}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(rows.length).toBe(summary.counted);
  });
});

describe('headline figures, recomputed with BigInt', () => {
  for (const search of CASES) {
    it(`match kpiQuery for "${search || 'no filter'}"`, async () => {
      const truth = kpiFigures(ledger, denominators, sliceOf(search));
      // The sample is meant to have data for each of these slices.
      expect(BigInt(truth.realisasi)).toBeGreaterThan(0n);
      const [figures] = await rowsOf(app, kpiQuery(filtersFromSearch(new URLSearchParams(search))));
      const got = Object.fromEntries(FIGURES.map((name) => {
        const value = figures?.[name];
        if (value === undefined) return [name, 'missing column'];
        if (value === null) return [name, FACT_SUMS.has(name) ? '0' : null];
        return [name, String(value)];
      }));
      expect(got).toEqual(truth);
    });
  }
});
