import type { Filters } from '../query/filters';
import { addDays, yearBefore } from './calendar';

/**
 * The comparison period of a view (URL `banding`): the same selection as it stood a week
 * before the as-of day, on a chosen day (the last rakor), or at the same point of the
 * previous year. "Same point last year" moves the day back a year and every chosen fiscal
 * year with it, so 2025 up to 1 June is compared with 2024 up to 1 June.
 */
export function comparisonFilters(filters: Filters, latestDate: string | null): Filters | null {
  const asof = filters.asof ?? latestDate;
  if (filters.banding === null || asof === null) return null;
  const plain = { ...filters, banding: null };
  if (filters.banding === 'minggu_lalu') return { ...plain, asof: addDays(asof, -7) };
  if (filters.banding === 'tahun_lalu') {
    return { ...plain, asof: yearBefore(asof), tahun: filters.tahun.map((year) => String(Number(year) - 1)) };
  }
  return { ...plain, asof: filters.banding };
}

/** The as-of day the figures on screen belong to: the chosen one, else the data's latest. */
export function effectiveAsOf(filters: Filters, latestDate: string | null): string | null {
  return filters.asof ?? latestDate;
}

/**
 * The fiscal year a slice is monitored in: the latest chosen year, else the as-of day's
 * year. Gap, pace and projection are about reaching the target by its 31 December.
 */
export function fiscalYear(filters: Filters, asof: string): number {
  if (filters.tahun.length > 0) return Math.max(...filters.tahun.map(Number));
  return Number(asof.slice(0, 4));
}
