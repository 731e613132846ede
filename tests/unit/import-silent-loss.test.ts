// Issue 10, item 3 ("silent loss"): no row may disappear without being counted and shown.
// Mixed line endings, JSON duplicate keys, broken NDJSON lines as rejected rows, and the
// rejected rows' CSV carrying each row's content (formula-safe and masked on request).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, mapImportFile, readImportFile } from '../../src/lib/import/pipeline';
import { buildReport, rejectedRowsCsv, type MappingOutcome } from '../../src/lib/import/quality-report';
import type { RawTable } from '../../src/lib/import/raw-table';
import { readRawTable } from '../../src/lib/import/read';
import { recordsAt } from '../../src/lib/import/read/json-duplicates';
import { unifyLineEndings } from '../../src/lib/import/read/line-endings';
import { regionsFromCsv } from '../../src/lib/import/regions';
import { maskText } from '../../src/lib/masking/mask-text';
import { NON_TENDER_TOTAL, nonTenderCsv } from '../fixtures/isb-fixtures';

const require = createRequire(import.meta.url);
const idnDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const regions = regionsFromCsv(readFileSync(join(idnDir, 'provinces.csv'), 'utf8'), readFileSync(join(idnDir, 'regencies.csv'), 'utf8'));

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string, name = 'data.csv') => readRawTable(utf8(text), name);
const codes = (table: RawTable) => table.warnings.map((w) => w.code);
const column = (table: RawTable, name: string) => table.rows.map((r) => r[table.columns.indexOf(name)] ?? null);
const FILE = { name: 'x', size: 1, sha256: '0'.repeat(64), importedAt: '2026-01-01T00:00:00Z' };
/** A CSV back as rows of cells (RFC 4180, enough for what rejectedRowsCsv writes). */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] as string;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      [row, cell] = [[], ''];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('mixed line endings in delimited text', () => {
  // CRLF, LF and a bare CR: PapaParse alone would pick one and fold the others into cells.
  const MIXED = 'kode,uraian,nilai\r\n1,Kertas,100\n2,Tinta,200\r3,Map,300\r\n4,Pena,400\n5,Stapler,500\r\n';

  it('loads every row, with exact amounts and the physical line numbers', async () => {
    const t = await read(MIXED);
    expect(t.columns).toEqual(['kode', 'uraian', 'nilai']);
    expect(t.rows).toHaveLength(5);
    expect(column(t, 'nilai')).toEqual(['100', '200', '300', '400', '500']);
    expect(column(t, 'uraian')).toEqual(['Kertas', 'Tinta', 'Map', 'Pena', 'Stapler']);
    expect(t.lineNumbers).toEqual([2, 3, 4, 5, 6]);
    expect(codes(t)).toEqual(['mixed-line-endings']);
    expect(t.warnings[0]?.message).toMatch(/^Akhir baris di berkas ini bercampur \(CRLF \(Windows\), LF \(Unix\), CR \(Mac lama\)\)/);
  });

  it('detects the delimiter on the right records and keeps a quoted multi-line cell', async () => {
    const t = await read('kode;uraian;nilai\r1;"Baris satu\r\nbaris dua";1.500,50\n2;B;2\r\n3;"x\ny";3\r4;D\n');
    expect(t.source.delimiter).toBe(';');
    expect(t.rows).toHaveLength(4);
    // The line break inside the cell stays one (written as LF, as every break of a mixed file).
    expect(column(t, 'uraian')).toEqual(['Baris satu\nbaris dua', 'B', 'x\ny', 'D']);
    expect(column(t, 'nilai')).toEqual(['1.500,50', '2', '3', null]);
    // A bare CR counts as a line end: line 4 is "2;B;2", lines 5–6 the record with "x\ny".
    expect(t.lineNumbers).toEqual([2, 4, 5, 7]);
    const ragged = t.warnings.find((w) => w.code === 'ragged-row');
    expect(ragged).toMatchObject({ line: 7, message: expect.stringMatching(/^Baris 7: /) });
    expect(codes(t)).toContain('mixed-line-endings');
  });

  it('counts lines after a `sep=` line and a bare-CR file, and keeps single-kind files exactly as they are', async () => {
    const sep = await read('sep=;\rkode;nilai\n1;10\r\n2;20\r');
    expect(sep.rows).toEqual([['1', '10'], ['2', '20']]);
    expect(sep.lineNumbers).toEqual([3, 4]);
    const cr = await read('a,b\r1,"x\ry"\r2,z\r');
    expect(cr.rows).toEqual([['1', 'x\ry'], ['2', 'z']]);
    expect(cr.lineNumbers).toEqual([2, 4]);
    expect(codes(cr)).toEqual([]);
    const crlf = await read('a,b\r\n1,"x\r\ny"\r\n2,z\r\n');
    expect(crlf.rows).toEqual([['1', 'x\r\ny'], ['2', 'z']]);
    expect(codes(crlf)).toEqual([]);
  });

  it('does not call an Excel file mixed: CRLF between records, LF inside cells', async () => {
    const t = await read('a,b\r\n1,"alamat\nkota"\r\n2,"x\ny\nz"\r\n3,w\r\n');
    expect(t.rows).toEqual([['1', 'alamat\nkota'], ['2', 'x\ny\nz'], ['3', 'w']]);
    expect(t.lineNumbers).toEqual([2, 4, 7]);
    expect(codes(t)).toEqual([]);
  });

  it('rewrites only text that mixes, once, and counts each kind', () => {
    const lf = 'a\nb\n';
    expect(unifyLineEndings(lf)).toEqual({ text: lf, newline: '\n' });
    expect(unifyLineEndings('a\r\nb\r\n')).toEqual({ text: 'a\r\nb\r\n', newline: '\r\n' });
    expect(unifyLineEndings('a\rb\r')).toEqual({ text: 'a\rb\r', newline: '\r' });
    expect(unifyLineEndings('a\r\nb\nc\rd\r\n')).toEqual({ text: 'a\nb\nc\nd\n', newline: '\n', mixed: { crlf: 2, lf: 1, cr: 1 } });
  });

  it('maps an ISB export with mixed line endings to the exact total', async () => {
    const [header, ...rows] = nonTenderCsv().split('\r\n').filter((l) => l !== '');
    const endings = ['\n', '\r', '\r\n', '\n'];
    const mixed = `${header}\r\n` + rows.map((row, i) => row + endings[i]).join('');
    const out = await importFile(utf8(mixed), 'nontender.csv', { regions, importedAt: '2026-01-01T00:00:00Z' });
    expect(out.report.dataset?.id).toBe('SPSE-NonTenderSelesai');
    expect(out.report).toMatchObject({ rowsRead: 4, rowsLoaded: 4, rowsRejected: 0 });
    expect(out.raw.lineNumbers).toEqual([2, 3, 4, 5]);
    const total = (out.tables.transaksi ?? []).reduce((sum, t) => sum + (t.nilai as bigint), 0n);
    expect(total).toBe(NON_TENDER_TOTAL);
    expect(out.report.findings['ragged-row'] ?? 0).toBe(0);
  });
});

describe('JSON duplicate keys', () => {
  it('keeps the last value and reports the keys, the records affected and the first one', async () => {
    const json = '[\n{"a":1,"b":"x"},\n{"a":1,"a":2,"b":"y"},\n{"a":3},\n{"b":"p","b":"q","c":{"d":1,"d":2}}\n]';
    const t = await read(json, 'x.json');
    expect(t.columns).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([['1', 'x', null], ['2', 'y', null], ['3', null, null], [null, 'q', '{"d":2}']]);
    const found = t.warnings.filter((w) => w.code === 'json-duplicate-key');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2 });
    expect(found[0]?.message).toBe(
      'Kunci ganda dengan nilai berbeda ("a", "b", "d") ada di 2 rekaman, pertama rekaman ke-2 (baris teks 3); yang dipakai nilai terakhir.'
    );
  });

  it('finds the records inside an envelope, and says nothing when a repeated key repeats its value', async () => {
    const t = await read('{"meta":{"n":1},"data":[{"k":"1"},{"k":"2"},{"k":"3","k":"4"}]}', 'x.json');
    expect(t.rows).toEqual([['1'], ['2'], ['4']]);
    expect(t.warnings.find((w) => w.code === 'json-duplicate-key')).toMatchObject({ line: 3, message: expect.stringMatching(/di 1 rekaman, pertama rekaman ke-3/) });
    const same = await read('[{"a":1,"a":1}]', 'x.json');
    expect(codes(same)).toEqual([]);
    expect(recordsAt('{"x":[{"a":"[{,"}]}', [9], ['x'])).toEqual([1]);
  });

  it('names the lines of NDJSON', async () => {
    const t = await read('{"a":1}\n{"a":2,"a":3}\n{"a":4}\n{"a":5,"b":1,"a":6}\n', 'x.ndjson');
    expect(column(t, 'a')).toEqual(['1', '3', '4', '6']);
    expect(t.warnings).toEqual([
      { code: 'json-duplicate-key', line: 2, message: 'Kunci ganda dengan nilai berbeda ("a") ada di 2 baris, pertama baris 2; yang dipakai nilai terakhir.' }
    ]);
  });
});

describe('a broken NDJSON line is a rejected row', () => {
  const NDJSON = '{"kode":"1","nilai":10}\n{"kode":"2","nilai":\n\n{"kode":"3","nilai":30}\r\n=HYPERLINK("x") budi@example.com\n{"kode":"5","nilai":50}\n';

  it('the reader hands it on with its line, reason and text: rows + unreadable = records in the file', async () => {
    const t = await read(NDJSON, 'x.ndjson');
    expect(t.rows).toEqual([['1', '10'], ['3', '30'], ['5', '50']]);
    expect(t.lineNumbers).toEqual([1, 4, 6]);
    expect(t.unreadable).toEqual([
      { line: 2, reason: 'Baris ini bukan JSON yang sah (rusak mulai karakter ke-21).', content: '{"kode":"2","nilai":' },
      { line: 5, reason: expect.stringMatching(/^Baris ini bukan JSON yang sah/), content: '=HYPERLINK("x") budi@example.com' }
    ]);
    expect(t.rows.length + (t.unreadable?.length ?? 0)).toBe(5);
    expect(t.warnings).toEqual([expect.objectContaining({ code: 'bad-json-line', line: 2, message: expect.stringMatching(/^2 baris bukan JSON/) })]);
  });

  it('the report counts it as rejected, lists it with its content, and loaded + rejected = read', async () => {
    const out = mapImportFile(await readImportFile(utf8(NDJSON), 'x.ndjson'), { regions, importedAt: FILE.importedAt });
    expect(out.report.dataset).toBeNull();
    expect(out.report).toMatchObject({ rowsRead: 5, rowsRejected: 2 });
    expect(out.report.rejected.map((r) => [r.line, r.content])).toEqual([
      [2, '{"kode":"2","nilai":'],
      [5, '=HYPERLINK("x") budi@example.com']
    ]);
    const csv = csvRows(rejectedRowsCsv(out.report, maskText));
    expect(csv[0]).toEqual(['baris', 'alasan', 'isi_baris']);
    expect(csv[1]).toEqual(['2', 'Baris ini bukan JSON yang sah (rusak mulai karakter ke-21).', '{"kode":"2","nilai":']);
    expect(csv[2]?.[2]).toMatch(/^'=HYPERLINK\("x"\) \[[^\]]+\]$/);
  });

  it('in a recognised dataset, rejected by the reader and by the mapping add up with the loaded rows', async () => {
    const [header, ...rows] = nonTenderCsv().split('\r\n').filter((l) => l !== '');
    const columns = (header as string).split(',');
    const records = rows.map((row) => {
      const cells = row.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"(.*)"$/s, '$1').replaceAll('""', '"'));
      return JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])));
    });
    // Line 2 is rejected by the mapping (a BUMD is no pemda), line 4 cannot be read at all.
    records[1] = (records[1] as string).replace('"jenis_klpd":"KABUPATEN"', '"jenis_klpd":"BUMD"');
    const ndjson = [records[0], records[1], '{"kd_nontender":', records[2], records[3]].join('\n') + '\n';
    const out = await importFile(utf8(ndjson), 'nontender.ndjson', { regions, importedAt: FILE.importedAt });
    expect(out.report.dataset?.id).toBe('SPSE-NonTenderSelesai');
    expect(out.report).toMatchObject({ rowsRead: 5, rowsLoaded: 3, rowsRejected: 2 });
    expect(out.report.rowsLoaded + out.report.rowsRejected).toBe(out.report.rowsRead);
    expect(out.report.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(out.report.rejected[0]?.reason).toMatch(/BUMD/);
    expect(out.report.rejected[1]?.content).toBe('{"kd_nontender":');
    const csv = csvRows(rejectedRowsCsv(out.report));
    expect(csv[0]).toEqual(['baris', 'alasan', ...columns, 'isi_baris']);
    expect(csv[1]?.[2 + columns.indexOf('jenis_klpd')]).toBe('BUMD');
    expect(csv[1]?.[2 + columns.indexOf('nama_paket')]).toBe('Rehabilitasi ruang kelas, SDN 3');
    expect(csv[1]?.at(-1)).toBe('');
    expect(csv[2]?.slice(2, -1).every((c) => c === '')).toBe(true);
    expect(csv[2]?.at(-1)).toBe('{"kd_nontender":');
  });
});

describe('the rejected rows CSV carries each row', () => {
  const raw: RawTable = {
    columns: ['kode', 'uraian', 'nilai', 'kontak'],
    rows: [
      ['1', 'Kertas', '100', null],
      ['2', '=HYPERLINK("http://x")', '-5000', 'budi@example.com'],
      ['3', 'Pena', '300', null],
      ['4', '@SUM(A1)', '1.500,50', '  +62 812']
    ],
    lineNumbers: [2, 3, 5, 6],
    source: { format: 'csv' },
    warnings: []
  };
  const mapped: MappingOutcome = {
    tables: { transaksi: [{}, {}] },
    rejected: [
      { line: 3, reason: 'Status "=Entah" tidak dikenal.' },
      { line: 6, reason: 'Nilai tidak terbaca.' },
      { line: 6, reason: 'Tanggal tidak terbaca.' }
    ],
    notices: [],
    basis: {}
  };

  it('keeps each rejected row\'s cells under the file\'s columns, and counts a row rejected twice once', () => {
    const report = buildReport(FILE, raw, null, mapped);
    expect(report).toMatchObject({ rowsRead: 4, rowsLoaded: 2, rowsRejected: 2, rejectedColumns: ['kode', 'uraian', 'nilai', 'kontak'] });
    expect(report.rejected).toEqual([
      { line: 3, reason: 'Status "=Entah" tidak dikenal.', content: ['2', '=HYPERLINK("http://x")', '-5000', 'budi@example.com'] },
      { line: 6, reason: 'Nilai tidak terbaca.', content: ['4', '@SUM(A1)', '1.500,50', '  +62 812'] },
      { line: 6, reason: 'Tanggal tidak terbaca.', content: ['4', '@SUM(A1)', '1.500,50', '  +62 812'] }
    ]);
    // A copy of the row, not the raw table's own array.
    expect(report.rejected[0]?.content).not.toBe(raw.rows[1]);
  });

  it('is formula-safe: cells and reasons that a spreadsheet would run get an apostrophe, numbers stay numbers', () => {
    const csv = rejectedRowsCsv(buildReport(FILE, raw, null, mapped));
    const rows = csvRows(csv);
    expect(rows[0]).toEqual(['baris', 'alasan', 'kode', 'uraian', 'nilai', 'kontak']);
    expect(rows[1]).toEqual(['3', 'Status "=Entah" tidak dikenal.', '2', '\'=HYPERLINK("http://x")', '-5000', 'budi@example.com']);
    expect(rows[2]).toEqual(['6', 'Nilai tidak terbaca.', '4', '\'@SUM(A1)', '1.500,50', '\'  +62 812']);
    expect(rows).toHaveLength(4);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('masks the content cells when the caller passes a mask', () => {
    const rows = csvRows(rejectedRowsCsv(buildReport(FILE, raw, null, mapped), maskText));
    expect(rows[1]?.[5]).not.toContain('budi');
    expect(rows[1]?.[5]).toBe(maskText('budi@example.com'));
    expect(rows[1]?.slice(0, 5)).toEqual(['3', 'Status "=Entah" tidak dikenal.', '2', '\'=HYPERLINK("http://x")', '-5000']);
  });

  it('still writes a report stored before rows had content', () => {
    const report = buildReport(FILE, raw, null, mapped);
    const old = { ...report, rejected: report.rejected.map(({ line, reason }) => ({ line, reason })) };
    delete old.rejectedColumns;
    expect(rejectedRowsCsv(old)).toBe('baris,alasan\r\n3,"Status ""=Entah"" tidak dikenal."\r\n6,Nilai tidak terbaca.\r\n6,Tanggal tidak terbaca.\r\n');
  });
});
