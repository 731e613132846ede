/**
 * The alert list and a pemda's weekly path (src/lib/monitoring/alerts.ts): a hand-made
 * pemda whose weeks are worked out by hand, and on the sample the same status as the
 * pemda's card at the as-of day (the cards' rule, computed by SQL over days there and by
 * weeks here).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { pemdaAlert, weeklyProgress } from '../../src/lib/monitoring/alerts';
import { kpiProgress } from '../../src/lib/monitoring/kpi-progress';
import { KPIS, type KpiRow, type RatioKpi } from '../../src/lib/metrics/kpi-registry';
import type { AlertWeekRow } from '../../src/lib/query/alert-query';
import { alertWeeksQuery } from '../../src/lib/query/alert-query';
import { kpiQuery } from '../../src/lib/query/kpi-query';
import { monitoringQuery, type MonitoringRow } from '../../src/lib/query/monitoring-query';
import { filtersFromSearch } from '../../src/lib/query/filters';
import { openTelisikDatabase, rowsOf } from './helpers/node-duckdb';
import { SAMPLE_DIR } from './global-setup';

const kpi = (name: string) => KPIS.find((k) => k.name === name) as RatioKpi;
const UMKK_ANGGARAN = kpi('umkk_anggaran');

/** A week's row of a pemda with a budget of Rp1.000: UMK rupiah of 2025 (ini) or of 2024 moved on. */
function week(minggu: string, umk: bigint, ini: boolean, sebelum = true): AlertWeekRow {
  return { key: '33.25', minggu, ini, sebelum, nilai: umk, nilai_umk: umk, nilai_pdn: 0n, nilai_epurchasing: 0n, belanja_pengadaan: 1000n, komitmen_pdn: 0n };
}

describe('weekly path and alerts, by hand', () => {
  const context = { target: 0.4, fiscalYear: 2025, asof: '2025-01-19', threshold: 0.05 };

  it('judges every Monday up to the as-of week, with weeks without transactions, linearly without last year', () => {
    // 2025 starts on a Wednesday: its first week is Monday 30 December 2024.
    const points = weeklyProgress([week('2025-01-06', 20n, true)], UMKK_ANGGARAN, context);
    expect(points.map((p) => p.minggu)).toEqual(['2024-12-30', '2025-01-06', '2025-01-13']);
    // Week 1 to Sunday 5 January: 0 of a path 0.4 × 5/365; week 2 to 12 January: 20/1000 against 0.4 × 12/365.
    expect(points[0]!.value).toBe(0);
    expect(points[0]!.path).toBeCloseTo((0.4 * 5) / 365, 12);
    expect(points[1]!.value).toBeCloseTo(0.02, 12);
    expect(points[1]!.path).toBeCloseTo((0.4 * 12) / 365, 12);
    expect(points[1]!.status).toBe('sesuai');
    // The as-of week ends on the as-of day (19 January).
    expect(points[2]!.path).toBeCloseTo((0.4 * 19) / 365, 12);
  });

  it('lists a pemda off track since the first week of its current run, with last year as the profile', () => {
    // Last year spent 600 early (moved to the first weeks) and 400 in December: the path rises fast.
    const rows = [week('2024-12-30', 300n, false), week('2025-01-06', 300n, false), week('2025-12-22', 400n, false, false), week('2025-01-06', 10n, true)];
    const alert = pemdaAlert('33.25', rows, UMKK_ANGGARAN, context);
    // By 5 January last year had 30 % of its year: the path is 0.4 × 0.3 = 12 %, the pemda 0 %.
    expect(alert).toEqual({ kode: '33.25', since: '2024-12-30', value: 0.01, path: 0.4 * 0.6, target: 0.4 });
  });

  it('counts last year in the as-of week only up to the same day a year earlier', () => {
    // Both of last year's rows fall in the as-of week; only the one flagged before the day counts.
    const rows = [week('2025-01-13', 100n, false, true), week('2025-01-13', 300n, false, false), week('2025-01-13', 0n, true)];
    const [, , last] = weeklyProgress(rows, UMKK_ANGGARAN, context);
    expect(last!.path).toBeCloseTo(0.4 * (100 / 400), 12);
  });

  it('judges a pemda with a budget and nothing realised in the slice', () => {
    const budgetOnly: AlertWeekRow = { ...week('2025-01-06', 0n, true), minggu: null, ini: null, sebelum: null, nilai: null, nilai_umk: null };
    // At 0 % it falls more than 5 points below the linear path 0.4 × d/365 once d > 45.6: the
    // week ending Sunday 16 February (d = 47), which starts on Monday 10 February.
    expect(pemdaAlert('33.25', [budgetOnly], UMKK_ANGGARAN, { ...context, asof: '2025-06-30' })?.since).toBe('2025-02-10');
  });

  it('never runs past 31 December of the fiscal year', () => {
    const points = weeklyProgress([week('2025-01-06', 20n, true)], UMKK_ANGGARAN, { ...context, asof: '2100-12-31' });
    expect(points.at(-1)!.minggu).toBe('2025-12-29');
  });
});

describe('on the sample, the last week of a pemda agrees with its card', () => {
  let db: DuckDBConnection;
  beforeAll(async () => {
    db = await openTelisikDatabase(join(SAMPLE_DIR, 'telisik.duckdb'));
  });

  for (const [search, asof] of [
    ['pemda=33.25&tahun=2024', '2024-06-30'],
    ['pemda=35.76&tahun=2025', '2025-03-02'],
    ['pemda=36.01&tahun=2023&kanal=katalog_lokal,toko_daring', '2023-11-26']
  ] as const) {
    it(`${search} as of ${asof}`, async () => {
      const filters = { ...filtersFromSearch(new URLSearchParams(search)), asof };
      const year = Number(filters.tahun[0]);
      const kode = filters.pemda[0]!;
      const rows = (await rowsOf(db, alertWeeksQuery(filters, year, asof, kode))) as unknown as AlertWeekRow[];
      const [card] = (await rowsOf(db, kpiQuery(filters))) as unknown as KpiRow[];
      const [parts] = (await rowsOf(db, monitoringQuery(filters, year, asof))) as unknown as MonitoringRow[];
      for (const name of ['umkk_anggaran', 'pdn_komitmen', 'epurchasing', 'umkk']) {
        const context = { target: 0.4, fiscalYear: year, asof, threshold: 0.05 };
        const last = weeklyProgress(rows, kpi(name), context).at(-1)!;
        const progress = kpiProgress(kpi(name), card!, parts!, { ...context, singleYear: true });
        if (progress?.kind !== 'accruing') throw new Error(`${name}: no progress`);
        expect(last.status, name).toBe(progress.progress.status);
        expect(last.path!, name).toBeCloseTo(progress.progress.path, 10);
        expect(last.value!, name).toBeCloseTo(Number(kpi(name).numerator(card!) ?? 0n) / Number(kpi(name).denominator(card!)), 12);
      }
    });
  }
});
