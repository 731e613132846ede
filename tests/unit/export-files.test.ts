/**
 * The export file builders (src/lib/export/files/): what a user opens must be a valid file,
 * show the view's numbers exactly, keep hostile text inert, and (for the evidence pack) let
 * anyone verify with sha256sum that nothing changed. Files are unzipped and read as XML or
 * PDF text here, independently of the builders' own helpers.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { unzipSync, unzlibSync } from 'fflate';
import type { ExportContext, ExportProgress, ViewSnapshot } from '../../src/lib/export/snapshot';
import { tableWorkbook, viewWorkbook } from '../../src/lib/export/files/xlsx-file';
import { rakorDeck } from '../../src/lib/export/files/pptx-file';
import { evidencePack } from '../../src/lib/export/files/evidence-pack';
import { viewsPdf } from '../../src/lib/export/files/pdf-file';
import { toWinAnsi } from '../../src/lib/export/files/pdf-text';
import { integerCell, RUPIAH_FORMAT, sheetName } from '../../src/lib/export/files/xlsx-cells';
import { safePath } from '../../src/lib/export/files/pack-names';
import { neutraliseFormula } from '../../src/lib/format/csv-text';
import { formatDay } from '../../src/lib/format/date';

// ---------------------------------------------------------------------------------------
// Fixture: two views as the page would collect them, with text a spreadsheet would run.

const HOSTILE = ['=HYPERLINK("http://x","klik")', "  +cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '\tx', '\rx', `<b>&"'`];
/** 2^53 + 1: a double would store …992. */
const BEYOND_2_53 = '9007199254740993';
const EXPORTED_AT = '2025-03-04T05:06:07.000Z';

/** A small valid RGB PNG (the chart picture), built here with node:zlib. */
function tinyPng(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) raw.set([20 + x * 4, 80, 200 - y * 4], y * (width * 3 + 1) + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

const context: ExportContext = {
  appVersion: '0.1.0 (a39bb77)',
  exportedAt: EXPORTED_AT,
  masking: true,
  sources: [
    {
      fileName: 'sampel-sintetis.parquet',
      size: 1_234_567,
      sha256: 'ab'.repeat(32),
      importedAt: '2025-03-01T10:00:00.000Z',
      pulledAt: '2025-02-28T09:00:00.000Z',
      rows: 24_480,
      dataset: 'isb-ekatalog'
    },
    { fileName: '=cmd|calc.csv', size: 42, sha256: 'cd'.repeat(32), importedAt: '2025-03-02T11:00:00.000Z', pulledAt: null, rows: 3, dataset: null }
  ],
  sourcesLine: 'Data contoh sintetis (sampel-sintetis.parquet) + =cmd|calc.csv'
};

const TITLE_ONE = `Realisasi PDN Kota Bandung <b>&"'`;
const NOTE_ONE = 'Bahan rakor Senin: PDN di bawah jalur target, cek kanal e-katalog.';

const viewOne: ViewSnapshot = {
  id: 'saat-ini',
  title: TITLE_ONE,
  note: NOTE_ONE,
  url: '/peringkat?tahun=2025&metrik=pdn_realisasi',
  asOf: '2025-03-03',
  comparison: 'Minggu lalu',
  facts: [
    { label: 'Tahun anggaran', value: '2025' },
    { label: 'Pemda', value: 'Kota Bandung\n=1+1' },
    { label: 'Posisi data', value: '3 Mar 2025' },
    { label: 'Pembanding', value: 'Minggu lalu' },
    { label: 'Penyamaran', value: 'Aktif' }
  ],
  figures: [
    {
      key: 'pdn_realisasi',
      label: 'Realisasi PDN',
      display: '37,5 %',
      value: null,
      numerator: '3750000000',
      denominator: '10000000000',
      ratio: 0.375,
      target: 0.4,
      gap: '250000000',
      status: 'Berisiko',
      previous: '36,2 %',
      change: '+1,3 pp',
      sql: 'SELECT sum(nilai_pdn) / sum(nilai) AS rasio FROM transaksi WHERE tahun = 2025'
    },
    {
      key: 'umkk_anggaran',
      label: 'Belanja UMKK',
      display: 'Rp 9,0 kuadriliun',
      value: BEYOND_2_53,
      numerator: null,
      denominator: null,
      ratio: null,
      target: null,
      gap: null,
      status: null,
      previous: null,
      change: null,
      sql: "SELECT sum(nilai) FROM transaksi WHERE skala IN ('mikro','kecil')"
    }
  ],
  charts: [
    {
      name: 'Porsi PDN per Pemda',
      title: 'Porsi PDN per pemda',
      kind: 'bar',
      unit: 'fraction',
      categories: ['Kota Bandung', 'Kab. Bandung', 'Kota Cimahi'],
      series: [{ name: 'Realisasi PDN', values: [0.375, 0.52, null] }],
      targets: [0.4, 0.4, 0.4],
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
      png: tinyPng(40, 20),
      sql: 'SELECT pemda, sum(nilai_pdn) / sum(nilai) FROM transaksi GROUP BY pemda'
    },
    {
      name: 'tren-mingguan',
      title: 'Tren mingguan (rupiah)',
      kind: 'line',
      unit: 'rupiah',
      categories: ['2025-02-17', '2025-02-24', '2025-03-03'],
      series: [
        { name: 'PDN', values: [1.2e9, 2.5e9, 3.75e9] },
        { name: 'UMKK', values: [0.8e9, null, 2.1e9] }
      ],
      targets: [null, null, null],
      svg: null,
      png: null,
      sql: 'SELECT minggu, sum(nilai_pdn), sum(nilai_umkk) FROM transaksi GROUP BY minggu'
    }
  ],
  tables: [
    {
      name: 'peringkat',
      title: 'Peringkat pemda',
      columns: [
        { key: 'pemda', label: 'Pemda', kind: 'text' },
        { key: 'nilai', label: 'Nilai', kind: 'rupiah' },
        { key: 'paket', label: 'Paket', kind: 'count' },
        { key: 'porsi', label: 'Porsi PDN', kind: 'fraction' },
        { key: 'tanggal', label: 'Transaksi terakhir', kind: 'date' }
      ],
      rows: [
        ...HOSTILE.map((text, index) => [text, String(1_000_000 * (index + 1)), String(index + 1), 0.1 * index, `2025-03-0${index + 1}`]),
        ['Kota Raksasa', BEYOND_2_53, '123456', 0.999, '2025-03-03'],
        ['Kota Tanpa Data', null, null, null, null]
      ],
      totalRows: 120,
      sql: 'SELECT pemda, sum(nilai) AS nilai, count(*) AS paket FROM transaksi GROUP BY pemda ORDER BY nilai DESC'
    }
  ]
};

const viewTwo: ViewSnapshot = {
  id: 'tampilan-2',
  title: 'Belanja UMKK Provinsi Jawa Barat',
  note: 'Catatan kedua: UMKK ≥ 40% → tercapai.',
  url: '/ringkasan?tahun=2025&provinsi=32',
  asOf: '2025-03-10',
  comparison: null,
  facts: [
    { label: 'Tahun anggaran', value: '2025' },
    { label: 'Provinsi', value: 'Jawa Barat' }
  ],
  figures: [
    {
      key: 'umkk_realisasi',
      label: 'Realisasi UMKK',
      display: '41,2 %',
      value: null,
      numerator: '412000000',
      denominator: '1000000000',
      ratio: 0.412,
      target: 0.4,
      gap: '0',
      status: 'Tercapai',
      previous: null,
      change: null,
      sql: 'SELECT 0.412'
    },
    {
      key: 'jumlah_paket',
      label: 'Jumlah paket',
      display: '2.448',
      value: '2448',
      numerator: null,
      denominator: null,
      ratio: null,
      target: null,
      gap: null,
      status: null,
      previous: '2.300',
      change: '+148',
      sql: 'SELECT count(*) FROM transaksi'
    }
  ],
  charts: [
    {
      name: 'porsi-umkk',
      title: 'Porsi UMKK per bulan',
      kind: 'bar',
      unit: 'fraction',
      categories: ['Jan', 'Feb', 'Mar'],
      series: [{ name: 'UMKK', values: [0.3, 0.38, 0.412] }],
      // Each category its own target, one without: a marker on each bar, no line joining them.
      targets: [0.4, 0.35, null],
      svg: null,
      png: null,
      sql: 'SELECT bulan, porsi FROM umkk'
    }
  ],
  tables: []
};

// ---------------------------------------------------------------------------------------
// Reading Office files without a DOM.

const decoder = new TextDecoder();
const text = (bytes: Uint8Array | undefined): string => {
  if (!bytes) throw new Error('missing part');
  return decoder.decode(bytes);
};

function decodeEntities(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * A small well-formedness check (no XML parser in Node): tags balance and nest, attribute
 * values are quoted, and text holds no raw `<` or bare `&`. Enough to catch unescaped text
 * or a truncated part.
 */
function assertWellFormed(xml: string, part: string): void {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  const token = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(body)) !== null) {
    const [, closing, name, , selfClosing, content, stray] = match;
    if (stray) throw new Error(`${part}: malformed tag at ${match.index}: ${body.slice(match.index, match.index + 60)}`);
    if (content !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(content)) throw new Error(`${part}: bare & in text near ${match.index}`);
      if (stack.length === 0 && content.trim() !== '') throw new Error(`${part}: text outside the root element`);
      continue;
    }
    if (!name) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`${part}: </${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`${part}: unclosed <${stack.join('> <')}>`);
}

function assertPackageWellFormed(files: Record<string, Uint8Array>): void {
  for (const [path, bytes] of Object.entries(files)) {
    if (/\.(xml|rels)$/.test(path)) assertWellFormed(text(bytes), path);
  }
}

/** Shared strings of an XLSX, decoded, in index order. */
function sharedStrings(files: Record<string, Uint8Array>): string[] {
  const xml = text(files['xl/sharedStrings.xml']);
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) =>
    [...(si ?? '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)].map(([, t]) => decodeEntities(t ?? '')).join('')
  );
}

interface XlsxCell {
  ref: string;
  type: string | null;
  style: number | null;
  value: string | null;
}

function cellsOf(sheetXml: string): XlsxCell[] {
  return [...sheetXml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(([, attributes = '', inner = '']) => ({
    ref: /r="([A-Z]+\d+)"/.exec(attributes)?.[1] ?? '',
    type: /t="(\w+)"/.exec(attributes)?.[1] ?? null,
    style: /s="(\d+)"/.exec(attributes) ? Number(/s="(\d+)"/.exec(attributes)?.[1]) : null,
    value: /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? null
  }));
}

/** The number format code a cell style index points at (custom formats from numFmts). */
function formatCodeOf(stylesXml: string, style: number): string | null {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const xf = [...xfs.matchAll(/<xf\s[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)][style]?.[0];
  const id = xf ? /numFmtId="(\d+)"/.exec(xf)?.[1] : undefined;
  if (id === undefined) return null;
  const numFmt = new RegExp(`<numFmt\\s+numFmtId="${id}"\\s+formatCode="([^"]*)"`).exec(stylesXml);
  return numFmt ? decodeEntities(numFmt[1] ?? '') : id === '0' ? 'General' : `builtin:${id}`;
}

/** The text of a cell as a reader sees it: shared string or the number. */
function cellText(cell: XlsxCell | undefined, strings: string[]): string | null {
  if (!cell || cell.value === null) return null;
  return cell.type === 's' ? (strings[Number(cell.value)] ?? null) : cell.value;
}

function sheetNames(files: Record<string, Uint8Array>): string[] {
  return [...text(files['xl/workbook.xml']).matchAll(/<sheet\s[^>]*name="([^"]*)"/g)].map(([, name]) => decodeEntities(name ?? ''));
}

/** Every `<a:t>` text of a DrawingML part, decoded. */
function drawingTexts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map(([, t]) => decodeEntities(t ?? ''));
}

// ---------------------------------------------------------------------------------------

describe('XLSX of a view', () => {
  it('is a valid package with Keterangan, Angka, one sheet per table and SQL', async () => {
    const steps: ExportProgress[] = [];
    const files = unzipSync(await viewWorkbook(viewOne, context, (p) => steps.push(p)));
    expect(files['[Content_Types].xml']).toBeDefined();
    expect(files['xl/workbook.xml']).toBeDefined();
    expect(sheetNames(files)).toEqual(['Keterangan', 'Angka', 'Peringkat pemda', 'SQL']);
    for (let n = 1; n <= 4; n += 1) expect(files[`xl/worksheets/sheet${n}.xml`], `sheet${n}`).toBeDefined();
    expect(files['xl/worksheets/sheet5.xml']).toBeUndefined();
    assertPackageWellFormed(files);
    expect(steps.at(-1)?.fraction).toBe(1);
    expect(steps.every((p) => p.fraction >= 0 && p.fraction <= 1)).toBe(true);
  });

  it('keeps every hostile text inert: apostrophe-prefixed and never a formula', async () => {
    const files = unzipSync(await viewWorkbook(viewOne, context));
    const strings = sharedStrings(files);
    for (const hostile of HOSTILE.filter((h) => h !== `<b>&"'`)) expect(strings, JSON.stringify(hostile)).toContain(`'${hostile}`);
    expect(strings).toContain(`'=HYPERLINK("http://x","klik")`);
    expect(strings).toContain(`'  +cmd|' /C calc'!A0`);
    expect(strings).toContain(`<b>&"'`);
    expect(strings).toContain(TITLE_ONE);
    // A fact value and a source file name are text cells too.
    expect(strings).toContain(`'=cmd|calc.csv`);
    // No string cell a spreadsheet would still run, and no formula element anywhere.
    expect(strings.filter((s) => neutraliseFormula(s) !== s)).toEqual([]);
    for (const [path, bytes] of Object.entries(files)) {
      if (path.endsWith('.xml')) expect(text(bytes), path).not.toMatch(/<f[\s>/]/);
    }
  });

  it('writes rupiah as numbers in the Indonesian rupiah format, counts and fractions as numbers, and 2^53+1 exactly as text', async () => {
    const files = unzipSync(await viewWorkbook(viewOne, context));
    const strings = sharedStrings(files);
    const styles = text(files['xl/styles.xml']);
    const cells = cellsOf(text(files['xl/worksheets/sheet3.xml']));
    const at = (ref: string) => cells.find((cell) => cell.ref === ref);
    // Header row: labels as text.
    expect(cellText(at('B1'), strings)).toBe('Nilai');
    // Row 2 is the first data row: rupiah 1.000.000, count 1, fraction 0.
    const rupiah = at('B2');
    expect(rupiah?.type === null || rupiah?.type === 'n').toBe(true);
    expect(rupiah?.value).toBe('1000000');
    expect(formatCodeOf(styles, rupiah?.style ?? -1)).toBe('[$Rp-421] #,##0');
    const count = at('C3');
    expect(count?.type).toBeNull();
    expect(count?.value).toBe('2');
    expect(formatCodeOf(styles, count?.style ?? -1)).toBe('#,##0');
    const fraction = at('D3');
    expect(fraction?.type).toBeNull();
    expect(Number(fraction?.value)).toBeCloseTo(0.1, 12);
    expect(formatCodeOf(styles, fraction?.style ?? -1)).toBe('0.0%');
    // Dates stay ISO text.
    expect(at('E2')?.type).toBe('s');
    expect(cellText(at('E2'), strings)).toBe('2025-03-01');
    // 2^53 + 1 (row 9) is kept digit for digit, as text.
    const big = at(`B${HOSTILE.length + 2}`);
    expect(big?.type).toBe('s');
    expect(cellText(big, strings)).toBe(BEYOND_2_53);
    // The empty row stays empty.
    expect(at(`B${HOSTILE.length + 3}`)).toBeUndefined();
    // The table is a page of a longer answer, and says so.
    expect(strings).toContain('Berisi 9 dari 120 baris. Untuk semua baris, gunakan ekspor CSV.');
  });

  it('lists every figure in Angka and every SQL statement in SQL', async () => {
    const files = unzipSync(await viewWorkbook(viewOne, context));
    const strings = sharedStrings(files);
    const styles = text(files['xl/styles.xml']);
    const angka = cellsOf(text(files['xl/worksheets/sheet2.xml']));
    const header = angka.filter((cell) => /^[A-Z]+1$/.test(cell.ref)).map((cell) => cellText(cell, strings));
    expect(header).toEqual(['Ukuran', 'Kode', 'Tampilan', 'Nilai', 'Pembilang', 'Penyebut', 'Rasio', 'Target', 'Selisih', 'Status', 'Pembanding', 'Perubahan', 'SQL']);
    const gap = angka.find((cell) => cell.ref === 'I2');
    expect(gap?.value).toBe('250000000');
    expect(formatCodeOf(styles, gap?.style ?? -1)).toBe('[$Rp-421] #,##0');
    expect(angka.find((cell) => cell.ref === 'H2')?.value).toBe('0.4');
    // The figure whose value is beyond 2^53 keeps it as text.
    expect(cellText(angka.find((cell) => cell.ref === 'D3'), strings)).toBe(BEYOND_2_53);
    const sql = cellsOf(text(files['xl/worksheets/sheet4.xml'])).map((cell) => cellText(cell, strings));
    for (const statement of [...viewOne.figures, ...viewOne.charts, ...viewOne.tables].map((item) => item.sql)) expect(sql).toContain(statement);
    // Keterangan: app, version, time, masking, title, note, url, facts, sources.
    const about = cellsOf(text(files['xl/worksheets/sheet1.xml'])).map((cell) => cellText(cell, strings));
    for (const expected of ['Telisik', context.appVersion, EXPORTED_AT, 'Aktif', TITLE_ONE, NOTE_ONE, viewOne.url, 'Kota Bandung\n=1+1', 'sampel-sintetis.parquet', 'ab'.repeat(32)]) {
      expect(about, expected).toContain(expected);
    }
    expect(about).toContain('1234567');
  });

  it('gives the same bytes for the same export (entry times come from exportedAt)', async () => {
    const first = await viewWorkbook(viewOne, context);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(Buffer.from(await viewWorkbook(viewOne, context)).equals(Buffer.from(first))).toBe(true);
  });

  it('builds a one-table workbook with its own Keterangan', async () => {
    const table = viewOne.tables[0];
    if (!table) throw new Error('fixture');
    const files = unzipSync(await tableWorkbook(table, viewOne.facts, context));
    expect(sheetNames(files)).toEqual(['Peringkat pemda', 'Keterangan']);
    assertPackageWellFormed(files);
    const strings = sharedStrings(files);
    expect(strings).toContain(table.sql);
    expect(strings).toContain('Tahun anggaran');
    expect(strings).toContain(`'=HYPERLINK("http://x","klik")`);
  });

  it('writes a large table (parts over 160 kB, which write-excel-file zips asynchronously) completely', async () => {
    const base = viewOne.tables[0];
    if (!base) throw new Error('fixture');
    const rows = Array.from({ length: 6000 }, (_, index) => [`Pemda ${index}`, String(index * 1000), String(index), index / 6000, '2025-03-03']);
    const files = unzipSync(await tableWorkbook({ ...base, rows, totalRows: rows.length }, viewOne.facts, context));
    const sheet = text(files['xl/worksheets/sheet1.xml']);
    expect(sheet.length).toBeGreaterThan(160_000);
    expect([...sheet.matchAll(/<row\s/g)]).toHaveLength(6001);
    assertWellFormed(sheet, 'sheet1');
  });

  it('keeps integers as numbers only while a spreadsheet holds every digit (15 significant digits)', () => {
    expect(integerCell('999999999999999', RUPIAH_FORMAT)).toMatchObject({ type: Number, value: 999_999_999_999_999, format: RUPIAH_FORMAT });
    expect(integerCell('-999999999999999', RUPIAH_FORMAT)).toMatchObject({ type: Number, value: -999_999_999_999_999 });
    // 16 digits, below 2^53, yet Excel would show …450.
    expect(integerCell('1234567890123456', RUPIAH_FORMAT)).toEqual({ type: String, value: '1234567890123456' });
    expect(integerCell(BEYOND_2_53, RUPIAH_FORMAT)).toEqual({ type: String, value: BEYOND_2_53 });
    expect(integerCell('12,5', RUPIAH_FORMAT)).toEqual({ type: String, value: '12,5' });
  });

  it('makes sheet names valid and unique', () => {
    const used = new Set(['keterangan']);
    expect(sheetName('Keterangan', used, 'Tabel')).toBe('Keterangan (2)');
    expect(sheetName("'Rincian [2025]: a/b\\c*d?'", used, 'Tabel')).toBe('Rincian 2025 a b c d');
    expect(sheetName('x'.repeat(40), used, 'Tabel')).toHaveLength(31);
    expect(sheetName('[]:*?/\\', used, 'Tabel')).toBe('Tabel');
  });
});

// ---------------------------------------------------------------------------------------

describe('PPTX rakor deck', () => {
  it('has exactly one slide per view, listed in the content types and the presentation', async () => {
    const files = unzipSync(await rakorDeck([viewOne, viewTwo], context));
    const types = text(files['[Content_Types].xml']);
    const slides = Object.keys(files).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path));
    expect(slides.sort()).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']);
    for (const slide of slides) expect(types).toContain(`PartName="/${slide}"`);
    expect(types).not.toContain('/ppt/slides/slide3.xml');
    const presentation = text(files['ppt/presentation.xml']);
    expect([...presentation.matchAll(/<p:sldId\s/g)]).toHaveLength(2);
    // 16:9 (13.33 × 7.5 in).
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    assertPackageWellFormed(files);
    expect(text(files['docProps/core.xml'])).toContain('<dc:title>Telisik — bahan rakor</dc:title>');
    expect(text(files['docProps/core.xml'])).toContain('<dc:creator>Telisik</dc:creator>');
    expect(text(files['docProps/app.xml'])).toContain('<Company>Telisik</Company>');
  });

  it('draws native bar and line charts referenced from the slides, with a target series', async () => {
    const files = unzipSync(await rakorDeck([viewOne, viewTwo], context));
    const charts = Object.keys(files).filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path));
    expect(charts).toHaveLength(3);
    const rels1 = text(files['ppt/slides/_rels/slide1.xml.rels']);
    const rels2 = text(files['ppt/slides/_rels/slide2.xml.rels']);
    // pptxgenjs writes chart targets as absolute part names (/ppt/charts/chartN.xml).
    const chartTarget = /Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/g;
    const referenced = [...`${rels1}${rels2}`.matchAll(chartTarget)].map(([, name]) => `ppt/charts/${name}`);
    expect(referenced.sort()).toEqual([...charts].sort());
    const [barTarget, line] = [...rels1.matchAll(chartTarget)].map(([, name]) => text(files[`ppt/charts/${name}`]));
    // Bar chart of fractions: bars plus the target as a line, value axis in percent.
    expect(barTarget).toMatch(/<c:barChart[\s>]/);
    expect(barTarget).toMatch(/<c:lineChart[\s>]/);
    expect(barTarget).toContain('formatCode="0%"');
    expect(barTarget).toContain('<c:v>Target</c:v>');
    expect(barTarget).toContain('<c:v>0.4</c:v>');
    expect(barTarget).toContain('<c:v>Kota Bandung</c:v>');
    // Line chart of rupiah: two series, no target, rupiah axis.
    expect(line).toMatch(/<c:lineChart[\s>]/);
    expect(line).not.toMatch(/<c:barChart[\s>]/);
    expect(line).not.toContain('<c:v>Target</c:v>');
    expect(line).toContain('<c:v>UMKK</c:v>');
    expect(line).toContain('&quot;Rp &quot;');
    // Targets that differ by category: a red dash on each bar, no line between them, a gap where none applies.
    const [own] = [...rels2.matchAll(chartTarget)].map(([, name]) => text(files[`ppt/charts/${name}`]));
    expect(own).toMatch(/<c:barChart[\s>]/);
    const ownLine = own!.slice(own!.search(/<c:lineChart[\s>]/));
    expect(ownLine).toContain('<c:v>Target tiap wilayah</c:v>');
    expect(ownLine).toContain('<c:symbol val="dash"/>');
    expect(ownLine).toContain('<a:ln><a:noFill/></a:ln>');
    expect(ownLine).toContain('<c:v>0.35</c:v>');
    expect(ownLine).not.toContain('<c:v>Target</c:v>');
    // Each chart carries its data as an embedded workbook, so it stays editable.
    expect(Object.keys(files).filter((path) => /^ppt\/embeddings\/.*\.xlsx$/.test(path))).toHaveLength(3);
  });

  it('repairs the chart workbooks pptxgenjs writes (no stray apostrophe in the table range)', async () => {
    const files = unzipSync(await rakorDeck([viewOne], context));
    const workbooks = Object.keys(files).filter((path) => /^ppt\/embeddings\/.*\.xlsx$/.test(path));
    expect(workbooks).toHaveLength(2);
    for (const path of workbooks) {
      const workbook = unzipSync(files[path] ?? new Uint8Array());
      assertPackageWellFormed(workbook);
      expect(text(workbook['xl/tables/table1.xml'])).toMatch(/\sref="A1:[A-Z]+\d+"/);
    }
  });

  it('puts the figures in a readable table, the as-of day and sources in the footer, and no clock', async () => {
    const files = unzipSync(await rakorDeck([viewOne, viewTwo], context));
    const slide1 = text(files['ppt/slides/slide1.xml']);
    const texts = drawingTexts(slide1);
    expect(texts).toContain(TITLE_ONE);
    expect(slide1).toContain('&lt;b&gt;&amp;&quot;&apos;');
    expect(texts).toEqual(expect.arrayContaining(['Ukuran', 'Nilai', 'Target', 'Selisih', 'Status', 'Perubahan', 'Realisasi PDN', '37,5 %', '40%', 'Berisiko', '+1,3 pp']));
    const footer = texts.find((t) => t.includes(context.sourcesLine));
    expect(footer).toContain(`Posisi data per ${formatDay('2025-03-03')}`);
    // The facts line is one line: the fact's line break is gone.
    expect(texts.find((t) => t.startsWith('Tahun anggaran: 2025'))).toContain('Pemda: Kota Bandung =1+1');
    for (const slide of ['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']) {
      const xml = text(files[slide]);
      expect(xml).not.toContain('2025-03-04');
      expect(xml).not.toMatch(/05[:.]06/);
      const table = /<a:tbl>[\s\S]*<\/a:tbl>/.exec(xml)?.[0] ?? '';
      const sizes = [...table.matchAll(/\ssz="(\d+)"/g)].map(([, size]) => Number(size));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1400);
    }
    expect(text(files['ppt/slides/slide2.xml'])).toContain(`Posisi data per ${formatDay('2025-03-10')}`);
  });

  it('shows at most four figures on a slide and says how many more there are', async () => {
    const base = viewTwo.figures[1];
    if (!base) throw new Error('fixture');
    const figures = Array.from({ length: 8 }, (_, index) => ({ ...base, key: `angka_${index}`, label: `Angka ${index + 1}` }));
    const files = unzipSync(await rakorDeck([{ ...viewTwo, figures, charts: [] }], context));
    const slide = text(files['ppt/slides/slide1.xml']);
    expect([...slide.matchAll(/<a:tr\s/g)]).toHaveLength(5);
    expect(drawingTexts(slide)).toContain('… dan 4 angka lain (lihat berkas XLSX).');
    expect(Object.keys(files).filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))).toEqual([]);
  });

  it('writes speaker notes: the note, the facts, then the SQL', async () => {
    const files = unzipSync(await rakorDeck([viewOne, viewTwo], context));
    const notes1 = drawingTexts(text(files['ppt/notesSlides/notesSlide1.xml'])).join('\n');
    expect(notes1.startsWith(NOTE_ONE)).toBe(true);
    expect(notes1.indexOf('Tahun anggaran: 2025')).toBeGreaterThan(notes1.indexOf(NOTE_ONE));
    expect(notes1.indexOf(viewOne.figures[0]?.sql ?? '?')).toBeGreaterThan(notes1.indexOf('Tahun anggaran: 2025'));
    const notes2 = drawingTexts(text(files['ppt/notesSlides/notesSlide2.xml'])).join('\n');
    expect(notes2).toContain('UMKK ≥ 40% → tercapai.');
  });
});

// ---------------------------------------------------------------------------------------

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What `sha256sum -c MANIFEST.sha256` would do: the paths whose bytes do not match. */
function verifyManifest(files: Record<string, Uint8Array>): string[] {
  const lines = text(files['MANIFEST.sha256']).split('\n').filter((line) => line !== '');
  return lines.flatMap((line) => {
    const match = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
    if (!match) return [`malformed: ${line}`];
    const [, hash, path = ''] = match;
    const bytes = files[path];
    return bytes && sha256(bytes) === hash ? [] : [path];
  });
}

describe('Evidence pack', () => {
  const extras = [{ name: 'baris/Transaksi Kota Bandung (=1+1).csv', bytes: new TextEncoder().encode('pemda,nilai\r\nKota Bandung,1\r\n') }];

  it('holds the workbook, charts, SQL files, view, sources, version and extras under safe names', async () => {
    const files = unzipSync(await evidencePack(viewOne, context, extras));
    const paths = Object.keys(files);
    expect(paths).toEqual(
      expect.arrayContaining([
        'BACA-SAYA.txt',
        'angka.xlsx',
        'grafik/porsi-pdn-per-pemda.svg',
        'grafik/porsi-pdn-per-pemda.png',
        'tampilan.json',
        'dataset.csv',
        'versi.txt',
        'baris/transaksi-kota-bandung-1-1-.csv',
        'MANIFEST.sha256',
        'manifest.json'
      ])
    );
    // The line chart had no pictures.
    expect(paths.filter((path) => path.startsWith('grafik/'))).toHaveLength(2);
    for (const path of paths.filter((p) => p !== 'BACA-SAYA.txt' && p !== 'MANIFEST.sha256')) expect(path).toMatch(/^[a-z0-9._-]+(\/[a-z0-9._-]+)*$/);
    expect(text(files['BACA-SAYA.txt'])).toContain('sha256sum -c MANIFEST.sha256');
    expect(text(files['versi.txt'])).toContain(context.appVersion);
    expect(text(files['versi.txt'])).toContain(EXPORTED_AT);
    expect(files['grafik/porsi-pdn-per-pemda.png']).toEqual(viewOne.charts[0]?.png);
    // The workbook inside is the view's workbook.
    expect(sheetNames(unzipSync(files['angka.xlsx'] ?? new Uint8Array()))).toEqual(['Keterangan', 'Angka', 'Peringkat pemda', 'SQL']);
    const view = JSON.parse(text(files['tampilan.json'])) as Record<string, unknown>;
    expect(view).toEqual({ title: TITLE_ONE, note: NOTE_ONE, url: viewOne.url, asOf: '2025-03-03', comparison: 'Minggu lalu', facts: viewOne.facts, masking: true });
  });

  it('has one commented SQL file per statement, the comment kept on single lines', async () => {
    const files = unzipSync(await evidencePack(viewOne, context, extras));
    const sqlPaths = Object.keys(files).filter((path) => path.startsWith('sql/')).sort();
    expect(sqlPaths).toEqual([
      'sql/01-angka-pdn_realisasi.sql',
      'sql/02-angka-umkk_anggaran.sql',
      'sql/03-grafik-porsi-pdn-per-pemda.sql',
      'sql/04-grafik-tren-mingguan.sql',
      'sql/05-tabel-peringkat.sql'
    ]);
    const statements = [...viewOne.figures, ...viewOne.charts, ...viewOne.tables].map((item) => item.sql);
    sqlPaths.forEach((path, index) => {
      const sql = text(files[path]);
      const [what, filters, asOf] = sql.split('\n');
      expect(what).toMatch(/^-- Telisik — /);
      expect(filters).toContain('-- Filter dan keterangan: Tahun anggaran: 2025; Pemda: Kota Bandung =1+1;');
      expect(asOf).toBe('-- Posisi data per: 2025-03-03');
      expect(sql).toContain(statements[index]);
    });
  });

  it('verifies with its MANIFEST.sha256, and a changed byte fails verification', async () => {
    const files = unzipSync(await evidencePack(viewOne, context, extras));
    expect(verifyManifest(files)).toEqual([]);
    const listed = text(files['MANIFEST.sha256'])
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(66));
    const expected = Object.keys(files)
      .filter((path) => path !== 'MANIFEST.sha256' && path !== 'manifest.json')
      .sort();
    expect(listed).toEqual(expected);
    expect(text(files['MANIFEST.sha256']).endsWith('\n')).toBe(true);

    const tampered = { ...files, 'angka.xlsx': Uint8Array.from(files['angka.xlsx'] ?? []) };
    const bytes = tampered['angka.xlsx'];
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    expect(verifyManifest(tampered)).toEqual(['angka.xlsx']);

    const manifest = JSON.parse(text(files['manifest.json'])) as {
      files: { path: string; size: number; sha256: string }[];
      manifest: { path: string; sha256: string };
    };
    expect(manifest.files.map((file) => file.path)).toEqual(expected);
    for (const file of manifest.files) {
      const content = files[file.path] ?? new Uint8Array();
      expect(file.size).toBe(content.length);
      expect(file.sha256).toBe(sha256(content));
    }
    expect(manifest.manifest).toMatchObject({ path: 'MANIFEST.sha256', sha256: sha256(files['MANIFEST.sha256'] ?? new Uint8Array()) });
  });

  it('lists the sources in dataset.csv, formula-safe and RFC 4180', async () => {
    const files = unzipSync(await evidencePack(viewOne, context, extras));
    const lines = text(files['dataset.csv']).split('\r\n');
    expect(lines[0]).toBe('nama_berkas,ukuran_bita,sha256,diimpor_pada,ditarik_pada,baris,dataset');
    expect(lines[1]).toBe(`sampel-sintetis.parquet,1234567,${'ab'.repeat(32)},2025-03-01T10:00:00.000Z,2025-02-28T09:00:00.000Z,24480,isb-ekatalog`);
    expect(lines[2]).toBe(`'=cmd|calc.csv,42,${'cd'.repeat(32)},2025-03-02T11:00:00.000Z,,3,`);
    expect(lines[3]).toBe('');
  });

  it('is reproducible: same inputs, same bytes, entries dated at the export time (UTC)', async () => {
    const first = await evidencePack(viewOne, context, extras);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await evidencePack(viewOne, context, extras);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // The first local file header's DOS time and date.
    const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([2025, 3, 4, 5, 6, 6]);
  });

  it('keeps odd names inside the pack', () => {
    expect(safePath('../../etc/passwd', 'x')).toBe('etc/passwd');
    expect(safePath('Grafik Ümkm/Peta: Jawa Barat?.PNG', 'x')).toBe('grafik-umkm/peta-jawa-barat-.png');
    expect(safePath('///', 'tambahan')).toBe('tambahan');
  });
});

// ---------------------------------------------------------------------------------------

/** The PDF's text: its uncompressed parts plus every FlateDecode stream inflated. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const parts = [raw];
  const stream = /\/FlateDecode[^]*?stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = stream.exec(raw)) !== null) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      parts.push(Buffer.from(unzlibSync(bytes.subarray(start, end))).toString('latin1'));
    } catch {
      // An image stream with a predictor still inflates; anything else is not text anyway.
    }
  }
  return parts.join('\n');
}

describe('PDF of views', () => {
  it('is an A4 landscape PDF with at least one page per view, titles, figures, rows and footers', async () => {
    const steps: ExportProgress[] = [];
    const bytes = await viewsPdf([viewOne, viewTwo], context, (p) => steps.push(p));
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    const pages = [...raw.matchAll(/\/Type\s*\/Page(?!s)/g)].length;
    expect(pages).toBeGreaterThanOrEqual(2);
    const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(([, w, h]) => [Number(w), Number(h)]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) {
      expect(w).toBeCloseTo(841.89, 1);
      expect(h).toBeCloseTo(595.28, 1);
    }
    const content = pdfText(bytes);
    expect(content).toContain('Realisasi PDN Kota Bandung <b>&"\'');
    expect(content).toContain('Belanja UMKK Provinsi Jawa Barat');
    expect(content).toContain('3.750.000.000');
    // The figure's exact value is not cut short (the table row has it too, after "Rp ").
    expect(content).toContain('(9.007.199.254.740.993)');
    expect(content).toContain('(Rp 9.007.199.254.740.993)');
    expect(content).toContain('Rp 250.000.000');
    expect(content).toMatch(/\d+ dari 120 baris/);
    expect(content).toContain(`halaman 1/${pages}`);
    expect(content).toContain(`halaman ${pages}/${pages}`);
    expect(content).toContain(`Posisi data per ${formatDay('2025-03-03')}`);
    expect(content).toContain(`Posisi data per ${formatDay('2025-03-10')}`);
    // Note two's "≥" and "→" in WinAnsi spelling.
    expect(content).toContain('UMKK >= 40% -> tercapai.');
    // The chart picture is embedded.
    expect(raw).toMatch(/\/Subtype\s*\/Image/);
    expect(steps.at(-1)?.fraction).toBe(1);
  });

  it('maps text outside WinAnsi to safe equivalents', () => {
    expect(toWinAnsi('≥ 40% ≈ → −5 ≤ x')).toBe('>= 40% ~ -> -5 <= x');
    expect(toWinAnsi('Rp 1.000 – “kutip” … € é ü')).toBe('Rp 1.000 – “kutip” … € é ü');
    expect(toWinAnsi('Bucureşti ă 北京 🙂')).toBe('Bucuresti a ?? ?');
    expect(toWinAnsi('a\tb\r\nc\u202Fd')).toBe('a b\nc d');
  });

  it('gives the same bytes for the same export', async () => {
    const first = await viewsPdf([viewOne, viewTwo], context);
    const second = await viewsPdf([viewOne, viewTwo], context);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------
// LibreOffice, when installed (CI may install it): does a real office suite open the files?

function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [name], { stdio: 'pipe' });
      return name;
    } catch {
      // not on PATH
    }
  }
  return null;
}

const soffice = findSoffice();

function convert(bytes: Uint8Array, fileName: string, target: string): { dir: string; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'telisik-lo-'));
  const input = join(dir, fileName);
  writeFileSync(input, bytes);
  execFileSync(soffice ?? 'soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', target, '--outdir', dir, input], {
    stdio: 'pipe',
    timeout: 180_000
  });
  const output = readdirSync(dir).find((name) => name !== fileName && name.startsWith(fileName.replace(/\.\w+$/, '')));
  if (!output) throw new Error(`LibreOffice wrote nothing for ${fileName}`);
  return { dir, output: join(dir, output) };
}

describe('LibreOffice round trip', () => {
  it.skipIf(!soffice)('converts the deck to a PDF with one page per view', async () => {
    const { dir, output } = convert(await rakorDeck([viewOne, viewTwo], context), 'rakor.pptx', 'pdf');
    try {
      expect(existsSync(output)).toBe(true);
      const raw = readFileSync(output).toString('latin1');
      expect([...raw.matchAll(/\/Type\s*\/Page(?!s)/g)]).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!soffice)('reads hostile table cells as text, not as formulas', async () => {
    const table = viewOne.tables[0];
    if (!table) throw new Error('fixture');
    const { dir, output } = convert(await tableWorkbook(table, viewOne.facts, context), 'tabel.xlsx', 'csv');
    try {
      const csv = readFileSync(output, 'utf8');
      expect(csv).toContain(`'=HYPERLINK(""http://x"",""klik"")`);
      expect(csv).toContain("'@SUM(1)");
      expect(csv).toContain(BEYOND_2_53);
      expect(csv).not.toMatch(/^klik,/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
