import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForView } from './fixtures';

/**
 * Taking views to a rakor and into working papers: saved views that survive a reload and
 * restore the whole state, presentation mode, masking, and every export (CSV, XLSX, PNG,
 * SVG, PDF, PPTX, evidence pack) checked by opening the downloaded file in Node.
 */

const SHARED_ISB = join(import.meta.dirname, '../../../shared/data/isb');

/** Patterns of personal identifiers, written here independently of src/lib/masking. */
// Runs of digits inside hexadecimal (SHA-256 in a manifest) are not identifiers.
const NIK_OR_NPWP = /(?<![\d.a-f])\d{15,16}(?![\da-f])|\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}|npwp:[0-9a-f]{6,}/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  return { download, bytes: readFileSync((await download.path())!) };
}

/** A CSV export without its `"# …"` rows before the header, split into rows of fields (RFC 4180). */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes
    .toString('utf8')
    .split('\r\n')
    .filter((line) => !line.startsWith('"#'))
    .join('\r\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += ch;
  }
  return rows;
}

/** Every text of an XLSX package's sheets and shared strings, and whether any cell holds a formula. */
function xlsxText(bytes: Buffer): { text: string; formulas: boolean } {
  const files = unzipSync(new Uint8Array(bytes));
  const parts = Object.keys(files).filter((name) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name));
  const xml = parts.map((name) => strFromU8(files[name]!)).join('\n');
  const text = xml.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);
  return { text, formulas: /<f[\s>]/.test(xml) };
}

/** A CSV of SPSE non-tender contracts whose values attack a spreadsheet and carry personal data. */
function hostileNonTender(): Buffer {
  const header =
    'tahun_anggaran,lpse_id,kd_klpd,nama_klpd,jenis_klpd,kd_satker,kd_satker_str,nama_satker,kd_lpse,nama_lpse,kd_nontender,kd_pkt_dce,kd_rup,nama_paket,pagu,hps,nilai_penawaran,nilai_terkoreksi,nilai_negosiasi,nilai_kontrak,nilai_pdn_kontrak,nilai_umk_kontrak,sumber_dana,mak,kualifikasi_paket,jenis_pengadaan,mtd_pemilihan,kontrak_pembayaran,status_nontender,tgl_pengumuman_nontender,tgl_selesai_nontender,kd_penyedia,nama_penyedia,npwp_penyedia,npwp16_penyedia,url_lpse,tgl_penarikan';
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const row = (id: string, paket: string, vendor: string, nilai: string) =>
    ['2025', '93', 'D107', 'Kab. Bandung', 'KABUPATEN', '10001', '1.02.0.00.0.00.02.0000', 'DINAS KESEHATAN', '93', 'LPSE Kabupaten Bandung', id, '', `7${id}`, paket,
      nilai, nilai, nilai, nilai, nilai, nilai, nilai, nilai, 'APBD', '1.02.01', 'Kecil', 'Barang', 'Pengadaan Langsung', 'Lumsum', 'Selesai',
      '2025-03-01 10:00:00', '2025-04-15 16:00:00', `3${id}`, vendor, `npwp:${id}`, `npwp:${id}`, 'https://lpse.example/eproc4', '2025-10-10'].map(quote).join(',');
  return Buffer.from(
    [
      header,
      row('91000001', '=HYPERLINK("http://evil.example","klik")', "  =cmd|' /C calc'!A0", '910000000'),
      row('91000002', 'Honor narasumber NIK 3204011234560001 hubungi budi@contoh.id 0812-3456-7890', '@SUM(1+1)', '920000000'),
      row('91000003', '+tambah kurang', '-2+3', '930000000')
    ].join('\r\n') + '\r\n'
  );
}

async function importHostile(page: Page) {
  await page.goto('/dataset');
  await waitForView(page, '');
  await page.locator('[data-action="choose-files"]').setInputFiles({ name: 'nontender-jahat.csv', mimeType: 'text/csv', buffer: hostileNonTender() });
  await expect(page.locator('[data-dataset]')).toHaveCount(1);
  await waitForView(page, '');
}

test.describe('saved views', () => {
  test('a view keeps its filters, metric, sort and table page, survives a reload and restores from its link', async ({ page }) => {
    await page.goto('/?tahun=2024&provinsi=33');
    await waitForView(page, 'tahun=2024&provinsi=33');
    // The table's page and sort are in the URL.
    await page.locator('#transaksi [data-sort="tanggal"]').click();
    await expect(page).toHaveURL(/urutan=tanggal/);
    await page.locator('#transaksi [data-action="next-page"]').click();
    await expect(page).toHaveURL(/halaman=2/);
    await waitForView(page, 'tahun=2024&provinsi=33');
    const firstRow = await page.locator('#transaksi tbody tr').first().getAttribute('data-id');
    await page.locator('[data-action="save-view"]').click();
    const form = page.locator('[data-saved-view-form]');
    await form.locator('[data-saved-view-name]').fill('Jateng 2024, transaksi terbaru');
    await form.locator('[data-saved-view-name]').dispatchEvent('change');
    await form.locator('[data-saved-view-note]').fill('Sampaikan: realisasi menurun.');
    await form.locator('[data-saved-view-note]').dispatchEvent('change');
    await form.locator('button[type="submit"]').click();

    await page.goto('/peringkat?metrik=pdn&urut=-pembilang');
    await waitForView(page, '');
    await page.locator('[data-action="save-view"]').click();

    await page.reload();
    await waitForView(page, '');
    const saved = page.locator('[data-saved-view]');
    await expect(saved).toHaveCount(2);
    await expect(saved.first()).toHaveText('Jateng 2024, transaksi terbaru');
    // Reorder: the leaderboard first.
    await page.locator('[data-saved-views] li').nth(1).getByRole('button', { name: /Naikkan/ }).click();
    await expect(saved.first()).not.toHaveText('Jateng 2024, transaksi terbaru');
    await page.reload();
    await waitForView(page, '');
    await expect(saved.nth(1)).toHaveText('Jateng 2024, transaksi terbaru');

    await saved.nth(1).click();
    await waitForView(page, 'tahun=2024&provinsi=33');
    await expect(page).toHaveURL(/urutan=tanggal/);
    await expect(page).toHaveURL(/halaman=2/);
    await expect(page.locator('#transaksi tbody tr').first()).toHaveAttribute('data-id', firstRow!);
  });
});

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('slides of the saved views: keys, notes, large chart text, live filters, masking on, a footer without a clock', async ({ page }) => {
    await page.goto('/?tahun=2024');
    await waitForView(page, 'tahun=2024');
    await page.locator('[data-action="save-view"]').click();
    await page.locator('[data-saved-view-note]').fill('Catatan penyaji slide satu');
    await page.locator('[data-saved-view-note]').dispatchEvent('change');
    await page.goto('/peringkat?tahun=2024&metrik=pdn');
    await waitForView(page, 'tahun=2024');
    await page.locator('[data-action="save-view"]').click();

    await page.goto('/?tahun=2024');
    await waitForView(page, 'tahun=2024');
    await page.locator('[data-action="present"]').click();
    await expect(page).toHaveURL(/\/presentasi\?slide=1/);
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'presentasi');
    await expect(page.locator('html')).toHaveAttribute('data-masking', 'on');
    await waitForView(page, 'tahun=2024');
    const deck = page.locator('[data-slide]');
    await expect(deck).toHaveAttribute('data-slides', '2');

    // Chart text readable from the back of the room.
    const sizes = await page.locator('[data-chart] svg text').evaluateAll((nodes) => nodes.map((n) => parseFloat(getComputedStyle(n).fontSize)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);

    // Presenter notes from the view's note.
    await page.keyboard.press('n');
    await expect(page.locator('[data-presenter-notes]')).toContainText('Catatan penyaji slide satu');

    // Live cross-filtering still works on a slide.
    await page.locator('[data-chart="provinsi"] [data-key="33"]').first().click();
    await waitForView(page, 'tahun=2024&provinsi=33');
    await expect(deck).toHaveAttribute('data-slide', '1');
    // With a province chosen the slide's chart goes down a level, to that province's pemda.
    await expect(page.locator('[data-chart="pemda"] [data-key="33.25"]')).toBeVisible();
    await expect(page.locator('[data-chart="provinsi"]')).toHaveCount(0);

    // The footer: as-of day and sources, no time of day.
    const footer = page.locator('[data-present-footer]');
    await expect(footer).toContainText('Posisi data per');
    await expect(footer).toContainText('Sumber');
    expect(await footer.textContent()).not.toMatch(/\d{1,2}[.:]\d{2}/);

    await page.keyboard.press('ArrowRight');
    await expect(deck).toHaveAttribute('data-slide', '2');
    await waitForView(page, 'tahun=2024');
    await expect(page.locator('[data-table="peringkat"]')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(deck).toHaveAttribute('data-slide', '1');
    await page.keyboard.press('End');
    await expect(deck).toHaveAttribute('data-slide', '2');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/peringkat\?/);
    await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'presentasi');
  });
});

test.describe('masking and formula-safe exports', () => {
  test('hostile cells are neutralised in CSV and XLSX, and masking hides personal data on screen and in exports', async ({ page }) => {
    await importHostile(page);
    await page.goto('/?tahun=2025&pemda=32.04');
    await waitForView(page, 'tahun=2025&pemda=32.04');
    const table = page.locator('#transaksi');

    const csv = csvRows((await downloadOf(page, () => table.locator('[data-action="export-csv"]').click())).bytes);
    const cells = csv.flat();
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","klik")`);
    // The importer may trim the leading spaces; either way the cell is inert.
    expect(cells.some((c) => /^'\s*=cmd\|' \/C calc'!A0$/.test(c))).toBe(true);
    expect(cells).toContain(`'@SUM(1+1)`);
    expect(cells).toContain(`'+tambah kurang`);
    expect(cells).toContain(`'-2+3`);
    expect(cells.filter((c) => /^\s*[=+\-@\t\r]/.test(c) && !/^-?\d+$/.test(c))).toEqual([]);

    const xlsx = xlsxText((await downloadOf(page, () => table.locator('[data-action="export-xlsx"]').click())).bytes);
    expect(xlsx.formulas).toBe(false);
    expect(xlsx.text).toContain(`'=HYPERLINK("http://evil.example","klik")`);
    expect(xlsx.text).toMatch(/'\s*=cmd\|' \/C calc'!A0/);
    expect(xlsx.text).toContain(`'@SUM(1+1)`);

    // NIK and NPWP became pseudonyms at import: even unmasked, the export has the pseudonym,
    // never the number. The e-mail address is masking's to hide: there unmasked, gone masked.
    const unmasked = csv.flat().join('\n');
    expect(unmasked).not.toMatch(NIK_OR_NPWP);
    expect(unmasked).toMatch(/nik:samaran-[a-z]{20}/);
    expect(unmasked).toMatch(EMAIL);
    await page.locator('[data-action="toggle-masking"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-masking', 'on');
    await expect(table).not.toContainText('3204011234560001');
    await expect(table).not.toContainText('budi@contoh.id');
    const masked = (await downloadOf(page, () => table.locator('[data-action="export-csv"]').click())).bytes.toString('utf8');
    expect(masked).not.toMatch(NIK_OR_NPWP);
    expect(masked).not.toMatch(EMAIL);
    const maskedXlsx = xlsxText((await downloadOf(page, () => table.locator('[data-action="export-xlsx"]').click())).bytes);
    expect(maskedXlsx.text).not.toMatch(NIK_OR_NPWP);
    expect(maskedXlsx.text).not.toMatch(EMAIL);
    // Still masked after a reload (a meeting-room refresh shows nothing new).
    await page.reload();
    await waitForView(page, 'tahun=2025&pemda=32.04');
    await expect(page.locator('html')).toHaveAttribute('data-masking', 'on');
  });

  test('names of individual vendors are masked in the table and the export', async ({ page }) => {
    await page.goto('/?tahun=2024&jenis_penyedia=perseorangan');
    await waitForView(page, 'tahun=2024&jenis_penyedia=perseorangan');
    await page.locator('[data-action="toggle-masking"]').click();
    const vendorCells = page.locator('#transaksi tbody tr td:nth-child(7)');
    await expect(vendorCells.first()).toHaveText('[nama perorangan]');
    const rows = csvRows((await downloadOf(page, () => page.locator('#transaksi [data-action="export-csv"]').click())).bytes);
    const column = rows[0]!.indexOf('penyedia');
    expect(new Set(rows.slice(1).map((r) => r[column]))).toEqual(new Set(['[nama perorangan]']));
  });

  test('on the real ISB files, no NIK or NPWP is left in any export while masking is on', async ({ page }) => {
    test.skip(!existsSync(SHARED_ISB), 'needs ../shared/data');
    await page.goto('/dataset');
    await waitForView(page, '');
    await page.locator('[data-action="toggle-masking"]').click();
    await page
      .locator('[data-action="choose-files"]')
      .setInputFiles([join(SHARED_ISB, 'd107_2025_spse_nontender_selesai.csv'), join(SHARED_ISB, 'd107_2025_bela_tokodaring_realisasi.json')]);
    await expect(page.locator('[data-dataset]')).toHaveCount(2);
    await page.goto('/?tahun=2025');
    await waitForView(page, 'tahun=2025');
    const table = page.locator('#transaksi');
    for (const action of ['export-csv', 'export-xlsx'] as const) {
      const { bytes } = await downloadOf(page, () => table.locator(`[data-action="${action}"]`).click());
      const text = action === 'export-csv' ? bytes.toString('utf8') : xlsxText(bytes).text;
      expect(text, action).not.toMatch(NIK_OR_NPWP);
      expect(text, action).not.toMatch(EMAIL);
    }
    const pack = unzipSync(new Uint8Array((await downloadOf(page, () => page.locator('[data-action="export-evidence"]').click())).bytes));
    for (const [name, bytes] of Object.entries(pack)) {
      if (/\.(csv|sql|json|txt|svg)$/.test(name)) expect(strFromU8(bytes), name).not.toMatch(NIK_OR_NPWP);
    }
  });
});

test.describe('exports of a view', () => {
  test('a chart as PNG (2×) and SVG, with its content and caption', async ({ page }) => {
    await page.goto('/?tahun=2024');
    await waitForView(page, 'tahun=2024');
    const chart = page.locator('[data-chart="provinsi"]');
    const svg = (await downloadOf(page, () => chart.locator('[data-action="export-svg"]').click())).bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Jawa Tengah');
    expect(svg).toContain('Tahun anggaran: 2024');
    expect(svg).toContain('SELECT');
    const width = Number(/^<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
    const png = (await downloadOf(page, () => chart.locator('[data-action="export-png"]').click())).bytes;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.toString('latin1')).toContain('iTXt');
  });

  test('the rakor deck has one slide per saved view with native charts and notes; PDF and evidence pack verify', async ({ page }) => {
    await page.goto('/?tahun=2024');
    await waitForView(page, 'tahun=2024');
    await page.locator('[data-action="save-view"]').click();
    await page.locator('[data-saved-view-note]').fill('Catatan untuk pimpinan');
    await page.locator('[data-saved-view-note]').dispatchEvent('change');
    await page.goto('/peringkat?tahun=2024&provinsi=33&metrik=pdn');
    await waitForView(page, 'tahun=2024&provinsi=33');
    await page.locator('[data-action="save-view"]').click();
    await page.goto('/pemda/33.25?tahun=2024');
    await waitForView(page, 'tahun=2024');
    await page.locator('[data-action="save-view"]').click();

    const deck = unzipSync(new Uint8Array((await downloadOf(page, () => page.locator('[data-action="export-pptx"]').click())).bytes));
    const slides = Object.keys(deck).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(3);
    expect(strFromU8(deck['[Content_Types].xml']!)).toContain('/ppt/slides/slide3.xml');
    const charts = Object.keys(deck).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(charts.map((name) => strFromU8(deck[name]!)).join('')).toMatch(/<c:barChart>[\s\S]*<c:lineChart>|<c:lineChart>[\s\S]*<c:barChart>/);
    const notes = Object.keys(deck).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map((name) => strFromU8(deck[name]!));
    expect(notes.join('')).toContain('Catatan untuk pimpinan');

    await page.locator('[data-export-scope]').selectOption('saved');
    const pdf = (await downloadOf(page, () => page.locator('[data-action="export-pdf"]').click())).bytes;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length).toBeGreaterThanOrEqual(3);
    // A4 landscape: 297 × 210 mm = 841.89 × 595.28 pt.
    const [width, height] = /MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!.slice(1).map(Number);
    expect(width).toBeCloseTo(841.89, 1);
    expect(height).toBeCloseTo(595.28, 1);

    const { bytes } = await downloadOf(page, () => page.locator('[data-action="export-evidence"]').click());
    const pack = unzipSync(new Uint8Array(bytes));
    const manifest = strFromU8(pack['MANIFEST.sha256']!).trim().split('\n');
    const listed = new Map(manifest.map((line) => [line.slice(66), line.slice(0, 64)]));
    for (const [name, content] of Object.entries(pack)) {
      if (name === 'MANIFEST.sha256' || name === 'manifest.json' || name.endsWith('/')) continue;
      expect(listed.get(name), name).toBe(createHash('sha256').update(content).digest('hex'));
    }
    expect(Object.keys(pack).some((name) => name.startsWith('sql/'))).toBe(true);
    expect(Object.keys(pack).some((name) => name.endsWith('.png'))).toBe(true);
    expect(strFromU8(pack['dataset.csv']!)).toContain('sha256');
    expect(pack['transaksi.csv']).toBeDefined();
  });

  test("an exported chart of provinces marks each province's own target, not the slice's", async ({ page }) => {
    // Only Banten has an e-purchasing target (30 % of its procurement budget, target.csv): its bar
    // gets a red tick, the provinces without a target get none, and no rule crosses the chart.
    await page.goto('/peringkat?tahun=2024&metrik=epurchasing_anggaran&tingkat=provinsi');
    await waitForView(page, 'tahun=2024');
    const pack = unzipSync(new Uint8Array((await downloadOf(page, () => page.locator('[data-action="export-evidence"]').click())).bytes));
    const svg = strFromU8(pack['grafik/per-provinsi.svg']!);
    expect(svg).toContain('Tanda merah putus-putus: target yang berlaku bagi masing-masing wilayah.');
    expect(svg).not.toContain('aria-label="rule"');
    const group = (label: string) => new RegExp(`<g aria-label="${label}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
    const ticks = [...group('tick').matchAll(/<line x1="([\d.]+)" x2="[\d.]+" y1="([\d.]+)" y2="([\d.]+)"/g)].map(([, x, y1, y2]) => ({ x: Number(x), y: (Number(y1) + Number(y2)) / 2 }));
    expect(ticks).toHaveLength(1);
    // Each y label sits at its band's centre (the group's offset plus the text's own).
    const offsetOf = (label: string) => Number(new RegExp(`aria-label="${label}"[^>]*transform="translate\\(([-\\d.]+),([-\\d.]+)\\)"`).exec(svg)![2]);
    const rows = new Map([...group('y-axis tick label').matchAll(/translate\([\d.]+,([\d.]+)\)">([^<]+)</g)].map(([, y, name]) => [name!, Number(y) + offsetOf('y-axis tick label')]));
    expect(rows.has('Banten')).toBe(true);
    expect(Math.abs(ticks[0]!.y - rows.get('Banten')!)).toBeLessThan(2);
    // At 30 % on the value axis.
    const axis = new Map([...group('x-axis tick label').matchAll(/translate\(([\d.]+),[\d.]+\)">([^<]+)</g)].map(([, x, text]) => [text!, Number(x)]));
    expect(Math.abs(ticks[0]!.x - 0.5 - axis.get('30%')!)).toBeLessThan(1);
  });

  test('an export can be cancelled and the page stays usable', async ({ page }) => {
    await page.goto('/?tahun=2024');
    await waitForView(page, 'tahun=2024');
    await page.locator('[data-action="export-evidence"]').click();
    await page.locator('[data-action="cancel-export"]').click();
    await expect(page.locator('[data-export-status="cancelled"]')).toBeVisible();
    await page.locator('[data-chart="provinsi"] [data-key="33"]').first().click();
    await waitForView(page, 'tahun=2024&provinsi=33');
  });
});

test.describe('accessibility', () => {
  test('axe-core finds no serious violation in the view bar, the saved views, the name form and presentation mode', async ({ page }) => {
    const serious = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    };
    await page.goto('/?tahun=2024');
    await waitForView(page, 'tahun=2024');
    await page.locator('[data-action="save-view"]').click();
    await page.locator('[data-action="toggle-masking"]').click();
    expect(await serious('/ with a saved view')).toEqual([]);
    await page.locator('[data-action="present"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'presentasi');
    await waitForView(page, 'tahun=2024');
    await page.keyboard.press('n');
    await expect(page.locator('[data-presenter-notes]')).toBeVisible();
    expect(await serious('/presentasi')).toEqual([]);
  });
});
