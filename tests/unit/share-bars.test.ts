import { describe, expect, test } from 'vitest';
import * as Plot from '@observablehq/plot';
import { umkkShareBars } from '../../src/lib/charts/share-bars';
import { breakdownTable } from '../../src/lib/charts/chart-table';
import type { BreakdownRow } from '../../src/lib/charts/breakdown-row';

/** A region with `umk` of UMKK realisation out of a procurement budget of `budget`. */
const region = (key: string, umk: bigint, budget: bigint | null): BreakdownRow => ({
  key,
  label: `Wilayah ${key}`,
  transaksi: 1n,
  nilai: umk,
  nilai_umk: umk,
  nilai_pdn: 0n,
  belanja_pengadaan: budget
});

interface Drawn {
  key: string;
  goal: number | null;
  status: string;
  title: string;
}
const bars = (options: Plot.PlotOptions) => (options.marks![0] as unknown as { data: Drawn[] }).data;
const targetMark = (options: Plot.PlotOptions) => options.marks![2];

describe('share bars: each region against its own target', () => {
  // 40 % of 100,000,000,000,000,003 rupiah is …001.2: reached at ⌈…⌉ = 40,000,000,000,000,002.
  // One rupiah less is exactly 0.4 once both are doubles: only the rupiah see it short.
  const budget = 100_000_000_000_000_003n;
  const rows = [region('33', 40_000_000_000_000_001n, budget), region('35', 40_000_000_000_000_002n, budget), region('36', 10n, 100n), region('11', 5n, null)];

  test('reached is decided in rupiah, as the headline cards decide it, not on the rounded share', () => {
    const drawn = bars(umkkShareBars(rows, { width: 600, targetOf: () => 0.4, targetYear: 2024, axisLabel: '' }));
    const status = Object.fromEntries(drawn.map((d) => [d.key, d.status]));
    expect(Number(rows[0]!.nilai_umk) / Number(budget)).toBe(0.4);
    // 33 is one rupiah short of its target.
    expect(status).toEqual({ '33': 'di bawah target', '35': 'memenuhi target', '36': 'di bawah target' });
    // A region without a budget has no share and no bar.
    expect(drawn.map((d) => d.key)).not.toContain('11');
    expect(drawn.find((d) => d.key === '33')!.title).toMatch(/\nTarget TA 2024 ≥ 40%: di bawah target$/);
  });

  test("a region's own target judges its bar; one target for all is a rule, differing ones are ticks", () => {
    const own = (key: string) => (key === '36' ? 0.05 : key === '35' ? null : 0.4);
    const options = umkkShareBars(rows, { width: 600, targetOf: own, targetYear: 2024, axisLabel: '' });
    const status = Object.fromEntries(bars(options).map((d) => [d.key, d.status]));
    expect(status).toEqual({ '33': 'di bawah target', '35': 'tanpa target', '36': 'memenuhi target' });
    expect(targetMark(options)).toBeInstanceOf(Plot.TickX);
    const uniform = umkkShareBars(rows, { width: 600, targetOf: () => 0.4, targetYear: 2024, axisLabel: '' });
    expect(targetMark(uniform)).toBeInstanceOf(Plot.RuleX);
    const none = umkkShareBars(rows, { width: 600, targetOf: () => null, targetYear: 2024, axisLabel: '' });
    expect(bars(none).every((d) => d.status === 'tanpa target')).toBe(true);
    expect((targetMark(none) as unknown as { data: unknown[] }).data).toHaveLength(0);
  });

  test("the chart's data table gives each row its own target", () => {
    const table = breakdownTable(rows, 'Wilayah', (row) => row.label, (key) => (key === '36' ? 0.375 : key === '35' ? null : 0.4));
    expect(table.columns.at(-1)).toBe('Target');
    expect(Object.fromEntries(table.rows.map((row) => [row[0], row.at(-1)]))).toEqual({
      'Wilayah 33': '≥ 40%',
      'Wilayah 35': 'tanpa target',
      'Wilayah 36': '≥ 37,5%',
      'Wilayah 11': '≥ 40%'
    });
    // Without targets (the value charts) there is no such column.
    expect(breakdownTable(rows, 'Wilayah', (row) => row.label).columns).not.toContain('Target');
  });
});
