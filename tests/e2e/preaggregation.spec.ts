import { test, expect, navigate, waitForView } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Pre-aggregation as a user meets it: the figures come from the worker's aggregates, a
 * click that only changes a filter's values builds no new table, "Lihat SQL" still shows
 * SQL on the canonical tables, and that SQL gives the very figures on screen.
 */

interface Sent {
  sql: string;
  ranSql: string;
  ms: number;
  fromCopy: boolean;
}

/** Breakdown charts the worker answers from its in-memory copies of aggregates. */
const COPIED_CHARTS = { kategori: 'kategori_id', kanal: 'channel', skala: 'skala_usaha', jenis_penyedia: 'jenis_penyedia' } as const;

/** A chart's bars as key → value (rupiah), as drawn. */
async function barsOf(page: Page, chart: string): Promise<Record<string, string | null>> {
  return page.locator(`[data-chart="${chart}"] [data-key]`).evaluateAll((elements) =>
    Object.fromEntries(elements.map((element) => [element.getAttribute('data-key'), element.getAttribute('data-value')]))
  );
}

async function sentSince(page: Page, from: number): Promise<{ next: number; entries: Sent[] }> {
  return page.evaluate((n) => window.telisik!.sentSince(n), from);
}

const aggregatesRead = (entries: Sent[]) =>
  new Set(entries.flatMap((entry) => [...entry.ranSql.matchAll(/"agregat"\."([a-z0-9_]+)"/g)].map((match) => match[1]!)));

test.describe('pre-aggregated answers', () => {
  test('figures and charts are read from aggregates; the shown SQL reproduces them on the canonical tables', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    const first = await sentSince(page, 0);
    const kpiEntry = first.entries.find((entry) => entry.sql.startsWith('WITH "realisasi"'))!;
    expect(kpiEntry.ranSql).toContain('"agregat"."jumlah__tahun_anggaran__kode_provinsi"');
    expect(kpiEntry.ranSql).toContain('"agregat"."penyedia__tahun_anggaran__kode_provinsi"');

    await page.locator('[data-chart="provinsi"] [data-key="33"]').click();
    await waitForView(page, 'provinsi=33');
    const afterClick = await sentSince(page, first.next);
    // Every question of the round except the table's page ran on aggregates already built
    // for the view before: a province click needs no new table.
    const onFacts = afterClick.entries.filter((entry) => !entry.ranSql.includes('"agregat"'));
    expect(onFacts.map((entry) => entry.sql.slice(0, 30))).toEqual([expect.stringContaining('SELECT f.transaksi_id')]);
    expect([...aggregatesRead(afterClick.entries)].every((name) => aggregatesRead(first.entries).has(name))).toBe(true);

    // "Lihat SQL" shows the canonical SQL, which gives the figure on screen when run as is.
    const details = page.locator('[data-chart="kategori"] [data-sql]');
    await details.locator('summary').click();
    const shown = (await details.locator('pre').textContent())!;
    expect(shown).toContain('FROM "fakta_realisasi"');
    expect(shown).not.toContain('agregat');
    const rows = await page.evaluate((sql) => window.telisik!.queryRows(sql), shown);
    const bars = await page.locator('[data-chart="kategori"] [data-key]').evaluateAll((elements) =>
      Object.fromEntries(elements.map((element) => [element.getAttribute('data-key'), element.getAttribute('data-value')]))
    );
    for (const row of rows.filter((r) => r.nilai !== '0')) expect(bars[String(row.key)]).toBe(String(row.nilai));

    // A second province: the worker answers from the in-memory copies it made after the
    // first (no statement to DuckDB), and each chart still equals its canonical SQL.
    // The copies are made once the engine is done with the round (and, at start-up, once the
    // first figures had time to draw): wait for that, as a user's next click usually does.
    await page.evaluate(() => window.telisik!.engineIdle());
    const beforeSecond = await sentSince(page, 0);
    await page.locator('[data-chart="provinsi"] [data-key="33"]').click();
    await waitForView(page, '');
    await page.locator('[data-chart="provinsi"] [data-key="35"]').click();
    await waitForView(page, 'provinsi=35');
    const second = await sentSince(page, beforeSecond.next);
    const copied = second.entries.filter((entry) => entry.fromCopy);
    expect(copied.length).toBeGreaterThanOrEqual(Object.keys(COPIED_CHARTS).length);
    // Breakdowns (those of a year or region join the copy of the budget), the weekly trend,
    // the monitoring parts and the headline figures; only the table's page of rows is SQL.
    expect(copied.every((entry) => /^(SELECT key, transaksi|WITH r AS|WITH mingguan|WITH "realisasi"|SELECT \* FROM \(SELECT \(sum)/.test(entry.sql))).toBe(true);
    expect(copied.some((entry) => entry.sql.startsWith('WITH mingguan'))).toBe(true);
    expect(copied.some((entry) => entry.sql.startsWith('WITH "realisasi"'))).toBe(true);
    expect(second.entries.filter((entry) => !entry.fromCopy).map((entry) => entry.sql.slice(0, 30))).toEqual([expect.stringContaining('SELECT f.transaksi_id')]);
    // The headline figures on screen equal their canonical SQL.
    const secondKpiSql = (await page.evaluate(() => window.telisik!.viewSql())).find((sql) => sql.startsWith('WITH "realisasi"'))!;
    const [secondKpi] = await page.evaluate((sql) => window.telisik!.queryRows(sql), secondKpiSql);
    for (const name of ['realisasi', 'penyedia', 'transaksi']) {
      await expect(page.locator(`[data-kpi="${name}"]`), name).toHaveAttribute('data-value', String(secondKpi![name]));
    }
    const viewSql = await page.evaluate(() => window.telisik!.viewSql());
    for (const [chart, column] of Object.entries(COPIED_CHARTS)) {
      const drawn = await barsOf(page, chart);
      const sql = viewSql.find((text) => text.includes(`("${column}")::VARCHAR AS "key"`) && text.includes('FROM "fakta_realisasi"'))!;
      const canonical = await page.evaluate((text) => window.telisik!.queryRows(text), sql);
      const expected = Object.fromEntries(canonical.filter((r) => r.nilai !== '0').map((r) => [String(r.key), String(r.nilai)]));
      expect(Object.fromEntries(Object.entries(drawn).filter(([key]) => key in expected)), chart).toEqual(expected);
    }
    await page.locator('[data-chart="provinsi"] [data-key="35"]').click();
    await waitForView(page, '');
    await page.locator('[data-chart="provinsi"] [data-key="33"]').click();
    await waitForView(page, 'provinsi=33');

    const kpiSql = await page.evaluate(() => window.telisik!.viewSql().find((sql) => sql.startsWith('WITH "realisasi"'))!);
    const [canonical] = await page.evaluate((sql) => window.telisik!.queryRows(sql), kpiSql);
    await expect(page.locator('[data-kpi="realisasi"]')).toHaveAttribute('data-value', String(canonical!.realisasi));
    await expect(page.locator('[data-kpi="penyedia"]')).toHaveAttribute('data-value', String(canonical!.penyedia));

    // The data panel (on /dataset) says how much memory the engine holds, aggregates included.
    await navigate(page, 'data', 'provinsi=33');
    const memory = page.locator('[data-engine-memory]');
    expect(Number(await memory.getAttribute('data-bytes'))).toBeGreaterThan(1_000_000);
    expect(Number(await memory.getAttribute('data-database-bytes'))).toBeGreaterThan(1_000_000);
    await expect(memory).toContainText('Memori mesin data');
  });

  test('a change to the data drops the aggregates: figures follow the sample being hidden and shown', async ({ page }) => {
    await page.goto('/?provinsi=33');
    await waitForView(page, 'provinsi=33');
    const shown = await page.locator('[data-kpi="transaksi"]').getAttribute('data-value');
    expect(Number(shown)).toBeGreaterThan(0);
    // The sample is toggled on /dataset; the figures are read on the overview.
    await navigate(page, 'data', 'provinsi=33');
    await page.locator('[data-action="toggle-sample"]').click();
    await waitForView(page, 'provinsi=33');
    await navigate(page, 'ringkasan', 'provinsi=33');
    await expect(page.locator('[data-kpi="transaksi"]')).toHaveAttribute('data-value', '0');
    await navigate(page, 'data', 'provinsi=33');
    await page.locator('[data-action="toggle-sample"]').click();
    await waitForView(page, 'provinsi=33');
    await navigate(page, 'ringkasan', 'provinsi=33');
    await expect(page.locator('[data-kpi="transaksi"]')).toHaveAttribute('data-value', shown!);
  });

  test('an engine reset in the middle of a round settles every question: the view becomes ready with its figures', async ({ page }) => {
    await page.goto('/?provinsi=33');
    await waitForView(page, 'provinsi=33');
    const expected = await page.locator('[data-kpi="realisasi"]').getAttribute('data-value');
    await page.goto('/');
    await waitForView(page, '');
    // The reset replaces the worker while the province round's batch is still in it.
    await page.locator('[data-chart="provinsi"] [data-key="33"]').click();
    await page.locator('[data-action="reset-engine"]').click();
    await waitForView(page, 'provinsi=33');
    await expect(page.locator('[data-kpi="realisasi"]')).toHaveAttribute('data-value', expected!);
    await expect(page.locator('[data-notice]')).toContainText('dimulai ulang');
  });
});
