/**
 * The headline figures, one registry: what each one divides, which part of its numerator
 * may be unknown, which target basis it is measured against, and what to load when it
 * cannot be computed. The card strip and the tests read it; the labels are in i18n/id.ts.
 */

import type { TargetMetric } from './targets';

/** One row of kpiQuery (src/lib/query/kpi-query.ts). */
export interface KpiRow {
  realisasi: bigint | null;
  realisasi_berjalan: bigint | null;
  transaksi: bigint;
  nilai_umk: bigint | null;
  nilai_umk_tidak_diketahui: bigint | null;
  nilai_pdn: bigint | null;
  nilai_pdn_tidak_diketahui: bigint | null;
  nilai_epurchasing: bigint | null;
  penyedia: bigint;
  belanja_pengadaan: bigint | null;
  komitmen_pdn: bigint | null;
  rencana_ukm: bigint | null;
  paket_rup: bigint | null;
}

/** Why a denominator is missing: no realisation, no budget, or no RUP in scope. */
export type MissingBasis = 'realisasi' | 'belanja' | 'rup';

export interface RatioKpi {
  kind: 'ratio';
  name: string;
  numerator: (row: KpiRow) => bigint | null;
  /** null when the figure is not computable for the slice. */
  denominator: (row: KpiRow) => bigint | null;
  missing: MissingBasis;
  /** The rupiah of the numerator's basis that is unknown (counted as 0), and which basis. */
  unknown?: { value: (row: KpiRow) => bigint | null; basis: 'UMK' | 'PDN' };
  /** The target metric on the same basis (numerator ÷ the same denominator). */
  target?: TargetMetric;
  /** The denominator follows only the year and region filters. */
  budgetScope?: boolean;
  /**
   * How a realised figure builds up over its fiscal year, for gap, pace and projection
   * (src/lib/monitoring/progress.ts): its numerator's measure, and its denominator's (a
   * realised measure, or a budget column that is fixed for the year). A plan figure has none.
   */
  accrual?: { numerator: AccruingMeasure; denominator: AccruingMeasure | 'belanja_pengadaan' | 'komitmen_pdn' };
}

/** The realised measures a figure accrues from (src/lib/query/monitoring-query.ts). */
export const ACCRUING_MEASURES = ['nilai', 'nilai_umk', 'nilai_pdn', 'nilai_epurchasing'] as const;
export type AccruingMeasure = (typeof ACCRUING_MEASURES)[number];

export interface CountKpi {
  kind: 'rupiah' | 'count';
  name: string;
  value: (row: KpiRow) => bigint;
}

export type KpiDefinition = RatioKpi | CountKpi;

const positive = (v: bigint | null) => (v === null || v === 0n ? null : v);
/** A plan figure exists only when RUP packages of the scope are loaded. */
const planned = (row: KpiRow, v: bigint | null) => ((row.paket_rup ?? 0n) > 0n ? v : null);

export const KPIS: readonly KpiDefinition[] = [
  { kind: 'rupiah', name: 'realisasi', value: (r) => r.realisasi ?? 0n },
  { kind: 'count', name: 'transaksi', value: (r) => r.transaksi },
  {
    kind: 'ratio', name: 'umkk', numerator: (r) => r.nilai_umk, denominator: (r) => positive(r.realisasi),
    missing: 'realisasi', unknown: { value: (r) => r.nilai_umk_tidak_diketahui, basis: 'UMK' }, target: 'umkk', accrual: { numerator: 'nilai_umk', denominator: 'nilai' }
  },
  {
    kind: 'ratio', name: 'umkk_anggaran', numerator: (r) => r.nilai_umk, denominator: (r) => positive(r.belanja_pengadaan),
    missing: 'belanja', unknown: { value: (r) => r.nilai_umk_tidak_diketahui, basis: 'UMK' },
    target: 'umkk_anggaran', budgetScope: true, accrual: { numerator: 'nilai_umk', denominator: 'belanja_pengadaan' }
  },
  {
    kind: 'ratio', name: 'ukm_rencana', numerator: (r) => planned(r, r.rencana_ukm),
    denominator: (r) => ((r.paket_rup ?? 0n) > 0n ? positive(r.belanja_pengadaan) : null),
    missing: 'rup', target: 'umkk_anggaran', budgetScope: true
  },
  {
    kind: 'ratio', name: 'pdn', numerator: (r) => r.nilai_pdn, denominator: (r) => positive(r.realisasi),
    missing: 'realisasi', unknown: { value: (r) => r.nilai_pdn_tidak_diketahui, basis: 'PDN' }, target: 'pdn', accrual: { numerator: 'nilai_pdn', denominator: 'nilai' }
  },
  {
    kind: 'ratio', name: 'pdn_komitmen', numerator: (r) => r.nilai_pdn, denominator: (r) => planned(r, positive(r.komitmen_pdn)),
    missing: 'rup', unknown: { value: (r) => r.nilai_pdn_tidak_diketahui, basis: 'PDN' },
    target: 'pdn_komitmen', budgetScope: true, accrual: { numerator: 'nilai_pdn', denominator: 'komitmen_pdn' }
  },
  {
    kind: 'ratio', name: 'epurchasing', numerator: (r) => r.nilai_epurchasing, denominator: (r) => positive(r.realisasi),
    missing: 'realisasi', target: 'epurchasing', accrual: { numerator: 'nilai_epurchasing', denominator: 'nilai' }
  },
  {
    kind: 'ratio', name: 'epurchasing_anggaran', numerator: (r) => r.nilai_epurchasing,
    denominator: (r) => positive(r.belanja_pengadaan), missing: 'belanja', target: 'epurchasing_anggaran', budgetScope: true,
    accrual: { numerator: 'nilai_epurchasing', denominator: 'belanja_pengadaan' }
  },
  { kind: 'count', name: 'penyedia', value: (r) => r.penyedia }
];

/** For ukm_rencana both the budget and the plan must be there: name the one that is not. */
export function missingBasis(kpi: RatioKpi, row: KpiRow): MissingBasis {
  if (kpi.name === 'ukm_rencana' && (row.paket_rup ?? 0n) > 0n) return 'belanja';
  return kpi.missing;
}
