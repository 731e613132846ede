/**
 * The weekly-monitoring figures (as-of day, fiscal year, gap, pace, projection, path,
 * status, comparison period and region ranks), recomputed independently. The app's SQL
 * (kpiQuery, monitoringQuery, regionQuery) runs on the database file the browser attaches,
 * and its functions (kpiProgress, comparisonFilters, fiscalYear, rankRegions) turn the rows
 * into what the cards and leaderboards show. The expected figures come from hand-written
 * SQL over the generator's CSVs in a separate Node DuckDB, with the ledger rules of
 * helpers/ledger-sql-independent.ts, and from the definitions written out again with exact
 * fractions in helpers/monitoring-independent.ts: no code and no engine shared with the app.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
// The app's side.
import { filtersFromSearch, type Filters } from '../../src/lib/query/filters';
import { kpiQuery } from '../../src/lib/query/kpi-query';
import { monitoringQuery, type MonitoringRow } from '../../src/lib/query/monitoring-query';
import { regionQuery, type RegionLevel, type RegionRow } from '../../src/lib/query/region-query';
import { KPIS, type KpiRow, type RatioKpi } from '../../src/lib/metrics/kpi-registry';
import { kpiProgress } from '../../src/lib/monitoring/kpi-progress';
import { comparisonFilters, effectiveAsOf, fiscalYear } from '../../src/lib/monitoring/comparison';
import { rankRegions } from '../../src/lib/monitoring/ranking';
// The independent side.
import { ledgerSql } from './helpers/ledger-sql-independent';
import {
  Fraction,
  competitionRanks,
  minusDays,
  oneYearEarlier,
  specProgress,
  tenThousandths,
  type SpecProgress,
  type SpecRegion,
  type YearFigures
} from './helpers/monitoring-independent';
import { openTelisikDatabase, rowsOf } from './helpers/node-duckdb';
import { loadSampleCsvs } from './helpers/sample-csv-tables';
import { SAMPLE_DIR } from './global-setup';

// ---------------------------------------------------------------- the independent side

/** The CSVs as plain tables and the counted transactions with their day, nothing from the app. */
async function csvDatabase(): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await loadSampleCsvs(connection, 'TABLE');
  await connection.run(`CREATE TABLE counted AS SELECT *, CAST(tanggal AS DATE) AS hari FROM (${ledgerSql('transaksi', 'penyedia')}) WHERE dihitung`);
  return connection;
}

/** Realised sums of a set of counted transactions (0 when there are none). */
interface Sums {
  nilai: bigint;
  umk: bigint;
  pdn: bigint;
  epurchasing: bigint;
  count: bigint;
}
/** Budget and plan sums of a set of pemda-years (null when there are no rows). */
interface Budget {
  belanja: bigint | null;
  komitmen: bigint | null;
  ukm: bigint | null;
  paket: bigint;
}
/** What a card (or a region's row) divides: the realised sums and the budgets of its slice. */
interface Card {
  sums: Sums;
  budget: Budget;
}

const big = (v: unknown): bigint | null => (v === null || v === undefined ? null : BigInt(String(v)));
const and = (conditions: readonly (string | null)[]) => conditions.filter((c) => c !== null).join(' AND ') || 'true';
const SUMS_SQL = `CAST(coalesce(sum(l.nilai), 0) AS VARCHAR) AS nilai, CAST(coalesce(sum(l.nilai_umk), 0) AS VARCHAR) AS umk,
  CAST(coalesce(sum(l.nilai_pdn), 0) AS VARCHAR) AS pdn,
  CAST(coalesce(sum(CASE WHEN l.channel_group = 'e_purchasing' THEN l.nilai ELSE 0 END), 0) AS VARCHAR) AS epurchasing,
  CAST(count(*) AS VARCHAR) AS count`;
const sumsOf = (row: Record<string, unknown>): Sums => ({
  nilai: big(row.nilai)!, umk: big(row.umk)!, pdn: big(row.pdn)!, epurchasing: big(row.epurchasing)!, count: big(row.count)!
});
const ZERO_SUMS: Sums = { nilai: 0n, umk: 0n, pdn: 0n, epurchasing: 0n, count: 0n };

async function sums(db: DuckDBConnection, conditions: readonly (string | null)[]): Promise<Sums> {
  const [row] = await rowsOf(db, `SELECT ${SUMS_SQL} FROM counted l WHERE ${and(conditions)}`);
  return sumsOf(row!);
}

async function budget(db: DuckDBConnection, conditions: readonly (string | null)[]): Promise<Budget> {
  const where = and(conditions);
  const [row] = await rowsOf(db, `SELECT
    CAST((SELECT sum(a.belanja_pengadaan) FROM anggaran a WHERE ${where}) AS VARCHAR) AS belanja,
    CAST((SELECT sum(a.pagu) FILTER (WHERE a.is_pdn) FROM paket_rup a WHERE ${where}) AS VARCHAR) AS komitmen,
    CAST((SELECT sum(a.pagu) FILTER (WHERE a.is_ukm) FROM paket_rup a WHERE ${where}) AS VARCHAR) AS ukm,
    CAST((SELECT count(*) FROM paket_rup a WHERE ${where}) AS VARCHAR) AS paket`);
  return { belanja: big(row!.belanja), komitmen: big(row!.komitmen), ukm: big(row!.ukm), paket: big(row!.paket)! };
}

/** Per region key (pemda or province): realised sums and budgets, every region that has either. */
async function regionCards(
  db: DuckDBConnection,
  level: RegionLevel,
  conditions: readonly (string | null)[],
  budgetConditions: readonly (string | null)[]
): Promise<Map<string, Card>> {
  const ledgerKey = level === 'pemda' ? 'l.kode_wilayah' : 'l.kode_provinsi';
  const budgetKey = level === 'pemda' ? 'a.kode_wilayah' : 'left(a.kode_wilayah, 2)';
  const budgetWhere = and(budgetConditions);
  const rows = await rowsOf(db, `
    WITH r AS (SELECT ${ledgerKey} AS kode, ${SUMS_SQL} FROM counted l WHERE ${and(conditions)} GROUP BY 1),
      b AS (SELECT ${budgetKey} AS kode, CAST(sum(a.belanja_pengadaan) AS VARCHAR) AS belanja FROM anggaran a WHERE ${budgetWhere} GROUP BY 1),
      k AS (SELECT ${budgetKey} AS kode, CAST(sum(a.pagu) FILTER (WHERE a.is_pdn) AS VARCHAR) AS komitmen,
        CAST(sum(a.pagu) FILTER (WHERE a.is_ukm) AS VARCHAR) AS ukm, CAST(count(*) AS VARCHAR) AS paket
        FROM paket_rup a WHERE ${budgetWhere} GROUP BY 1),
      kode AS (SELECT kode FROM r UNION SELECT kode FROM b UNION SELECT kode FROM k)
    SELECT kode.kode, r.nilai, r.umk, r.pdn, r.epurchasing, r.count, b.belanja, k.komitmen, k.ukm, k.paket
    FROM kode LEFT JOIN r USING (kode) LEFT JOIN b USING (kode) LEFT JOIN k USING (kode)`);
  return new Map(rows.map((row) => [
    String(row.kode),
    {
      sums: row.count === null ? ZERO_SUMS : sumsOf(row),
      budget: { belanja: big(row.belanja), komitmen: big(row.komitmen), ukm: big(row.ukm), paket: big(row.paket) ?? 0n }
    }
  ]));
}

/** What each ratio figure divides, written from the README (a denominator of 0 or none: not computable). */
type Measure = 'nilai' | 'umk' | 'pdn' | 'epurchasing';
interface FigureSpec {
  numerator: (c: Card) => bigint;
  denominator: (c: Card) => bigint | null;
  /** The numerator's measure, and the denominator's: realised, or fixed for the year. */
  accrual?: { numerator: Measure; denominator: Measure | 'belanja' | 'komitmen' };
}
const positive = (v: bigint | null) => (v !== null && v > 0n ? v : null);
const planLoaded = (c: Card) => c.budget.paket > 0n;
const FIGURES: Record<string, FigureSpec> = {
  umkk: { numerator: (c) => c.sums.umk, denominator: (c) => positive(c.sums.nilai), accrual: { numerator: 'umk', denominator: 'nilai' } },
  umkk_anggaran: {
    numerator: (c) => c.sums.umk, denominator: (c) => positive(c.budget.belanja), accrual: { numerator: 'umk', denominator: 'belanja' }
  },
  ukm_rencana: {
    numerator: (c) => (planLoaded(c) ? (c.budget.ukm ?? 0n) : 0n),
    denominator: (c) => (planLoaded(c) ? positive(c.budget.belanja) : null)
  },
  pdn: { numerator: (c) => c.sums.pdn, denominator: (c) => positive(c.sums.nilai), accrual: { numerator: 'pdn', denominator: 'nilai' } },
  pdn_komitmen: {
    numerator: (c) => c.sums.pdn, denominator: (c) => (planLoaded(c) ? positive(c.budget.komitmen) : null),
    accrual: { numerator: 'pdn', denominator: 'komitmen' }
  },
  epurchasing: {
    numerator: (c) => c.sums.epurchasing, denominator: (c) => positive(c.sums.nilai),
    accrual: { numerator: 'epurchasing', denominator: 'nilai' }
  },
  epurchasing_anggaran: {
    numerator: (c) => c.sums.epurchasing, denominator: (c) => positive(c.budget.belanja),
    accrual: { numerator: 'epurchasing', denominator: 'belanja' }
  }
};

/** Targets in the target table's form (≤ 4 decimals); one per figure, on purpose not all round. */
const TARGETS: Record<string, string> = {
  umkk: '0.4', umkk_anggaran: '0.4', ukm_rencana: '0.4', pdn: '0.9', pdn_komitmen: '1', epurchasing: '0.1234', epurchasing_anggaran: '0.3'
};

// ---------------------------------------------------------------- the cases

interface Case {
  /** The view's URL query, as the app reads it. */
  search: string;
  /** The same slice described by hand for the independent SQL. */
  pemda?: readonly string[];
  provinsi?: readonly string[];
  /** Other conditions on the ledger's transactions l (category, vendor, channel, status). */
  other?: string;
  years: readonly number[];
  asof: string | null;
  banding: string | null;
  threshold?: string;
  /** What the sample is meant to give for every accruing figure (checked on the independent side). */
  method?: 'linear' | 'profil_tahun_lalu';
  /** No transaction of the slice in its fiscal year up to the day (on purpose). */
  emptySoFar?: boolean;
}

const CASES: readonly Case[] = [
  // A P3DN Monday, one pemda, one year, against a week earlier.
  { search: 'tahun=2024&pemda=33.25&asof=2024-06-03&banding=minggu_lalu', pemda: ['33.25'], years: [2024], asof: '2024-06-03', banding: 'minggu_lalu', method: 'profil_tahun_lalu' },
  // No year chosen: the fiscal year is the as-of day's; against the same point of 2024.
  { search: 'pemda=35.76&asof=2025-02-28&banding=tahun_lalu', pemda: ['35.76'], years: [], asof: '2025-02-28', banding: 'tahun_lalu' },
  // The last day of the fiscal year: no week left, no pace; against a chosen date.
  { search: 'tahun=2024&pemda=36.01&asof=2024-12-31&banding=2024-06-03', pemda: ['36.01'], years: [2024], asof: '2024-12-31', banding: '2024-06-03' },
  // A leap day: last year's profile up to 28 February 2023; the comparison is 2023 up to 28 February.
  { search: 'tahun=2024&provinsi=32&asof=2024-02-29&banding=tahun_lalu', provinsi: ['32'], years: [2024], asof: '2024-02-29', banding: 'tahun_lalu' },
  // The day after a non-leap February, one pemda and one category.
  {
    search: 'tahun=2025&pemda=32.04&kategori=kebersihan&asof=2025-03-01&banding=tahun_lalu', pemda: ['32.04'], other: "l.kategori_id = 'kebersihan'",
    years: [2025], asof: '2025-03-01', banding: 'tahun_lalu'
  },
  // The same pemda and day, a category with no transaction yet this year (17 in 2024): the
  // budget-based figures are 0 % of their budget, with the whole target still to buy.
  {
    search: 'tahun=2025&pemda=32.04&kategori=katering&asof=2025-03-01&banding=tahun_lalu', pemda: ['32.04'], other: "l.kategori_id = 'katering'",
    years: [2025], asof: '2025-03-01', banding: 'tahun_lalu', emptySoFar: true
  },
  // Two years chosen and a day before the later one starts: fiscal year 2025 has not begun
  // (nothing to project from), the card counts 2024 up to the day.
  {
    search: 'tahun=2024,2025&pemda=36.01&asof=2024-10-01&banding=minggu_lalu', pemda: ['36.01'], years: [2024, 2025], asof: '2024-10-01',
    banding: 'minggu_lalu', method: 'linear', emptySoFar: true
  },
  // The sample's first year: no previous year, so every projection is linear.
  { search: 'tahun=2021&provinsi=33&asof=2021-09-15&banding=minggu_lalu', provinsi: ['33'], years: [2021], asof: '2021-09-15', banding: 'minggu_lalu', method: 'linear' },
  // Channels, no region, no year: fiscal year 2021 again, linear.
  {
    search: 'kanal=katalog_lokal,toko_daring&asof=2021-03-31', other: "l.channel IN ('katalog_lokal', 'toko_daring')",
    years: [], asof: '2021-03-31', banding: null, method: 'linear'
  },
  // Two years chosen: the card counts both, the fiscal year is the later one.
  { search: 'tahun=2023,2024&pemda=33.25&asof=2024-08-17&banding=tahun_lalu', pemda: ['33.25'], years: [2023, 2024], asof: '2024-08-17', banding: 'tahun_lalu' },
  // No filter and no as-of day: the data's latest day, against a week earlier.
  { search: 'banding=minggu_lalu', years: [], asof: null, banding: 'minggu_lalu' },
  // No as-of day, against the same point of the year before (every year chosen moves back).
  { search: 'tahun=2025&provinsi=36&banding=tahun_lalu', provinsi: ['36'], years: [2025], asof: null, banding: 'tahun_lalu' },
  // An as-of day after the chosen fiscal year ended: the whole of 2024 against the whole of 2023.
  { search: 'tahun=2024&asof=2025-02-28&banding=2025-01-31', years: [2024], asof: '2025-02-28', banding: '2025-01-31' },
  // Vendor filters and a status, a wider threshold.
  {
    search: 'pemda=36.01&status=berjalan,selesai&skala=mikro,kecil&asof=2024-06-03&banding=2024-01-31', pemda: ['36.01'],
    other: "l.status IN ('berjalan', 'selesai') AND l.skala_usaha IN ('mikro', 'kecil')", years: [], asof: '2024-06-03', banding: '2024-01-31',
    threshold: '0.1'
  },
  // The first Monday of the weekly P3DN monitoring, individual vendors of one province.
  {
    search: 'provinsi=35&jenis_penyedia=perseorangan&tahun=2022&asof=2022-05-09&banding=minggu_lalu', provinsi: ['35'],
    other: "l.jenis_penyedia = 'perseorangan'", years: [2022], asof: '2022-05-09', banding: 'minggu_lalu'
  },
  // Two pemda of two provinces, the tender channels, a P3DN Monday late in the year: no
  // e-purchasing at all, so the e-purchasing cards are 0 % with the whole target as their gap.
  {
    search: 'pemda=33.25,35.76&kanal=tender,seleksi&tahun=2023&asof=2023-11-27&banding=2023-10-30', pemda: ['33.25', '35.76'],
    other: "l.channel IN ('tender', 'seleksi')", years: [2023], asof: '2023-11-27', banding: '2023-10-30'
  }
];

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The slice's conditions on transactions l, without year or day; `ranked` drops the level being ranked. */
function ledgerConditions(c: Case, ranked?: RegionLevel): (string | null)[] {
  return [
    c.pemda && ranked === undefined ? `l.kode_wilayah IN (${quoted(c.pemda)})` : null,
    c.provinsi && ranked !== 'provinsi' ? `l.kode_provinsi IN (${quoted(c.provinsi)})` : null,
    c.other ?? null
  ];
}
/** The slice's conditions on budget and plan rows a: region only. */
function budgetConditions(c: Case, ranked?: RegionLevel): (string | null)[] {
  return [
    c.pemda && ranked === undefined ? `a.kode_wilayah IN (${quoted(c.pemda)})` : null,
    c.provinsi && ranked !== 'provinsi' ? `left(a.kode_wilayah, 2) IN (${quoted(c.provinsi)})` : null
  ];
}
const yearsIn = (alias: string, years: readonly number[]) => (years.length > 0 ? `${alias}.tahun_anggaran IN (${years.join(', ')})` : null);
const upTo = (day: string) => `l.hari <= DATE '${day}'`;

/** The period a comparison names: the day and the chosen years. */
function previousPeriod(c: Case, asof: string): { asof: string; years: readonly number[] } {
  if (c.banding === 'minggu_lalu') return { asof: minusDays(asof, 7), years: c.years };
  if (c.banding === 'tahun_lalu') return { asof: oneYearEarlier(asof), years: c.years.map((y) => y - 1) };
  return { asof: c.banding!, years: c.years };
}

interface Truth {
  asof: string;
  year: number;
  card: Card;
  /** Per realised measure, in fiscal year Y to D, in Y−1 to D a year earlier, in Y−1 in full. */
  now: Sums;
  last: Sums;
  full: Sums;
  /** The budget and commitment of fiscal year Y in the slice's regions. */
  yearBudget: Budget;
  previous: Card | null;
}

async function truthOf(db: DuckDBConnection, c: Case, latest: string): Promise<Truth> {
  const asof = c.asof ?? latest;
  const year = c.years.length > 0 ? Math.max(...c.years) : Number(asof.slice(0, 4));
  const slice = ledgerConditions(c);
  const region = budgetConditions(c);
  const cardOf = async (day: string, years: readonly number[]): Promise<Card> => ({
    sums: await sums(db, [...slice, yearsIn('l', years), upTo(day)]),
    budget: await budget(db, [...region, yearsIn('a', years)])
  });
  const previous = c.banding === null ? null : previousPeriod(c, asof);
  return {
    asof,
    year,
    card: await cardOf(asof, c.years),
    now: await sums(db, [...slice, `l.tahun_anggaran = ${year}`, upTo(asof)]),
    last: await sums(db, [...slice, `l.tahun_anggaran = ${year - 1}`, upTo(oneYearEarlier(asof))]),
    full: await sums(db, [...slice, `l.tahun_anggaran = ${year - 1}`]),
    yearBudget: await budget(db, [...region, `a.tahun_anggaran = ${year}`]),
    previous: previous ? await cardOf(previous.asof, previous.years) : null
  };
}

const yearFigures = (t: Truth, m: Measure): YearFigures => ({ now: t.now[m], last: t.last[m], full: t.full[m] });
const thresholdOf = (c: Case) => c.threshold ?? '0.05';

/** What a card shows against its target by the definition: nothing (not computable), a plan's gap, or the full progress. */
type Expected = null | { kind: 'plan'; needed: bigint; gap: bigint; status: SpecProgress['status'] } | SpecProgress;
function expectedProgress(c: Case, truth: Truth, name: string): Expected {
  const spec = FIGURES[name]!;
  const targetUnits = tenThousandths(TARGETS[name]!);
  const { accrual } = spec;
  if (!accrual) {
    const numerator = spec.numerator(truth.card);
    const denominator = spec.denominator(truth.card);
    if (denominator === null) return null;
    const needed = (targetUnits * denominator + 9_999n) / 10_000n;
    const gap = needed > numerator ? needed - numerator : 0n;
    // A plan's path is its target: below it by more than the threshold is off track.
    const thresholdUnits = tenThousandths(thresholdOf(c));
    const status = gap === 0n ? 'tercapai' : numerator * 10_000n >= (targetUnits - thresholdUnits) * denominator ? 'berisiko' : 'tertinggal';
    return { kind: 'plan', needed, gap, status };
  }
  // A slice of one fiscal year is judged on its figure; a slice over several years on the
  // fiscal year's part alone (a target is reached by 31 December of one year).
  const oneYear = c.years.length === 1;
  const yearDenominator = (v: bigint | null) => (v !== null && v > 0n ? v : null);
  const numerator = oneYear ? spec.numerator(truth.card) : truth.now[accrual.numerator];
  const denominator = oneYear
    ? spec.denominator(truth.card)
    : yearDenominator(
        accrual.denominator === 'belanja' ? truth.yearBudget.belanja : accrual.denominator === 'komitmen' ? truth.yearBudget.komitmen : truth.now[accrual.denominator]
      );
  if (denominator === null) return null;
  return specProgress({
    targetUnits,
    thresholdUnits: tenThousandths(thresholdOf(c)),
    numerator,
    denominator,
    year: truth.year,
    asof: truth.asof,
    numeratorYear: yearFigures(truth, accrual.numerator),
    denominatorYear:
      accrual.denominator === 'belanja' ? { fixedYearPart: truth.yearBudget.belanja ?? 0n }
      : accrual.denominator === 'komitmen' ? { fixedYearPart: truth.yearBudget.komitmen ?? 0n }
      : yearFigures(truth, accrual.denominator)
  });
}

// ---------------------------------------------------------------- the app's side

interface AppView {
  filters: Filters;
  asof: string;
  year: number;
  row: KpiRow;
  parts: MonitoringRow;
  comparison: Filters | null;
  previous: KpiRow | null;
}

const RATIO_KPIS = KPIS.filter((k): k is RatioKpi => k.kind === 'ratio');
const ACCRUING_KPIS = RATIO_KPIS.filter((k) => k.accrual !== undefined);
/** Column names of the app's monitoring row per independent measure. */
const APP_MEASURE: Record<Measure, string> = { nilai: 'nilai', umk: 'nilai_umk', pdn: 'nilai_pdn', epurchasing: 'nilai_epurchasing' };

async function appView(app: DuckDBConnection, c: Case, latest: string): Promise<AppView> {
  // As the headline strip does it (src/lib/components/KpiStrip.svelte).
  const filters = filtersFromSearch(new URLSearchParams(c.search));
  const asof = effectiveAsOf(filters, latest)!;
  const year = fiscalYear(filters, asof);
  const [row] = await rowsOf(app, kpiQuery(filters));
  const [parts] = await rowsOf(app, monitoringQuery(filters, year, asof));
  const comparison = comparisonFilters(filters, latest);
  const previous = comparison ? (await rowsOf(app, kpiQuery(comparison)))[0] : null;
  return {
    filters, asof, year, row: row as unknown as KpiRow, parts: parts as unknown as MonitoringRow, comparison,
    previous: (previous ?? null) as unknown as KpiRow | null
  };
}

// ---------------------------------------------------------------- the tests

describe('weekly monitoring, recomputed independently', () => {
  let app: DuckDBConnection;
  let independent: DuckDBConnection;
  let appLatest: string;
  let latest: string;
  const views = new Map<string, Promise<{ truth: Truth; view: AppView }>>();
  const both = (c: Case) => {
    if (!views.has(c.search)) views.set(c.search, (async () => ({ truth: await truthOf(independent, c, latest), view: await appView(app, c, appLatest) }))());
    return views.get(c.search)!;
  };

  beforeAll(async () => {
    app = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
    independent = await csvDatabase();
    // The app's latest day, with the query the workbench runs (src/lib/state/workbench.svelte.ts).
    const [appRow] = await rowsOf(app, `SELECT strftime(max(tanggal), '%Y-%m-%d') AS tanggal FROM fakta_realisasi`);
    appLatest = String(appRow!.tanggal);
    const [row] = await rowsOf(independent, `SELECT CAST(max(hari) AS VARCHAR) AS hari FROM counted`);
    latest = String(row!.hari);
  });

  it('agree on the data\'s latest day (the default as-of day)', () => {
    expect(appLatest).toBe(latest);
    expect(latest).toBe('2025-12-31');
  });

  for (const c of CASES) {
    describe(c.search, () => {
      it('has the as-of day and fiscal year of the definition', async () => {
        const { truth, view } = await both(c);
        expect({ asof: view.asof, year: view.year }).toEqual({ asof: truth.asof, year: truth.year });
        // Each case is meant to have transactions in its fiscal year up to the day, or none.
        expect(truth.now.count > 0n).toBe(!c.emptySoFar);
      });

      it('counts the card figures as of the day', async () => {
        const { truth, view } = await both(c);
        expect(view.row.realisasi ?? 0n).toBe(truth.card.sums.nilai);
        expect(view.row.transaksi).toBe(truth.card.sums.count);
        for (const kpi of RATIO_KPIS) {
          const spec = FIGURES[kpi.name]!;
          expect({ kpi: kpi.name, numerator: kpi.numerator(view.row) ?? 0n, denominator: kpi.denominator(view.row) }).toEqual({
            kpi: kpi.name, numerator: spec.numerator(truth.card), denominator: spec.denominator(truth.card)
          });
        }
      });

      it('gives the monitoring parts of the fiscal year', async () => {
        const { truth, view } = await both(c);
        const parts = view.parts as unknown as Record<string, bigint | null>;
        const got: Record<string, bigint> = {};
        const want: Record<string, bigint> = {};
        for (const m of ['nilai', 'umk', 'pdn', 'epurchasing'] as const) {
          for (const [period, s] of [['ini', truth.now], ['lalu', truth.last], ['lalu_penuh', truth.full]] as const) {
            got[`${m}/${period}`] = parts[`${APP_MEASURE[m]}__${period}`] ?? 0n;
            want[`${m}/${period}`] = s[m];
          }
        }
        got.belanja = parts.belanja_pengadaan ?? 0n;
        want.belanja = truth.yearBudget.belanja ?? 0n;
        got.komitmen = parts.komitmen_pdn ?? 0n;
        want.komitmen = truth.yearBudget.komitmen ?? 0n;
        expect(got).toEqual(want);
      });

      it('gives every figure its gap, pace, projection, path and status', async () => {
        const { truth, view } = await both(c);
        const got: Record<string, unknown> = {};
        const want: Record<string, unknown> = {};
        for (const kpi of RATIO_KPIS) {
          const progress = kpiProgress(kpi, view.row, view.parts, {
            target: Number(TARGETS[kpi.name]), fiscalYear: view.year, asof: view.asof, threshold: Number(thresholdOf(c)),
            singleYear: view.filters.tahun.length === 1
          });
          const expected = expectedProgress(c, truth, kpi.name);
          want[kpi.name] = expected;
          got[kpi.name] = progress?.kind === 'accruing' ? { ...progress.progress } : progress;
          if (expected === null || 'kind' in expected) continue;
          if (c.method) expect(expected.method, `${kpi.name}: the sample is meant to give ${c.method}`).toBe(c.method);
          // Fractions agree to 10 decimals (toBeCloseTo(…, 10)); rupiah, weeks, method and status exactly.
          const actual = got[kpi.name] as Record<string, unknown> | null;
          for (const key of ['projection', 'path'] as const) {
            const a = actual?.[key];
            const b = expected[key];
            if (actual && typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 5e-11) actual[key] = b;
          }
        }
        expect(got).toEqual(want);
      });

      if (c.banding !== null) {
        it('gives the figures of the comparison period', async () => {
          const { truth, view } = await both(c);
          expect(view.previous).not.toBeNull();
          const previous = truth.previous!;
          expect(view.previous!.realisasi ?? 0n).toBe(previous.sums.nilai);
          expect(view.previous!.transaksi).toBe(previous.sums.count);
          for (const kpi of RATIO_KPIS) {
            const spec = FIGURES[kpi.name]!;
            expect({ kpi: kpi.name, numerator: kpi.numerator(view.previous!) ?? 0n, denominator: kpi.denominator(view.previous!) }).toEqual({
              kpi: kpi.name, numerator: spec.numerator(previous), denominator: spec.denominator(previous)
            });
          }
        });
      }

      for (const level of ['pemda', 'provinsi'] as const) {
        // Provinces are ranked in a few cases only (a province filter is then ignored).
        if (level === 'provinsi' && !c.provinsi && c.years.length !== 2) continue;
        it(`ranks every ${level} with its previous rank`, async () => {
          const { truth, view } = await both(c);
          const cardsAt = (asof: string, years: readonly number[]) =>
            regionCards(independent, level, [...ledgerConditions(c, level), yearsIn('l', years), upTo(asof)], [...budgetConditions(c, level), yearsIn('a', years)]);
          const now = await cardsAt(truth.asof, c.years);
          const period = c.banding === null ? null : previousPeriod(c, truth.asof);
          const before = period ? await cardsAt(period.asof, period.years) : null;
          const appRows = (await rowsOf(app, regionQuery(level, view.filters))) as unknown as RegionRow[];
          const appPrevious = view.comparison ? ((await rowsOf(app, regionQuery(level, view.comparison))) as unknown as RegionRow[]) : null;
          expect(appRows.map((r) => r.key).sort()).toEqual([...now.keys()].sort());
          let ranked = 0;
          for (const kpi of RATIO_KPIS) {
            const spec = FIGURES[kpi.name]!;
            const regions = (cards: Map<string, Card>): SpecRegion[] =>
              [...cards].map(([kode, card]) => ({ kode, numerator: spec.numerator(card), denominator: spec.denominator(card) }));
            const current = regions(now);
            const ranks = competitionRanks(current);
            const previousRanks = before ? competitionRanks(regions(before)) : new Map<string, number>();
            const total = current.reduce((s, r) => s + r.numerator, 0n);
            const targetUnits = tenThousandths(TARGETS[kpi.name]!);
            const got = new Map(rankRegions(appRows, appPrevious, kpi, () => Number(TARGETS[kpi.name])).map((r) => [r.kode, r]));
            for (const region of current) {
              const label = `${kpi.name} ${region.kode} (${c.search})`;
              const g = got.get(region.kode)!;
              const needed = region.denominator === null ? null : (targetUnits * region.denominator + 9_999n) / 10_000n;
              expect({ numerator: g.numerator, denominator: g.denominator, rank: g.rank, previousRank: g.previousRank, gap: g.gap }, label).toEqual({
                numerator: region.numerator,
                denominator: region.denominator,
                rank: ranks.get(region.kode) ?? null,
                previousRank: previousRanks.get(region.kode) ?? null,
                gap: needed === null ? null : needed > region.numerator ? needed - region.numerator : 0n
              });
              if (region.denominator === null) expect(g.value, label).toBeNull();
              else expect(g.value, label).toBeCloseTo(new Fraction(region.numerator, region.denominator).toNumber(), 10);
              if (total === 0n) expect(g.share, label).toBeNull();
              else expect(g.share, label).toBeCloseTo(new Fraction(region.numerator, total).toNumber(), 10);
              if (g.rank !== null) ranked++;
            }
          }
          expect(ranked).toBeGreaterThan(0);
        });
      }
    });
  }

  it('covers both methods, every status, a year not started, a year ended and a shared rank', async () => {
    const seen = new Set<string>();
    for (const c of CASES) {
      const { truth } = await both(c);
      for (const kpi of ACCRUING_KPIS) {
        const expected = expectedProgress(c, truth, kpi.name);
        if (expected === null || 'kind' in expected) continue;
        seen.add(expected.method).add(expected.status);
        if (expected.projection === null) seen.add('no projection');
        if (expected.pace === null) seen.add('no pace');
      }
    }
    // A tie: pemda with no e-purchasing under the tender-channel slice share a value of 0.
    const tender = CASES.find((c) => c.search.includes('kanal=tender'))!;
    const cards = await regionCards(independent, 'pemda', [...ledgerConditions(tender, 'pemda'), yearsIn('l', tender.years), upTo(tender.asof!)], [
      ...budgetConditions(tender, 'pemda'),
      yearsIn('a', tender.years)
    ]);
    const ranks = [...competitionRanks([...cards].map(([kode, card]) => ({ kode, numerator: card.sums.epurchasing, denominator: positive(card.budget.belanja) }))).values()];
    if (ranks.length > new Set(ranks).size) seen.add('shared rank');
    expect([...seen].sort()).toEqual(
      ['berisiko', 'linear', 'no pace', 'no projection', 'profil_tahun_lalu', 'sesuai', 'shared rank', 'tercapai', 'tertinggal'].sort()
    );
  });
});
