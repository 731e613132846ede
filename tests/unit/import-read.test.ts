import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UnreadableFileError, type RawTable } from '../../src/lib/import/raw-table';
import { decodeText, detectFormat, readJson, readRawTable } from '../../src/lib/import/read';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const ISB_DIR = fileURLToPath(new URL('../../../shared/data/isb/', import.meta.url));

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string, name = 'data.csv', options = {}) => readRawTable(utf8(text), name, options);
const fixture = (name: string) => new Uint8Array(readFileSync(FIXTURES + name));
const codes = (table: RawTable) => table.warnings.map((w) => w.code);
const column = (table: RawTable, name: string) => table.rows.map((r) => r[table.columns.indexOf(name)] ?? null);

/** Resolves to the UnreadableFileError a read rejects with (fails the test if it does not). */
async function unreadable(bytes: Uint8Array, name: string): Promise<UnreadableFileError> {
  const error = await readRawTable(bytes, name).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return error as UnreadableFileError;
}

describe('delimited text', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe']
  ])('detects %j (%s) as the delimiter', async (d) => {
    const t = await read(['kd_rup', 'nama_paket', 'pagu'].join(d) + '\n' + ['1', 'Paket, A', '1,5'].join(d) + '\n' + ['2', 'B', '2'].join(d) + '\n');
    // The comma inside values is not taken for the delimiter when another one fits better.
    if (d !== ',') expect(t.rows[0]).toEqual(['1', 'Paket, A', '1,5']);
    expect(t.source.delimiter).toBe(d);
    expect(t.columns).toEqual(['kd_rup', 'nama_paket', 'pagu']);
    expect(t.rows).toHaveLength(2);
  });

  it("uses Excel's sep=; line and skips it", async () => {
    const t = await read('sep=;\r\nkd_rup;nama\r\n1;a,b\r\n');
    expect(t.source).toMatchObject({ delimiter: ';', preambleLines: 1, headerRow: 0 });
    expect(t.rows).toEqual([['1', 'a,b']]);
    expect(t.lineNumbers).toEqual([3]);
  });

  it('finds the header below title lines and blank lines', async () => {
    const t = await read('LAPORAN REALISASI BELANJA 2025\nPemda: Kab. Bandung\n\nkd_rup,nama_paket,pagu\n1,A,100\n2,B,200\n');
    expect(t.columns).toEqual(['kd_rup', 'nama_paket', 'pagu']);
    expect(t.source).toMatchObject({ headerRow: 3, preambleLines: 3 });
    expect(t.rows).toEqual([['1', 'A', '100'], ['2', 'B', '200']]);
    expect(t.lineNumbers).toEqual([5, 6]);
  });

  it('reads backslash-escaped quotes as ISB exports write them', async () => {
    const t = await read('kd_rup,nama_paket,pagu\n1,"Pengadaan \\"ATK\\", kantor",100\n2,"Sewa \\"Tenda\\"",200\n');
    expect(t.source.quoteEscape).toBe('\\');
    expect(column(t, 'nama_paket')).toEqual(['Pengadaan "ATK", kantor', 'Sewa "Tenda"']);
    expect(t.warnings).toEqual([]);
  });

  it('keeps RFC 4180 doubled quotes', async () => {
    const t = await read('kd_rup,nama_paket\n1,"Pengadaan ""ATK"", kantor"\n');
    expect(t.source.quoteEscape).toBe('"');
    expect(t.rows).toEqual([['1', 'Pengadaan "ATK", kantor']]);
  });

  it('pads short rows, cuts empty extras and joins others, one warning per row', async () => {
    const t = await read('a,b,c\n1,2\n3,4,5,6\n7,8,9,,\n');
    expect(t.rows).toEqual([['1', '2', null], ['3', '4', '5,6'], ['7', '8', '9']]);
    expect(t.warnings.map((w) => [w.code, w.line])).toEqual([['ragged-row', 2], ['ragged-row', 3], ['ragged-row', 4]]);
  });

  it('names empty and duplicate headers uniquely', async () => {
    const t = await read('nama,,nama\n1,2,3\n');
    expect(t.columns).toEqual(['nama', 'kolom_2', 'nama (2)']);
    expect(codes(t)).toEqual(['header-empty', 'header-duplicate']);
  });

  it('drops a UTF-8 BOM', async () => {
    const t = await readRawTable(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('kd_rup,nama\n1,a\n')]), 'x.csv');
    expect(t.source.encoding).toBe('utf-8-bom');
    expect(t.columns).toEqual(['kd_rup', 'nama']);
  });

  it('falls back to Windows-1252 with a warning', async () => {
    // "nama;kota\nJosé;Rp 5€\n" as Excel on Indonesian Windows saves it.
    const bytes = Uint8Array.from([...utf8('nama;kota\nJos'), 0xe9, ...utf8(';Rp 5'), 0x80, 0x0a]);
    const t = await readRawTable(bytes, 'x.csv');
    expect(t.source.encoding).toBe('windows-1252');
    expect(t.rows).toEqual([['José', 'Rp 5€']]);
    expect(codes(t)).toContain('encoding-fallback');
  });

  it('reads UTF-16 LE with a BOM and UTF-16 BE without one', async () => {
    const text = 'kd_rup\tnama\n1\tCianjur–Cipanas\n';
    const le = [0xff, 0xfe];
    const be: number[] = [];
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const t = await readRawTable(Uint8Array.from(bytes), 'x.txt');
      expect(t.source).toMatchObject({ encoding, delimiter: '\t' });
      expect(t.rows).toEqual([['1', 'Cianjur–Cipanas']]);
    }
  });

  it('gives each record the physical line it starts on, across quoted newlines', async () => {
    const t = await read('kd,catatan\n1,"baris satu\nbaris dua"\n2,ok\n3,"a\r\nb\r\nc"\n4,z\n');
    expect(t.lineNumbers).toEqual([2, 4, 5, 8]);
    expect(t.rows[0]).toEqual(['1', 'baris satu\nbaris dua']);
  });

  it('keeps an 18-digit id and a leading-zero code as text; empty cells are null', async () => {
    const t = await read('kd_rup,kode,nilai,catatan\n123456789012345678,007,114421517649.17,\n');
    expect(t.rows).toEqual([['123456789012345678', '007', '114421517649.17', null]]);
  });

  it('lets the preview override every detection', async () => {
    const bytes = Uint8Array.from([...utf8('judul\nnama|kota\nJos'), 0xe9, ...utf8('|A\n')]);
    const t = await readRawTable(bytes, 'x.csv', { delimiter: '|', headerRow: 1, encoding: 'windows-1252', quoteEscape: '"' });
    expect(t.columns).toEqual(['nama', 'kota']);
    expect(t.rows).toEqual([['José', 'A']]);
    expect(t.warnings).toEqual([]);
    const byLines = await read('a,b\nc,d\n1,2\n', 'x.csv', { preambleLines: 1 });
    expect(byLines.columns).toEqual(['c', 'd']);
    const blankHeader = await read('judul\n\n1,2\n3,4\n', 'x.csv', { headerRow: 1 });
    expect(blankHeader.columns).toEqual(['kolom_1', 'kolom_2']);
    expect(blankHeader.rows).toEqual([['1', '2'], ['3', '4']]);
  });
});

describe('JSON', () => {
  it('keeps every number as its literal text', async () => {
    const t = await read('[{"kd_rup":123456789012345678,"kode":"007","nilai":114421517649.17,"rasio":1.10,"aktif":true,"kosong":null,"blank":"","sub":{"a":1.10},"daftar":[1,2]}, {"kd_rup":2,"baru":"x"}]', 'x.json');
    expect(t.source).toMatchObject({ format: 'json', recordPath: '$' });
    expect(t.columns).toEqual(['kd_rup', 'kode', 'nilai', 'rasio', 'aktif', 'kosong', 'blank', 'sub', 'daftar', 'baru']);
    expect(t.rows[0]).toEqual(['123456789012345678', '007', '114421517649.17', '1.10', 'true', null, null, '{"a":1.10}', '[1,2]', null]);
    expect(t.rows[1]).toEqual(['2', null, null, null, null, null, null, null, null, 'x']);
    expect(t.lineNumbers).toEqual([1, 2]);
  });

  it('reads NDJSON and skips a bad line with a warning', async () => {
    const t = await read('{"a":1}\n{"a":2,\n{"a":3,"b":"x"}\n', 'x.json');
    expect(t.source.format).toBe('ndjson');
    expect(t.rows).toEqual([['1', null], ['3', 'x']]);
    expect(t.lineNumbers).toEqual([1, 3]);
    expect(t.warnings).toEqual([expect.objectContaining({ code: 'bad-json-line', line: 2 })]);
  });

  it('finds the records inside a { data: [...] } envelope', async () => {
    const t = await read('{"status":"ok","count":2,"data":[{"kd_rup":"1"},{"kd_rup":"2"}]}', 'x.json');
    expect(t.source.recordPath).toBe('$.data');
    expect(t.rows).toEqual([['1'], ['2']]);
    const empty = await read('{"data":[]}', 'x.json');
    expect(empty.rows).toEqual([]);
  });

  it('reads an empty array as a table without rows', async () => {
    const t = await read('[]', 'x.json');
    expect(t.columns).toEqual([]);
    expect(t.rows).toEqual([]);
  });

  it.each([
    '<invalid_response>Data Kosong, silakan ulangi</invalid_response>',
    '\n  <invalid_response>Data Kosong, silakan ulangi</invalid_response>\n',
    '"<invalid_response>Data Kosong, silakan ulangi</invalid_response>"'
  ])('treats the ISB "Data Kosong" body as no data: %j', async (body) => {
    for (const t of [await read(body, 'x.json'), readJson(utf8(body))]) {
      expect(t.columns).toEqual([]);
      expect(t.rows).toEqual([]);
      expect(t.warnings).toEqual([
        { code: 'isb-empty', message: 'Respons ISB: data kosong (tidak ada data untuk parameter ini).' }
      ]);
    }
  });
});

describe('unreadable files', () => {
  it('rejects an empty file', async () => {
    const e = await unreadable(new Uint8Array(0), 'x.csv');
    expect([e.code, e.message]).toEqual(['empty', 'Berkas kosong (0 byte).']);
  });

  it('rejects a zip that is not a workbook', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(26).fill(0), ...utf8('word/document.xml')]);
    expect((await unreadable(bytes, 'laporan.xlsx')).code).toBe('not-spreadsheet');
  });

  it('rejects a password-protected or old .xls file (CFB header)', async () => {
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    const e = await unreadable(bytes, 'laporan.xlsx');
    expect(e.code).toBe('password-or-xls');
    expect(e.message).toMatch(/kata sandi.*\.xls/);
  });

  it('rejects binary garbage', async () => {
    const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256);
    expect((await unreadable(bytes, 'x.csv')).code).toBe('not-readable');
  });

  it('rejects a truncated Parquet file and a corrupt one', async () => {
    const whole = fixture('sample.parquet');
    const cut = await unreadable(whole.subarray(0, whole.length - 100), 'x.parquet');
    expect(cut.code).toBe('parquet-truncated');
    expect(cut.message).toMatch(/^Berkas Parquet terpotong/);
    const garbage = Uint8Array.from([...utf8('PAR1'), ...new Array<number>(64).fill(7), ...utf8('PAR1')]);
    expect((await unreadable(garbage, 'x.parquet')).code).toBe('parquet-corrupt');
  });
});

describe('spreadsheets and Parquet', () => {
  it('reads the first sheet below its title, cells as text', async () => {
    const t = await readRawTable(fixture('sample.xlsx'), 'sample.xlsx');
    expect(t.source).toMatchObject({ format: 'xlsx', sheet: 'Data', headerRow: 2 });
    expect(t.columns).toEqual(['kd_rup', 'kode', 'nama_paket', 'pagu', 'tgl_buat', 'tgl_umumkan', 'aktif', 'angka_besar', 'nama_paket (2)']);
    expect(t.rows[0]).toEqual(['123456789012345678', '007', '  Paket A  ', '114421517649.17', '2025-01-01', '2025-02-20 16:00:00', 'true', '123456789012345680', 'x']);
    expect(t.rows[1]).toEqual(['60832782;45828523', '010', 'Paket B', '190000000', '2025-01-02', null, 'false', null, null]);
    expect(t.lineNumbers).toEqual([4, 5, 7]);
    expect(codes(t)).toEqual(['xlsx-sheets', 'excel-number', 'header-duplicate', 'blank-lines']);
    expect(t.warnings.find((w) => w.code === 'excel-number')?.line).toBe(4);
  });

  it('reads a named sheet and rejects a missing one', async () => {
    const t = await readRawTable(fixture('sample.xlsx'), 'sample.xlsx', { sheet: 'Catatan' });
    expect(t.columns).toEqual(['Sumber: SiRUP']);
    const e = await readRawTable(fixture('sample.xlsx'), 'sample.xlsx', { sheet: 'Tidak Ada' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'sheet-not-found' });
  });

  it('reads Parquet values as exact text', async () => {
    const t = await readRawTable(fixture('sample.parquet'), 'sample.parquet');
    expect(t.source.format).toBe('parquet');
    expect(t.columns).toEqual(['kd_rup', 'kode', 'id_besar', 'harga', 'nilai', 'nilai_besar', 'tgl', 'waktu', 'aktif', 'rasio', 'kosong', 'biner', 'daftar']);
    expect(t.rows).toEqual([
      ['123456789012345678', '007', '123456789012345678', '1234.50', '114421517649.17', '12345678901234567890123.45', '2025-01-01', '2025-02-20 16:00:00.123456', 'true', '0.1', null, 'abc', '[1,2]'],
      ['60832782;45828523', '010', '-5', '-5.05', '-5.05', null, null, '2025-01-01 00:00:00', 'false', null, null, '0xff00', '[]']
    ]);
    expect(t.lineNumbers).toEqual([1, 2]);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a,b\n1,2\n', 'x.txt', 'csv'],
    ['[DRAFT] Laporan\na,b\n', 'x.csv', 'csv'],
    ['  [{"a":1}]', 'x.csv', 'json'],
    ['{\n  "data": []\n}', 'x.json', 'json'],
    ['{"a":1}\n{"a":2}\n', 'x.json', 'ndjson'],
    ['<invalid_response>Data Kosong, silakan ulangi</invalid_response>', 'x.csv', 'isb-empty']
  ])('%j → %s', (text, name, format) => {
    expect(detectFormat(utf8(text), name)).toBe(format);
  });

  it('detects binary formats by their magic bytes', () => {
    expect(detectFormat(fixture('sample.xlsx'), 'renamed.csv')).toBe('xlsx');
    expect(detectFormat(fixture('sample.parquet'), 'renamed.bin')).toBe('parquet');
  });

  it('decodes text on its own, reporting the encoding', () => {
    expect(decodeText(utf8('é'))).toMatchObject({ text: 'é', encoding: 'utf-8', warnings: [] });
  });
});

/** Exact sum of decimal texts with up to two decimals, in hundredths. */
function sumCents(values: (string | null)[]): bigint {
  return values.reduce((sum, v) => {
    if (v === null) return sum;
    const [whole, frac = ''] = v.split('.');
    return sum + BigInt(`${whole}${frac.padEnd(2, '0')}`);
  }, 0n);
}

describe.skipIf(!existsSync(ISB_DIR))('real ISB files (../shared)', () => {
  const readIsb = (name: string) => readRawTable(new Uint8Array(readFileSync(ISB_DIR + name)), name);

  it('reads every file without error', async () => {
    for (const name of readdirSync(ISB_DIR).filter((n) => /\.(csv|json|xlsx|parquet)$/.test(n))) {
      const t = await readIsb(name);
      expect(t.columns.length, name).toBeGreaterThan(0);
      expect(t.warnings, name).toEqual([]);
    }
  });

  it.each([
    ['d197_2025_rup_paket_penyedia_terumumkan.csv', 15_638],
    ['d197_2023_rup_paket_penyedia_terumumkan.xlsx', 4_396],
    ['d107_2025_ecat_paket_epurchasing_v6.json', 606],
    ['d107_2025_spse_nontender_selesai.csv', 2_130],
    ['d107_2025_spse_tender_selesai_nilai.csv', 78],
    ['d107_2025_spse_pencatatan_nontender.csv', 428],
    ['d107_2025_spse_nontender_ekontrak_kontrak.json', 1_047],
    ['d107_2025_rup_struktur_anggaran_pd.csv', 165],
    ['d107_2025_rup_master_satker.json', 165],
    ['d197_2025_rup_struktur_anggaran_pd.json', 88]
  ])('%s has %i rows, codes as exact text', async (name, count) => {
    const t = await readIsb(name);
    expect(t.rows).toHaveLength(count);
    expect(t.lineNumbers).toHaveLength(count);
    for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
    if (t.columns.includes('kd_rup')) {
      // Integers in RUP, strings elsewhere, several codes joined by ';' in pencatatan.
      for (const v of column(t, 'kd_rup')) if (v !== null) expect(v).toMatch(/^\d+(;\d+)*$/);
    }
    if (t.columns.includes('kd_satker_str')) {
      for (const v of column(t, 'kd_satker_str')) if (v !== null) expect(v).toMatch(/^\d+(\.\d+)+$/);
    }
  });

  it('keeps the exact values the golden totals are computed from', async () => {
    const rup = await readIsb('d197_2025_rup_paket_penyedia_terumumkan.csv');
    expect(column(rup, 'kd_rup').slice(0, 2)).toEqual(['53540979', '53688068']);
    expect(column(rup, 'kd_satker_str')[0]).toBe('1.02.0.00.0.00.03.0000');
    expect(sumCents(column(rup, 'pagu'))).toBe(1_972_334_737_019_00n);
    const nonTender = await readIsb('d107_2025_spse_nontender_selesai.csv');
    expect(sumCents(column(nonTender, 'nilai_kontrak'))).toBe(114_421_517_649_17n);
    const ecat = await readIsb('d107_2025_ecat_paket_epurchasing_v6.json');
    expect(sumCents(column(ecat, 'total_harga'))).toBe(189_677_834_789_00n);
    expect(column(ecat, 'kd_rup')[0]).toBe('60608395');
    const pencatatan = await readIsb('d107_2025_spse_pencatatan_nontender.csv');
    expect(column(pencatatan, 'kd_rup')[0]).toBe('60832782;45828523');
    const xlsx = await readIsb('d197_2023_rup_paket_penyedia_terumumkan.xlsx');
    expect(column(xlsx, 'kd_rup')[0]).toBe('38046609');
    expect(column(xlsx, 'tgl_pengumuman_paket')[0]).toBe('2022-12-08 20:36:05');
  });

  it('counts physical lines across the multi-line free text in the RUP export', async () => {
    const rup = await readIsb('d197_2025_rup_paket_penyedia_terumumkan.csv');
    const physicalLines = readFileSync(ISB_DIR + 'd197_2025_rup_paket_penyedia_terumumkan.csv', 'utf8').split('\n').length - 1;
    expect(rup.lineNumbers.at(-1)).toBe(physicalLines);
    expect(physicalLines).toBeGreaterThan(rup.rows.length + 1);
  });
});
