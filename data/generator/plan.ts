// Who buys how much: a profile per pemda (size, agencies, propensities) and the number of
// transactions of each pemda in each year.

import { YEARS } from './calendar.ts';
import type { Rng } from './random.ts';
import { WeightedIndex } from './random.ts';
import { JAVA_PROVINCES, type Region } from './regions.ts';
import type { Satker, SatkerFactory } from './satker.ts';

export interface PemdaProfile {
  region: Region;
  /** Relative procurement volume (transaction count) of this pemda. */
  size: number;
  /**
   * Probability that a purchase outside the UMKK marketplaces goes to a micro/small
   * vendor or cooperative; it drives the spread of UMKK realisation across pemda.
   */
  umkkPropensity: number;
  /** Multiplier on the e-purchasing channels, around 1. */
  ePropensity: number;
  satker: Satker[];
  satkerPicker: WeightedIndex;
}

/** The sample's default size, the one the satker range (4-12 per pemda) is quoted at. */
export const DEFAULT_ROWS = 200_000;

function baseSize(region: Region): number {
  // Jakarta's five kota and one kabupaten are administrative units of the province,
  // which does the buying for them.
  if (region.kode === '31') return 10;
  if (region.kodeProvinsi === '31') return 0.3;
  const jenis = region.jenis === 'provinsi' ? 3 : region.jenis === 'kabupaten' ? 1 : 0.75;
  return JAVA_PROVINCES.has(region.kodeProvinsi) ? jenis * 1.7 : jenis;
}

export function buildProfiles(rng: Rng, regions: readonly Region[], rows: number, factory: SatkerFactory): PemdaProfile[] {
  const sizes = regions.map((r) => baseSize(r) * rng.lognormal(1, 0.4));
  // Rank pemda by size so the largest get the most agencies: 4-12 at the default sample,
  // scaled by sqrt(rows) so that a 10-million-row benchmark gets up to ~85 (real: 80-170).
  const order = sizes.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  const rank01 = new Float64Array(regions.length);
  order.forEach(([, i], rank) => (rank01[i] = rank / Math.max(1, order.length - 1)));
  const scale = Math.sqrt(rows / DEFAULT_ROWS);
  return regions.map((region, i) => {
    const satkerCount = Math.min(170, Math.max(3, Math.round((4 + 8 * rank01[i]!) * scale)));
    const satker = factory.build(region, satkerCount);
    return {
      region,
      size: sizes[i]!,
      // Uniform over a wide band: some pemda buy mostly from small local firms, others
      // from large contractors. Combined with absorption (0.70-0.97) this puts the UMKK
      // share of the budget between roughly 15 % and 80 %.
      umkkPropensity: rng.uniform(0.3, 0.95),
      ePropensity: rng.lognormal(1, 0.3),
      satker,
      satkerPicker: new WeightedIndex(satker.map((s) => s.weight))
    };
  });
}

// Procurement volume dipped in 2021 (budget refocusing for COVID-19) and recovered.
const YEAR_VOLUME: Readonly<Record<number, number>> = { 2021: 0.88, 2022: 0.95, 2023: 1, 2024: 1.05, 2025: 1.02 };

/**
 * Transactions per [year][pemda], summing to `total`. Each pemda-year first gets `floor`
 * rows (so every pemda buys in every year, as every real pemda does) and the rest is
 * shared in proportion to size, by largest remainder so the total is exact.
 */
export function allocateCounts(rng: Rng, profiles: readonly PemdaProfile[], total: number): Int32Array[] {
  const cells = YEARS.length * profiles.length;
  const floor = Math.min(3, Math.floor(total / cells / 3));
  const weights: number[] = [];
  for (const year of YEARS) {
    for (const p of profiles) weights.push(p.size * YEAR_VOLUME[year]! * rng.lognormal(1, 0.1));
  }
  const counts = largestRemainder(weights, total - floor * cells).map((c) => c + floor);
  return YEARS.map((_, y) => Int32Array.from(counts.slice(y * profiles.length, (y + 1) * profiles.length)));
}

/** Integer shares of `total` proportional to `weights`, summing exactly to `total`. */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) counts[byRemainder[k % byRemainder.length]![1]]!++;
  return counts;
}
