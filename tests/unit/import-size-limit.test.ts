import { describe, expect, it } from 'vitest';
import { importLimitBytes } from '../../src/lib/import/size-limit';
import { importText } from '../../src/lib/i18n/import-id';

describe('importLimitBytes', () => {
  it('leaves room for the text, its cells and the tables', () => {
    expect(importLimitBytes(4 * 1024 ** 3)).toBe(512 * 1024 ** 2);
    expect(importLimitBytes(1024 ** 3)).toBe(128 * 1024 ** 2);
    expect(importLimitBytes(undefined)).toBe(512 * 1024 ** 2);
  });
  it('refuses in one Indonesian sentence that says what to do', () => {
    const text = importText.tooLarge('realisasi.csv', 900 * 1024 ** 2, importLimitBytes(4 * 1024 ** 3));
    expect(text).toBe('realisasi.csv (900 MB) terlalu besar untuk memori peramban ini (batas 512 MB). Pecah berkas menjadi beberapa bagian, atau ubah dengan npm run import.');
  });
});
