/**
 * The time part after a date ('T08:30:00+07:00', ' 16:00:00', ', 12:00:00AM', ' 14.30 WIB'),
 * and the move of an instant with a zone onto Indonesian western time.
 */
import { valueText as say } from '../../i18n/values-id';
import { civilFromDays, daysFromCivil, formatCivilDate, formatSecondOfDay, type CivilDate } from './calendar';
import type { ParsedDate } from './date';

/**
 * Procurement dates are Indonesian calendar days, and ISB stores a local midnight as the
 * previous day's 17:00 UTC ('2025-03-10T17:00:00Z' is 11 March in Jakarta). Taking the date
 * of the UTC text would move such rows into the previous day, month or even budget year,
 * so an instant written with 'Z' or an offset is converted to WIB (UTC+7) first: most of
 * the government and the ISB data run on WIB.
 */
const WIB_OFFSET_MINUTES = 420;

/**
 * A time labelled with an Indonesian zone name ('14.30 WITA') is already local wall-clock
 * time of the office that wrote it; its calendar day is the one meant, so it is kept as is.
 */
const LOCAL_ZONES = new Set(['wib', 'wita', 'wit']);

const CLOCK =
  /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?)?(?:\s*(z|utc|gmt|wita|wib|wit|[+-]\d{2}(?::?\d{2})?))?$/i;

/** What separates a date from its time: 'T', a space, a comma, Indonesian 'pukul'/'jam'. */
const SEPARATOR = /^(?:T|\s*,\s*|\s+)(?:(?:pukul|jam|at)\s+)?/i;

/** Minutes east of UTC, or null when the zone is not understood. */
function zoneOffset(zone: string): number | null {
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * The date with the time that follows it. `rest` is whatever followed the date in the cell:
 * empty (no time), or a separator and a clock. Returns a reason when the time is wrong.
 */
export function withClock(date: CivilDate, rest: string): ParsedDate | string {
  if (rest === '') return { date: formatCivilDate(date) };
  const separator = SEPARATOR.exec(rest);
  const match = separator ? CLOCK.exec(rest.slice(separator[0].length)) : null;
  if (!match) return say.clockUnknown;

  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3] ?? '0');
  const meridiem = match[4]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return say.meridiemHour;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0); // 12 AM is midnight, 12 PM noon
  }
  if (hour > 23 || minute > 59 || second > 59) return say.noSuchTime;

  // Fractions of a second are dropped: the app's finest grain is the second.
  let minuteOfDay = hour * 60 + minute;
  let day = daysFromCivil(date.year, date.month, date.day);
  const zone = match[5];
  if (zone !== undefined && !LOCAL_ZONES.has(zone.toLowerCase())) {
    const offset = zoneOffset(zone);
    if (offset === null) return say.zoneUnknown;
    const total = day * 1440 + minuteOfDay - offset + WIB_OFFSET_MINUTES;
    day = Math.floor(total / 1440);
    minuteOfDay = total - day * 1440;
  }
  const local = civilFromDays(day);
  if (local.year < 1 || local.year > 9999) return say.dateOutOfRange;
  return { date: formatCivilDate(local), time: formatSecondOfDay(minuteOfDay * 60 + second) };
}
