/**
 * The view snapshot every export is built from (XLSX, PPTX, PDF, evidence pack), checked
 * against an independent recomputation.
 *
 * The app's side: collectView (src/lib/export/collect-view.ts) with an env whose `ask` runs
 * each question's canonical SQL (`question.sql`, never `question.fast`) in Node DuckDB on
 * the sample's built database, the file the browser attaches; targets, options and latest
 * day/year are read with the queries the workbench runs (src/lib/state/workbench.svelte.ts).
 *
 * The expected side: hand-written SQL over the generator's CSVs in a separate Node DuckDB
 * (counted transactions by the independent ledger of helpers/ledger-sql-independent.ts),
 * rupiah summed as exact BigInt, targets picked from target.csv by the README rule ("Weekly
 * monitoring": most specific region, then latest start year), gaps as
 * max(0, ⌈t × denominator⌉ − numerator) with t in ten-thousandths. Nothing is imported from
 * src/ on this side. Texts the exports show (comparison words, masking words, the
 * vendor-type label) are written out here as the screen shows them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DuckDBDecimalValue, DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
// The app's side.
import { collectView, type CollectEnv } from '../../src/lib/export/collect-view';
import type { SnapshotCell, SnapshotTable, ViewSnapshot } from '../../src/lib/export/snapshot';
import type { Question } from '../../src/lib/engine/question';
import type { Target } from '../../src/lib/metrics/targets';
import type { Dimension } from '../../src/lib/query/filters';
import { OPTIONS_QUERY, type OptionRow } from '../../src/lib/query/options-query';
import { TARGETS_QUERY } from '../../src/lib/query/target-query';
// The independent side.
import { ledgerSql } from './helpers/ledger-sql-independent';
import { openTelisikDatabase, rowsOf } from './helpers/node-duckdb';
import { loadSampleCsvs, sampleCsv } from './helpers/sample-csv-tables';
import { SAMPLE_DIR } from './global-setup';
import { readFile } from 'node:fs/promises';
import { CATEGORIES, parseCsv as parseTruthCsv, reconcile } from './helpers/rekonsiliasi-truth';

type Row = Record<string, unknown>;

// ================================================================= helpers: the app's side

/**
 * A Node DuckDB value as the app's rows carry it (Arrow rows of duckdb-wasm): BIGINT and
 * HUGEINT stay bigint, DOUBLE and INTEGER number, VARCHAR string. A DECIMAL (an object
 * here) becomes a number, as the DOUBLE the app's queries cast it to; any other object
 * means a question returns a type this test does not expect, and fails loudly.
 */
function asAppValue(value: unknown): unknown {
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value !== null && typeof value === 'object') throw new Error(`unexpected DuckDB value ${String(value)}`);
  return value;
}
const asAppRow = (row: Row): Row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asAppValue(v)]));
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** What collectView needs, backed by Node DuckDB on the app's database; asks run one at a time. */
async function appEnv(app: DuckDBConnection, masking: boolean): Promise<CollectEnv> {
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (_name: string, question: Question): Promise<readonly Row[]> => {
    const run = queue.then(async () => (await rowsOf(app, question.sql)).map(asAppRow));
    queue = run.catch(() => undefined);
    return run;
  };
  // The same queries, and the same conversions, as the workbench's #loadReference.
  const targets: Target[] = (await rowsOf(app, TARGETS_QUERY)).map(asAppRow).map((t) => ({
    target_id: String(t.target_id),
    metrik: String(t.metrik),
    nilai: Number(t.nilai),
    pembanding: String(t.pembanding),
    dasar_hukum: String(t.dasar_hukum),
    kode_wilayah: textOrNull(t.kode_wilayah),
    tahun_mulai: Number(t.tahun_mulai),
    tahun_akhir: t.tahun_akhir === null ? null : Number(t.tahun_akhir)
  }));
  const options: OptionRow[] = (await rowsOf(app, OPTIONS_QUERY)).map(asAppRow).map((o) => ({
    dimension: String(o.dimension) as Dimension,
    key: String(o.key),
    label: String(o.label),
    kode_provinsi: textOrNull(o.kode_provinsi),
    jenis: textOrNull(o.jenis)
  }));
  const [years] = await rowsOf(
    app,
    'SELECT CAST(max(tahun_anggaran) AS INTEGER) AS tahun FROM (SELECT tahun_anggaran FROM anggaran_pemda UNION ALL SELECT tahun_anggaran FROM fakta_realisasi)'
  );
  const [dates] = await rowsOf(app, `SELECT strftime(max(tanggal), '%Y-%m-%d') AS tanggal FROM fakta_realisasi`);
  return {
    ask,
    options,
    targets,
    latestDate: textOrNull(dates?.tanggal),
    latestYear: Number(years?.tahun ?? 0),
    masking,
    threshold: 0.05
  };
}

/** Statements of a snapshot's SQL (a figure's joins the figures', the parts' and the comparison's). */
const statementsOf = (sql: string) => sql.split(';\n\n').map((s) => s.trim()).filter((s) => s.length > 0);

// ================================================================= helpers: the independent side

/** The CSVs as plain tables, the counted transactions with their day and Monday, the reference CSVs. */
async function csvDatabase(): Promise<DuckDBConnection> {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await loadSampleCsvs(db, 'TABLE');
  await db.run(`CREATE TABLE counted AS
    SELECT *, hari - CAST(isodow(hari) - 1 AS INTEGER) AS senin
    FROM (SELECT *, CAST(tanggal AS DATE) AS hari FROM (${ledgerSql('transaksi', 'penyedia')}) WHERE dihitung)`);
  for (const name of ['target', 'wilayah', 'pemda']) {
    await db.run(`CREATE TABLE ref_${name} AS SELECT * FROM read_csv(${sampleCsv(name)}, header=true, all_varchar=true)`);
  }
  return db;
}

const big = (v: unknown): bigint | null => (v === null || v === undefined ? null : BigInt(String(v)));
const whereAll = (conditions: readonly (string | null)[]) => conditions.filter((c) => c !== null).join(' AND ') || 'true';
const inList = (values: readonly (string | number)[]) => values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ');

/** Realised sums of counted transactions l (0 over none). */
interface Realised {
  nilai: bigint;
  umk: bigint;
  pdn: bigint;
  epurchasing: bigint;
  transaksi: bigint;
  penyedia: bigint;
}
/** Budget and RUP plan of pemda-years a (null: no row). */
interface Plan {
  belanja: bigint | null;
  komitmen: bigint | null;
  ukm: bigint | null;
  paket: bigint;
}
/** A slice (or a region of it): what it realised and what it budgeted and planned. */
interface Slice {
  realised: Realised;
  plan: Plan;
}
const NOTHING_REALISED: Realised = { nilai: 0n, umk: 0n, pdn: 0n, epurchasing: 0n, transaksi: 0n, penyedia: 0n };

const REALISED_SQL = `CAST(coalesce(sum(l.nilai), 0) AS VARCHAR) AS nilai,
  CAST(coalesce(sum(l.nilai_umk), 0) AS VARCHAR) AS umk,
  CAST(coalesce(sum(l.nilai_pdn), 0) AS VARCHAR) AS pdn,
  CAST(coalesce(sum(l.nilai) FILTER (WHERE l.channel_group = 'e_purchasing'), 0) AS VARCHAR) AS epurchasing,
  CAST(count(*) AS VARCHAR) AS transaksi,
  CAST(count(DISTINCT l.penyedia_id) AS VARCHAR) AS penyedia`;
const realisedOf = (row: Row): Realised => ({
  nilai: big(row.nilai)!, umk: big(row.umk)!, pdn: big(row.pdn)!, epurchasing: big(row.epurchasing)!,
  transaksi: big(row.transaksi)!, penyedia: big(row.penyedia)!
});
const planOf = (row: Row): Plan => ({ belanja: big(row.belanja), komitmen: big(row.komitmen), ukm: big(row.ukm), paket: big(row.paket) ?? 0n });

async function realised(db: DuckDBConnection, conditions: readonly (string | null)[]): Promise<Realised> {
  const [row] = await rowsOf(db, `SELECT ${REALISED_SQL} FROM counted l WHERE ${whereAll(conditions)}`);
  return realisedOf(row!);
}

async function plan(db: DuckDBConnection, conditions: readonly (string | null)[]): Promise<Plan> {
  const where = whereAll(conditions);
  const [row] = await rowsOf(db, `SELECT
    CAST((SELECT sum(a.belanja_pengadaan) FROM anggaran a WHERE ${where}) AS VARCHAR) AS belanja,
    CAST((SELECT sum(a.pagu) FILTER (WHERE a.is_pdn) FROM paket_rup a WHERE ${where}) AS VARCHAR) AS komitmen,
    CAST((SELECT sum(a.pagu) FILTER (WHERE a.is_ukm) FROM paket_rup a WHERE ${where}) AS VARCHAR) AS ukm,
    CAST((SELECT count(*) FROM paket_rup a WHERE ${where}) AS VARCHAR) AS paket`);
  return planOf(row!);
}

type Level = 'provinsi' | 'pemda';

/** Every region (province or pemda) with a counted transaction, a budget or a RUP package in the slice. */
async function regions(db: DuckDBConnection, level: Level, ledger: readonly (string | null)[], budget: readonly (string | null)[]): Promise<Map<string, Slice>> {
  const ledgerKey = level === 'pemda' ? 'l.kode_wilayah' : 'l.kode_provinsi';
  const budgetKey = level === 'pemda' ? 'a.kode_wilayah' : 'left(a.kode_wilayah, 2)';
  const where = whereAll(budget);
  const rows = await rowsOf(db, `
    WITH r AS (SELECT ${ledgerKey} AS kode, ${REALISED_SQL} FROM counted l WHERE ${whereAll(ledger)} GROUP BY 1),
      b AS (SELECT ${budgetKey} AS kode, CAST(sum(a.belanja_pengadaan) AS VARCHAR) AS belanja FROM anggaran a WHERE ${where} GROUP BY 1),
      p AS (SELECT ${budgetKey} AS kode, CAST(sum(a.pagu) FILTER (WHERE a.is_pdn) AS VARCHAR) AS komitmen,
          CAST(sum(a.pagu) FILTER (WHERE a.is_ukm) AS VARCHAR) AS ukm, CAST(count(*) AS VARCHAR) AS paket
        FROM paket_rup a WHERE ${where} GROUP BY 1),
      k AS (SELECT kode FROM r UNION SELECT kode FROM b UNION SELECT kode FROM p)
    SELECT k.kode, r.nilai, r.umk, r.pdn, r.epurchasing, r.transaksi, r.penyedia, b.belanja, p.komitmen, p.ukm, p.paket
    FROM k LEFT JOIN r USING (kode) LEFT JOIN b USING (kode) LEFT JOIN p USING (kode)`);
  return new Map(rows.map((row) => [String(row.kode), { realised: row.transaksi === null ? NOTHING_REALISED : realisedOf(row), plan: planOf(row) }]));
}

// ----------------------------------------------------------------- the figures, from the README

type RatioName = 'umkk' | 'umkk_anggaran' | 'ukm_rencana' | 'pdn' | 'pdn_komitmen' | 'epurchasing' | 'epurchasing_anggaran';
interface RatioRule {
  numerator: (s: Slice) => bigint | null;
  /** null: not computable (no denominator, or 0). */
  denominator: (s: Slice) => bigint | null;
  /** The target.csv metric the figure is measured against (ukm_rencana: the UMKK-of-budget target). */
  target: string;
}
const aboveZero = (v: bigint | null) => (v !== null && v > 0n ? v : null);
const hasPlan = (s: Slice) => s.plan.paket > 0n;
const RATIOS: Record<RatioName, RatioRule> = {
  umkk: { numerator: (s) => s.realised.umk, denominator: (s) => aboveZero(s.realised.nilai), target: 'umkk' },
  umkk_anggaran: { numerator: (s) => s.realised.umk, denominator: (s) => aboveZero(s.plan.belanja), target: 'umkk_anggaran' },
  ukm_rencana: {
    numerator: (s) => (hasPlan(s) ? (s.plan.ukm ?? 0n) : null),
    denominator: (s) => (hasPlan(s) ? aboveZero(s.plan.belanja) : null),
    target: 'umkk_anggaran'
  },
  pdn: { numerator: (s) => s.realised.pdn, denominator: (s) => aboveZero(s.realised.nilai), target: 'pdn' },
  pdn_komitmen: { numerator: (s) => s.realised.pdn, denominator: (s) => (hasPlan(s) ? aboveZero(s.plan.komitmen) : null), target: 'pdn_komitmen' },
  epurchasing: { numerator: (s) => s.realised.epurchasing, denominator: (s) => aboveZero(s.realised.nilai), target: 'epurchasing' },
  epurchasing_anggaran: { numerator: (s) => s.realised.epurchasing, denominator: (s) => aboveZero(s.plan.belanja), target: 'epurchasing_anggaran' }
};
const RATIO_NAMES = Object.keys(RATIOS) as RatioName[];

/** A row of target.csv, typed by hand. */
interface SeededTarget {
  metrik: string;
  /** As written (≤ 4 decimals), e.g. "0.4000". */
  nilai: string;
  wilayah: string | null;
  mulai: number;
  akhir: number | null;
}

/** How specific a target's region is: national 0, a province 1, a pemda 2. */
const depth = (wilayah: string | null) => (wilayah === null ? 0 : wilayah.split('.').length);
/** Whether a target's region covers a region code (itself, or a pemda of its province). */
const within = (wilayah: string | null, code: string) => wilayah === null || code === wilayah || code.startsWith(`${wilayah}.`);

/** The target in force in `year` covering every region of `scope` (none: the whole country); the most specific, then the newest. */
function seededTarget(targets: readonly SeededTarget[], metric: string, scope: readonly string[], year: number): SeededTarget | null {
  const fitting = targets.filter(
    (t) => t.metrik === metric && t.mulai <= year && (t.akhir === null || t.akhir >= year) && (t.wilayah === null || (scope.length > 0 && scope.every((code) => within(t.wilayah, code))))
  );
  let best: SeededTarget | null = null;
  for (const t of fitting) {
    if (best === null || depth(t.wilayah) > depth(best.wilayah) || (depth(t.wilayah) === depth(best.wilayah) && t.mulai > best.mulai)) best = t;
  }
  return best;
}

/** "0.4000" → 4000n (ten-thousandths, exact). */
function tenThousandths(text: string): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * 10_000n + BigInt((fraction + '0000').slice(0, 4));
}

/** max(0, ⌈t × denominator⌉ − numerator), exactly. */
function gapOf(target: SeededTarget, numerator: bigint, denominator: bigint): bigint {
  const units = tenThousandths(target.nilai) * denominator;
  const needed = units / 10_000n + (units % 10_000n === 0n ? 0n : 1n);
  return needed > numerator ? needed - numerator : 0n;
}

const share = (numerator: bigint | null, denominator: bigint | null) => (denominator === null ? null : Number(numerator ?? 0n) / Number(denominator));
const closeTo = (a: number | null, b: number | null, tolerance: number) => (a === null || b === null ? a === b : Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b)));

// ================================================================= the views

/** What the screen shows for a comparison (the period picker's words) and for masking. */
const COMPARISON_WORDS = { minggu_lalu: 'Minggu lalu', tahun_lalu: 'Titik yang sama tahun lalu' } as const;
const MASKING_WORDS = { on: 'disamarkan', off: 'tidak disamarkan' } as const;

interface ViewCase {
  path: string;
  search: string;
  /** The same view described by hand for the independent SQL. */
  years: readonly number[];
  asof: string | null;
  banding: keyof typeof COMPARISON_WORDS | null;
  provinsi?: readonly string[];
  pemda?: readonly string[];
  /** Other conditions on counted transactions l (channel, vendor type). */
  other?: string;
  /** The region table's level and chosen figure. */
  level: Level;
  metric: RatioName;
  /** The filters' values as facts must name them (labels, not codes). */
  labels: readonly string[];
  masking?: boolean;
  /** The charted regions are measured against different targets (some with none). */
  targetsDiffer?: true;
}

const CASES: readonly ViewCase[] = [
  // One year, no as-of day (the data's latest), provinces.
  { path: '/', search: 'tahun=2024', years: [2024], asof: null, banding: null, level: 'provinsi', metric: 'umkk_anggaran', labels: ['2024'] },
  // A province on a P3DN Monday against a week earlier: its pemda.
  {
    path: '/', search: 'tahun=2024&provinsi=33&asof=2024-06-03&banding=minggu_lalu', years: [2024], asof: '2024-06-03', banding: 'minggu_lalu',
    provinsi: ['33'], level: 'pemda', metric: 'umkk_anggaran', labels: ['2024', 'Jawa Tengah']
  },
  // The ranking of PDN against the RUP commitment: pemda, as the leaderboard ranks by default.
  { path: '/peringkat', search: 'tahun=2025&metrik=pdn_komitmen', years: [2025], asof: null, banding: null, level: 'pemda', metric: 'pdn_komitmen', labels: ['2025'] },
  // The same ranked by province.
  { path: '/peringkat', search: 'tahun=2025&metrik=pdn_komitmen&tingkat=provinsi', years: [2025], asof: null, banding: null, level: 'provinsi', metric: 'pdn_komitmen', labels: ['2025'] },
  // A pemda's page against the same point of the year before: the pemda of its province in the table.
  {
    path: '/pemda/33.25', search: 'tahun=2024&banding=tahun_lalu', years: [2024], asof: null, banding: 'tahun_lalu', pemda: ['33.25'],
    level: 'pemda', metric: 'umkk_anggaran', labels: ['2024', 'Pemerintah Kabupaten Batang']
  },
  // No filter at all: every year; gaps are of the fiscal year's (2025's) part alone.
  { path: '/', search: '', years: [], asof: null, banding: null, level: 'provinsi', metric: 'umkk_anggaran', labels: [] },
  // The map of one channel in one year.
  {
    path: '/peta', search: 'tahun=2023&kanal=tender', years: [2023], asof: null, banding: null, other: "l.channel = 'tender'",
    level: 'provinsi', metric: 'umkk_anggaran', labels: ['2023', 'Tender']
  },
  // Banten, which has its own e-purchasing target (from 2023), ranked on it.
  {
    path: '/peringkat', search: 'tahun=2024&provinsi=36&metrik=epurchasing_anggaran', years: [2024], asof: null, banding: null, provinsi: ['36'],
    level: 'pemda', metric: 'epurchasing_anggaran', labels: ['2024', 'Banten']
  },
  // Provinces ranked on e-purchasing: only Banten has a target for it, so the chart's bars carry different targets.
  {
    path: '/peringkat', search: 'tahun=2024&metrik=epurchasing_anggaran&tingkat=provinsi', years: [2024], asof: null, banding: null,
    level: 'provinsi', metric: 'epurchasing_anggaran', labels: ['2024'], targetsDiffer: true
  },
  // The first week of a year: 21 of the province's 36 pemda have a budget and no transaction
  // yet (0 rupiah realised, 0 % of their budget).
  {
    path: '/peringkat', search: 'tahun=2024&provinsi=33&asof=2024-01-07&banding=tahun_lalu', years: [2024], asof: '2024-01-07', banding: 'tahun_lalu',
    provinsi: ['33'], level: 'pemda', metric: 'umkk_anggaran', labels: ['2024', 'Jawa Tengah']
  },
  // A pemda over every year whose 2025 UKM plan is about 3 % of its budget (71 % over all
  // years): the plan figure's gap is of the slice as filtered (plans carry no date).
  {
    path: '/pemda/81.09', search: 'banding=minggu_lalu', years: [], asof: null, banding: 'minggu_lalu', pemda: ['81.09'],
    level: 'pemda', metric: 'umkk_anggaran', labels: ['Pemerintah Kabupaten Buru Selatan']
  },
  // Individual vendors of one province, masking on: no person's name anywhere.
  {
    path: '/', search: 'jenis_penyedia=perseorangan&provinsi=33&tahun=2024', years: [2024], asof: null, banding: null, provinsi: ['33'],
    other: "l.jenis_penyedia = 'perseorangan'", level: 'pemda', metric: 'umkk_anggaran', labels: ['2024', 'Jawa Tengah', 'Perseorangan'], masking: true
  }
];

/**
 * The provinces a ranking of pemda is within: the chosen ones, or on a pemda's page the
 * pemda's own province (the page compares the pemda with its province's pemda).
 */
function rankedProvinces(c: ViewCase): readonly string[] | undefined {
  return c.provinsi ?? (c.path.startsWith('/pemda/') ? c.pemda?.map((kode) => kode.slice(0, 2)) : undefined);
}
/** Conditions of a case on counted transactions l; the level being ranked drops its region filters. */
function ledgerConditions(c: ViewCase, ranked?: Level): (string | null)[] {
  const provinces = ranked === 'pemda' ? rankedProvinces(c) : c.provinsi;
  return [
    c.pemda && ranked === undefined ? `l.kode_wilayah IN (${inList(c.pemda)})` : null,
    provinces && ranked !== 'provinsi' ? `l.kode_provinsi IN (${inList(provinces)})` : null,
    c.other ?? null
  ];
}
/** Conditions of a case on budget and plan rows a: region only. */
function budgetConditions(c: ViewCase, ranked?: Level): (string | null)[] {
  const provinces = ranked === 'pemda' ? rankedProvinces(c) : c.provinsi;
  return [
    c.pemda && ranked === undefined ? `a.kode_wilayah IN (${inList(c.pemda)})` : null,
    provinces && ranked !== 'provinsi' ? `left(a.kode_wilayah, 2) IN (${inList(provinces)})` : null
  ];
}
const yearsOf = (alias: string, years: readonly number[]) => (years.length > 0 ? `${alias}.tahun_anggaran IN (${inList(years)})` : null);

interface Truth {
  asof: string;
  year: number;
  /** The figures of the view's slice as of the day. */
  card: Slice;
  /** The fiscal year's part of it (gaps of a slice over several years). */
  yearPart: Slice;
  /** The slice's target per figure (by its target metric). */
  targetOf: (name: RatioName) => SeededTarget | null;
  regions: Map<string, Slice>;
  regionTarget: (kode: string) => SeededTarget | null;
  regionName: (kode: string) => string;
  /** Monday → the fiscal year's cumulative UMK and PDN, and the year's budget and PDN commitment. */
  weeks: { senin: string; umk: bigint; pdn: bigint }[];
  yearBudget: Plan;
}

async function truthOf(db: DuckDBConnection, c: ViewCase, latest: string): Promise<Truth> {
  const asof = c.asof ?? latest;
  const year = c.years.length > 0 ? Math.max(...c.years) : Number(asof.slice(0, 4));
  const untilDay = `l.hari <= DATE '${asof}'`;
  const card: Slice = {
    realised: await realised(db, [...ledgerConditions(c), yearsOf('l', c.years), untilDay]),
    plan: await plan(db, [...budgetConditions(c), yearsOf('a', c.years)])
  };
  const yearBudget = await plan(db, [...budgetConditions(c), `a.tahun_anggaran = ${year}`]);
  const yearPart: Slice = { realised: await realised(db, [...ledgerConditions(c), `l.tahun_anggaran = ${year}`, untilDay]), plan: yearBudget };

  const targets: SeededTarget[] = (await rowsOf(db, 'SELECT * FROM ref_target')).map((t) => ({
    metrik: String(t.metrik),
    nilai: String(t.nilai),
    wilayah: t.kode_wilayah === null || t.kode_wilayah === '' ? null : String(t.kode_wilayah),
    mulai: Number(t.tahun_mulai),
    akhir: t.tahun_akhir === null || t.tahun_akhir === '' ? null : Number(t.tahun_akhir)
  }));
  const scope = c.pemda ?? c.provinsi ?? [];

  const names = new Map(
    (c.level === 'pemda'
      ? await rowsOf(db, 'SELECT kode_wilayah AS kode, nama_pemda AS nama FROM ref_pemda')
      : await rowsOf(db, `SELECT kode_wilayah AS kode, nama FROM ref_wilayah WHERE jenis = 'provinsi'`)
    ).map((r) => [String(r.kode), String(r.nama)])
  );

  // The weeks: Mondays of transactions of the fiscal year (up to a chosen day), summed in order.
  const weekly = await rowsOf(db, `SELECT CAST(l.senin AS VARCHAR) AS senin, CAST(sum(l.nilai_umk) AS VARCHAR) AS umk, CAST(sum(l.nilai_pdn) AS VARCHAR) AS pdn
    FROM counted l WHERE ${whereAll([...ledgerConditions(c), `l.tahun_anggaran = ${year}`, c.asof ? untilDay : null])} GROUP BY 1 ORDER BY 1`);
  let umk = 0n;
  let pdn = 0n;
  const weeks = weekly.map((w) => {
    umk += big(w.umk)!;
    pdn += big(w.pdn)!;
    return { senin: String(w.senin), umk, pdn };
  });

  return {
    asof,
    year,
    card,
    yearPart,
    targetOf: (name) => seededTarget(targets, RATIOS[name].target, scope, year),
    regions: await regions(db, c.level, [...ledgerConditions(c, c.level), yearsOf('l', c.years), untilDay], [...budgetConditions(c, c.level), yearsOf('a', c.years)]),
    regionTarget: (kode) => seededTarget(targets, RATIOS[c.metric].target, [kode], year),
    regionName: (kode) => names.get(kode) ?? kode,
    weeks,
    yearBudget
  };
}

/** The cells of a table's column by its key. */
function column(table: SnapshotTable, key: string): SnapshotCell[] {
  const index = table.columns.findIndex((col) => col.key === key);
  expect(index, `column ${key} of ${table.name}`).toBeGreaterThanOrEqual(0);
  return table.rows.map((row) => row[index] ?? null);
}

// ================================================================= the tests

describe('export view snapshots, recomputed independently', () => {
  let app: DuckDBConnection;
  let independent: DuckDBConnection;
  let latest: string;
  let perseoranganNames: string[] = [];
  const views = new Map<string, Promise<{ truth: Truth; snapshot: ViewSnapshot }>>();
  const both = (c: ViewCase) => {
    const key = `${c.path}?${c.search}`;
    if (!views.has(key)) {
      views.set(key, (async () => {
        const env = await appEnv(app, c.masking ?? false);
        const snapshot = await collectView({ id: 'uji', title: 'Uji', note: '', path: c.path, search: c.search }, env);
        return { truth: await truthOf(independent, c, latest), snapshot };
      })());
    }
    return views.get(key)!;
  };

  beforeAll(async () => {
    app = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
    independent = await csvDatabase();
    const [row] = await rowsOf(independent, 'SELECT CAST(max(hari) AS VARCHAR) AS hari FROM counted');
    latest = String(row!.hari);
    perseoranganNames = (await rowsOf(independent, `SELECT nama_penyedia FROM penyedia WHERE bentuk_usaha = 'Perorangan'`)).map((r) => String(r.nama_penyedia));
  });

  it('has the same latest day on both sides', async () => {
    const [row] = await rowsOf(app, `SELECT strftime(max(tanggal), '%Y-%m-%d') AS tanggal FROM fakta_realisasi`);
    expect(String(row!.tanggal)).toBe(latest);
  });

  for (const c of CASES) {
    describe(`${c.path}${c.search ? `?${c.search}` : ''}${c.masking ? ' (masking on)' : ''}`, () => {
      it('names the as-of day, every filter by its label, the comparison and masking', async () => {
        const { truth, snapshot } = await both(c);
        expect(snapshot.asOf).toBe(truth.asof);
        const values = snapshot.facts.map((f) => f.value);
        expect(values.some((v) => v.includes(`(${truth.asof})`)), `as-of fact in ${JSON.stringify(values)}`).toBe(true);
        for (const label of c.labels) expect(values, `a fact naming "${label}"`).toContain(label);
        // No filter is named by its code alone.
        const params = new URLSearchParams(c.search);
        const codes = ['provinsi', 'pemda', 'kanal', 'jenis_penyedia'].flatMap((d) => (params.get(d) ?? '').split(',').filter((v) => v !== ''));
        codes.push(...(c.pemda ?? []));
        for (const code of codes) expect(values, `code ${code} shown instead of its label`).not.toContain(code);
        const words = c.banding ? COMPARISON_WORDS[c.banding] : null;
        expect(snapshot.comparison).toBe(words);
        for (const w of Object.values(COMPARISON_WORDS)) expect(values.includes(w), `comparison "${w}"`).toBe(w === words);
        expect(values).toContain(c.masking ? MASKING_WORDS.on : MASKING_WORDS.off);
      });

      it('counts realisation, transactions and vendors', async () => {
        const { truth, snapshot } = await both(c);
        const valueOf = (key: string) => snapshot.figures.find((f) => f.key === key)?.value;
        expect({ realisasi: valueOf('realisasi'), transaksi: valueOf('transaksi'), penyedia: valueOf('penyedia') }).toEqual({
          realisasi: truth.card.realised.nilai.toString(),
          transaksi: truth.card.realised.transaksi.toString(),
          penyedia: truth.card.realised.penyedia.toString()
        });
        expect(truth.card.realised.transaksi).toBeGreaterThan(0n);
      });

      it('gives every ratio figure its numerator, denominator, ratio, target and gap', async () => {
        const { truth, snapshot } = await both(c);
        const singleYear = c.years.length === 1;
        const got: Record<string, unknown> = {};
        const want: Record<string, unknown> = {};
        for (const name of RATIO_NAMES) {
          const figure = snapshot.figures.find((f) => f.key === name);
          expect(figure, name).toBeDefined();
          const rule = RATIOS[name];
          const numerator = rule.numerator(truth.card);
          const denominator = rule.denominator(truth.card);
          const target = truth.targetOf(name);
          // A slice of one year is judged on the figure itself; over several years on the fiscal
          // year's part, except a plan, which carries no date: it is judged on the slice as
          // filtered (README "Weekly monitoring").
          const judged = singleYear || name === 'ukm_rencana' ? truth.card : truth.yearPart;
          const judgedDenominator = rule.denominator(judged);
          const gap = target && judgedDenominator !== null ? gapOf(target, rule.numerator(judged) ?? 0n, judgedDenominator) : null;
          want[name] = {
            numerator: numerator?.toString() ?? null,
            denominator: denominator?.toString() ?? null,
            target: target ? Number(target.nilai) : null,
            gap: gap?.toString() ?? null,
            hasStatus: gap !== null
          };
          got[name] = { numerator: figure!.numerator, denominator: figure!.denominator, target: figure!.target, gap: figure!.gap, hasStatus: figure!.status !== null };
          expect(closeTo(figure!.ratio, share(numerator, denominator), 1e-12), `${name}: ratio ${figure!.ratio} vs ${share(numerator, denominator)}`).toBe(true);
        }
        expect(got).toEqual(want);
      });

      it('gives the comparison on every figure exactly when one is set', async () => {
        const { snapshot } = await both(c);
        expect(snapshot.figures.length).toBe(RATIO_NAMES.length + 3);
        for (const figure of snapshot.figures) expect(figure.previous !== null, figure.key).toBe(c.banding !== null);
      });

      it(`lists every ${c.level} with the chosen figure, highest first`, async () => {
        const { truth, snapshot } = await both(c);
        const table = snapshot.tables.find((t) => t.name === `per-${c.level}`);
        expect(table, `table per-${c.level} in ${snapshot.tables.map((t) => t.name).join(', ')}`).toBeDefined();
        const rule = RATIOS[c.metric];
        const [kode, nama, pembilang, penyebut, nilai, target] = ['kode', 'nama', 'pembilang', 'penyebut', 'nilai', 'target'].map((k) => column(table!, k));
        expect(table!.totalRows).toBe(truth.regions.size);
        expect([...kode!].map(String).sort()).toEqual([...truth.regions.keys()].sort());
        const got: Record<string, unknown> = {};
        const want: Record<string, unknown> = {};
        const order: (number | null)[] = [];
        kode!.forEach((k, i) => {
          const region = truth.regions.get(String(k))!;
          const numerator = rule.numerator(region);
          const denominator = rule.denominator(region);
          const value = share(numerator, denominator);
          const regionTarget = truth.regionTarget(String(k));
          got[String(k)] = { nama: nama![i], pembilang: pembilang![i], penyebut: penyebut![i], target: target![i] };
          want[String(k)] = { nama: truth.regionName(String(k)), pembilang: numerator?.toString() ?? null, penyebut: denominator?.toString() ?? null, target: regionTarget ? Number(regionTarget.nilai) : null };
          const shown = nilai![i] ?? null;
          expect(typeof shown === 'string' ? shown : closeTo(shown, value, 1e-12), `value of ${String(k)}: ${shown} vs ${value}`).toBe(true);
          order.push(value);
        });
        expect(got).toEqual(want);
        // Highest value first, the not computable last.
        for (let i = 1; i < order.length; i++) {
          const [before, after] = [order[i - 1]!, order[i]!];
          if (before === null) expect(after, `row ${i} after a not computable row`).toBeNull();
          else if (after !== null) expect(after, `row ${i}`).toBeLessThanOrEqual(before);
        }
      });

      it('charts the top regions as the table lists them', async () => {
        const { truth, snapshot } = await both(c);
        const table = snapshot.tables.find((t) => t.name === `per-${c.level}`)!;
        const chart = snapshot.charts.find((ch) => ch.name === `per-${c.level}`);
        expect(chart).toBeDefined();
        const top = Math.min(15, truth.regions.size);
        // Chart labels drop "Pemerintah" and shorten the kind (Kab., Kota, Prov.); the table keeps the names whole.
        const short = (name: SnapshotCell) =>
          String(name).replace(/^Pemerintah Kabupaten /, 'Kab. ').replace(/^Pemerintah Kota (Administrasi )?/, 'Kota ').replace(/^Pemerintah Provinsi /, 'Prov. ');
        expect(chart!.categories).toEqual(column(table, 'nama').slice(0, top).map(short));
        expect(chart!.series).toHaveLength(1);
        expect(chart!.series[0]!.values).toEqual(column(table, 'nilai').slice(0, top));
        // Each bar carries its own region's target, not the slice's: a province's target does not judge its neighbours.
        const ownTargets = column(table, 'kode').slice(0, top).map((k) => {
          const own = truth.regionTarget(String(k));
          return own ? Number(own.nilai) : null;
        });
        expect(chart!.targets).toEqual(ownTargets);
        if (c.targetsDiffer) expect(new Set(chart!.targets).size, 'regions measured against different targets').toBeGreaterThan(1);
      });

      it('charts the fiscal year week by week against its budget and PDN commitment', async () => {
        const { truth, snapshot } = await both(c);
        const chart = snapshot.charts.find((ch) => ch.kind === 'line');
        expect(chart).toBeDefined();
        expect(chart!.categories).toEqual(truth.weeks.map((w) => w.senin));
        expect(truth.weeks.length).toBeGreaterThan(0);
        const belanja = aboveZero(truth.yearBudget.belanja);
        const komitmen = aboveZero(truth.yearBudget.komitmen);
        const [umkSeries, pdnSeries] = chart!.series;
        truth.weeks.forEach((w, i) => {
          const umk = share(w.umk, belanja);
          const pdn = share(w.pdn, komitmen);
          expect(closeTo(umkSeries!.values[i] ?? null, umk, 1e-12), `UMKK ${w.senin}: ${umkSeries!.values[i]} vs ${umk}`).toBe(true);
          expect(closeTo(pdnSeries!.values[i] ?? null, pdn, 1e-12), `PDN ${w.senin}: ${pdnSeries!.values[i]} vs ${pdn}`).toBe(true);
        });
        const target = truth.targetOf('umkk_anggaran');
        expect(chart!.targets).toEqual(truth.weeks.map(() => (target ? Number(target.nilai) : null)));
      });

      it('shows SQL behind every figure, chart and table that runs and returns rows', async () => {
        const { snapshot } = await both(c);
        const sqls = [...snapshot.figures.map((f) => f.sql), ...snapshot.charts.map((ch) => ch.sql), ...snapshot.tables.map((t) => t.sql)];
        for (const sql of new Set(sqls)) {
          const statements = statementsOf(sql);
          expect(statements.length).toBeGreaterThan(0);
          for (const statement of statements) expect((await rowsOf(app, statement)).length, statement).toBeGreaterThan(0);
        }
        // Figures carry the comparison's SQL too when there is one.
        expect(statementsOf(snapshot.figures[0]!.sql)).toHaveLength(c.banding ? 3 : 2);
      });

      if (c.masking) {
        it('names no individual vendor anywhere', async () => {
          const { snapshot } = await both(c);
          expect(perseoranganNames.length).toBeGreaterThan(1000);
          const texts = [
            snapshot.title,
            ...snapshot.facts.flatMap((f) => [f.label, f.value]),
            ...snapshot.tables.flatMap((t) => [t.title, ...t.rows.flat().filter((cell): cell is string => typeof cell === 'string')]),
            ...snapshot.charts.flatMap((ch) => [ch.title, ...ch.categories])
          ];
          const leaked = texts.filter((text) => perseoranganNames.some((name) => text.includes(name)));
          expect(leaked).toEqual([]);
        });
      }
    });
  }
});

describe('the page tables of a saved view', () => {
  it('a reconciliation view exports its six categories with the counts and rupiah of an independent reconciliation', async () => {
    const app = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
    const snapshot = await collectView({ id: 'uji', title: 'Uji', note: '', path: '/rekonsiliasi', search: 'tahun=2024&provinsi=33' }, await appEnv(app, false));
    const read = async (t: string) => parseTruthCsv(await readFile(join(SAMPLE_DIR, `${t}.csv`), 'utf8'));
    const [transaksi, penyedia, paket_rup, kanal] = await Promise.all(['transaksi', 'penyedia', 'paket_rup', 'kanal'].map(read));
    const truth = reconcile({ transaksi: transaksi!, penyedia: penyedia!, paket_rup: paket_rup!, kanal: kanal! }, { tahun: ['2024'], provinsi: ['33'] });
    const table = snapshot.tables[0]!;
    expect(table.name).toBe('rekonsiliasi');
    expect(column(table, 'jumlah')).toEqual(CATEGORIES.map((c) => truth.figures[c].jumlah.toString()));
    expect(column(table, 'nilai')).toEqual(CATEGORIES.map((c) => truth.figures[c].nilai.toString()));
    expect(truth.figures.terealisasi.jumlah).toBeGreaterThan(0n);
  });

  it('an alerts view exports the pemda off track, each below its path by more than the threshold', async () => {
    const app = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
    const snapshot = await collectView({ id: 'uji', title: 'Uji', note: '', path: '/peringatan', search: 'tahun=2024&asof=2024-06-03' }, await appEnv(app, false));
    const table = snapshot.tables[0]!;
    expect(table.name).toBe('peringatan');
    expect(table.rows.length).toBeGreaterThan(0);
    const values = column(table, 'nilai') as number[];
    const paths = column(table, 'jalur') as number[];
    values.forEach((value, i) => expect(paths[i]! - value).toBeGreaterThan(0.05));
    // Furthest below first.
    const gaps = values.map((value, i) => paths[i]! - value);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });
});
