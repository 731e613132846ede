/**
 * Issue 10, item 7 ("loading messy CSVs"): the corpus in tests/fixtures/messy-csv, one small
 * file per kind of pollution with what reading it must give, read the way `npm run import`
 * reads it; then the CLI on folders, long path lists, presets, empty files and year-like
 * column names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputBytes } from '../../data/import/read-input';
import { headerSignature, suggestMapping, type MappingPreset } from '../../src/lib/import/manual';
import { readRawTable } from '../../src/lib/import/read';
import { CASES, type Expected } from '../fixtures/messy-csv/cases';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, 'tests', 'fixtures', 'messy-csv');
const names = readdirSync(CORPUS)
  .filter((n) => n.endsWith('.csv'))
  .map((n) => n.slice(0, -4))
  .sort();
const expected = (name: string): Expected => JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), 'utf8')) as Expected;
const bytes = (name: string) => new Uint8Array(readFileSync(join(CORPUS, `${name}.csv`)));

describe('the messy-CSV corpus', () => {
  it('is exactly what its generator writes, one expectation per file', () => {
    expect(names).toEqual(Object.keys(CASES).sort());
    for (const name of names) {
      const { file, expected: want } = (CASES[name] as (typeof CASES)[string])();
      expect(readFileSync(join(CORPUS, `${name}.csv`), 'utf8'), name).toBe(file);
      expect(expected(name), name).toEqual(JSON.parse(JSON.stringify(want)));
    }
  });

  it.each(names)('%s', async (name) => {
    const want = expected(name);
    const { raw } = await readInputBytes(bytes(name), `${name}.csv`);
    expect({ columns: raw.columns, rows: raw.rows }).toEqual({ columns: want.columns, rows: want.rows });
    expect(raw.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(want.warnings));
    for (const w of raw.warnings) expect(w.message, w.code).toMatch(/^[A-Z0-9"].*[.)]$/);
    const others = want.tables ?? [];
    if (others.length === 0) expect(raw.source.tables).toBeUndefined();
    else expect(raw.source).toMatchObject({ table: 1, tables: others.length + 1 });
    for (const [i, other] of others.entries()) {
      const table = await readRawTable(bytes(name), `${name}.csv`, { table: i + 2 });
      expect({ columns: table.columns, rows: table.rows }, `tabel ${i + 2}`).toEqual(other);
      expect(table.source.table).toBe(i + 2);
    }
  });

  it('counts the rows of the tables it does not read, so none goes unnoticed', async () => {
    const table = await readRawTable(bytes('multitable_same'), 'multitable_same.csv');
    const warning = table.warnings.find((w) => w.code === 'multiple-tables');
    expect(warning?.message).toContain('2 tabel');
    expect(warning?.message).toContain('4 baris data tabel lain tidak dibaca');
    expect(table.source.tables).toBe(2);
  });

  it('lets the preview step say the file has no header, or a header of two rows', async () => {
    const none = await readRawTable(bytes('clean'), 'clean.csv', { headerRows: 0 });
    expect(none.columns[0]).toBe('kolom_1');
    expect(none.rows[0]?.[0]).toBe('tanggal');
    expect(none.source).toMatchObject({ headerRow: 0, headerRows: 0 });
    const header = await readRawTable(bytes('no_header'), 'no_header.csv', { headerRow: 0 });
    expect(header.columns[0]).toBe('03/01/2025');
    const two = await readRawTable(bytes('header_two_rows'), 'header_two_rows.csv', { headerRow: 0, headerRows: 2 });
    expect(two.columns).toEqual(expected('header_two_rows').columns);
  });
});

describe('column order', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it('keeps JSON and NDJSON keys in the order the text writes them, years included', async () => {
    const json = await readRawTable(utf8('{"data":[{"satker":"A","2023":1,"2022":2},{"satker":"B","2024":3}]}'), 'x.json');
    expect(json.columns).toEqual(['satker', '2023', '2022', '2024']);
    expect(json.rows).toEqual([['A', '1', '2', null], ['B', null, null, '3']]);
    const ndjson = await readRawTable(utf8('{"nama":"A","2":1}\n{"1":5,"nama":"B"}\n'), 'x.ndjson');
    expect(ndjson.columns).toEqual(['nama', '2', '1']);
    expect(ndjson.rows).toEqual([['A', '1', null], ['B', null, '5']]);
  });
});

function runImport(args: string[], input?: string) {
  return spawnSync('npx', ['tsx', 'data/import/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
}

describe('npm run import on messy inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'telisik-messy-'));
  });
  // Thousands of files: not left behind in the temporary folder.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a folder, its subfolders in sorted order, and writes each table of a file', () => {
    const input = join(dir, 'folder');
    mkdirSync(join(input, '2025'), { recursive: true });
    writeFileSync(join(input, 'b.csv'), bytes('multitable_blank'));
    writeFileSync(join(input, 'a.csv'), bytes('no_header'));
    writeFileSync(join(input, '2025', 'c.csv'), bytes('delimiter_space'));
    writeFileSync(join(input, 'catatan.md'), '# bukan data\n');
    const out = join(dir, 'out-folder');
    const run = runImport([input, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const order = run.stdout.trim().split('\n').map((l) => l.split(':')[0]);
    expect(order).toEqual(['c.csv', 'a.csv', 'b.csv (tabel 1 dari 2)', 'b.csv (tabel 2 dari 2)']);
    expect(readFileSync(join(out, '2025', 'c.csv'), 'utf8').split('\r\n')[0]).toBe(expected('delimiter_space').columns.join(','));
    expect(readFileSync(join(out, 'a.csv'), 'utf8').split('\r\n')[0]).toBe(expected('no_header').columns.join(','));
    expect(readFileSync(join(out, 'b.2.csv'), 'utf8')).toBe('kd_paket,nilai,status\r\nNT-90000101,Rp1.250.000,selesai\r\nNT-90000102,Rp18.500.000,berjalan\r\nNT-90000103,Rp4.750.000,selesai\r\n');
    expect(JSON.parse(readFileSync(join(out, 'b.2.report.json'), 'utf8')).rowsRead).toBe(3);
    expect(existsSync(join(out, 'catatan.csv'))).toBe(false);
  });

  it('takes 3,000 paths from a list file, and paths from standard input', () => {
    const files = join(dir, 'many');
    mkdirSync(files);
    const paths = Array.from({ length: 3000 }, (_, i) => join(files, `paket_${String(i + 1).padStart(4, '0')}.csv`));
    paths.forEach((path, i) => writeFileSync(path, `kd_paket,nilai\nNT-${90000000 + i},${(i + 1) * 1000}\n`));
    writeFileSync(join(dir, 'daftar.txt'), paths.join('\n') + '\n');
    const out = join(dir, 'out-many');
    const run = runImport(['--from', join(dir, 'daftar.txt'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(3000);
    expect(readdirSync(out).filter((n) => n.endsWith('.report.json'))).toHaveLength(3000);
    expect(readFileSync(join(out, 'paket_3000.csv'), 'utf8')).toBe('kd_paket,nilai\r\nNT-90002999,3000000\r\n');
    const piped = runImport(['--from', '-', '--out', join(dir, 'out-stdin')], paths.slice(0, 3).join('\n'));
    expect(piped.status, piped.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out-stdin')).filter((n) => n.endsWith('.csv')).sort()).toEqual(['paket_0001.csv', 'paket_0002.csv', 'paket_0003.csv']);
  });

  it('maps a file it does not recognise with the preset saved for its headers', async () => {
    const text = 'No;Tanggal;Nama Toko;Kategori;Nilai Transaksi;Kab/Kota\n1;25/03/2025;CV Maju Jaya;Katering;Rp 1.500.000;Kab. Semarang\n2;26/03/2025;Toko Sinar;Alat Tulis Kantor;Rp 250.000,50;Kota Semarang\n';
    writeFileSync(join(dir, 'blangkon.csv'), text);
    writeFileSync(join(dir, 'lain.csv'), 'kode;uraian\n1;ATK\n');
    const { raw } = await readInputBytes(new TextEncoder().encode(text), 'blangkon.csv');
    const preset: MappingPreset = { name: 'Blangkon Jateng', signature: headerSignature(raw.columns), mapping: suggestMapping(raw) };
    writeFileSync(join(dir, 'preset.json'), JSON.stringify(preset));
    const out = join(dir, 'out-preset');
    const run = runImport([join(dir, 'blangkon.csv'), join(dir, 'lain.csv'), '--preset', join(dir, 'preset.json'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('dipetakan dengan preset "Blangkon Jateng"');
    const report = JSON.parse(readFileSync(join(out, 'blangkon.report.json'), 'utf8'));
    expect(report.dataset.id).toBe('manual-transaksi');
    expect(report).toMatchObject({ rowsRead: 2, rowsLoaded: 2, rowsRejected: 0 });
    expect(readFileSync(join(out, 'blangkon.transaksi.csv'), 'utf8').trim().split('\r\n')).toHaveLength(3);
    // Other headers: no preset, no canonical table.
    expect(JSON.parse(readFileSync(join(out, 'lain.report.json'), 'utf8')).dataset).toBeNull();
    expect(existsSync(join(out, 'lain.transaksi.csv'))).toBe(false);
  });

  it('writes an empty table and its report for an empty file, with exit code 0', () => {
    const out = join(dir, 'out-empty');
    writeFileSync(join(dir, 'kosong.csv'), '');
    const run = runImport([join(dir, 'kosong.csv'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'kosong.csv'), 'utf8')).toBe('');
    const report = JSON.parse(readFileSync(join(out, 'kosong.report.json'), 'utf8'));
    expect(report).toMatchObject({ rowsRead: 0, dataset: null, findings: { 'empty-file': 1 } });
    expect(readFileSync(join(out, 'kosong.report.json'), 'utf8')).toContain('Berkas kosong (0 byte)');
  });

  it('keeps year-like column names where the file has them', () => {
    const out = join(dir, 'out-years');
    writeFileSync(join(dir, 'tahun.csv'), bytes('integer_headers'));
    writeFileSync(join(dir, 'tahun-data.csv'), 'satker,2,1,kode\nDinas A,10,20,x1\nDinas B,30,40,x2\n');
    const run = runImport([join(dir, 'tahun.csv'), join(dir, 'tahun-data.csv'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'tahun.csv'), 'utf8').split('\r\n')[0]).toBe('satker,2022,2023,2024');
    expect(readFileSync(join(out, 'tahun-data.csv'), 'utf8')).toBe('satker,2,1,kode\r\nDinas A,10,20,x1\r\nDinas B,30,40,x2\r\n');
  });
});
