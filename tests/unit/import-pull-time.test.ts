/** The pull date a file states decides which of two pulls of a dataset counts in the ledger. */
import { describe, expect, it } from 'vitest';
import { pullTimeOf } from '../../src/lib/import/pull-time';
import type { RawTable } from '../../src/lib/import/raw-table';

const table = (columns: string[], rows: (string | null)[][]): RawTable => ({
  columns, rows, lineNumbers: rows.map((_, i) => i + 2), source: { format: 'csv' }, warnings: []
});

describe('pullTimeOf', () => {
  it("takes the latest _event_date (or tgl_penarikan) of the rows, whatever its format", () => {
    expect(pullTimeOf(table(['kd_tender', '_event_date'], [['1', '2025-10-03'], ['2', '2025-10-10'], ['3', null]]))).toBe('2025-10-10T00:00:00Z');
    expect(pullTimeOf(table(['x', ' TGL_PENARIKAN '], [['1', '10/10/2025']]))).toBe('2025-10-10T00:00:00Z');
    expect(pullTimeOf(table(['x', '_event_date'], [['1', '2025-10-10 16:00:00']]))).toBe('2025-10-10T16:00:00Z');
  });

  it('is null when the file does not say (INAPROC, hand-made files): the file time is used instead', () => {
    expect(pullTimeOf(table(['kd_tender', 'last_update_ref'], [['1', 'a1b2.c3']]))).toBeNull();
    expect(pullTimeOf(table(['_event_date'], [['bukan tanggal']]))).toBeNull();
  });

  it('skips a date after the import: a typo must not win every later comparison', () => {
    const rows = [['2025-10-10'], ['2099-01-01']];
    expect(pullTimeOf(table(['_event_date'], rows), '2025-12-01T00:00:00.000Z')).toBe('2025-10-10T00:00:00Z');
  });
});
