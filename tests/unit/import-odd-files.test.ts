/**
 * Small or odd files that used to crash or hang the tab (issue 10, item 2), each built in
 * memory: every one now loads correctly or is refused with one Indonesian sentence, in
 * bounded memory, without allocating what the file only pretends to hold (the test would
 * run out of memory otherwise). Speed is not asserted here: `npm run bench` measures it.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UnreadableFileError, type RawTable } from '../../src/lib/import/raw-table';
import { readImportFile } from '../../src/lib/import/pipeline';
import { readRawTable } from '../../src/lib/import/read';
import { dedupeNames, MAX_COLUMNS, MAX_HEADER_CHARS } from '../../src/lib/import/read/table-limits';
import { runImport } from '../../workers/import-run';
import { inlineCell, letters, NS, numberCell, stylesXml, worksheet, xlsxBytes } from './helpers/xlsx-parts';

/** The UnreadableFileError a read rejects with (fails the test if it resolves). */
async function refusal(read: Promise<unknown>): Promise<UnreadableFileError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return error as UnreadableFileError;
}

const codes = (table: RawTable) => table.warnings.map((w) => w.code);
const oneSheet = (rows: string, before = '') => xlsxBytes({ sheets: [{ name: 'Data', xml: worksheet(rows, before) }] });

describe('a sheet whose cells span far more than they fill (a)', () => {
  it('refuses A1 + XFD1048576 naming the far cell, without allocating the rectangle', async () => {
    const bytes = oneSheet(`<row r="1">${inlineCell('A1', 'kd_rup')}</row><row r="1048576">${inlineCell('XFD1048576', 'x')}</row>`, '<dimension ref="A1:XFD1048576"/>');
    expect(bytes.length).toBeLessThan(10_000);
    const error = await refusal(readRawTable(bytes, 'lembar.xlsx'));
    expect(error.code).toBe('xlsx-far-cell');
    expect(error.message).toBe(
      'Lembar "Data" berisi sel XFD1048576 di kolom ke-16.384, padahal yang dapat dibaca paling banyak 2.000 kolom; bila sel itu terisi tanpa sengaja, hapus isinya di Excel lalu simpan ulang.'
    );
  });

  it('loads a stray cell far below the data with exactly the populated cells', async () => {
    const bytes = oneSheet(`<row r="1">${inlineCell('A1', 'kd_rup')}${inlineCell('B1', 'nama')}</row><row r="2">${inlineCell('A2', '1')}${inlineCell('B2', 'a')}</row><row r="1048576">${inlineCell('A1048576', 'x')}</row>`);
    const table = await readRawTable(bytes, 'lembar.xlsx');
    expect(table.columns).toEqual(['kd_rup', 'nama']);
    expect(table.rows).toEqual([['1', 'a'], ['x', null]]);
    expect(table.lineNumbers).toEqual([2, 1_048_576]);
    expect(table.warnings).toEqual([{ code: 'blank-lines', message: '1048573 baris kosong di antara data dilewati.' }]);
  });

  it('ignores a declared dimension the cells do not fill (formatting reaches it, values do not)', async () => {
    const bytes = oneSheet(`<row r="1">${inlineCell('A1', 'a')}</row><row r="2">${numberCell('A2', '5')}<c r="XFD2" s="0"/></row>`, '<dimension ref="A1:XFD1048576"/>');
    const table = await readRawTable(bytes, 'lembar.xlsx');
    expect([table.columns, table.rows]).toEqual([['a'], [['5']]]);
  });

  it('refuses a value far to the right of many rows, naming it, instead of padding every row', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 2}">${numberCell(`A${i + 2}`, String(i))}</row>`);
    rows.unshift(`<row r="1">${inlineCell('A1', 'nilai')}${inlineCell('BXW1', 'catatan')}</row>`);
    const error = await refusal(readRawTable(oneSheet(rows.join('')), 'lembar.xlsx'));
    expect(error.code).toBe('xlsx-sparse');
    expect(error.message).toMatch(/^Lembar "Data" hanya berisi 20\.002 sel terisi, tetapi sel BXW1 yang jauh di kanan membentangkan tabelnya menjadi 39\.981\.999 sel; /);
  });
});

describe('text with absurd shapes (b, c)', () => {
  const MB50 = 50 * 1024 * 1024;

  it('(b) a 50 MB file that is one field: a one-column table with a shortened name, and a preview of a few KB', async () => {
    const bytes = strToU8('x'.repeat(MB50));
    const file = await readImportFile(bytes, 'satu-sel.csv');
    expect(file.raw.columns).toEqual([`${'x'.repeat(MAX_HEADER_CHARS - 1)}…`]);
    expect(file.raw.rows).toEqual([]);
    expect(codes(file.raw)).toEqual(['header-long']);
    expect(file.raw.warnings[0]?.message).toBe(
      'Judul kolom ke-1 lebih dari 200 karakter (terpanjang 52.428.800 karakter), jadi dipendekkan menjadi 200 karakter; teks selengkapnya bukan nama kolom.'
    );

    const reply = await runImport(bytes, 'satu-sel.csv', {}, { regions: [], schema: {} }, () => {});
    expect(reply.ok).toBe(true);
    expect(JSON.stringify(reply).length).toBeLessThan(100_000);
  });

  it('(c) a 50 MB line with a comma every 10 characters (5 million columns) is refused', async () => {
    for (const line of [`${'abcdefghi,'.repeat(MB50 / 10 - 1)}abcdefghi`, Array.from({ length: MB50 / 10 }, (_, i) => String(i).padStart(9, 'k')).join(',')]) {
      const error = await refusal(readImportFile(strToU8(line), 'lebar.csv'));
      expect(error.code).toBe('too-many-columns');
      expect(error.message).toBe(
        'Tabel ini memiliki 5.242.880 kolom, lebih dari 2.000 kolom yang dapat dibaca; periksa apakah pemisah kolomnya benar, atau simpan hanya kolom yang diperlukan.'
      );
    }
  });

  it('reads a table of exactly MAX_COLUMNS columns and refuses one more, in any format', async () => {
    const header = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    const csv = (n: number) => strToU8(`${header(n).join(',')}\n${header(n).map(() => '1').join(',')}\n`);
    expect((await readImportFile(csv(MAX_COLUMNS), 'a.csv')).raw.columns).toHaveLength(MAX_COLUMNS);
    expect((await refusal(readImportFile(csv(MAX_COLUMNS + 1), 'a.csv'))).code).toBe('too-many-columns');
    const json = (n: number) => strToU8(JSON.stringify([Object.fromEntries(header(n).map((k) => [k, 1]))]));
    expect((await refusal(readImportFile(json(MAX_COLUMNS + 1), 'a.json'))).code).toBe('too-many-columns');
  });

  it('shortens a long JSON key like any header, keeping names unique', async () => {
    const long = 'k'.repeat(300);
    const file = await readImportFile(strToU8(JSON.stringify([{ [long]: 1, [`${long}2`]: 2, pagu: 3 }])), 'a.json');
    expect(file.raw.columns).toEqual([`${'k'.repeat(199)}…`, `${'k'.repeat(199)}… (2)`, 'pagu']);
    expect(codes(file.raw)).toContain('header-long');
  });

  it('tells many equal names apart in linear time', () => {
    const { names } = dedupeNames(new Array<string>(MAX_COLUMNS).fill('nama'));
    expect(names.slice(0, 3)).toEqual(['nama', 'nama (2)', 'nama (3)']);
    expect(new Set(names).size).toBe(MAX_COLUMNS);
    expect(dedupeNames(['a', 'a (2)', 'a', 'a'])).toEqual({ names: ['a', 'a (2)', 'a (3)', 'a (4)'], renamed: ['"a" → "a (3)"', '"a" → "a (4)"'] });
  });
});

describe('a large workbook (d)', () => {
  /**
   * 200 MB of sheet XML in 1.33 million rows, stored uncompressed so it builds in seconds.
   * read-excel-file 9.3.17, the reader before this one, failed on exactly this file with
   * "Maximum call stack size exceeded" after 69 s (3.7 GB): its XML parser recurses once per
   * chunk (modules/xml/parseXml.js) and its chunks shrink as rows pile up.
   */
  it('loads a 200 MB XLSX of 1.33 million rows with the right count and exact values', async () => {
    const target = 200 * 1024 * 1024;
    const styles = stylesXml('<numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>', '<xf numFmtId="0"/><xf numFmtId="164"/>');
    const encoder = new TextEncoder();
    const header = ['id', 'jenis', 'tanggal', 'aktif'];
    const chunks = [encoder.encode(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`)];
    chunks.push(encoder.encode(`<row r="1">${header.map((h, i) => inlineCell(`${letters(i + 1)}1`, h)).join('')}</row>`));
    let size = 0;
    let r = 1;
    while (size < target) {
      const parts: string[] = [];
      for (let k = 0; k < 10_000; k++) {
        r++;
        parts.push(`<row r="${r}">${numberCell(`A${r}`, String(r))}<c r="B${r}" t="s"><v>${r % 3}</v></c>${numberCell(`C${r}`, String(45658 + (r % 365)), 1)}<c r="D${r}" t="b"><v>${r % 2}</v></c></row>`);
      }
      const chunk = encoder.encode(parts.join(''));
      chunks.push(chunk);
      size += chunk.length;
    }
    chunks.push(encoder.encode('</sheetData></worksheet>'));
    const xml = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (xml.set(c, at), at + c.length), 0);
    const bytes = xlsxBytes({ sheets: [{ name: 'Besar', xml }], shared: ['<t>barang</t>', '<t>jasa</t>', '<t>konstruksi</t>'], styles, level: 0 });
    expect(bytes.length).toBeGreaterThan(target);

    const table = await readRawTable(bytes, 'besar.xlsx');
    expect(table.columns).toEqual(header);
    expect(table.rows).toHaveLength(r - 1);
    expect(r - 1).toBeGreaterThan(1_300_000);
    expect(table.warnings).toEqual([]);
    const day0 = Date.UTC(2025, 0, 1);
    const kinds = ['barang', 'jasa', 'konstruksi'];
    let wrong = 0;
    table.rows.forEach((row, i) => {
      const n = i + 2;
      const expected = [String(n), kinds[n % 3], new Date(day0 + (n % 365) * 86_400_000).toISOString().slice(0, 10), n % 2 ? 'true' : 'false'];
      if (table.lineNumbers[i] !== n || row.some((cell, c) => cell !== expected[c])) wrong++;
    });
    expect(wrong).toBe(0);
  });

  it('reads a deflated workbook whose cells cross the inflater\'s chunks, a 3 MB cell among them', async () => {
    const long = 'panjang '.repeat(400_000);
    const rows = [`<row r="1">${inlineCell('A1', 'no')}${inlineCell('B1', 'uraian')}</row>`];
    for (let n = 2; n <= 40_000; n++) rows.push(`<row r="${n}">${numberCell(`A${n}`, String(n))}${inlineCell(`B${n}`, n === 20_000 ? long : `uraian &amp; ${n}`)}</row>`);
    const table = await readRawTable(xlsxBytes({ sheets: [{ name: 'Data', xml: worksheet(rows.join('')) }], level: 1 }), 'a.xlsx');
    expect(table.rows).toHaveLength(39_999);
    expect(table.rows[0]).toEqual(['2', 'uraian & 2']);
    expect(table.rows[19_998]).toEqual(['20000', long]);
    expect(table.rows.at(-1)).toEqual(['40000', 'uraian & 40000']);
  });
});

describe('ordinary workbooks read exactly as before', () => {
  const styles = stylesXml(
    '<numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00"/><numFmt numFmtId="166" formatCode="[$-421]d mmmm yyyy"/>',
    '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="165"/><xf xfId="1"/><xf numFmtId="166"/><xf numFmtId="49"/>',
    '<xf numFmtId="0"/><xf numFmtId="22"/>'
  );
  const shared = [
    '<t>60832782;45828523</t>',
    '<r><t>Paket </t></r><r><rPr><b/></rPr><t>A</t></r>',
    '<t>kanji</t><rPh sb="0" eb="1"><t>かな</t></rPh>',
    '<t xml:space="preserve">  spasi  </t>',
    '<t>A_x000D_B &amp; C</t>'
  ];
  const header = ['kd_rup', 'nama', 'pagu', 'tgl', 'waktu', 'aktif', 'kode', 'catatan', 'rumus'];
  const rows = [
    `<row r="1">${inlineCell('A1', 'LAPORAN REALISASI 2025')}</row>`,
    `<row r="2">${header.map((h, i) => inlineCell(`${letters(i + 1)}2`, h)).join('')}</row>`,
    `<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c>${numberCell('C3', '114421517649.17', 4)}${numberCell('D3', '45658', 1)}` +
      `${numberCell('E3', '45708.666666666664', 2)}<c r="F3" t="b"><v>1</v></c>${inlineCell('G3', '007')}<c r="H3" t="s"><v>3</v></c>` +
      `<c r="I3" t="str"><f>A1</f><v>hasil_x000A_</v></c></row>`,
    `<row r="4">${numberCell('A4', '1.2345678901234568E+17')}<c r="B4" t="s"><v>2</v></c>${numberCell('C4', '190000000')}${numberCell('D4', '45659', 3)}` +
      `${numberCell('E4', '45658.5', 5)}<c r="F4" t="b"><v>0</v></c><c r="G4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H4" t="s"><v>4</v></c><c r="I4" t="str"><f>NOW()</f></c></row>`,
    `<row r="6">${numberCell('A6', '1e3', 0)}<c r="B6" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>${numberCell('C6', ' 12 ')}${numberCell('D6', '45292', 6)}` +
      `<c r="E6" t="d"><v>2021-06-10T00:47:45.700Z</v></c>${numberCell('F6', '5', 7)}${inlineCell('G6', '')}<c r="H6"/>${inlineCell('I6', 'R&#233;sum&#xE9;')}</row>`
  ].join('\n');

  it('keeps numbers as stored, dates by their style, booleans, shared, rich and inline strings', async () => {
    const table = await readRawTable(xlsxBytes({ sheets: [{ name: 'Data', xml: worksheet(rows) }], shared, styles }), 'a.xlsx');
    expect(table.columns).toEqual(header);
    expect(table.source).toMatchObject({ format: 'xlsx', sheet: 'Data', headerRow: 1 });
    expect(table.rows).toEqual([
      ['60832782;45828523', 'Paket A', '114421517649.17', '2025-01-01', '2025-02-20 16:00:00', 'true', '007', '  spasi  ', 'hasil\n'],
      ['123456789012345680', 'kanji', '190000000', '2025-01-02', '2025-01-01 12:00:00', 'false', null, 'A\rB & C', null],
      ['1000', 'ab', '12', '2024-01-01', '2021-06-10 00:47:46', '5', null, null, 'Résumé']
    ]);
    expect(table.lineNumbers).toEqual([3, 4, 6]);
    expect(table.warnings.map((w) => [w.code, w.line])).toEqual([['excel-number', 4], ['blank-lines', undefined]]);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const table = await readRawTable(xlsxBytes({ sheets: [{ name: 'Data', xml: worksheet(rows) }], shared, styles, workbookPr: '<workbookPr date1904="1"/>' }), 'a.xlsx');
    expect(table.rows[0]?.[3]).toBe('2029-01-02');
  });

  it('refuses a cell that contradicts its type, naming it', async () => {
    const bad = oneSheet(`<row r="1">${inlineCell('A1', 'a')}</row><row r="2"><c r="A2" t="b"><v>2</v></c></row>`);
    const error = await refusal(readRawTable(bad, 'a.xlsx'));
    expect([error.code, error.message]).toEqual(['xlsx-corrupt', 'Sel A2 di lembar "Data" tidak dapat dibaca (nilai logika "2" bukan 0 atau 1); buka berkasnya di Excel lalu simpan ulang.']);
  });

  it('refuses a truncated workbook as damaged', async () => {
    const whole = oneSheet(`<row r="1">${inlineCell('A1', 'a')}</row>`);
    const error = await refusal(readRawTable(whole.subarray(0, whole.length - 30), 'a.xlsx'));
    expect(error.code).toBe('xlsx-corrupt');
    expect(error.message).toMatch(/^Buku kerja Excel rusak atau tidak dapat dibaca \(.+\)\.$/);
  });

  it('shortens a header cell longer than 200 characters', async () => {
    const table = await readRawTable(oneSheet(`<row r="1">${inlineCell('A1', 'j'.repeat(5000))}</row><row r="2">${numberCell('A2', '1')}</row>`), 'a.xlsx');
    expect(table.columns).toEqual([`${'j'.repeat(199)}…`]);
    expect(codes(table)).toEqual(['header-long']);
  });
});
