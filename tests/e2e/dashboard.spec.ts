import { test, expect, waitForView, kpi } from './fixtures';
import { nodeQuery } from './node-sample';

test.describe('dashboard on the embedded sample', () => {
  test('loads the sample and shows every headline figure with its parts', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    for (const name of ['realisasi', 'umkk', 'umkk_anggaran', 'pdn', 'epurchasing', 'penyedia']) {
      await expect(page.locator(`[data-kpi="${name}"]`)).toHaveAttribute('data-value', /^\d/);
    }
    const umkk = await kpi(page, 'umkk_anggaran');
    expect(Number(umkk.value)).toBeCloseTo(Number(umkk.numerator) / Number(umkk.denominator), 12);
    const realisasi = await kpi(page, 'realisasi');
    expect((await kpi(page, 'umkk')).denominator).toBe(realisasi.value);
    // The target comes from the target table: 40 % of belanja pengadaan (Perpres 12/2021).
    await expect(page.locator('[data-kpi="umkk_anggaran"]')).toContainText('Target ≥ 40%');
    // The exact numerator and denominator show on focus.
    await page.locator('[data-kpi="umkk_anggaran"]').focus();
    await expect(page.locator('#kpi-detail-umkk_anggaran')).toBeVisible();
    await expect(page.locator('#kpi-detail-umkk_anggaran')).toContainText(/Pembilang: Rp \d{1,3}(\.\d{3})+/);
  });

  test('clicking a province bar filters the other charts and the figures', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    const before = await kpi(page, 'realisasi');
    const categoryChartBefore = await page.locator('[data-chart="kategori"] .plot').innerHTML();

    await page.locator('[data-chart="provinsi"] [data-key="33"]').click();
    await waitForView(page, 'provinsi=33');

    expect(page.url()).toContain('provinsi=33');
    const after = await kpi(page, 'realisasi');
    const [truth] = await nodeQuery(
      // The ledger's rules restated: one transaction per key, the record with a value and the
      // highest priority decides; it counts when it stands (selesai, berjalan).
      ({ csv }) => `WITH utama AS (
                      SELECT * FROM ${csv('transaksi')}
                      QUALIFY row_number() OVER (PARTITION BY transaksi_id
                        ORDER BY CAST(nilai AS BIGINT) > 0 DESC, CAST(prioritas AS INTEGER) DESC, sumber_data) = 1)
                    SELECT CAST(sum(CAST(nilai AS BIGINT)) AS VARCHAR) AS realisasi FROM utama
                    WHERE status IN ('selesai', 'berjalan') AND CAST(nilai AS BIGINT) > 0 AND kode_provinsi = '33'`
    );
    expect(after.value).toBe(truth!.realisasi);
    expect(BigInt(after.value!)).toBeLessThan(BigInt(before.value!));
    expect(await page.locator('[data-chart="kategori"] .plot').innerHTML()).not.toBe(categoryChartBefore);
    // The province chart keeps every province (it ignores its own filter) and the pemda chart appears.
    await expect(page.locator('[data-chart="provinsi"] [data-key]')).toHaveCount(38);
    await expect(page.locator('[data-chart="pemda"] [data-key="33.25"]')).toBeVisible();
    // The chosen province is marked and the others faded, also in what an export copies.
    await expect(page.locator('[data-chart="provinsi"] [data-key][aria-pressed="true"]')).toHaveCount(1);
    await expect(page.locator('[data-chart="provinsi"] [data-key="33"]')).toHaveAttribute('fill-opacity', '1');
    await expect(page.locator('[data-chart="provinsi"] [data-key]:not([data-key="33"])[fill-opacity="0.35"]')).toHaveCount(37);
    await expect(page.locator('[data-facet="provinsi"] input[data-value="33"]')).toBeChecked();

    // Clicking the same bar again removes the filter.
    await page.locator('[data-chart="provinsi"] [data-key="33"]').click();
    await waitForView(page, '');
    await expect(page.locator('[data-chart="provinsi"] [data-key][fill-opacity="1"][aria-pressed="false"]')).toHaveCount(38);
    expect((await kpi(page, 'realisasi')).value).toBe(before.value);
  });

  test('a copied URL restores the same view in another tab', async ({ page, context }) => {
    const search = 'tahun=2024&kategori=katering&jenis_penyedia=perseorangan';
    await page.goto('/');
    await waitForView(page, '');
    await page.locator('[data-facet="tahun"] input[data-value="2024"]').check();
    await waitForView(page, 'tahun=2024');
    await page.locator('[data-facet="kategori"] input[data-value="katering"]').check();
    await waitForView(page, 'tahun=2024&kategori=katering');
    await page.locator('[data-chart="jenis_penyedia"] [data-key="perseorangan"]').click();
    await waitForView(page, search);
    const figures = await Promise.all(['realisasi', 'umkk', 'pdn', 'penyedia'].map((n) => kpi(page, n)));

    // Another tab opens the address as typed, in any parameter order.
    const other = await context.newPage();
    await other.goto('/?jenis_penyedia=perseorangan&kategori=katering&tahun=2024');
    await waitForView(other, search);
    expect(await Promise.all(['realisasi', 'umkk', 'pdn', 'penyedia'].map((n) => kpi(other, n)))).toEqual(figures);
    await expect(other.locator('[data-facet="kategori"] input[data-value="katering"]')).toBeChecked();
    await expect(other.locator('[data-facet="jenis_penyedia"] input[data-value="perseorangan"]')).toBeChecked();

    // The back button steps through the filter history.
    await page.goBack();
    await waitForView(page, 'tahun=2024&kategori=katering');
    await page.goBack();
    await waitForView(page, 'tahun=2024');
    await page.goForward();
    await waitForView(page, 'tahun=2024&kategori=katering');
  });

  test('the CSV export holds exactly the rows of the slice, in table order', async ({ page }) => {
    const search = 'tahun=2022&kanal=blangkon';
    await page.goto(`/?${search}`);
    await waitForView(page, search);
    const total = Number(await page.locator('[data-table="transaksi"]').getAttribute('data-total'));
    expect(total).toBeGreaterThan(25);
    const shownIds = await page.locator('[data-table="transaksi"] tbody tr').evaluateAll((rows) =>
      rows.map((row) => (row as HTMLElement).dataset.id)
    );

    const downloading = page.waitForEvent('download');
    await page.locator('[data-action="export-csv"]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^telisik-transaksi-tahun-2022-kanal-blangkon-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = (await download.path())!;
    const rows = await nodeQuery(({ file }) => `SELECT transaksi_id, nilai FROM ${file(path)}`);
    expect(rows.length).toBe(total);
    expect(rows.slice(0, shownIds.length).map((row) => row.transaksi_id)).toEqual(shownIds);
    const sum = rows.reduce((acc, row) => acc + BigInt(row.nilai!), 0n);
    expect(String(sum)).toBe((await kpi(page, 'realisasi')).value);
  });

  test('shows the SQL behind a chart', async ({ page }) => {
    await page.goto('/?provinsi=36');
    await waitForView(page, 'provinsi=36');
    const details = page.locator('[data-chart="kanal"] [data-sql]');
    await details.locator('summary').click();
    await expect(details.locator('pre')).toContainText(`FROM "fakta_realisasi" WHERE ("kode_provinsi" IN ('36'))`);
    // Banten's own e-purchasing target (30 % of belanja pengadaan) applies to a Banten slice,
    // on the figure of the same basis only.
    await expect(page.locator('[data-kpi="epurchasing_anggaran"]')).toContainText('Target ≥ 30%');
    await expect(page.locator('[data-kpi="epurchasing"]')).not.toContainText('Target ≥ 30%');
  });

  test('pointing at a week of the trend shows both shares with what each divides, as its data table does', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    const chart = page.locator('[data-chart="tren"] .plot svg');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    const tip = page.locator('[data-chart="tren"] [aria-label="tip"]');
    await expect(tip).toContainText('UMKK kumulatif');
    // Plot wraps long lines into several tspans (with zero-width spaces): read them as one text.
    const text = await tip.evaluate((group) => [...group.querySelectorAll('tspan')].map((line) => line.textContent).join(' ').replaceAll('\u200b', ''));
    const [, day] = /^Minggu (\d{1,2} \S+ \d{4})/.exec(text) ?? [];
    const umkk = /UMKK kumulatif: (Rp [\d.]+)\s+dari Rp [\d.]+\s+=\s+(\d+,\d+%)/.exec(text);
    const pdn = /PDN kumulatif: (Rp [\d.]+)\s+dari komitmen Rp [\d.]+\s+=\s+(\d+,\d+%)/.exec(text);
    // Drawn again on every move, it keeps the role that lets its name be read.
    await expect(tip).toHaveAttribute('role', 'group');
    expect(day, text).toBeDefined();
    expect(umkk, text).not.toBeNull();
    expect(pdn, text).not.toBeNull();
    // Moving away takes the tip down.
    await page.mouse.move(box.x - 20, box.y - 20);
    await expect(tip.locator('text')).toHaveCount(0);
    // The same week's shares in the chart's text alternative.
    await page.locator('[data-chart="tren"] [data-chart-table] summary').click();
    const rows = page.locator('[data-chart="tren"] [data-chart-table] tbody tr');
    await expect(rows.first()).toBeVisible();
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td, th')].map((cell) => cell.textContent?.trim() ?? '')));
    const shown = cells.find((row) => row[0] === day);
    expect(shown, `${day} in ${JSON.stringify(cells.slice(0, 3))}`).toBeDefined();
    expect([shown![2], shown![3]]).toEqual([umkk![1], umkk![2]]);
    expect([shown![4], shown![5]]).toEqual([pdn![1], pdn![2]]);
  });

  test('with a comparison, the trend tip adds its shares a year earlier, from the first week on', async ({ page }) => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
    const dayOfText = (text: string) => {
      const [day, month, year] = text.split(' ');
      return Date.UTC(Number(year), months.indexOf(month!.replace('.', '')), Number(day));
    };
    await page.goto('/?banding=tahun_lalu');
    await waitForView(page, 'banding=tahun_lalu');
    const chart = page.locator('[data-chart="tren"] .plot svg');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    const tip = page.locator('[data-chart="tren"] [aria-label="tip"]');
    const tipText = () => tip.evaluate((group) => [...group.querySelectorAll('tspan')].map((line) => line.textContent).join(' ').replaceAll('\u200b', ''));
    // Above the first month's label (the first week: last year's first Monday, moved on a
    // year, falls a day or two after this year's), then further on.
    const january = (await page.locator('[data-chart="tren"] g[aria-label="x-axis tick label"] text').first().boundingBox())!;
    for (const x of [january.x + january.width / 2, box.x + box.width * 0.6]) {
      await page.mouse.move(x, box.y + box.height * 0.5);
      await expect(tip).toContainText('Pembanding');
      const text = await tipText();
      const [, week] = /^Minggu (\d{1,2} \S+ \d{4})/.exec(text) ?? [];
      const [, then] = /Pembanding \(minggu (\d{1,2} \S+ \d{4})\):\s+UMKK\s+(?:\d+,\d+%|tidak dapat dihitung)\s+·\s+PDN\s+(?:\d+,\d+%|tidak dapat dihitung)/.exec(text) ?? [];
      expect(week, text).toBeDefined();
      expect(then, text).toBeDefined();
      // The comparison's week is this week's a year earlier, give or take the weekday.
      const days = (dayOfText(week!) - dayOfText(then!)) / 86_400_000;
      expect(Math.abs(days - 365), text).toBeLessThanOrEqual(4);
      await page.mouse.move(box.x - 20, box.y - 20);
      await expect(tip.locator('text')).toHaveCount(0);
    }
  });

  test('labels and amounts are Indonesian', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('heading', { name: 'Transaksi di balik angka' })).toBeVisible();
    await expect(page.locator('[data-kpi="realisasi"] .value')).toHaveText(/^Rp \d{1,3}(\.\d{3})+$/);
    await expect(page.locator('[data-chart="kanal"] .plot')).toContainText(/(miliar|triliun)/);
  });
});

test.describe('engine', () => {
  test('a restarted engine reloads the data and keeps the view', async ({ page }) => {
    await page.goto('/?tahun=2023');
    await waitForView(page, 'tahun=2023');
    const before = await kpi(page, 'umkk_anggaran');
    await page.locator('[data-action="reset-engine"]').click();
    await expect(page.locator('[data-notice]')).toContainText('dimulai ulang');
    await waitForView(page, 'tahun=2023');
    expect(await kpi(page, 'umkk_anggaran')).toEqual(before);
  });

  test('filter values in the URL that are not codes are ignored, never sent as SQL', async ({ page }) => {
    // A URL value outside the accepted shapes is ignored rather than sent to the engine.
    await page.goto(`/?provinsi=33'%20OR%201=1--&tahun=2024`);
    await waitForView(page, 'tahun=2024');
    await expect(page.locator('[data-facet="provinsi"] input:checked')).toHaveCount(0);
  });
});

test.describe('offline engine', () => {
  test('no query can reach outside the database once the data is loaded', async ({ page, outsideRequests }) => {
    await page.goto('/');
    await waitForView(page, '');
    const attempt = (sql: string) =>
      page.evaluate(async (text) => {
        try {
          await window.telisik!.queryRows(text);
          return 'allowed';
        } catch (error) {
          return String((error as Error).message);
        }
      }, sql);
    const settings = await page.evaluate(() =>
      window.telisik!.queryRows(
        `SELECT current_setting('enable_external_access') AS external, current_setting('autoload_known_extensions') AS autoload, current_setting('autoinstall_known_extensions') AS autoinstall`
      )
    );
    expect(settings).toEqual([{ external: false, autoload: false, autoinstall: false }]);
    expect(await attempt(`SELECT * FROM read_csv('http://example.com/data.csv')`)).not.toBe('allowed');
    expect(await attempt(`LOAD httpfs`)).not.toBe('allowed');
    expect(await attempt(`SET enable_external_access = true`)).not.toBe('allowed');
    expect(outsideRequests).toEqual([]);
    // The engine stays usable after refusing.
    expect(await page.evaluate(() => window.telisik!.queryRows('SELECT count(*) AS n FROM kanal'))).toEqual([{ n: '10' }]);
  });
});
