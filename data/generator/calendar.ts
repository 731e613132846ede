// Dates of the sample: fiscal years 2021-2025 with the procurement calendar of an APBD year.
//
// Days are numbered from 2021-01-01 (day 0) so the generator can compare and sort them as
// integers and format each one only once.

import type { Rng } from './random.ts';

export const FIRST_YEAR = 2021;
export const LAST_YEAR = 2025;
export const YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025];

const EPOCH_MS = Date.UTC(FIRST_YEAR, 0, 1);
const DAY_MS = 86_400_000;
const DAY_COUNT = (Date.UTC(LAST_YEAR + 1, 0, 1) - EPOCH_MS) / DAY_MS;

/** 'YYYY-MM-DD' of every day, formatted once. */
const ISO: readonly string[] = Array.from({ length: DAY_COUNT }, (_, d) =>
  new Date(EPOCH_MS + d * DAY_MS).toISOString().slice(0, 10)
);

export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = (Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS;
  if (!Number.isInteger(day) || day < 0 || day >= DAY_COUNT) throw new Error(`date out of range: ${iso}`);
  return day;
}

export function isoOf(day: number): string {
  const text = ISO[day];
  if (text === undefined) throw new Error(`day out of range: ${day}`);
  return text;
}

export function yearOf(day: number): number {
  return Number(isoOf(day).slice(0, 4));
}

export function firstDayOfYear(year: number): number {
  return (Date.UTC(year, 0, 1) - EPOCH_MS) / DAY_MS;
}

export function lastDayOfYear(year: number): number {
  return firstDayOfYear(year + 1) - 1;
}

// Budget execution in a pemda is slow while the DPA and procurement committees get going
// (January-March), climbs through the year, and spikes in December before the books close.
const MONTH_WEIGHT = [0.35, 0.5, 0.72, 0.82, 0.88, 0.95, 1.0, 1.05, 1.15, 1.22, 1.4, 2.3];
// Offices are closed at weekends; a few orders (online shops) still go through.
const WEEKEND_WEIGHT = 0.15;

function dayWeight(day: number): number {
  const date = new Date(EPOCH_MS + day * DAY_MS);
  const weekday = date.getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? WEEKEND_WEIGHT : 1;
  return MONTH_WEIGHT[date.getUTCMonth()]! * weekend;
}

/** Cumulative seasonal weight, so a draw within any window of days is one binary search. */
const CUMULATIVE: Float64Array = (() => {
  const table = new Float64Array(DAY_COUNT);
  let sum = 0;
  for (let d = 0; d < DAY_COUNT; d++) {
    sum += dayWeight(d);
    table[d] = sum;
  }
  return table;
})();

/** A seasonal day in [from, to] (inclusive day numbers). */
export function seasonalDay(rng: Rng, from: number, to: number): number {
  if (from > to) throw new Error(`empty day window ${from}..${to}`);
  const base = from === 0 ? 0 : CUMULATIVE[from - 1]!;
  const target = base + rng.next() * (CUMULATIVE[to]! - base);
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (CUMULATIVE[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A seasonal day within a fiscal year (the APBD year is the calendar year). */
export function seasonalDayInYear(rng: Rng, year: number): number {
  return seasonalDay(rng, firstDayOfYear(year), lastDayOfYear(year));
}
