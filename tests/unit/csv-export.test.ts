/**
 * The CSV the worker writes for every export (transactions, ledger, reconciliation): a text
 * cell a spreadsheet would run as a formula arrives inert, numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { arrowToCsv } from '../../workers/csv-encode';
import { neutraliseFormula } from '../../src/lib/format/csv-text';

describe('CSV exports', () => {
  it('neutralise formulas in text cells, leading spaces included, and keep numbers as they are', () => {
    const table = tableFromArrays({
      uraian: ['=HYPERLINK("http://x","klik")', "  =cmd|' /C calc'!A0", '+62812', '-', '@SUM(A1)', '\tx', 'Katering, rapat'],
      nilai: BigInt64Array.from([1n, -2n, 3n, 4n, 5n, 6n, 7n])
    });
    const lines = new TextDecoder().decode(arrowToCsv(table)).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'uraian,nilai',
      `"'=HYPERLINK(""http://x"",""klik"")",1`,
      `'  =cmd|' /C calc'!A0,-2`,
      `'+62812,3`,
      `'-,4`,
      `'@SUM(A1),5`,
      `'\tx,6`,
      '"Katering, rapat",7'
    ]);
  });

  it('leaves ordinary text alone', () => {
    expect(['Rp 1.000', 'Belanja makan', '2025-03-01', ''].map(neutraliseFormula)).toEqual(['Rp 1.000', 'Belanja makan', '2025-03-01', '']);
  });
});
