/**
 * Calendar arithmetic on days written YYYY-MM-DD, in UTC so no time zone or daylight
 * saving shifts a day. The weekly P3DN monitoring of Kemendagri and BPKP started on Monday
 * 9 May 2022 and counts weeks from Monday (../shared/docs/domain.md).
 */

const DAY_MS = 86_400_000;

/** The first Monday of the weekly P3DN monitoring. */
export const P3DN_START = '2022-05-09';

export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dayText(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayText(dayNumber(day) + days);
}

/** The same day one year earlier; 29 February becomes 28 February. */
export function yearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const yearOf = (day: string): number => Number(day.slice(0, 4));

export function daysInYear(year: number): number {
  return dayNumber(`${year + 1}-01-01`) - dayNumber(`${year}-01-01`);
}

/** Days of fiscal year `year` up to and including `day` (0 before it starts, all after it ends). */
export function daysElapsed(year: number, day: string): number {
  const elapsed = dayNumber(day) - dayNumber(`${year}-01-01`) + 1;
  return Math.min(Math.max(elapsed, 0), daysInYear(year));
}

/**
 * Whole or partial weeks left after `day` until 31 December of `year`: 0 when the year has
 * ended. A week only begun still counts as one to buy in.
 */
export function weeksRemaining(year: number, day: string): number {
  const days = dayNumber(`${year}-12-31`) - dayNumber(day);
  return days <= 0 ? 0 : Math.ceil(days / 7);
}

/** The Monday of the week holding `day` (weeks start on Monday, as DuckDB's date_trunc('week')). */
export function mondayOf(day: string): string {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return dayText(n - ((n + 3) % 7));
}

/** The weekly monitoring's Mondays from 9 May 2022 up to `latest`, newest first. */
export function p3dnMondays(latest: string): string[] {
  const days: string[] = [];
  for (let n = dayNumber(mondayOf(latest)); n >= dayNumber(P3DN_START); n -= 7) days.push(dayText(n));
  return days;
}
