import { daysElapsed, daysInYear, weeksRemaining } from './calendar';

/**
 * Gap, pace, projection and status of one figure against its target, for the fiscal year
 * it is monitored in (see README "Monitoring"). Rupiah stay exact BigInts; shares are
 * fractions. Independent recomputation: tests/unit/monitoring-recompute.test.ts.
 */

/** A realised figure of fiscal year Y up to the as-of day, and of Y−1 to the same day and in full. */
export interface YearParts {
  now: bigint;
  lastToDate: bigint;
  lastFull: bigint;
}

export type ProjectionMethod = 'profil_tahun_lalu' | 'linear';
export type ProgressStatus = 'tercapai' | 'sesuai' | 'berisiko' | 'tertinggal';

export interface ProgressInput {
  /** The target as a fraction (0.4 = 40 %). */
  target: number;
  /** The figure on screen: numerator and denominator of the whole slice as of the day. */
  numerator: bigint;
  denominator: bigint;
  fiscalYear: number;
  asof: string;
  /** The numerator's realised parts in the fiscal year (for the projection). */
  numeratorParts: YearParts;
  /** A realised denominator's parts, or the fixed budget (or commitment) of the fiscal year. */
  denominatorParts: YearParts | { budget: bigint };
  /** How far below its path a figure may be before it is off track (fraction; 0.05 = 5 pp). */
  threshold: number;
}

export interface Progress {
  /** Rupiah the numerator must reach: ⌈target × denominator⌉. */
  needed: bigint;
  /** Rupiah still missing, never negative; 0 = reached ("tercapai"). */
  gap: bigint;
  weeksLeft: number;
  /** Rupiah per remaining week (rounded up) to close the gap by 31 December; null when the year has ended. */
  pace: bigint | null;
  /** The share expected at year end at the current pace; null when the year has not started. */
  projection: number | null;
  method: ProjectionMethod;
  /** The share the target path expects by the as-of day. */
  path: number;
  status: ProgressStatus;
}

/** The target in ten-thousandths, as the target table stores it (DECIMAL(5,4)). */
const targetUnits = (target: number) => BigInt(Math.round(target * 10_000));

export function neededFor(target: number, denominator: bigint): bigint {
  const units = targetUnits(target) * denominator;
  return units / 10_000n + (units % 10_000n === 0n ? 0n : 1n);
}

/** Last year's share of its full-year figure realised by the same day, when known. */
export function profileShare(parts: YearParts): number | null {
  if (parts.lastFull <= 0n || parts.lastToDate <= 0n) return null;
  return Number(parts.lastToDate) / Number(parts.lastFull);
}

/** The slice's total with its fiscal-year part grown to a full year by `share` of the year done. */
function grown(total: bigint, yearPart: bigint, share: number): number | null {
  if (share <= 0) return null;
  return Number(total - yearPart) + Number(yearPart) / share;
}

export function progressOf(input: ProgressInput): Progress {
  const { target, numerator, denominator, fiscalYear, asof } = input;
  const needed = neededFor(target, denominator);
  const gap = needed > numerator ? needed - numerator : 0n;
  const weeksLeft = weeksRemaining(fiscalYear, asof);
  const pace = weeksLeft === 0 ? null : (gap + BigInt(weeksLeft) - 1n) / BigInt(weeksLeft);

  const linear = daysElapsed(fiscalYear, asof) / daysInYear(fiscalYear);
  const profile = profileShare(input.numeratorParts);
  const method: ProjectionMethod = profile === null ? 'linear' : 'profil_tahun_lalu';
  const share = profile ?? linear;

  const den = input.denominatorParts;
  const realisedDenominator = 'now' in den;
  const projectedNumerator = grown(numerator, input.numeratorParts.now, share);
  const denominatorShare = realisedDenominator ? (method === 'linear' ? linear : (profileShare(den) ?? share)) : share;
  const projectedDenominator = realisedDenominator ? grown(denominator, den.now, denominatorShare) : Number(denominator);
  const projection =
    projectedNumerator === null || projectedDenominator === null || projectedDenominator <= 0 ? null : projectedNumerator / projectedDenominator;

  // A share of realisation should hold all year; a share of a budget builds up with it.
  const path = realisedDenominator || denominator <= 0n
    ? target
    : (target * (Number(denominator - den.budget) + Number(den.budget) * share)) / Number(denominator);
  const value = denominator > 0n ? Number(numerator) / Number(denominator) : 0;
  return { needed, gap, weeksLeft, pace, projection, method, path, status: statusOf(value, gap === 0n, path, input.threshold) };
}

/** Reached; on or above the path; below it by at most the threshold; further below. */
export function statusOf(value: number, reached: boolean, path: number, threshold: number): ProgressStatus {
  if (reached) return 'tercapai';
  if (value >= path) return 'sesuai';
  return value >= path - threshold ? 'berisiko' : 'tertinggal';
}
