import { locale } from '../i18n/language';

/** Dates in the page's language: 9 Mei 2022 (9 May 2022). Days arrive as YYYY-MM-DD and are read in UTC, so no time zone shifts them. */
const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDay(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}/.test(day)) return day ?? '';
  return dayFormat.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}
