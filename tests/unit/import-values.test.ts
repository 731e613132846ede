import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../src/lib/format/number';
import {
  addDecimals,
  compareDecimals,
  decimalFromString,
  decimalToString,
  detectDateFormat,
  detectNumberStyle,
  isBlank,
  parseDate,
  parseIdentifier,
  parseNumber,
  parsePercent,
  parseRupiah,
  roundToInteger,
  RUINED_BY_EXCEL,
  type DateFormat,
  type ExactDecimal,
  type NumberStyle,
  type Parsed,
  type ParsedDate
} from '../../src/lib/import/values';

const ID: NumberStyle = { decimal: ',' };
const DOT: NumberStyle = { decimal: '.' };

/** A parsed decimal as plain text, or a marker for empty / invalid, so tables read easily. */
function plain(result: Parsed<ExactDecimal>): string {
  if (result.kind === 'value') return decimalToString(result.value);
  return result.kind === 'empty' ? '(kosong)' : '(tidak sah)';
}

function dec(units: bigint, scale: number): ExactDecimal {
  return { units, scale };
}

describe('isBlank', () => {
  it('treats the ways exports write "no value" as blank', () => {
    for (const text of [null, undefined, '', '   ', '\u00a0\t', '-', ' – ', '—', 'null', 'NULL', 'Null', 'N/A', 'n/a', '#N/A']) {
      expect(isBlank(text), String(text)).toBe(true);
    }
  });
  it('keeps real values, zero included', () => {
    for (const text of ['0', '-5', 'a', '--', 'nil', 'Rp -']) expect(isBlank(text), text).toBe(false);
  });
});

describe('ExactDecimal', () => {
  it('prints plain text with every stored decimal place', () => {
    expect(decimalToString(dec(-12345n, 1))).toBe('-1234.5');
    expect(decimalToString(dec(4762n, 4))).toBe('0.4762');
    expect(decimalToString(dec(15_000_000_000n, 0))).toBe('15000000000');
    expect(decimalToString(dec(5n, 3))).toBe('0.005');
    expect(decimalToString(dec(-5n, 3))).toBe('-0.005');
    expect(decimalToString(dec(0n, 2))).toBe('0.00');
  });
  it('reads back exactly what it printed', () => {
    for (const d of [dec(-12345n, 1), dec(4762n, 4), dec(0n, 0), dec(-5n, 3), dec(12345678901234567890123n, 2)]) {
      expect(decimalFromString(decimalToString(d))).toEqual(d);
    }
    expect(decimalFromString('-0')).toEqual(dec(0n, 0));
  });
  it('throws on anything but plain notation', () => {
    for (const bad of ['', '1,5', '+1', '1.', '.5', 'abc', '1e3', ' 1']) {
      expect(() => decimalFromString(bad), bad).toThrow();
    }
  });
  it('rounds half away from zero, past 2^53 too', () => {
    expect(roundToInteger(dec(25n, 1))).toBe(3n);
    expect(roundToInteger(dec(-25n, 1))).toBe(-3n);
    expect(roundToInteger(dec(249n, 2))).toBe(2n);
    expect(roundToInteger(dec(-251n, 2))).toBe(-3n);
    expect(roundToInteger(dec(-249n, 2))).toBe(-2n);
    expect(roundToInteger(dec(5n, 1))).toBe(1n);
    expect(roundToInteger(dec(42n, 0))).toBe(42n);
    expect(roundToInteger(dec(90071992547409935n, 1))).toBe(9007199254740994n);
  });
  it('adds exactly at the larger scale', () => {
    expect(addDecimals(dec(15n, 1), dec(25n, 2))).toEqual(dec(175n, 2));
    expect(addDecimals(dec(1n, 1), dec(2n, 1))).toEqual(dec(3n, 1)); // 0.1 + 0.2 is 0.3 here
    expect(addDecimals(dec(-1n, 0), dec(5n, 1))).toEqual(dec(-5n, 1));
  });
  it('compares values, not representations', () => {
    expect(compareDecimals(dec(150n, 2), dec(15n, 1))).toBe(0);
    expect(compareDecimals(dec(-2n, 0), dec(1n, 0))).toBe(-1);
    expect(compareDecimals(dec(10n, 0), dec(999n, 2))).toBe(1);
  });
});

describe('parseNumber', () => {
  it('reads Indonesian style (decimal comma)', () => {
    const cases: [string, string][] = [
      ['1.234.567,89', '1234567.89'],
      ['1.234', '1234'],
      ['1,234', '1.234'],
      ['1 234 567', '1234567'],
      ['1\u00a0234\u00a0567,5', '1234567.5'],
      ['1\u202f234', '1234'],
      ['  42  ', '42'],
      ['-5', '-5'],
      ['+5', '5'],
      ['−7', '-7'],
      ['(250.000)', '-250000'],
      ['( 250.000 )', '-250000'],
      ['0,50', '0.5'],
      [',5', '0.5'],
      ['007', '7'],
      ['-0', '0'],
      ['1,5E+3', '1500'],
      ['1.5E+3', '1500'],
      ['123.456.789.012.345.678.901,23', '123456789012345678901.23']
    ];
    for (const [text, expected] of cases) expect(plain(parseNumber(text, ID)), text).toBe(expected);
  });
  it('reads dot style, including ISB plain decimals', () => {
    const cases: [string, string][] = [
      ['1,234,567.89', '1234567.89'],
      ['114421517649.17', '114421517649.17'],
      ['1.234', '1.234'],
      ['1,234', '1234'],
      ['1 234 567.5', '1234567.5'],
      ['1.5E+3', '1500'],
      ['1.5e-3', '0.0015'],
      ['-1234.5', '-1234.5']
    ];
    for (const [text, expected] of cases) expect(plain(parseNumber(text, DOT)), text).toBe(expected);
  });
  it('returns the exact decimal, normalised', () => {
    expect(parseNumber('1.500,00', ID)).toEqual({ kind: 'value', value: dec(1500n, 0) });
    expect(parseNumber('114421517649.17', DOT)).toEqual({ kind: 'value', value: dec(11442151764917n, 2) });
  });
  it('rejects what is not a number in the column style', () => {
    const cases: [string, NumberStyle][] = [
      ['12a', ID],
      ['abc', ID],
      ['1,2,3', ID], // two decimal marks
      ['1.23.456', ID], // thousands groups of wrong size
      ['1,23,456', DOT],
      ['1.234,5', DOT],
      ['114421517649.17', ID],
      ['1.234 567', ID], // mixed thousands separators
      ['5,', ID],
      ['--5', ID],
      ['1E+999', DOT],
      ['+', ID],
      ['Rp 5', ID] // currency is parseRupiah's job
    ];
    for (const [text, style] of cases) expect(parseNumber(text, style).kind, text).toBe('invalid');
  });
  it('explains the problem in one Indonesian sentence quoting the cell', () => {
    expect(parseNumber('12a', ID)).toEqual({ kind: 'invalid', reason: 'Bukan angka: "12a".' });
    expect(parseNumber('1.23.456', ID)).toEqual({
      kind: 'invalid',
      reason: 'Kelompok ribuan harus tiga angka: "1.23.456".'
    });
    expect(parseNumber('1,2,3', ID)).toEqual({ kind: 'invalid', reason: 'Lebih dari satu tanda desimal ",": "1,2,3".' });
  });
  it('gives empty for blanks', () => {
    for (const text of [null, '', '  ', '-', 'NULL']) expect(parseNumber(text, ID)).toEqual({ kind: 'empty' });
  });
});

describe('detectNumberStyle', () => {
  const cases: [string, readonly string[], ',' | '.'][] = [
    ['both separators: the last is decimal', ['1.234.567,89'], ','],
    ['both separators, dot last', ['1,234,567.89'], '.'],
    ['ISB plain decimals', ['114421517649.17', '1450200'], '.'],
    ['a group of 1 digit after comma', ['12,5'], ','],
    ['repeated dots are thousands', ['1.234.567'], ','],
    ['repeated commas are thousands', ['1,234,567'], '.'],
    ['a lone ambiguous value defaults to Indonesian', ['1.234'], ','],
    ['plain integers default to Indonesian', ['1234', '56'], ','],
    ['no samples', [], ','],
    ['a lead group longer than 3 digits is not grouped', ['1234.567'], '.'],
    ['a lead 0 is not a thousands group', ['0.500'], '.'],
    ['money text', ['Rp 1.500.000,-', '22,1 M', 'Rp. 2.000'], ','],
    ['money text, dot style', ['IDR 1,500,000.00'], '.'],
    ['percent text', ['47.62 %'], '.'],
    ['blanks are ignored', ['', '-', 'NULL', '12,5'], ','],
    ['scientific notation does not vote', ['1.5E+3', '1,234,567'], '.'],
    ['the majority decides', ['1.5', '2.25', '3.75', '1,234,567', '3,5'], '.']
  ];
  for (const [name, samples, decimal] of cases) {
    it(name, () => expect(detectNumberStyle(samples)).toEqual({ decimal }));
  }
});

describe('parseRupiah', () => {
  it('reads currency, signs and sen in Indonesian style', () => {
    const cases: [string, string][] = [
      ['Rp 1.500.000', '1500000'],
      ['Rp1.500.000,00', '1500000'],
      ['Rp 12.341.140.000,00', '12341140000'],
      ['Rp. 1.500.000,-', '1500000'],
      ['Rp 50.000,--', '50000'],
      ['rp 1.500', '1500'],
      ['(Rp 250.000)', '-250000'],
      ['-Rp 250.000', '-250000'],
      ['Rp -250.000', '-250000'],
      ['Rp (250.000)', '-250000'],
      ['Rp\u00a01.500.000', '1500000'],
      ['1.500.000 IDR', '1500000'],
      ['1.234.567,89', '1234567.89'],
      ['114421517649,17', '114421517649.17'],
      ['Rp 0,01', '0.01'],
      ['1450200', '1450200']
    ];
    for (const [text, expected] of cases) expect(plain(parseRupiah(text, ID)), text).toBe(expected);
  });
  it('reads what our own formatter prints', () => {
    expect(plain(parseRupiah(formatRupiah(-250_000n), ID))).toBe('-250000');
    expect(plain(parseRupiah(formatRupiah(9_007_199_254_740_993n), ID))).toBe('9007199254740993');
  });
  it('reads dot style', () => {
    const cases: [string, string][] = [
      ['IDR 1,500,000.00', '1500000'],
      ['Rp 1,500,000', '1500000'],
      ['114421517649.17', '114421517649.17'],
      ['1.5 M', '1500000000']
    ];
    for (const [text, expected] of cases) expect(plain(parseRupiah(text, DOT)), text).toBe(expected);
  });
  it('reads Indonesian magnitude words exactly (M is miliar)', () => {
    const cases: [string, string][] = [
      ['22,1 M', '22100000000'],
      ['22,1M', '22100000000'],
      ['22,1 m', '22100000000'],
      ['22,1 Miliar', '22100000000'],
      ['22,1 milyar', '22100000000'],
      ['Rp 22,1 M', '22100000000'],
      ['310,8 Jt', '310800000'],
      ['310,8 jt', '310800000'],
      ['310,8jt.', '310800000'],
      ['1,5 Juta', '1500000'],
      ['1,97 T', '1970000000000'],
      ['2 Triliun', '2000000000000'],
      ['250 Rb', '250000'],
      ['250 ribu', '250000'],
      ['250K', '250000'],
      ['250k', '250000'],
      ['1,2345 Rb', '1234.5'],
      ['(22,1 M)', '-22100000000'],
      ['-Rp 1,5 jt', '-1500000']
    ];
    for (const [text, expected] of cases) expect(plain(parseRupiah(text, ID)), text).toBe(expected);
    expect(parseRupiah('22,1 M', ID)).toEqual({ kind: 'value', value: dec(22_100_000_000n, 0) });
  });
  it('rejects what is not an amount', () => {
    for (const text of ['Rp', 'Rp abc', '-Rp -250.000', '(Rp -5)', '22,1 X', 'M', 'Rp 1.50.000', '1.5 M', 'Rp -']) {
      expect(parseRupiah(text, ID).kind, text).toBe('invalid');
    }
    expect(parseRupiah('Rp 12a', ID)).toEqual({ kind: 'invalid', reason: 'Bukan angka: "Rp 12a".' });
  });
  it('gives empty for blanks', () => {
    for (const text of [null, '', '-', 'null']) expect(parseRupiah(text, ID)).toEqual({ kind: 'empty' });
  });
});

describe('parsePercent', () => {
  it('returns the exact fraction', () => {
    expect(parsePercent('47,62%', ID)).toEqual({ kind: 'value', value: dec(4762n, 4) });
    const cases: [string, NumberStyle, string][] = [
      ['47,62 %', ID, '0.4762'],
      ['47.62 %', DOT, '0.4762'],
      ['100%', ID, '1'],
      ['0%', ID, '0'],
      ['-5%', ID, '-0.05'],
      ['12,345%', ID, '0.12345'],
      ['100.5%', DOT, '1.005']
    ];
    for (const [text, style, expected] of cases) expect(plain(parsePercent(text, style)), text).toBe(expected);
  });
  it('returns a value without % as the plain number', () => {
    expect(plain(parsePercent('47,62', ID))).toBe('47.62');
    expect(plain(parsePercent('0.4762', DOT))).toBe('0.4762');
  });
  it('rejects and empties like parseNumber', () => {
    for (const text of ['%', 'abc%', '47,6,2%']) expect(parsePercent(text, ID).kind, text).toBe('invalid');
    expect(parsePercent('abc%', ID)).toEqual({ kind: 'invalid', reason: 'Bukan angka: "abc%".' });
    for (const text of [null, '', '-']) expect(parsePercent(text, ID)).toEqual({ kind: 'empty' });
  });
});

describe('parseDate', () => {
  const cases: [string, DateFormat | undefined, ParsedDate][] = [
    // ISB timestamps with a zone are moved to WIB before the date is taken.
    ['2025-03-11T00:00:00.000000Z', undefined, { date: '2025-03-11', time: '07:00:00' }],
    ['2025-03-10T17:00:00Z', undefined, { date: '2025-03-11', time: '00:00:00' }],
    ['2024-12-31T17:00:00.000Z', 'iso', { date: '2025-01-01', time: '00:00:00' }],
    ['2024-02-28T20:00:00Z', undefined, { date: '2024-02-29', time: '03:00:00' }],
    ['2025-03-11T08:30:00+07:00', undefined, { date: '2025-03-11', time: '08:30:00' }],
    ['2025-03-11T01:30:00+09:00', undefined, { date: '2025-03-10', time: '23:30:00' }],
    ['2025-03-01T02:00:00-0500', 'iso', { date: '2025-03-01', time: '14:00:00' }],
    // Without a zone the wall clock is kept.
    ['2025-02-20 16:00:00', undefined, { date: '2025-02-20', time: '16:00:00' }],
    ['2025-01-01', 'iso', { date: '2025-01-01' }],
    ['2025-01-01', undefined, { date: '2025-01-01' }],
    ['Jul 3, 2025, 12:00:00AM', undefined, { date: '2025-07-03', time: '00:00:00' }],
    ['Jul 3, 2025, 12:30:15PM', 'en-long', { date: '2025-07-03', time: '12:30:15' }],
    ['Jul 3, 2025, 1:05:00 PM', undefined, { date: '2025-07-03', time: '13:05:00' }],
    ['Jul 3, 2025', undefined, { date: '2025-07-03' }],
    ['July 3, 2025', 'en-long', { date: '2025-07-03' }],
    ['Thursday, July 3, 2025', undefined, { date: '2025-07-03' }],
    ['3 Aug 2024', undefined, { date: '2024-08-03' }],
    ['25/03/2022', undefined, { date: '2022-03-25' }],
    ['25-03-2022', undefined, { date: '2022-03-25' }],
    ['25.03.2022', 'dmy', { date: '2022-03-25' }],
    ['3/7/2025', undefined, { date: '2025-07-03' }],
    ['3/7/2025', 'dmy', { date: '2025-07-03' }],
    ['3/7/2025', 'mdy', { date: '2025-03-07' }],
    ['7/13/2025', 'mdy', { date: '2025-07-13' }],
    ['29/02/2024', undefined, { date: '2024-02-29' }],
    ['25/03/2022 14:30', undefined, { date: '2022-03-25', time: '14:30:00' }],
    ['25 Maret 2022', undefined, { date: '2022-03-25' }],
    ['25 maret 2022', 'id-long', { date: '2022-03-25' }],
    ['5 Okt 2022', undefined, { date: '2022-10-05' }],
    ['5 Okt. 2022', undefined, { date: '2022-10-05' }],
    ['5 Oktober 2022', 'id-long', { date: '2022-10-05' }],
    ['1 Agu 2024', undefined, { date: '2024-08-01' }],
    ['1 Agustus 2024', undefined, { date: '2024-08-01' }],
    ['1 Agt 2024', 'id-long', { date: '2024-08-01' }],
    ['1 Nopember 2023', undefined, { date: '2023-11-01' }],
    ['25-Mei-2022', undefined, { date: '2022-05-25' }],
    // The weekday is dropped, not checked (25 March 2022 was a Friday).
    ['Senin, 25 Maret 2022', undefined, { date: '2022-03-25' }],
    ["Jum'at, 25 Maret 2022", 'id-long', { date: '2022-03-25' }],
    ['25 Maret 2022 pukul 14.30 WIB', undefined, { date: '2022-03-25', time: '14:30:00' }],
    ['25 Maret 2022 00.30 WITA', undefined, { date: '2022-03-25', time: '00:30:00' }],
    // Excel serials, 1900 system.
    ['44645', 'excel-serial', { date: '2022-03-25' }],
    ['44645', undefined, { date: '2022-03-25' }],
    ['1', 'excel-serial', { date: '1900-01-01' }],
    ['59', 'excel-serial', { date: '1900-02-28' }],
    ['61', 'excel-serial', { date: '1900-03-01' }],
    ['25569', 'excel-serial', { date: '1970-01-01' }],
    ['2958465', 'excel-serial', { date: '9999-12-31' }],
    ['2025', 'excel-serial', { date: '1905-07-17' }],
    ['44645.5', 'excel-serial', { date: '2022-03-25', time: '12:00:00' }],
    ['44645,75', 'excel-serial', { date: '2022-03-25', time: '18:00:00' }],
    ['45000.0', 'excel-serial', { date: '2023-03-15' }],
    ['45000.999999999', 'excel-serial', { date: '2023-03-16', time: '00:00:00' }]
  ];
  for (const [text, format, expected] of cases) {
    it(`${text} (${format ?? 'auto'})`, () => {
      expect(parseDate(text, format)).toEqual({ kind: 'value', value: expected });
    });
  }

  it('rejects dates that do not exist and text that is no date', () => {
    const cases: [string, DateFormat | undefined][] = [
      ['32/01/2025', undefined],
      ['32/01/2025', 'dmy'],
      ['2025-02-30', undefined],
      ['2025-13-01', 'iso'],
      ['29/02/2023', undefined],
      ['31 Juni 2024', undefined],
      ['31 Juni 2024', 'id-long'],
      ['7/13/2025', undefined], // day first unless the column says otherwise
      ['25/03/22', undefined],
      ['2025-03-11T25:00:00', undefined],
      ['Jul 3, 2025, 13:00:00PM', undefined],
      ['2025-03-11 08:30 XYZ', undefined],
      ['2025-01-011', undefined],
      ['kemarin', undefined],
      ['25 Maretan 2022', undefined],
      ['2025', undefined], // a year, not a serial, unless the column says excel-serial
      ['60', 'excel-serial'], // Excel's 29 February 1900 never existed
      ['0', 'excel-serial'],
      ['2958466', 'excel-serial'],
      ['25 Maret 2022', 'iso'],
      ['2025-01-01', 'dmy']
    ];
    for (const [text, format] of cases) expect(parseDate(text, format).kind, `${text} ${format}`).toBe('invalid');
  });
  it('explains why in Indonesian', () => {
    expect(parseDate('32/01/2025')).toEqual({ kind: 'invalid', reason: 'Tanggal tidak ada di kalender: "32/01/2025".' });
    expect(parseDate('7/13/2025')).toEqual({
      kind: 'invalid',
      reason: 'Tanggal tidak ada di kalender (urutan hari dan bulan terbalik?): "7/13/2025".'
    });
    expect(parseDate('kemarin')).toEqual({ kind: 'invalid', reason: 'Bukan tanggal yang dikenali: "kemarin".' });
    const mismatch = parseDate('25 Maret 2022', 'iso');
    expect(mismatch.kind === 'invalid' && mismatch.reason).toMatch(/^Tidak sesuai format tanggal ISO/);
  });
  it('gives empty for blanks', () => {
    for (const text of [null, '', ' ', '-', 'NULL']) expect(parseDate(text)).toEqual({ kind: 'empty' });
  });
});

describe('detectDateFormat', () => {
  const cases: [string, readonly string[], DateFormat | null][] = [
    ['ISB ISO variants', ['2025-01-01', '2025-03-11T00:00:00.000000Z', '', '2025-02-20 16:00:00'], 'iso'],
    ['day first by default', ['25/03/2022', '3/7/2025'], 'dmy'],
    ['month first when a second field exceeds 12', ['3/7/2025', '7/13/2025'], 'mdy'],
    ['neither order fits all', ['13/7/2025', '7/13/2025'], null],
    ['Indonesian month names', ['25 Maret 2022', 'Senin, 1 Agt 2024'], 'id-long'],
    ['English month names', ['Jul 3, 2025, 12:00:00AM', 'Jan 15, 2025'], 'en-long'],
    ['Excel serials', ['44645', '45000.5'], 'excel-serial'],
    ['years are not serials', ['2025', '2024'], null],
    ['amounts are not serials', ['190000000', '45000'], null],
    ['a mix of formats', ['2025-01-01', 'Jul 3, 2025'], null],
    ['no samples', [], null],
    ['only blanks', ['', '-', 'NULL'], null]
  ];
  for (const [name, samples, format] of cases) {
    it(name, () => expect(detectDateFormat(samples)).toBe(format));
  }
  it('leaves a mixed column to per-cell parsing', () => {
    expect(parseDate('2025-01-01')).toEqual({ kind: 'value', value: { date: '2025-01-01' } });
    expect(parseDate('Jul 3, 2025')).toEqual({ kind: 'value', value: { date: '2025-07-03' } });
  });
});

describe('parseIdentifier', () => {
  it('keeps identifiers as exact text', () => {
    const cases: [string, string][] = [
      ['007', '007'],
      [' 123456789012345678 ', '123456789012345678'],
      ['\u00a0198503302010011001\u00a0', '198503302010011001'],
      ['D107', 'D107'],
      ['4.01.0.00.0.00.24.0000', '4.01.0.00.0.00.24.0000'],
      ['60832782;45828523', '60832782;45828523'],
      ['01.234.567.8-901.000', '01.234.567.8-901.000'],
      ['12E3', '12E3'],
      ['12.5', '12.5']
    ];
    for (const [text, expected] of cases) expect(parseIdentifier(text), text).toEqual({ kind: 'value', value: expected });
  });
  it('removes the .0 a float column added', () => {
    expect(parseIdentifier('60608395.0')).toEqual({ kind: 'value', value: '60608395' });
    expect(parseIdentifier('0070.0')).toEqual({ kind: 'value', value: '0070' });
  });
  it('refuses numbers Excel already turned into scientific notation', () => {
    for (const text of ['1.23457E+17', '1,23457E+17', '1.2345678901234568e+17', '-1E+5']) {
      expect(parseIdentifier(text), text).toEqual({ kind: 'invalid', reason: RUINED_BY_EXCEL });
    }
    expect(RUINED_BY_EXCEL).toBe(
      'Angka identitas sudah dirusak menjadi notasi ilmiah oleh Excel; ekspor ulang kolom ini sebagai teks.'
    );
  });
  it('gives empty for blanks', () => {
    for (const text of [null, '', '  ', '-', 'NULL', '#N/A']) expect(parseIdentifier(text)).toEqual({ kind: 'empty' });
  });
});
