import type { RatioKpi } from '../metrics/kpi-registry';
import type { RegionRow } from '../query/region-query';
import { neededFor } from './progress';
import { ratio } from '../metrics/ratio';

/**
 * A leaderboard of regions for one ratio figure: value with its numerator and denominator,
 * share of the total numerator, rank (highest first; equal values share a rank, the next
 * rank skips: 1, 2, 2, 4), and the rank at the comparison date. A region whose figure is
 * not computable (no denominator) is listed without a rank, never ranked as 0 %.
 */
export interface RankedRegion {
  kode: string;
  value: number | null;
  numerator: bigint;
  denominator: bigint | null;
  /** The region's numerator as a share of all listed regions' numerators. */
  share: number | null;
  rank: number | null;
  previousValue: number | null;
  previousRank: number | null;
  /** Rupiah still needed to reach `target` (null without a target or a denominator). */
  gap: bigint | null;
  target: number | null;
}

interface Figure {
  kode: string;
  value: number | null;
  numerator: bigint;
  denominator: bigint | null;
}

function figuresOf(rows: readonly RegionRow[], kpi: RatioKpi): Figure[] {
  return rows.map((row) => {
    const full = { ...row, penyedia: 0n };
    const figure = ratio(kpi.numerator(full), kpi.denominator(full));
    return { kode: row.key, value: figure.value, numerator: figure.numerator, denominator: figure.denominator };
  });
}

/** Competition ranks by value, highest first; regions without a value get none. */
export function ranksOf(figures: readonly { kode: string; value: number | null }[]): Map<string, number> {
  const ranked = figures.filter((f) => f.value !== null).sort((a, b) => b.value! - a.value! || (a.kode < b.kode ? -1 : 1));
  const ranks = new Map<string, number>();
  ranked.forEach((f, i) => {
    const previous = ranked[i - 1];
    ranks.set(f.kode, previous && previous.value === f.value ? ranks.get(previous.kode)! : i + 1);
  });
  return ranks;
}

export function rankRegions(
  rows: readonly RegionRow[],
  previousRows: readonly RegionRow[] | null,
  kpi: RatioKpi,
  targetOf: (kode: string) => number | null
): RankedRegion[] {
  const figures = figuresOf(rows, kpi);
  const ranks = ranksOf(figures);
  const total = figures.reduce((sum, f) => sum + f.numerator, 0n);
  const previous = previousRows ? figuresOf(previousRows, kpi) : [];
  const previousRanks = ranksOf(previous);
  const previousValue = new Map(previous.map((f) => [f.kode, f.value]));
  return figures.map((f) => {
    const target = targetOf(f.kode);
    const gap = target === null || f.value === null || f.denominator === null ? null : maxZero(neededFor(target, f.denominator) - f.numerator);
    return {
      ...f,
      share: total > 0n ? Number(f.numerator) / Number(total) : null,
      rank: ranks.get(f.kode) ?? null,
      previousValue: previousValue.get(f.kode) ?? null,
      previousRank: previousRanks.get(f.kode) ?? null,
      gap,
      target
    };
  });
}

const maxZero = (v: bigint) => (v > 0n ? v : 0n);
