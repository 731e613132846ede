import { describe, expect, it } from 'vitest';
import { detectColumnType } from '../../src/lib/import/column-types';

describe('detectColumnType', () => {
  it('tells dates, money, percentages, numbers, codes and text apart', () => {
    expect(detectColumnType(['25/03/2022', '24 Maret 2022', null])).toBe('tanggal');
    expect(detectColumnType(['Rp 1.500.000', 'Rp 2.250.500,00', '-'])).toBe('uang');
    expect(detectColumnType(['47,62%', '100%'])).toBe('persen');
    expect(detectColumnType(['1.234.567,89', '12,5'])).toBe('angka');
    expect(detectColumnType(['007', '012'])).toBe('kode');
    expect(detectColumnType(['1.02.0.00.0.00.02.0000'])).toBe('kode');
    expect(detectColumnType(['123456789012345678'])).toBe('kode');
    expect(detectColumnType(['Kab. Semarang', 'Kota Semarang'])).toBe('teks');
    expect(detectColumnType([null, '', '-'])).toBe('kosong');
  });
});
