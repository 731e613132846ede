/**
 * The data "as pulled on" a day: only the datasets pulled from LKPP by the end of that day
 * take part in the ledger, so each dataset kind counts with the pull that was the latest
 * then. A pull's day is the date its stamp is written with: ISB's `_event_date` is LKPP's
 * wall-clock time (src/lib/import/pull-time.ts), so the day is the one LKPP's own records name.
 */
export function pullDay(pulledAt: string): string {
  return pulledAt.slice(0, 10);
}

export function pulledBy<T extends { pulledAt: string }>(sources: readonly T[], day: string | null): T[] {
  if (day === null) return [...sources];
  return sources.filter((source) => pullDay(source.pulledAt) <= day);
}
