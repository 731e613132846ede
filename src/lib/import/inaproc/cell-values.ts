/**
 * INAPROC value conventions turned into ISB ones, cell by cell (inaproc-v1.md §2):
 * - the literal text "None" (an upstream Python None printed as text) means no value;
 * - an ISO date-time with a trailing 'Z' is WIB wall-clock time, not UTC: SPSE deadlines
 *   that ISB gave as '2025-10-03 16:00:00' come as '…T16:00:00Z'. The app's date reader
 *   would move a real 'Z' instant to WIB (+7 h) and could push an evening date into the
 *   next day, month or budget year, so the zone is dropped and the ISB layout is written.
 */

export interface CellCounts {
  none: number;
  wallClock: number;
}

// 2026-03-10T20:05:09.445Z, 2026-08-21T13:34:35.832000Z, 2025-08-27 17:00:00.000000Z, 2026-03-04T00:00Z
const ZULU = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?Z$/;

/** The cell as ISB would have written it; `counts` learns what was changed, for one notice each. */
export function isbCell(cell: string | null, counts: CellCounts): string | null {
  if (cell === null) return null;
  const text = cell.trim();
  if (text === 'None') {
    counts.none += 1;
    return null;
  }
  const zulu = ZULU.exec(text);
  if (zulu !== null) {
    counts.wallClock += 1;
    return `${zulu[1]} ${zulu[2]}${zulu[3] ?? ':00'}`;
  }
  return cell;
}
