import { describe, expect, it } from 'vitest';
import { mergeLookups, storeLookups } from '../../src/lib/import/lookups';

describe('storeLookups / mergeLookups', () => {
  it('survive JSON, and a later source wins over an earlier one', () => {
    const older = storeLookups({
      satkerCodes: new Map([['96020', '1.01.0.00.0.00.01.0000']]),
      klpdNames: new Map([['D107', 'Kab. Bandung']]),
      komoditas: new Map([['567', 'Sektoral']])
    });
    const newer = JSON.parse(JSON.stringify(storeLookups({
      satkerCodes: new Map(),
      klpdNames: new Map([['D107', 'Kabupaten Bandung'], ['D197', 'Provinsi Kalimantan Barat']]),
      komoditas: new Map()
    })));
    const merged = mergeLookups([older, undefined, newer]);
    expect(merged.satkerCodes.get('96020')).toBe('1.01.0.00.0.00.01.0000');
    expect(merged.klpdNames.get('D107')).toBe('Kabupaten Bandung');
    expect(merged.klpdNames.get('D197')).toBe('Provinsi Kalimantan Barat');
    expect(merged.komoditas.get('567')).toBe('Sektoral');
  });
});
