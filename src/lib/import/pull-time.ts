/**
 * When the data was pulled from LKPP, as the data itself says: ISB rows carry the pull's
 * date in `_event_date` (or `tgl_penarikan` in some CSV exports). Of two pulls of one
 * dataset kind for one pemda-year the later one counts in the ledger, so this date beats a
 * file's modification time, which a copy or a re-download resets. INAPROC dropped the field
 * (its `last_update_ref` is a token, not a date): there the caller falls back to the file.
 */

import { parseDate } from './values';
import type { RawTable } from './raw-table';

const PULL_COLUMNS = ['_event_date', 'tgl_penarikan'];

/**
 * The latest pull date in the table as ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`), or null. A date
 * after `notAfter` (the import) is a typo, not a pull, and would win every comparison: skipped.
 */
export function pullTimeOf(raw: RawTable, notAfter = new Date().toISOString()): string | null {
  const index = raw.columns.findIndex((c) => PULL_COLUMNS.includes(c.trim().toLowerCase()));
  if (index < 0) return null;
  let latest: string | null = null;
  for (const row of raw.rows) {
    const parsed = parseDate(row[index] ?? null);
    if (parsed.kind !== 'value') continue;
    const stamp = `${parsed.value.date}T${parsed.value.time ?? '00:00:00'}Z`;
    if (stamp > notAfter) continue;
    if (latest === null || stamp > latest) latest = stamp;
  }
  return latest;
}
